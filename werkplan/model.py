"""The plan as typed, immutable entities; each remembers where it was defined.

Field names match the format definition in ``werkplan.schema`` (a test keeps them in step).
A value that failed validation is simply absent here; its problem was already reported.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePath
from typing import Any, TypeVar

from werkplan.problems import Position


class Status(enum.StrEnum):
    PLANNED = "planned"
    PREPARING = "preparing"
    IN_PROGRESS = "in_progress"
    ONGOING = "ongoing"
    DONE = "done"
    ON_HOLD = "on_hold"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    id: str
    origin: Position  # the start of the entity's mapping
    where: Mapping[str, Position] = field(default_factory=dict, compare=False, repr=False)
    # Keys whose value was present but invalid (already reported); rules stay quiet on them.
    broken: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def at(self, key: str) -> Position:
        """Position of a field's value (``"partners.1"`` for a list item), else the entity."""
        return self.where.get(key) or self.where.get(key.split(".")[0]) or self.origin


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor(Entity):
    name: str = ""
    kind: str | None = None
    parent: str | None = None
    contact: str | None = None
    description: str | None = None


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


@dataclass(frozen=True, slots=True, kw_only=True)
class Goal(Entity):
    field: str | None = None
    title: str = ""
    description: str | None = None
    indicator: str | None = None
    target: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Measure(Entity):
    title: str = ""
    goals: tuple[str, ...] = ()
    field: str | None = None
    owner: str | None = None
    partners: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    start: dt.date | None = None
    due: dt.date | None = None
    status: Status | None = None
    updated: dt.date | None = None
    note: str | None = None
    depends_on: tuple[str, ...] = ()
    description: str | None = None
    target_groups: tuple[str, ...] = ()
    budget: str | None = None
    visibility: str = "public"


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


@dataclass(frozen=True, slots=True)
class Period:
    start: dt.date
    end: dt.date


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    stale_after_days: int = 90
    due_soon_days: int = 42


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanInfo:
    origin: Position
    where: Mapping[str, Position] = field(default_factory=dict, compare=False, repr=False)
    id: str | None = None  # lasting identity across editions (calendar UIDs)
    title: str = ""
    organisation: str = ""
    description: str | None = None
    period: Period | None = None
    language: str = "de"
    accessibility_statement: str | None = None
    settings: Settings = field(default_factory=Settings)

    def at(self, key: str) -> Position:
        return self.where.get(key) or self.origin


ENTITY_TYPES: dict[str, type[Entity]] = {
    "actors": Actor,
    "regions": Region,
    "swot": Swot,
    "fields": ActionField,
    "goals": Goal,
    "measures": Measure,
    "events": Event,
}


@dataclass(frozen=True)
class Plan:
    """Every entity of every file, in file order; duplicates are kept so rules can see them."""

    directory: PurePath
    files: tuple[PurePath, ...]
    infos: tuple[PlanInfo, ...] = ()  # one per `plan:` section found; a valid plan has one
    # Files that could not be read completely: whatever they define is missing here, so
    # rules that would report something as missing stay quiet until they are fixed.
    unread: tuple[PurePath, ...] = ()
    skipped: tuple[PurePath, ...] = ()  # other files in the directory, not read as plan
    actors: tuple[Actor, ...] = ()
    regions: tuple[Region, ...] = ()
    swot: tuple[Swot, ...] = ()
    fields: tuple[ActionField, ...] = ()
    goals: tuple[Goal, ...] = ()
    measures: tuple[Measure, ...] = ()
    events: tuple[Event, ...] = ()

    @property
    def info(self) -> PlanInfo | None:
        return self.infos[0] if self.infos else None

    @property
    def settings(self) -> Settings:
        return self.info.settings if self.info else Settings()

    @property
    def language(self) -> str:
        return self.info.language if self.info else "de"

    def collection(self, key: str) -> tuple[Entity, ...]:
        entities: tuple[Entity, ...] = getattr(self, key)
        return entities

    @cached_property
    def indexes(self) -> dict[str, dict[str, Entity]]:
        """Per collection, id → the first entity with that id."""
        result: dict[str, dict[str, Entity]] = {}
        for key in ENTITY_TYPES:
            index: dict[str, Entity] = {}
            for entity in self.collection(key):
                index.setdefault(entity.id, entity)
            result[key] = index
        return result

    def lookup(self, key: str, entity_id: str) -> Entity | None:
        return self.indexes[key].get(entity_id)

    @cached_property
    def goal_fields(self) -> dict[str, str | None]:
        return {goal.id: goal.field for goal in self.goals}

    def fields_of(self, measure: Measure) -> set[str]:
        """The fields of action a measure belongs to: those of its goals, and its own."""
        linked = {self.goal_fields.get(goal_id) for goal_id in measure.goals} | {measure.field}
        return {field_id for field_id in linked if field_id}


def public_part(plan: Plan) -> Plan:
    """The plan without measures marked ``visibility: internal``, and without every mention
    of them in other entities (``depends_on``, event ``results``), for published output."""
    hidden = {m.id for m in plan.measures if m.visibility == "internal"}
    if not hidden:
        return plan

    def scrub(entity: E) -> E:
        changes: dict[str, Any] = {
            name: tuple(i for i in getattr(entity, name) if i not in hidden)
            for name in _MEASURE_LISTS.get(type(entity), ())
        }
        return dataclasses.replace(entity, **changes) if changes else entity

    measures = tuple(scrub(m) for m in plan.measures if m.id not in hidden)
    return dataclasses.replace(plan, measures=measures, events=tuple(map(scrub, plan.events)))


E = TypeVar("E", bound=Entity)
# Fields that list measure ids; kept in step with the format definition by a test.
_MEASURE_LISTS: dict[type[Entity], tuple[str, ...]] = {
    Measure: ("depends_on",),
    Event: ("results",),
}
