"""JSON Schemas (draft 2020-12) of plan files, generated from the format definition.

Editors (VS Code's YAML extension through yaml-language-server) use them for completion and
inline errors. Two kinds:

- the generic schema (``plan_file_schema``): the keys, types and allowed values that
  ``werkplan check`` enforces in any plan;
- a plan's own schema (``plan_schema``): the same, plus what this plan knows – the ids of its
  actors, goals, fields, regions, measures and horizons as the allowed values of the keys
  that name them, its attributes with their choices, and its own labels – so an editor
  completes ``owner:`` with the plan's real actor ids.

Both describe single files and accept everything ``check`` accepts in a file (a YAML number
``2026`` as a time frame, a quoted ``"1100000"`` as an amount, a label such as
``Abgeschlossen`` for a status). What needs the whole plan beyond that (duplicate ids, dates
against today) stays with ``check``. A plan's schema is only as new as the plan it was made
from: the rule ``schema-outdated`` says when it needs writing again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath
from typing import Any

from werkplan import __version__, i18n
from werkplan.model import AttributeDefinition, Entity, Measure, Plan, Wording
from werkplan.schema import (
    ID_PATTERN,
    RELABELABLE,
    SECTIONS,
    VOCABULARIES,
    KeySpec,
    SectionSpec,
    ValueType,
    Vocabulary,
)

DRAFT = "https://json-schema.org/draft/2020-12/schema"
GENERIC_ID = f"urn:werkplan:plan-file:{__version__}"
PLAN_SCHEMA_ID_PREFIX = "urn:werkplan:plan-schema:"
# Where `werkplan init` puts a plan's schema and where its files' modelines point: in a
# hidden folder of the plan, which werkplan never reads as part of the plan.
DEFAULT_PLAN_SCHEMA = PurePosixPath(".werkplan/plan.schema.json")

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
TIMEFRAME_PATTERN = r"^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]))?$"
# What `werkplan check` reads as a number when it is written as text ("1100000", "1.5").
NUMBER_TEXT_PATTERN = r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$"
WHOLE_NUMBER_TEXT_PATTERN = r"^\s*\d{1,9}\s*$"
YES_WORDS = ("true", "yes", "ja", "on", "y", "j")
NO_WORDS = ("false", "no", "nein", "off", "n")

JSON = dict[str, Any]


def plan_file_schema() -> JSON:
    """The generic schema: every plan's files (schema/plan-file.schema.json)."""
    return _Builder(None).document()


def plan_schema(plan: Plan) -> JSON:
    """The schema of this plan's files: the generic one with the plan's ids, attributes and
    labels. Depends on the plan's content only, never on where it lies."""
    return _Builder(plan).document()


def schema_text(schema: JSON) -> str:
    """The one way werkplan writes a schema, so that files can be compared with it."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def is_plan_schema(document: object) -> bool:
    """Whether a parsed JSON document is a plan's schema written by werkplan."""
    if not isinstance(document, dict):
        return False
    schema_id = document.get("$id")
    return isinstance(schema_id, str) and schema_id.startswith(PLAN_SCHEMA_ID_PREFIX)


def _describe(de: str, en: str) -> str:
    return f"{de} / {en}"


