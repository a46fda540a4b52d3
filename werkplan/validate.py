"""Validate stage: located YAML trees → typed plan entities, plus shape and type problems.

Driven entirely by the format definition in ``werkplan.schema``: which keys exist, what kind
of value each takes, which are required. Cross-entity questions (references, cycles, dates)
belong to the rules, which run on the finished model.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from werkplan import schema
from werkplan.i18n import choice_for_label, read_choice
from werkplan.load import LoadedFile
from werkplan.load.tree import Mapping, Node, Scalar, Sequence, describe
from werkplan.model import ENTITY_TYPES, Entity, Period, Plan, PlanInfo, Settings, Status
from werkplan.problems import Choices, Label, Message, Position, Problem, Severity
from werkplan.rules.comment_in_text import RULE, cut_by_comment
from werkplan.rules.person_name import looks_like_person
from werkplan.schema import FieldSpec, Kind, SectionSpec
from werkplan.suggest import closest

_ID = re.compile(schema.ID_PATTERN + r"\Z")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z", re.ASCII)
MIN_YEAR, MAX_YEAR = 1900, 2200
_LOOSE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})\Z", re.ASCII)
_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\Z", re.ASCII)
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})[Tt ]")
_WHOLE_NUMBER = re.compile(r"\d{1,9}\Z", re.ASCII)

# Keys people write when they think in German; suggested as the English key.
_GERMAN_KEYS = {
    "titel": "title",
    "ziele": "goals",
    "ziel": "goals",
    "verantwortlich": "owner",
    "zustaendig": "owner",
    "zuständig": "owner",
    "partner": "partners",
    "beteiligte": "partners",
    "regionen": "regions",
    "beginn": "start",
    "frist": "due",
    "faellig": "due",
    "fällig": "due",
    "ende": "due",
    "stand": "note",
    "notiz": "note",
    "abhaengig_von": "depends_on",
    "beschreibung": "description",
    "sichtbarkeit": "visibility",
    "handlungsfeld": "field",
    "massnahmen": "measures",
    "maßnahmen": "measures",
    "akteure": "actors",
    "handlungsfelder": "fields",
    "veranstaltungen": "events",
    "datum": "date",
    "art": "kind",
    "aktualisiert": "updated",
    "zielgruppen": "target_groups",
    "sprache": "language",
}


@dataclass
class _Collected:
    problems: list[Problem] = field(default_factory=list)
    infos: list[PlanInfo] = field(default_factory=list)
    incomplete: list[PurePath] = field(default_factory=list)
    entities: dict[str, list[Entity]] = field(
        default_factory=lambda: {key: [] for key in ENTITY_TYPES}
    )


def build_plan(files: Iterable[LoadedFile], directory: PurePath) -> tuple[Plan, list[Problem]]:
    """Validates file by file; given a lazy iterable (``load_plan_dir``), each file's tree is
    freed before the next file is parsed, so memory holds one tree and the growing model."""
    collected = _Collected()
    paths = []
    for loaded in files:
        paths.append(loaded.path)
        collected.problems.extend(loaded.problems)
        if loaded.complete:
            _FileReader(loaded, collected).read(loaded)
        else:
            collected.incomplete.append(loaded.path)
        del loaded  # the tree goes now, not when the next file's is already built
    plan = Plan(
        directory=directory,
        files=tuple(paths),
        infos=tuple(collected.infos),
        unread=tuple(collected.incomplete),
        **{key: tuple(items) for key, items in collected.entities.items()},  # type: ignore[arg-type]
    )
    return plan, collected.problems


class _FileReader:
    def __init__(self, loaded: LoadedFile, collected: _Collected) -> None:
        self.path = loaded.path
        self.text = loaded.text
        self.collected = collected

    def position(self, node: Node) -> Position:
        return Position(self.path, node.line, node.column)

    def problem(self, node: Node, rule: str, message_key: str, **args: Any) -> None:
        # Values from the file may hold line breaks or control characters: never raw.
        shown = {k: _printable(v[:80]) if isinstance(v, str) else v for k, v in args.items()}
        message = Message.of(message_key, **shown)
        problem = Problem(self.position(node), Severity.ERROR, rule, message)
        self.collected.problems.append(problem)

    def read(self, loaded: LoadedFile) -> None:
        root = loaded.root
        if root is None or (isinstance(root, Scalar) and root.is_null):
            empty = Message.of("empty_file")
            self.collected.problems.append(
                Problem(Position(self.path), Severity.ERROR, "empty-file", empty)
            )
            return
        if not isinstance(root, Mapping):
            self.problem(
                root, "invalid-shape", "file_not_mapping", found=Label("found", describe(root))
            )
            return
        for key, value in root.items:
            section = schema.SECTION_BY_KEY.get(key.text)
            if section is None:
                self.unknown_key(key, [s.key for s in schema.SECTIONS], "file")
            elif section.many:
                self.read_collection(section, key, value)
            else:
                self.read_plan(section, key, value)

    def read_plan(self, section: SectionSpec, key: Scalar, value: Node) -> None:
        if not isinstance(value, Mapping):
            self.problem(
                value if not _is_null(value) else key,
                "invalid-shape",
                "section_not_mapping",
                section=key.text,
                found=_found(value),
            )
            return
        values, where, _ = self.read_fields(section, value, Label("entity", "plan"), "")
        self.collected.infos.append(_plan_info(self.position(key), values, where))

    def read_collection(self, section: SectionSpec, key: Scalar, value: Node) -> None:
        if _is_null(value):
            return  # `measures:` with nothing below yet is an empty list
        if not isinstance(value, Sequence):
            self.problem(
                value, "invalid-shape", "section_not_list", section=key.text, found=_found(value)
            )
            return
        entity_type = ENTITY_TYPES[section.key]
        for item in value.items:
            if not isinstance(item, Mapping):
                self.problem(
                    item,
                    "invalid-shape",
                    "entity_not_mapping",
                    entity=Label("entity", section.entity),
                    found=Label("found", describe(item)),
                )
                continue
            values, where, broken = self.read_fields(
                section, item, Label("entity", section.entity), ""
            )
            if "id" not in values:
                continue  # cannot be referenced; the missing or broken id is reported
            if section.key == "measures" and "status" in values:
                values["status"] = Status(values["status"])
            entity = entity_type(origin=self.position(item), where=where, broken=broken, **values)
            self.collected.entities[section.key].append(entity)

    def read_fields(
        self, spec: SectionSpec | FieldSpec, mapping: Mapping, what: Label, prefix: str
    ) -> tuple[dict[str, Any], dict[str, Position], frozenset[str]]:
        """Values, positions, and the keys whose value was present but invalid."""
        fields = {f.name: f for f in spec.fields}
        values: dict[str, Any] = {}
        where: dict[str, Position] = {}
        empty: dict[str, Scalar] = {}
        for key, value in mapping.items:
            field_spec = fields.get(key.text)
            if field_spec is None:
                self.unknown_key(key, list(fields), what)
                continue
            where[prefix + key.text] = self.position(value if not _is_null(value) else key)
            if _is_null(value):
                empty[key.text] = key
                continue
            converted = self.convert(field_spec, value, where, prefix + key.text, what)
            if converted == "" and field_spec.required:
                empty[key.text] = key  # a quoted "" says nothing either
            elif converted is not None:
                values[key.text] = converted
        for field_spec in spec.fields:
            name = field_spec.name
            if not field_spec.required or name in values or (name in where and name not in empty):
                continue  # present, or present but broken and reported already
            entity_id = values.get("id")
            at = empty.get(name, mapping)
            self.problem(
                at,
                "missing-key",
                "missing_key",
                key=prefix + name,
                what=what,
                id=f" {entity_id}" if entity_id else "",
                comment=name if name in empty and self.comment_after(at) else "",
            )
        present = {key.text for key, _ in mapping.items}
        return values, where, frozenset((present & set(fields)) - set(values) - set(empty))

    def text_cut_by_comment(self, spec: FieldSpec, node: Scalar) -> None:
        """`title: Sprechtage #2 in Amtsgebäuden` reads as "Sprechtage" (comment-in-text)."""
        if not node.plain or "#" not in self.text:
            return
        cut = cut_by_comment(_line(self.text, node.line), node.column, node.text)
        if cut is None:
            return
        message = Message.of(
            "comment_in_text",
            key=spec.name,
            value=_printable(node.text[:60]),
            comment=_printable(cut.comment[:60]),
            fix=_printable(cut.fix),
        )
        position = Position(self.path, node.line, cut.column)
        self.collected.problems.append(Problem(position, RULE.severity, RULE.id, message))

    def comment_after(self, key: Node) -> bool:
        """Whether the key's line goes on with a comment, as in ``title: #WirAlle``."""
        line = _line(self.text, key.line)
        return "#" in line[key.column - 1 :]

    def convert(
        self, spec: FieldSpec, node: Node, where: dict[str, Position], path: str, what: Label
    ) -> Any:
        if spec.kind is Kind.MAPPING:
            if not isinstance(node, Mapping):
                self.wrong_type(node, spec)
                return None
            values, nested, _ = self.read_fields(spec, node, what, path + ".")
            where.update(nested)
            return values
        if spec.kind in (Kind.ID_LIST, Kind.TEXT_LIST):
            return self.convert_list(spec, node, where, path)
        if not isinstance(node, Scalar):
            self.wrong_type(node, spec)
            return None
        return self.convert_scalar(spec, node)

    def convert_list(
        self, spec: FieldSpec, node: Node, where: dict[str, Position], path: str
    ) -> tuple[str, ...] | None:
        if not isinstance(node, Sequence):
            self.wrong_type(node, spec)
            return None
        items = []
        for index, item in enumerate(node.items):
            where[f"{path}.{index}"] = self.position(item)
            if not isinstance(item, Scalar) or item.is_null:
                self.wrong_type(item, spec)
                continue
            text = item.text.strip()
            if spec.kind is Kind.TEXT_LIST:
                self.text_cut_by_comment(spec, item)
            if spec.kind is Kind.ID_LIST and not _ID.match(text):
                self.invalid_id(item, spec, text)
                continue
            items.append(text)
        return tuple(items)

    def convert_scalar(self, spec: FieldSpec, node: Scalar) -> Any:
        text = node.text.strip() if node.plain else node.text
        if spec.kind is Kind.TEXT:
            self.text_cut_by_comment(spec, node)
            return node.text
        if spec.kind is Kind.ID:
            if _ID.match(text):
                return text
            self.invalid_id(node, spec, text)
        elif spec.kind is Kind.DATE:
            return self.convert_date(node, text.strip())
        elif spec.kind is Kind.INT:
            low, high = spec.minimum or 0, spec.maximum or 10**9
            if _WHOLE_NUMBER.match(text) and low <= int(text) <= high:
                return int(text)
            self.problem(
                node,
                "invalid-type",
                "not_whole_number",
                key=spec.name,
                value=text,
                minimum=low,
                maximum=high,
            )
        elif spec.kind is Kind.CHOICE:
            if text in spec.choices:
                return text
            reading = read_choice(spec.vocabulary or "", text)
            if spec.vocabulary == "status" and reading.how in ("key", "label"):
                return reading.value  # `status: Abgeschlossen` means done
            self.invalid_choice(node, spec, text)
        return None

    def invalid_id(self, node: Scalar, spec: FieldSpec, text: str) -> None:
        """Where an actor is meant, a name is the usual mistake: say how to make the actor."""
        names_actor = spec.ref == "actors"
        person = names_actor and looks_like_person(text)
        new_actor = 'werkplan new actor --name "{}" --kind office'.format("…" if person else text)
        self.problem(
            node,
            "invalid-id",
            "invalid_id",
            value=text,
            key=spec.name,
            person="yes" if person else "",
            new_actor=new_actor if names_actor else "",
        )

    def convert_date(self, node: Scalar, text: str) -> dt.date | None:
        match = _ISO_DATE.match(text)
        if match is None:
            message_key, args = _date_hint(text)
            self.problem(node, "invalid-date", message_key, **args)
            return None
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            day = None
        if day is not None and MIN_YEAR <= day.year <= MAX_YEAR:
            return day
        self.impossible_date(node, text, int(match[1]), int(match[2]))
        return None

    def impossible_date(self, node: Scalar, text: str, year: int, month: int) -> None:
        if not MIN_YEAR <= year <= MAX_YEAR:
            self.problem(node, "invalid-date", "date_bad_year", value=text)
            return
        if not 1 <= month <= 12:
            self.problem(node, "invalid-date", "date_bad_month", value=text, month=month)
            return
        days = calendar.monthrange(year, month)[1]
        self.problem(
            node,
            "invalid-date",
            "date_bad_day",
            value=text,
            month=Label("month", str(month)),
            year=year,
            days=days,
        )

    def invalid_choice(self, node: Scalar, spec: FieldSpec, text: str) -> None:
        suggestion = choice_for_label(spec.vocabulary or "", text) or closest(text, spec.choices)
        rule = "invalid-status" if spec.name == "status" else "invalid-choice"
        self.problem(
            node,
            rule,
            "invalid_choice",
            key=spec.name,
            value=text,
            allowed=Choices(spec.vocabulary or "", spec.choices),
            suggestion=suggestion or "",
        )

    def wrong_type(self, node: Node, spec: FieldSpec) -> None:
        if spec.kind in (Kind.ID_LIST, Kind.TEXT_LIST) and isinstance(node, Scalar):
            self.problem(
                node,
                "invalid-type",
                "scalar_for_list",
                key=spec.name,
                value=node.text.strip(),
            )
            return
        self.problem(
            node,
            "invalid-type",
            "wrong_type",
            key=spec.name,
            expected=Label("kind", spec.kind.name.lower()),
            found=Label("found", describe(node)),
            allowed=Choices(spec.vocabulary or "", spec.choices) if spec.choices else "",
        )

    def unknown_key(self, key: Scalar, known: list[str], what: Label | str) -> None:
        name = key.text
        suggestion = _GERMAN_KEYS.get(name.lower())
        if suggestion not in known:
            suggestion = closest(name, known)
        invisible = _invisible_characters(name)
        self.problem(
            key,
            "unknown-key",
            "unknown_key",
            key=_printable(name),
            what=what if isinstance(what, Label) else Label("entity", what),
            suggestion=suggestion or "",
            invisible=invisible,
            known=() if suggestion else tuple(known),
        )


