"""The building blocks of the format definition: value types, fields, sections, vocabularies."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ValueType(enum.Enum):
    """What a key's value is; the validator, JSON Schema and docs each map every type."""

    TEXT = "text"
    LABEL = "label"  # a text, or {de: …, en: …}
    ID = "id"
    ID_LIST = "id_list"
    ID_OR_IDS = "id_or_ids"  # one id or a list of ids
    TEXT_LIST = "text_list"
    DATE = "date"  # an exact day
    TIMEFRAME = "timeframe"  # a day, month, quarter, half-year or year
    INT = "int"
    NUMBER = "number"
    AMOUNT = "amount"  # euros: a number, where `12.000` is a thousands point, not 12.0
    BOOL = "bool"
    CHOICE = "choice"
    CHOICE_LIST = "choice_list"
    URL = "url"
    MAPPING = "mapping"
    RECORDS = "records"  # a list of mappings with the given keys
    YEAR_AMOUNTS = "year_amounts"  # {2026: 450000, 2027: 450000}
    ATTRIBUTES = "attributes"  # values of the attributes the plan defines
    LABELS = "labels"  # the plan's own labels for vocabulary values
    SCALAR = "scalar"  # any single value, kept as written


@dataclass(frozen=True)
class Choice:
    value: str
    de: str
    en: str


@dataclass(frozen=True)
class Vocabulary:
    """The allowed values of a choice, with their labels (a plan may relabel them)."""

    name: str
    choices: tuple[Choice, ...]
    de: str
    en: str

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(choice.value for choice in self.choices)

    def label(self, value: str, lang: str) -> str | None:
        for choice in self.choices:
            if choice.value == value:
                return choice.de if lang == "de" else choice.en
        return None


@dataclass(frozen=True)
class KeySpec:
    """One key of a section or record: its value type, labels, and what it refers to.

    Named "key" as the plan file calls it; "field" means a field of action in this project."""

    name: str
    type: ValueType
    de: str
    en: str
    required: bool = False
    ref: str | None = None  # the section (or plan list) whose ids this value names
    vocabulary: Vocabulary | None = None  # for CHOICE and CHOICE_LIST
    default: str | int | tuple[str, ...] | None = None
    fields: tuple[KeySpec, ...] = ()  # for MAPPING and RECORDS
    minimum: float | None = None
    maximum: float | None = None
    record: str | None = None  # the model type a MAPPING or each of RECORDS becomes
    requires_any: tuple[str, ...] = ()  # RECORDS/MAPPING: at least one of these keys

    @property
    def choices(self) -> tuple[str, ...]:
        return self.vocabulary.values if self.vocabulary else ()

    def field(self, name: str) -> KeySpec | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class SectionSpec:
    key: str  # top-level key in a plan file
    entity: str  # singular name, also the i18n vocabulary key for messages
    many: bool  # a list of entities (True) or one mapping (False)
    fields: tuple[KeySpec, ...]
    de: str
    en: str

    def field(self, name: str) -> KeySpec | None:
        return next((f for f in self.fields if f.name == name), None)
