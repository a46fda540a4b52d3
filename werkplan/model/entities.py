"""The entities of a plan: typed, immutable, each remembering where it was defined.

Field names match the format definition in ``werkplan.schema`` (a test keeps them in step).
A value that failed validation is simply absent here; its problem was already reported.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from werkplan.model.records import (
    AttributeValue,
    Costs,
    Decision,
    Funding,
    Link,
    Milestone,
    SeriesPoint,
    Source,
    Update,
)
from werkplan.problems import Position
from werkplan.timeframes import TimeFrame

Attributes = tuple[tuple[str, AttributeValue], ...]


class Status(enum.StrEnum):
    PROPOSED = "proposed"
    PLANNED = "planned"
    PREPARING = "preparing"
    IN_PROGRESS = "in_progress"
    ONGOING = "ongoing"
    DONE = "done"
    ON_HOLD = "on_hold"
    DROPPED = "dropped"
    MERGED = "merged"


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    id: str
    origin: Position  # the start of the entity's mapping
    where: Mapping[str, Position] = field(default_factory=dict, compare=False, repr=False)
    # Keys whose value was present but invalid (already reported); rules stay quiet on them.
    broken: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def at(self, key: str) -> Position:
        """Position of a value (``milestones.1.due``), else of its nearest parent, else the
        entity's own."""
        while key:
            if key in self.where:
                return self.where[key]
            key = key.rpartition(".")[0]
        return self.origin

    def attribute(self, attribute_id: str) -> AttributeValue | None:
        attributes: Attributes = getattr(self, "attributes", ())
        return next((value for key, value in attributes if key == attribute_id), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor(Entity):
    name: str = ""
    kind: str | None = None
    parent: str | None = None
    contact: str | None = None
    description: str | None = None
    links: tuple[Link, ...] = ()
    attributes: Attributes = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Region(Entity):
    name: str = ""
    municipalities: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Swot(Entity):
    kind: str | None = None
    text: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ActionField(Entity):
    """A Handlungsfeld (field of action); named so it does not shadow dataclasses.field."""

    title: str = ""
    description: str | None = None
    swot: tuple[str, ...] = ()
    attributes: Attributes = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Goal(Entity):
    field: str | None = None
    title: str = ""
    description: str | None = None
    indicator: str | None = None
    target: str | None = None
    attributes: Attributes = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Indicator(Entity):
    title: str = ""
    description: str | None = None
    unit: str | None = None
    decimals: int | None = None
    direction: str | None = None
    goals: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    source: Source | None = None
    resolution: str | None = None
    update_every_days: int | None = None
    regions: tuple[str, ...] = ()
    min: int | float | None = None
    max: int | float | None = None
    baseline: SeriesPoint | None = None
    targets: tuple[SeriesPoint, ...] = ()
    values: tuple[SeriesPoint, ...] = ()  # inline values, then those of the values file
    values_file: str | None = None
    visibility: str = "public"
    attributes: Attributes = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Measure(Entity):
    number: str | None = None
    title: str = ""
    goals: tuple[str, ...] = ()
    field: str | None = None
    parent: str | None = None
    kind: str = "measure"
    owner: tuple[str, ...] = ()  # the first coordinates a joint lead
    partners: tuple[str, ...] = ()
    supporters: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    horizon: str | None = None
    start: TimeFrame | None = None
    due: TimeFrame | None = None
    status: Status | None = None
    assessment: str | None = None
    progress: int | None = None
    updated: dt.date | None = None
    depends_on: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    merged_into: str | None = None
    superseded_by: str | None = None
    milestones: tuple[Milestone, ...] = ()
    description: str | None = None
    target_groups: tuple[str, ...] = ()
    budget: str | None = None
    costs: Costs | None = None
    funding: tuple[Funding, ...] = ()
    decisions: tuple[Decision, ...] = ()
    links: tuple[Link, ...] = ()
    updates: tuple[Update, ...] = ()
    attributes: Attributes = ()
    visibility: str = "public"
    note: str | None = None

    @property
    def lead(self) -> str | None:
        """The coordinating owner: the first of a joint lead."""
        return self.owner[0] if self.owner else None

    @property
    def display_title(self) -> str:
        """The title with the plan's original numbering before it: 'Ü1 Solarkataster'."""
        return numbered_title(self.number, self.title)


@dataclass(frozen=True, slots=True, kw_only=True)
class Event(Entity):
    title: str = ""
    date: dt.date | None = None
    kind: str | None = None
    region: str | None = None
    location: str | None = None
    participants: tuple[str, ...] = ()
    results: tuple[str, ...] = ()
    note: str | None = None
    attributes: Attributes = ()


ENTITY_TYPES: dict[str, type[Entity]] = {
    "actors": Actor,
    "regions": Region,
    "swot": Swot,
    "fields": ActionField,
    "goals": Goal,
    "indicators": Indicator,
    "measures": Measure,
    "events": Event,
}

# What werkplan remembers about an entity besides its values: where it was read, and which
# values were broken. Outputs that show an entity's values leave these out.
BOOKKEEPING = frozenset({"origin", "where", "broken"})


def value_keys(entity: Entity) -> tuple[str, ...]:
    """The keys of an entity's values in the order of the format, ``id`` first."""
    return tuple(f.name for f in dataclasses.fields(entity) if f.name not in BOOKKEEPING)


def numbered_title(number: str | None, title: str) -> str:
    """A measure's title with the plan's original numbering before it: 'Ü1 Solarkataster'
    (also for the report's views of a measure)."""
    return f"{number} {title}" if number else title
