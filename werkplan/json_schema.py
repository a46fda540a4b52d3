"""A JSON Schema (draft 2020-12) of plan files, generated from the format definition.

Editors (VS Code's YAML extension through yaml-language-server) use it for completion and
inline errors. It describes single files: each may hold any of the sections, and within a
section the same keys, kinds and allowed values that ``werkplan check`` enforces. What needs
the whole plan (references, duplicate ids, dates against today) stays with ``check``.
"""

from __future__ import annotations

from typing import Any

from werkplan import __version__, i18n
from werkplan.schema import (
    ID_PATTERN,
    RELABELABLE,
    SECTIONS,
    VOCABULARIES,
    KeySpec,
    SectionSpec,
    ValueType,
)
from werkplan.validate import values

DRAFT = "https://json-schema.org/draft/2020-12/schema"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
TIMEFRAME_PATTERN = r"^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]))?$"


def plan_file_schema() -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "$id": f"urn:werkplan:plan-file:{__version__}",
        "title": "werkplan: Plan-Datei / plan file",
        "description": "Eine Datei eines Werkstattplans. / One file of a Werkstattplan.",
        "type": "object",
        "additionalProperties": False,
        "properties": {section.key: _section(section) for section in SECTIONS},
        "$defs": {
            "id": {
                "description": "ID: Buchstaben A–Z, Ziffern, - _ . / letters, digits, - _ .",
                "anyOf": [
                    {"type": "string", "pattern": f"^{ID_PATTERN}$"},
                    {"type": "integer", "minimum": 0},
                ],
            },
            "date": {
                "description": "Datum JJJJ-MM-TT / date YYYY-MM-DD",
                "type": "string",
                "pattern": DATE_PATTERN,
                "format": "date",
            },
            "text": {"type": ["string", "number", "boolean"]},
            "label": {
                "anyOf": [
                    {"$ref": "#/$defs/text"},
                    {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {
                            "de": {"$ref": "#/$defs/text"},
                            "en": {"$ref": "#/$defs/text"},
                        },
                    },
                ]
            },
            "timeframe": {
                "description": "Tag, Monat, Quartal, Halbjahr oder Jahr / day, month, quarter, "
                "half-year or year: 2026-06-30, 2026-06, 2026-Q4, 2026-H2, 2026",
                "anyOf": [
                    {"type": "string", "pattern": TIMEFRAME_PATTERN},
                    {"type": "integer", "minimum": 1900, "maximum": 2200},
                ],
            },
            "yes_no": {
                "anyOf": [
                    {"type": "boolean"},
                    {"enum": ["ja", "nein", "yes", "no", "Ja", "Nein", "Yes", "No"]},
                    {"type": "string", "pattern": _yes_no_pattern()},
                ]
            },
            "url": {
                "type": "string",
                "pattern": f"^\\s*({_any_case('http')}{_any_case('s')}?://[^\\s]+"
                f"|{_any_case('mailto')}:[^\\s]+@[^\\s]+)\\s*$",
            },
        },
    }


def _any_case(word: str) -> str:
    """A pattern for a word in any case: JSON Schema patterns have no case-insensitive flag."""
    return "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else c for c in word)


def _yes_no_pattern() -> str:
    words = sorted(values.YES_WORDS | values.NO_WORDS)
    return "^\\s*(" + "|".join(_any_case(word) for word in words) + ")\\s*$"


def _describe(de: str, en: str) -> str:
    return f"{de} / {en}"


def _section(section: SectionSpec) -> dict[str, Any]:
    entity = _object(section.fields)
    entity["description"] = _describe(section.de, section.en)
    if not section.many:
        return entity
    return {
        "description": _describe(section.de, section.en),
        "type": ["array", "null"],
        "items": entity,
    }


def _object(fields: tuple[KeySpec, ...]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [spec.name for spec in fields if spec.required],
        "properties": {spec.name: _field(spec) for spec in fields},
    }


def _field(spec: KeySpec) -> dict[str, Any]:
    schema = _kind(spec)
    schema["description"] = _describe(spec.de, spec.en) + _choices(spec)
    if spec.default is not None:
        schema["default"] = spec.default
    if not spec.required:  # an empty value counts as not given
        schema = {"anyOf": [schema, {"type": "null"}], "description": schema["description"]}
    return schema


