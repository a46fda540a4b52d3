"""A JSON Schema (draft 2020-12) of plan files, generated from the format definition.

Editors (VS Code's YAML extension through yaml-language-server) use it for completion and
inline errors. It describes single files: each may hold any of the sections, and within a
section the same keys, kinds and allowed values that ``werkplan check`` enforces. What needs
the whole plan (references, duplicate ids, dates against today) stays with ``check``.
"""

from __future__ import annotations

from typing import Any

from werkplan import __version__, i18n
from werkplan.schema import ID_PATTERN, SECTIONS, FieldSpec, Kind, SectionSpec

DRAFT = "https://json-schema.org/draft/2020-12/schema"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


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
        },
    }


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


def _object(fields: tuple[FieldSpec, ...]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [spec.name for spec in fields if spec.required],
        "properties": {spec.name: _field(spec) for spec in fields},
    }


def _field(spec: FieldSpec) -> dict[str, Any]:
    schema = _kind(spec)
    schema["description"] = _describe(spec.de, spec.en) + _choices(spec)
    if spec.default is not None:
        schema["default"] = spec.default
    if not spec.required:  # an empty value counts as not given
        schema = {"anyOf": [schema, {"type": "null"}], "description": schema["description"]}
    return schema


def _kind(spec: FieldSpec) -> dict[str, Any]:
    simple: dict[Kind, dict[str, Any]] = {
        Kind.TEXT: {"$ref": "#/$defs/text"},
        Kind.ID: {"$ref": "#/$defs/id"},
        Kind.DATE: {"$ref": "#/$defs/date"},
        Kind.ID_LIST: {"type": "array", "items": {"$ref": "#/$defs/id"}},
        Kind.TEXT_LIST: {"type": "array", "items": {"$ref": "#/$defs/text"}},
    }
    if spec.kind in simple:
        return dict(simple[spec.kind])
    if spec.kind is Kind.INT:
        return {"type": "integer", "minimum": spec.minimum or 0, "maximum": spec.maximum or 10**9}
    if spec.kind is Kind.CHOICE:
        return {"enum": list(spec.choices)}
    return _object(spec.fields)


def _choices(spec: FieldSpec) -> str:
    if not spec.vocabulary or spec.vocabulary == "language":
        return ""
    labels = (f"{value} = {i18n.label(spec.vocabulary, value, 'de')}" for value in spec.choices)
    return " (" + ", ".join(labels) + ")"
