"""Validate stage: located YAML trees → typed plan entities, plus shape and type problems.

Driven entirely by the format definition in ``werkplan.schema``: which keys exist, what type
of value each takes, which are required. The `plan:` section is read first in every file, so
that the plan's own labels and attribute definitions apply to entities in any file.
Cross-entity questions (references, cycles, dates against today) belong to the rules, which
run on the finished model.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from werkplan import schema
from werkplan.load import LoadedFile
from werkplan.load.tree import Mapping, Node, Scalar, Sequence, describe
from werkplan.load.values_file import CompanionReader
from werkplan.model import (
    ENTITY_TYPES,
    AttributeDefinition,
    Entity,
    Period,
    Plan,
    PlanInfo,
    ReportSettings,
    Settings,
    Status,
)
from werkplan.problems import Label, Message, Position, Problem, Severity
from werkplan.schema import SectionSpec
from werkplan.validate import attributes
from werkplan.validate.context import FileContext, PlanKnowledge
from werkplan.validate.indicator_values import add_file_values
from werkplan.validate.reader import FieldReader, _found, _is_null

__all__ = ["PlanKnowledge", "build_plan", "plan_knowledge"]

PLAN_LISTS = ("horizons", "attributes")  # lists in `plan:` whose entries others name by id


@dataclass
class _Collected:
    problems: list[Problem] = field(default_factory=list)
    infos: list[PlanInfo] = field(default_factory=list)
    incomplete: list[PurePath] = field(default_factory=list)
    entities: dict[str, list[Entity]] = field(
        default_factory=lambda: {key: [] for key in ENTITY_TYPES}
    )


def build_plan(
    files: Iterable[LoadedFile],
    directory: PurePath,
    read_companion: CompanionReader | None = None,
    knowledge: PlanKnowledge | None = None,
) -> tuple[Plan, list[Problem]]:
    """The plan and every problem of its files.

    Entities in any file need what the `plan:` section says (labels, attributes). Given that
    ``knowledge`` (``plan_knowledge``), files are validated as they come and each tree is
    freed before the next file is parsed; without it, the files are first read for it.
    ``read_companion`` reads files that plan files name (indicator values files); without
    it, they are not read (for plans held in memory)."""
    if knowledge is None:
        files = list(files)
        knowledge = plan_knowledge(files)
    collected = _Collected()
    paths = []
    for item in files:
        paths.append(item.path)
        collected.problems.extend(item.problems)
        if item.complete:
            _FileReader(item, collected, knowledge, read_companion).read()
        else:
            collected.incomplete.append(item.path)
        del item  # the tree goes now, not when the next file's is already built
    plan = Plan(
        directory=directory,
        files=tuple(paths),
        infos=tuple(collected.infos),
        unread=tuple(collected.incomplete),
        **{key: tuple(items) for key, items in collected.entities.items()},  # type: ignore[arg-type]
    )
    return plan, [name_for_id(plan, problem) for problem in collected.problems]


def name_for_id(plan: Plan, problem: Problem) -> Problem:
    """An invalid id that is the name of an entry where one is meant (`partners: [Dorfverein
    Musterhausen e. V.]`) is told to write that entry's id, not to add the entry again.
    Only the whole plan knows the names: the entry may stand in another file."""
    if problem.message.key != "invalid_id":
        return problem
    args = problem.message.arguments
    named = plan.id_named(str(args.get("section", "")), str(args.get("value", "")))
    if named is None:
        return problem
    message = Message.of(
        "name_for_id", value=args["value"], key=args["key"], section=args["section"], id=named
    )
    return dataclasses.replace(problem, message=message)


def plan_knowledge(files: Iterable[LoadedFile]) -> PlanKnowledge:
    """What the first `plan:` section says that entities in every file need: the plan's own
    labels and its attribute definitions. Problems are reported when the files are built."""
    collected = _Collected()
    for loaded in files:
        if loaded.complete and isinstance(loaded.root, Mapping):
            _read_plan_sections(loaded, loaded.root, collected)
            if collected.infos:
                break
    return _knowledge(collected)


def _read_plan_sections(loaded: LoadedFile, root: Mapping, collected: _Collected) -> None:
    context = FileContext(loaded.path, loaded.text, collected.problems)
    reader = FieldReader(context)
    for key, value in root.items:
        if key.text == schema.PLAN.key:
            info = _read_plan(reader, key, value)
            if info is not None:
                collected.infos.append(info)


def _read_plan(reader: FieldReader, key: Scalar, value: Node) -> PlanInfo | None:
    if not isinstance(value, Mapping):
        reader.problem(
            value if not _is_null(value) else key,
            "invalid-shape",
            "section_not_mapping",
            section=key.text,
            found=_found(value),
        )
        return None
    values, where, _ = reader.read_fields(schema.PLAN, value, Label("entity", "plan"), "")
    info = _plan_info(reader.position(key), values, where, _unusable(value, values))
    for index, message_key, args in attributes.definition_problems(info.attributes):
        position = info.at(f"attributes.{index}")
        reader.problem(position, "invalid-attribute-definition", message_key, **args)
    return info


def _knowledge(collected: _Collected) -> PlanKnowledge:
    if not collected.infos:
        return PlanKnowledge()
    info = collected.infos[0]
    definitions: dict[str, AttributeDefinition] = {}
    for definition in info.attributes:
        definitions.setdefault(definition.id, definition)
    return PlanKnowledge(
        labels=info.labels,
        attributes=definitions,
        unusable_attributes=info.unusable.get("attributes", frozenset()),
    )


class _FileReader:
    def __init__(
        self,
        loaded: LoadedFile,
        collected: _Collected,
        knowledge: PlanKnowledge,
        read_companion: CompanionReader | None,
    ) -> None:
        self.loaded = loaded
        self.collected = collected
        self.knowledge = knowledge
        self.read_companion = read_companion
        self.context = FileContext(loaded.path, loaded.text, collected.problems, knowledge)
        self.fields = FieldReader(self.context)

    def read(self) -> None:
        root = self.loaded.root
        if root is None or (isinstance(root, Scalar) and root.is_null):
            empty = Message.of("empty_file")
            self.collected.problems.append(
                Problem(Position(self.loaded.path), Severity.ERROR, "empty-file", empty)
            )
            return
        if not isinstance(root, Mapping):
            self.fields.problem(
                root, "invalid-shape", "file_not_mapping", found=Label("found", describe(root))
            )
            return
        for key, value in root.items:
            section = schema.SECTION_BY_KEY.get(key.text)
            if section is None:
                self.fields.unknown_key(key, [s.key for s in schema.SECTIONS], "file")
            elif section.many:
                self.read_collection(section, key, value)
            else:
                info = _read_plan(self.fields, key, value)
                if info is not None:
                    self.collected.infos.append(info)

    def read_collection(self, section: SectionSpec, key: Scalar, value: Node) -> None:
        if _is_null(value):
            return  # `measures:` with nothing below yet is an empty list
        if not isinstance(value, Sequence):
            self.fields.problem(
                value, "invalid-shape", "section_not_list", section=key.text, found=_found(value)
            )
            return
        for item in value.items:
            if not isinstance(item, Mapping):
                self.fields.problem(
                    item,
                    "invalid-shape",
                    "entity_not_mapping",
                    entity=Label("entity", section.entity),
                    found=Label("found", describe(item)),
                )
                continue
            entity = self.read_entity(section, item)
            if entity is not None:
                self.collected.entities[section.key].append(entity)

    def read_entity(self, section: SectionSpec, item: Mapping) -> Entity | None:
        what = Label("entity", section.entity)
        values, where, broken = self.fields.read_fields(section, item, what, "")
        if "id" not in values:
            return None  # cannot be referenced; the missing or broken id is reported
        if "status" in values:
            values["status"] = Status(values["status"])
        self.require_attributes(section, item, values, what)
        if section.key == "indicators" and "values_file" in values:
            add_file_values(self.context, values, where, self.read_companion)
        origin = self.context.position(item)
        return ENTITY_TYPES[section.key](origin=origin, where=where, broken=broken, **values)

    def require_attributes(
        self, section: SectionSpec, item: Mapping, values: dict[str, Any], what: Label
    ) -> None:
        present = [name for name, _ in values.get("attributes", ())]
        for definition in attributes.missing_required(
            self.knowledge.attributes.values(), section.key, present
        ):
            self.fields.problem(
                item,
                "missing-attribute",
                "attribute_missing",
                value=definition.id,
                what=what,
                id=f" {values['id']}",
            )


def _unusable(node: Mapping, values: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Per plan list (horizons, attributes): ids written there whose entry was left out."""
    found = {}
    for key, items in node.items:
        if key.text not in PLAN_LISTS or not isinstance(items, Sequence):
            continue
        written = {_scalar(item, "id") for item in items.items if isinstance(item, Mapping)}
        kept = {item.id for item in values.get(key.text, ())}
        found[key.text] = frozenset(i for i in written - kept if i)
    return found


def _scalar(mapping: Mapping, name: str) -> str | None:
    for key, value in mapping.items:
        if key.text == name and isinstance(value, Scalar) and not value.is_null:
            return value.text.strip()
    return None


def _plan_info(
    origin: Position,
    values: dict[str, Any],
    where: dict[str, Position],
    unusable: dict[str, frozenset[str]],
) -> PlanInfo:
    period = values.pop("period", None)
    settings = values.pop("settings", None) or {}
    report = values.pop("report", None) or {}
    return PlanInfo(
        origin=origin,
        where=where,
        period=Period(period["start"], period["end"]) if period and len(period) == 2 else None,
        settings=Settings(**settings),
        report=ReportSettings(**report),
        unusable=unusable,
        **values,
    )