def _kind(spec: KeySpec) -> dict[str, Any]:
    simple: dict[ValueType, dict[str, Any]] = {
        ValueType.TEXT: {"$ref": "#/$defs/text"},
        ValueType.SCALAR: {"$ref": "#/$defs/text"},
        ValueType.LABEL: {"$ref": "#/$defs/label"},
        ValueType.ID: {"$ref": "#/$defs/id"},
        ValueType.DATE: {"$ref": "#/$defs/date"},
        ValueType.TIMEFRAME: {"$ref": "#/$defs/timeframe"},
        ValueType.BOOL: {"$ref": "#/$defs/yes_no"},
        ValueType.URL: {"$ref": "#/$defs/url"},
        ValueType.ID_LIST: {"type": "array", "items": {"$ref": "#/$defs/id"}},
        ValueType.TEXT_LIST: {"type": "array", "items": {"$ref": "#/$defs/text"}},
        ValueType.ID_OR_IDS: {
            "anyOf": [{"$ref": "#/$defs/id"}, {"type": "array", "items": {"$ref": "#/$defs/id"}}]
        },
        ValueType.ATTRIBUTES: {
            "type": "object",
            "additionalProperties": {"type": ["string", "number", "boolean", "null"]},
        },
    }
    if spec.type in simple:
        return dict(simple[spec.type])
    if spec.type is ValueType.INT:
        whole = {"type": "integer", "minimum": spec.minimum or 0, "maximum": spec.maximum or 10**9}
        # check reads "40" as 40 too; a quoted number's range is left to check
        quoted = {"type": "string", "pattern": f"^\\s*{values.WHOLE_NUMBER_TEXT}\\s*$"}
        return {"anyOf": [whole, quoted]}
    if spec.type is ValueType.NUMBER:
        return _number(spec)
    if spec.type is ValueType.CHOICE:
        return _choice(spec)
    if spec.type is ValueType.CHOICE_LIST:
        return {"type": "array", "items": _choice(spec)}
    if spec.type is ValueType.YEAR_AMOUNTS:
        return {
            "type": "object",
            "propertyNames": {"pattern": r"^\d{4}$"},
            "additionalProperties": _number(spec),
        }
    if spec.type is ValueType.LABELS:
        return _labels()
    if spec.type is ValueType.RECORDS:
        return {"type": "array", "items": _record(spec)}
    return _record(spec)


def _record(spec: KeySpec) -> dict[str, Any]:
    schema = _object(spec.fields)
    if spec.requires_any:
        schema["anyOf"] = [{"required": [name]} for name in spec.requires_any]
    return schema


def _number(spec: KeySpec) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "number"}
    if spec.minimum is not None:
        schema["minimum"] = spec.minimum
    if spec.maximum is not None:
        schema["maximum"] = spec.maximum
    # `total: "1100000"` is a number to check as well; "1.100.000 €" is not
    quoted = {"type": "string", "pattern": f"^\\s*{values.NUMBER_TEXT}\\s*$"}
    return {"anyOf": [schema, quoted]}


def _choice(spec: KeySpec) -> dict[str, Any]:
    """The values; their German and English labels are accepted as input too."""
    assert spec.vocabulary is not None
    choices = list(spec.vocabulary.values)
    if spec.vocabulary.name == "language":
        return {"enum": choices}
    # Usual words ("erledigt") are suggested by check, not taken: the schema refuses them too.
    labels = sorted(
        {c.de for c in spec.vocabulary.choices} | {c.en for c in spec.vocabulary.choices}
    )
    return {"anyOf": [{"enum": choices}, {"enum": [x for x in labels if x not in choices]}]}


def _labels() -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            name: {
                "type": ["object", "null"],  # empty: nothing relabelled
                "additionalProperties": False,
                "properties": {
                    value: {"anyOf": [{"$ref": "#/$defs/label"}, {"type": "null"}]}
                    for value in VOCABULARIES[name].values
                },
            }
            for name in RELABELABLE
        },
    }


def _choices(spec: KeySpec) -> str:
    if not spec.vocabulary or spec.vocabulary.name == "language":
        return ""
    name = spec.vocabulary.name
    labels = (f"{value} = {i18n.label(name, value, 'de')}" for value in spec.choices)
    return " (" + ", ".join(labels) + ")"