class _Builder:
    """Builds a schema; with a plan, the keys that name ids, attributes and choices know the
    plan's own values."""

    def __init__(self, plan: Plan | None) -> None:
        self.plan = plan
        self.language = plan.language if plan else "de"
        self.labels = plan.labels if plan else {}
        self.attributes: tuple[AttributeDefinition, ...] = ()
        if plan is not None:
            self.attributes = tuple(plan.indexes["attributes"].values())

    def document(self) -> JSON:
        if self.plan is None:
            head = {
                "$id": GENERIC_ID,
                "title": "werkplan: Plan-Datei / plan file",
                "description": "Eine Datei eines Werkstattplans. / One file of a Werkstattplan.",
            }
        else:
            head = {
                "$id": PLAN_SCHEMA_ID_PREFIX + __version__,
                "title": "werkplan: Plan-Datei dieses Plans / plan file of this plan",
                "description": _describe(
                    "Eine Datei dieses Werkstattplans, mit seinen IDs, Merkmalen und "
                    "Bezeichnungen. Erneuern: werkplan schema PLAN_DIR -o DATEI",
                    "One file of this Werkstattplan, with its ids, attributes and labels. "
                    "Renew: werkplan schema PLAN_DIR -o FILE",
                ),
            }
        return {
            "$schema": DRAFT,
            **head,
            "type": "object",
            "additionalProperties": False,
            "properties": {section.key: self.section(section) for section in SECTIONS},
            "$defs": {**_common_definitions(), **self.id_definitions()},
        }

    # --- sections, entities, records ----------------------------------------------------------

    def section(self, section: SectionSpec) -> JSON:
        entity = self.mapping(section.fields, section.key)
        entity["description"] = _describe(section.de, section.en)
        if not section.many:
            return entity
        return {
            "description": _describe(section.de, section.en),
            "type": ["array", "null"],
            "items": entity,
        }

    def mapping(self, fields: tuple[KeySpec, ...], section: str | None = None) -> JSON:
        required = [spec.name for spec in fields if spec.required]
        if section and self.required_attributes(section):
            required.append("attributes")  # check misses them when the key is left out
        return {
            "type": "object",
            "additionalProperties": False,
            "required": required,
            "properties": {spec.name: self.field(spec, section, required) for spec in fields},
        }

    def field(self, spec: KeySpec, section: str | None, required: list[str]) -> JSON:
        schema = self.value(spec, section)
        schema["description"] = _describe(spec.de, spec.en) + self.choices_text(spec)
        if spec.default is not None:
            schema["default"] = (
                list(spec.default) if isinstance(spec.default, tuple) else spec.default
            )
        if spec.name not in required:  # an empty value counts as not given
            schema = {"anyOf": [schema, {"type": "null"}], "description": schema["description"]}
        return schema

    def value(self, spec: KeySpec, section: str | None) -> JSON:
        kind = spec.type
        if kind in _SIMPLE:
            return dict(_SIMPLE[kind])
        if kind is ValueType.ID:
            return self.id(spec)
        if kind is ValueType.ID_LIST:
            return {"type": "array", "items": self.id(spec)}
        if kind is ValueType.ID_OR_IDS:
            return {"anyOf": [self.id(spec), {"type": "array", "items": self.id(spec)}]}
        if kind is ValueType.INT:
            return _whole_number(spec.minimum or 0, spec.maximum or 10**9)
        if kind in (ValueType.NUMBER, ValueType.AMOUNT):
            return _number(spec.minimum, spec.maximum)
        if kind is ValueType.CHOICE:
            return self.choice(spec)
        if kind is ValueType.CHOICE_LIST:
            return {"type": "array", "items": self.choice(spec)}
        if kind is ValueType.YEAR_AMOUNTS:
            return {
                "type": "object",
                "propertyNames": {"pattern": r"^\d{4}$"},
                "additionalProperties": _number(spec.minimum, spec.maximum),
            }
        if kind is ValueType.ATTRIBUTES:
            return self.attribute_values(section)
        if kind is ValueType.LABELS:
            return _labels()
        if kind is ValueType.RECORDS:
            return {"type": "array", "items": self.record(spec)}
        return self.record(spec)

    def record(self, spec: KeySpec) -> JSON:
        schema = self.mapping(spec.fields)
        if spec.requires_any:
            schema["anyOf"] = [{"required": [name]} for name in spec.requires_any]
        return schema

    # --- ids ----------------------------------------------------------------------------------

    def id(self, spec: KeySpec) -> JSON:
        """An id; in a plan's schema one of the ids the key refers to, where the plan has any."""
        if self.plan is None or spec.ref is None or not self.plan.indexes.get(spec.ref):
            return {"$ref": "#/$defs/id"}
        return {"$ref": f"#/$defs/{_ids_name(spec.ref)}"}

    def id_definitions(self) -> JSON:
        if self.plan is None:
            return {}
        definitions = {}
        for ref in _referenced():
            known = self.plan.indexes.get(ref, {})
            if not known:
                continue  # nothing to name yet: any well-formed id, check says the rest
            definitions[_ids_name(ref)] = self.ids(ref, known)
        return definitions

    def ids(self, ref: str, known: dict[str, Any]) -> JSON:
        """The ids as an editor offers them, with what they name; an id YAML reads as a
        number (`12`) is offered as that number, and accepted quoted ("12") as well."""
        values: list[Any] = []
        captions: list[str] = []
        quoted: list[str] = []
        seen: set[tuple[str, Any]] = set()
        for item_id, item in known.items():
            value = _yaml_read(item_id)
            if not isinstance(value, str):
                quoted.append(item_id)
            if _json_key(value) in seen:
                continue  # `12` and `012` both read as 12; check tells them apart
            seen.add(_json_key(value))
            values.append(value)
            captions.append(self.caption(item))
        schema: JSON = {
            "description": _describe(f"Eine ID aus `{ref}`", f"An id from `{ref}`"),
            "enum": values,
            "enumDescriptions": captions,
        }
        if not quoted:
            return schema
        exact = "^(" + "|".join(_literal(q) for q in quoted) + ")$"
        return {"anyOf": [schema, {"type": "string", "pattern": exact}]}

    def caption(self, item: object) -> str:
        """What an editor shows beside an id: the title or name of what it names."""
        if isinstance(item, Measure):
            return item.display_title
        if isinstance(item, Entity):
            return str(
                getattr(item, "title", "") or getattr(item, "name", "") or getattr(item, "text", "")
            )
        label = getattr(item, "label", None)
        return label.get(self.language) if isinstance(label, Wording) else ""

    # --- choices ------------------------------------------------------------------------------

    def choice(self, spec: KeySpec) -> JSON:
        """A vocabulary key, or a label of one – werkplan's German and English ones and the
        plan's own – in any case, as ``check`` reads them."""
        vocabulary = spec.vocabulary
        assert vocabulary is not None
        values = list(vocabulary.values)
        keys: JSON = {
            "enum": values,
            "enumDescriptions": [self.label(vocabulary, value) for value in values],
        }
        labels = sorted(set(self.accepted_labels(vocabulary)) - set(values))
        return {
            "anyOf": [
                keys,
                {"enum": labels},
                {"type": "string", "pattern": caseless_pattern([*values, *labels])},
            ]
        }

    def accepted_labels(self, vocabulary: Vocabulary) -> Iterator[str]:
        for choice in vocabulary.choices:
            yield choice.de
            yield choice.en
        for wording in self.labels.get(vocabulary.name, {}).values():
            yield from (" ".join(text.split()) for text in wording.all() if text.strip())

    def label(self, vocabulary: Vocabulary, value: str) -> str:
        return i18n.label(vocabulary.name, value, self.language, self.labels)

    def choices_text(self, spec: KeySpec) -> str:
        vocabulary = spec.vocabulary
        if vocabulary is None:
            return ""
        labels = (f"{value} = {self.label(vocabulary, value)}" for value in spec.choices)
        return " (" + ", ".join(labels) + ")"

    # --- attributes the plan defines --------------------------------------------------------------

    def applying(self, section: str | None) -> list[AttributeDefinition]:
        return [d for d in self.attributes if section in d.applies_to]

    def required_attributes(self, section: str) -> list[str]:
        return [d.id for d in self.applying(section) if d.required]

    def attribute_values(self, section: str | None) -> JSON:
        if self.plan is None:
            return {
                "type": "object",
                "additionalProperties": {"type": ["string", "number", "boolean", "null"]},
            }
        schema: JSON = {
            "type": "object",
            "additionalProperties": False,
            "properties": {d.id: self.attribute(d) for d in self.applying(section)},
        }
        required = self.required_attributes(section) if section else []
        if required:
            schema["required"] = required
        return schema

    def attribute(self, definition: AttributeDefinition) -> JSON:
        kind = definition.kind
        schema: JSON
        if kind in ("ordered_choice", "choice"):
            schema = self.attribute_choice(definition)
        elif kind == "number":
            schema = _number(definition.min, definition.max)
        elif kind == "yes_no":
            schema = {"$ref": "#/$defs/yes_no"}
        elif kind == "date":
            schema = {"$ref": "#/$defs/date"}
        else:
            schema = {"$ref": "#/$defs/text"}
        description = self.attribute_description(definition)
        if not definition.required:  # an empty value counts as not given
            schema = {"anyOf": [schema, {"type": "null"}]}
        schema["description"] = description
        return schema

    def attribute_choice(self, definition: AttributeDefinition) -> JSON:
        values: list[Any] = []
        captions: list[str] = []
        labels: set[str] = set()
        for choice in definition.choices:  # "1" as written is also matched by the pattern
            values.append(_yaml_read(choice.value))
            captions.append(choice.label.get(self.language) if choice.label else "")
            if choice.label:
                labels.update(" ".join(t.split()) for t in choice.label.all() if t.strip())
        texts = [choice.value for choice in definition.choices]
        labels -= set(texts)
        if not texts:
            return {"$ref": "#/$defs/text"}  # a broken definition; check reports it
        return {
            "anyOf": [
                {"enum": values, "enumDescriptions": captions},
                {"enum": sorted(labels)},
                {"type": "string", "pattern": caseless_pattern([*texts, *labels])},
            ]
        }

    def attribute_description(self, definition: AttributeDefinition) -> str:
        text = definition.label.get(self.language) or definition.id
        if definition.unit:
            text += f" ({definition.unit})"
        if definition.choices:
            shown = (
                f"{c.value} = {c.label.get(self.language)}" if c.label else c.value
                for c in definition.choices
            )
            text += ": " + ", ".join(shown)
        if definition.description:
            text += f". {definition.description}"
        return text


