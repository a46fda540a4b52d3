"""Validate stage: located YAML trees → typed plan entities, plus shape and type problems.

Driven entirely by the format definition in ``werkplan.schema``: which keys exist, what kind
of value each takes, which are required. Cross-entity questions (references, cycles, dates)
belong to the rules, which run on the finished model.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from werkplan import schema
from werkplan.i18n import choice_for_label
from werkplan.load import LoadedFile
from werkplan.load.tree import Mapping, Node, Scalar, Sequence, describe
from werkplan.model import ENTITY_TYPES, Entity, Period, Plan, PlanInfo, Settings, Status
from werkplan.problems import Label, Message, Position, Problem, Severity
from werkplan.schema import FieldSpec, Kind, SectionSpec

_ID = re.compile(schema.ID_PATTERN + r"\Z")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z", re.ASCII)
_ISO_SHAPE = re.compile(r"\d{4}-\d\d-\d\d\Z", re.ASCII)
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
    entities: dict[str, list[Entity]] = field(
        default_factory=lambda: {key: [] for key in ENTITY_TYPES}
    )


def build_plan(files: Iterable[LoadedFile]) -> tuple[Plan, list[Problem]]:
    collected = _Collected()
    paths = []
    for loaded in files:
        paths.append(loaded.path)
        collected.problems.extend(loaded.problems)
        if loaded.root is not None or loaded.empty:
            _FileReader(loaded.path, collected).read(loaded)
    plan = Plan(
        files=tuple(paths),
        infos=tuple(collected.infos),
        **{key: tuple(items) for key, items in collected.entities.items()},  # type: ignore[arg-type]
    )
    return plan, collected.problems


class _FileReader:
    def __init__(self, path: PurePath, collected: _Collected) -> None:
        self.path = path
        self.collected = collected

    def position(self, node: Node) -> Position:
        return Position(self.path, node.line, node.column)

    def problem(self, node: Node, rule: str, message_key: str, **args: Any) -> None:
        problem = Problem(
            self.position(node), Severity.ERROR, rule, Message.of(message_key, **args)
        )
        self.collected.problems.append(problem)

    def read(self, loaded: LoadedFile) -> None:
        root = loaded.root
        if root is None or (isinstance(root, Scalar) and root.is_null):
            if not loaded.problems:
                self.collected.problems.append(
                    Problem(
                        Position(self.path), Severity.ERROR, "empty-file", Message.of("empty_file")
                    )
                )
            return
        if not isinstance(root, Mapping):
            self.problem(root, "invalid-shape", "file_not_mapping", found=describe(root))
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
                found=describe(value),
            )
            return
        values, where = self.read_fields(section, value, Label("entity", "plan"), "")
        self.collected.infos.append(_plan_info(self.position(key), values, where))

    def read_collection(self, section: SectionSpec, key: Scalar, value: Node) -> None:
        if _is_null(value):
            return  # `measures:` with nothing below yet is an empty list
        if not isinstance(value, Sequence):
            self.problem(
                value, "invalid-shape", "section_not_list", section=key.text, found=describe(value)
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
                    found=describe(item),
                )
                continue
            values, where = self.read_fields(section, item, Label("entity", section.entity), "")
            broken = frozenset(key.split(".")[0] for key in where) - set(values)
            if "id" not in values:
                continue  # cannot be referenced; the missing or broken id is reported
            if section.key == "measures" and "status" in values:
                values["status"] = Status(values["status"])
            entity = entity_type(origin=self.position(item), where=where, broken=broken, **values)
            self.collected.entities[section.key].append(entity)

    def read_fields(
        self, spec: SectionSpec | FieldSpec, mapping: Mapping, what: Label, prefix: str
    ) -> tuple[dict[str, Any], dict[str, Position]]:
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
            if converted is not None:
                values[key.text] = converted
        for field_spec in spec.fields:
            name = field_spec.name
            if not field_spec.required or name in values or (name in where and name not in empty):
                continue  # present, or present but broken and reported already
            entity_id = values.get("id")
            self.problem(
                empty.get(name, mapping),
                "missing-key",
                "missing_key",
                key=name,
                what=what,
                id=f" {entity_id}" if entity_id else "",
            )
        return values, where

    def convert(
        self, spec: FieldSpec, node: Node, where: dict[str, Position], path: str, what: Label
    ) -> Any:
        if spec.kind is Kind.MAPPING:
            if not isinstance(node, Mapping):
                self.wrong_type(node, spec)
                return None
            values, nested = self.read_fields(spec, node, what, path + ".")
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
            if spec.kind is Kind.ID_LIST and not _ID.match(text):
                self.problem(item, "invalid-id", "invalid_id", value=text)
                continue
            items.append(text)
        return tuple(items)

    def convert_scalar(self, spec: FieldSpec, node: Scalar) -> Any:
        text = node.text.strip() if node.plain else node.text
        if spec.kind is Kind.TEXT:
            return node.text
        if spec.kind is Kind.ID:
            if _ID.match(text):
                return text
            self.problem(node, "invalid-id", "invalid_id", value=text)
        elif spec.kind is Kind.DATE:
            return self.convert_date(node, text.strip())
        elif spec.kind is Kind.INT:
            if _WHOLE_NUMBER.match(text) and int(text) >= (spec.minimum or 0):
                return int(text)
            self.problem(node, "invalid-type", "not_whole_number", key=spec.name, value=text)
        elif spec.kind is Kind.CHOICE:
            if text in spec.choices:
                return text
            self.invalid_choice(node, spec, text)
        return None

    def convert_date(self, node: Scalar, text: str) -> dt.date | None:
        if _ISO_SHAPE.match(text):  # the common case, fast
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass  # explained in detail below
        match = _ISO_DATE.match(text)
        if match:
            year, month, day = (int(part) for part in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                self.impossible_date(node, text, year, month)
                return None
        message_key, args = _date_hint(text)
        self.problem(node, "invalid-date", message_key, **args)
        return None

    def impossible_date(self, node: Scalar, text: str, year: int, month: int) -> None:
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
        suggestion = choice_for_label(spec.vocabulary or "", text) or _closest(text, spec.choices)
        rule = "invalid-status" if spec.name == "status" else "invalid-choice"
        self.problem(
            node,
            rule,
            "invalid_choice",
            key=spec.name,
            value=text,
            allowed=spec.choices,
            suggestion=suggestion or "",
        )

    def wrong_type(self, node: Node, spec: FieldSpec) -> None:
        if spec.kind in (Kind.ID_LIST, Kind.TEXT_LIST) and isinstance(node, Scalar):
            self.problem(
                node,
                "invalid-type",
                "scalar_for_list",
                key=spec.name,
                value=_printable(node.text.strip()[:60]),
            )
            return
        self.problem(
            node,
            "invalid-type",
            "wrong_type",
            key=spec.name,
            expected=Label("kind", spec.kind.name.lower()),
            found=describe(node),
        )

    def unknown_key(self, key: Scalar, known: list[str], what: Label | str) -> None:
        name = key.text
        suggestion = _GERMAN_KEYS.get(name.lower())
        if suggestion not in known:
            suggestion = _closest(name, known)
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


def _is_null(node: Node) -> bool:
    return isinstance(node, Scalar) and node.is_null


def _closest(text: str, options: Iterable[str]) -> str | None:
    matches = difflib.get_close_matches(text.lower(), list(options), n=1, cutoff=0.6)
    return matches[0] if matches else None


def _date_hint(text: str) -> tuple[str, dict[str, Any]]:
    if german := _GERMAN_DATE.match(text):
        day, month, year = german.groups()
        return "date_german", {"value": text, "iso": f"{year}-{int(month):02d}-{int(day):02d}"}
    if loose := _LOOSE_ISO.match(text):
        year, month, day = loose.groups()
        return "date_padding", {"value": text, "iso": f"{year}-{int(month):02d}-{int(day):02d}"}
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
