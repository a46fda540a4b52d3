"""Small values inside entities: wordings, milestones, costs, funding, decisions, series points.

Records carry no positions of their own: an entity keeps them under dotted paths in its
``where`` (``milestones.2.due``), so rules can point at the exact line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from werkplan.timeframes import TimeFrame

Number = int | float
AttributeValue = str | int | float | bool | dt.date


@dataclass(frozen=True, slots=True)
class Wording:
    """A label as the plan writes it: one text for every language, or one per language."""

    texts: Mapping[str, str] = field(default_factory=dict)  # "" = any language

    @classmethod
    def plain(cls, text: str) -> Wording:
        return cls({"": text})

    def get(self, lang: str) -> str:
        if lang in self.texts:
            return self.texts[lang]
        if "" in self.texts:
            return self.texts[""]
        return next(iter(self.texts.values()), "")

    def all(self) -> tuple[str, ...]:
        return tuple(self.texts.values())

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.texts.items())))


@dataclass(frozen=True, slots=True, kw_only=True)
class Milestone:
    title: str = ""
    due: TimeFrame | None = None
    done: dt.date | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Costs:
    total: Number | None = None
    per_year: Number | None = None
    by_year: tuple[tuple[int, Number], ...] = ()
    staff: Number | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Funding:
    source: str = ""
    amount: Number | None = None
    status: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision:
    body: str | None = None
    date: dt.date | None = None
    reference: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    title: str | None = None
    url: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Update:
    date: dt.date | None = None
    status: str | None = None
    assessment: str | None = None
    progress: int | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Horizon:
    id: str = ""
    label: Wording = field(default_factory=Wording)
    start: TimeFrame | None = None
    end: TimeFrame | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class AttributeChoice:
    value: str = ""
    label: Wording | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class AttributeDefinition:
    id: str = ""
    label: Wording = field(default_factory=Wording)
    kind: str | None = None
    choices: tuple[AttributeChoice, ...] = ()
    applies_to: tuple[str, ...] = ("measures",)
    unit: str | None = None
    min: Number | None = None
    max: Number | None = None
    required: bool = False
    description: str | None = None

    def choice(self, value: str) -> AttributeChoice | None:
        return next((c for c in self.choices if c.value == value), None)

    def rank(self, value: AttributeValue) -> int:
        """Position of a choice value (ordered choices sort by it); -1 when unknown."""
        values = [c.value for c in self.choices]
        return values.index(str(value)) if str(value) in values else -1


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportSettings:
    columns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    name: str | None = None
    url: str | None = None
    license: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SeriesPoint:
    """A dated number: an indicator's baseline, one of its targets or a measured value."""

    date: TimeFrame | None = None
    value: Number | None = None
    region: str | None = None
    note: str | None = None


# The record a MAPPING or RECORDS key of the format definition becomes (``KeySpec.record``).
RECORD_TYPES: dict[str, type] = {
    "milestone": Milestone,
    "costs": Costs,
    "funding": Funding,
    "decision": Decision,
    "link": Link,
    "update": Update,
    "horizon": Horizon,
    "attribute_choice": AttributeChoice,
    "attribute_definition": AttributeDefinition,
    "source": Source,
    "baseline": SeriesPoint,
    "target": SeriesPoint,
    "value": SeriesPoint,
}