def _common_definitions() -> JSON:
    return {
        "id": {
            "description": "ID: Buchstaben A–Z, Ziffern, - _ . / letters, digits, - _ .",
            "anyOf": [
                {"type": "string", "pattern": f"^{ID_PATTERN}$"},
                {"type": "number", "minimum": 0},  # 12 or 1.5 read as YAML numbers
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
                {"enum": ["ja", "nein", "yes", "no"]},
                {"type": "string", "pattern": caseless_pattern([*YES_WORDS, *NO_WORDS])},
            ]
        },
        "url": {
            "description": "https:, http: oder mailto: / https:, http: or mailto:",
            "type": "string",
            "pattern": r"^\s*("
            + _caseless_word("http")
            + "[sS]?://[^\\x00-\\x20/?#][^\\x00-\\x20]*|"
            + _caseless_word("mailto")
            + ":[^\\x00-\\x20?#]*@[^\\x00-\\x20]*)\\s*$",
        },
    }


_SIMPLE: dict[ValueType, JSON] = {
    ValueType.TEXT: {"$ref": "#/$defs/text"},
    ValueType.SCALAR: {"$ref": "#/$defs/text"},
    ValueType.LABEL: {"$ref": "#/$defs/label"},
    ValueType.DATE: {"$ref": "#/$defs/date"},
    ValueType.TIMEFRAME: {"$ref": "#/$defs/timeframe"},
    ValueType.BOOL: {"$ref": "#/$defs/yes_no"},
    ValueType.URL: {"$ref": "#/$defs/url"},
    ValueType.TEXT_LIST: {"type": "array", "items": {"$ref": "#/$defs/text"}},
}