def _found(node: Node) -> Label:
    return Label("found", "nothing" if _is_null(node) else describe(node))


def _line(text: str, number: int) -> str:
    start = 0
    for _ in range(number - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def _is_null(node: Node) -> bool:
    return isinstance(node, Scalar) and node.is_null


def _date_hint(text: str) -> tuple[str, dict[str, Any]]:
    german, loose = _GERMAN_DATE.match(text), _LOOSE_ISO.match(text)
    if german or loose:
        key = "date_german" if german else "date_padding"
        if german:
            day, month, year = german.groups()
        else:
            year, month, day = loose.groups()  # type: ignore[union-attr]
        iso = f"{year}-{int(month):02d}-{int(day):02d}"
        try:
            dt.date.fromisoformat(iso)
        except ValueError:
            return "date_impossible", {"value": text}
        return key, {"value": text, "iso": iso}
    if timestamp := _DATETIME.match(text):
        return "date_with_time", {"value": text, "iso": timestamp.group(1)}
    return "date_not_iso", {"value": _printable(text[:40])}


def _invisible_characters(text: str) -> tuple[str, ...]:
    return tuple(
        f"U+{ord(char):04X}" for char in text if not char.isprintable() or char in "\u200b\ufeff"
    )


def _printable(text: str) -> str:
    return "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in text)


def _plan_info(origin: Position, values: dict[str, Any], where: dict[str, Position]) -> PlanInfo:
    period = values.pop("period", None)
    settings = values.pop("settings", None) or {}
    return PlanInfo(
        origin=origin,
        where=where,
        period=Period(period["start"], period["end"]) if period and len(period) == 2 else None,
        settings=Settings(**settings),
        **values,
    )