def _whole_number(minimum: float, maximum: float) -> JSON:
    return {
        "anyOf": [
            {"type": "integer", "minimum": minimum, "maximum": maximum},
            {"type": "string", "pattern": WHOLE_NUMBER_TEXT_PATTERN},
        ]
    }


def _number(minimum: float | None, maximum: float | None) -> JSON:
    """A number, also quoted ("1100000"); a range only where it is a YAML number."""
    schema: JSON = {"type": "number"}
    if minimum is not None:
        schema["minimum"] = minimum
    if maximum is not None:
        schema["maximum"] = maximum
    return {"anyOf": [schema, {"type": "string", "pattern": NUMBER_TEXT_PATTERN}]}


def _labels() -> JSON:
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            # an empty entry (`verdict: ~`, `at_risk: ~`) relabels nothing, as check reads it
            name: {
                "type": ["object", "null"],
                "additionalProperties": False,
                "properties": {
                    value: {"anyOf": [{"$ref": "#/$defs/label"}, {"type": "null"}]}
                    for value in VOCABULARIES[name].values
                },
            }
            for name in RELABELABLE
        },
    }


def _referenced() -> list[str]:
    """Every list of ids a key of the format refers to (actors, goals, measures …)."""
    found: dict[str, None] = {}

    def visit(fields: Iterable[KeySpec]) -> None:
        for spec in fields:
            if spec.ref:
                found.setdefault(spec.ref)
            visit(spec.fields)

    for section in SECTIONS:
        visit(section.fields)
    return list(found)


def _ids_name(ref: str) -> str:
    return f"ids_{ref}"


# --- how YAML reads a written value, and matching text the way check does ---------------------

_YAML_INT = re.compile(r"[-+]?[0-9]+\Z")
_YAML_OCTAL = re.compile(r"0o[0-7]+\Z")
_YAML_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_YAML_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_YAML_BOOLS = {
    word: word.lower() == "true" for word in ("true", "True", "TRUE", "false", "False", "FALSE")
}


def _yaml_read(text: str) -> Any:
    """What YAML 1.2, as editors and validators read it, makes of the text written unquoted:
    `owner: 12` is the number 12 to them, the id "12" to werkplan."""
    if _YAML_INT.match(text):
        return int(text)
    if _YAML_OCTAL.match(text):
        return int(text[2:], 8)
    if _YAML_HEX.match(text):
        return int(text[2:], 16)
    if _YAML_FLOAT.match(text):
        return float(text)
    return _YAML_BOOLS.get(text, text)


def _json_key(value: Any) -> tuple[str, Any]:
    """Equal in JSON Schema's sense: 1 and 1.0 are one number, True is no number."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int | float):
        return ("number", float(value))
    return ("text", value)


# Escaped with a backslash; editors compile patterns in Unicode mode, where no other
# character may be escaped.
_REGEX_SYNTAX = frozenset("^$\\.*+?()[]{}|/")


def caseless_pattern(texts: Iterable[str]) -> str:
    """A pattern (ECMA-262, as editors use it) for any of the texts in any case, with any
    white space around and between the words – as ``check`` compares choices."""
    alternatives = sorted({r"\s+".join(map(_caseless_word, t.split())) for t in texts if t.split()})
    return r"^\s*(" + "|".join(alternatives) + r")\s*$"


def _literal(text: str) -> str:
    return "".join("\\" + char if char in _REGEX_SYNTAX else char for char in text)


def _caseless_word(word: str) -> str:
    return "".join(_caseless_char(char) for char in word)


def _caseless_char(char: str) -> str:
    forms = {char, char.lower(), char.upper(), char.casefold()}
    if all(len(form) == 1 for form in forms):
        if len(forms) == 1:
            return "\\" + char if char in _REGEX_SYNTAX else char
        return "[" + "".join(sorted(forms)) + "]"
    # ß is SS in capitals: each form, the longer ones letter by letter
    shown = sorted({_caseless_word(form) if len(form) > 1 else form for form in forms})
    return "(" + "|".join(shown) + ")"
