"""The whole plan: its ``plan:`` section and every entity of every file."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePath
from typing import Any, TypeVar

from werkplan import schema
from werkplan.model.entities import (
    ENTITY_TYPES,
    ActionField,
    Actor,
    Entity,
    Event,
    Goal,
    Indicator,
    Measure,
    Region,
    Swot,
)
from werkplan.model.records import (
    AttributeDefinition,
    Decision,
    Horizon,
    Link,
    ReportSettings,
    Wording,
)
from werkplan.problems import Position
from werkplan.timeframes import TimeFrame

EntityT = TypeVar("EntityT", bound=Entity)


@dataclass(frozen=True, slots=True)
class Period:
    start: TimeFrame
    end: TimeFrame


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    stale_after_days: int = 90
    due_soon_days: int = 42


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanInfo:
    origin: Position
    where: Mapping[str, Position] = field(default_factory=dict, compare=False, repr=False)
    id: str | None = None
    title: str = ""
    organisation: str = ""
    description: str | None = None
    period: Period | None = None
    language: str = "de"
    accessibility_statement: str | None = None
    settings: Settings = field(default_factory=Settings)
    horizons: tuple[Horizon, ...] = ()
    # vocabulary → value → the plan's own label, e.g. status → planned → "Nicht begonnen"
    labels: Mapping[str, Mapping[str, Wording]] = field(default_factory=dict, compare=False)
    attributes: tuple[AttributeDefinition, ...] = ()
    report: ReportSettings = field(default_factory=ReportSettings)
    decisions: tuple[Decision, ...] = ()
    links: tuple[Link, ...] = ()
    # Ids of horizons and attribute definitions that are written but unusable (a required
    # key missing): their problem is reported, so nothing that names them is "unknown".
    unusable: Mapping[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def at(self, key: str) -> Position:
        while key:
            if key in self.where:
                return self.where[key]
            key = key.rpartition(".")[0]
        return self.origin


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
    indicators: tuple[Indicator, ...] = ()
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

    @property
    def labels(self) -> Mapping[str, Mapping[str, Wording]]:
        return self.info.labels if self.info else {}

    def id_named(self, key: str, written: str) -> str | None:
        """The id of the one entity of a collection whose name or title is ``written`` (case
        and spacing aside): `Dorfverein Musterhausen e. V.` written where `dorfverein` is meant."""
        wanted = " ".join(written.split()).casefold()
        if key not in ENTITY_TYPES or not wanted:
            return None
        found = {
            entity.id
            for entity in self.collection(key)
            for name in (getattr(entity, "name", ""), getattr(entity, "title", ""))
            if isinstance(name, str) and " ".join(name.split()).casefold() == wanted
        }
        return found.pop() if len(found) == 1 else None

    def collection(self, key: str) -> tuple[Entity, ...]:
        entities: tuple[Entity, ...] = getattr(self, key)
        return entities

    @cached_property
    def indexes(self) -> dict[str, dict[str, Any]]:
        """Per collection (and the plan's horizons and attributes), id → the first with it."""
        result: dict[str, dict[str, Any]] = {}
        for key in ENTITY_TYPES:
            index: dict[str, Any] = {}
            for entity in self.collection(key):
                index.setdefault(entity.id, entity)
            result[key] = index
        info = self.info
        for key, items in (
            ("horizons", info.horizons if info else ()),
            ("attributes", info.attributes if info else ()),
        ):
            result[key] = {}
            for item in items:
                result[key].setdefault(item.id, item)
        return result

    def lookup(self, key: str, entity_id: str) -> Any:
        return self.indexes[key].get(entity_id)

    def region_name(self, region_id: str) -> str:
        """A region as people read it: its name; its id where it has none or the plan has
        no such region."""
        found = self.indexes["regions"].get(region_id)
        return str(getattr(found, "name", None) or region_id)

    def measure(self, measure_id: str | None) -> Measure | None:
        found = self.indexes["measures"].get(measure_id) if measure_id else None
        return found if isinstance(found, Measure) else None

    def horizon(self, horizon_id: str | None) -> Horizon | None:
        found = self.indexes["horizons"].get(horizon_id) if horizon_id else None
        return found if isinstance(found, Horizon) else None

    def attribute_definition(self, attribute_id: str) -> AttributeDefinition | None:
        found = self.indexes["attributes"].get(attribute_id)
        return found if isinstance(found, AttributeDefinition) else None

    @cached_property
    def goal_fields(self) -> dict[str, str | None]:
        return {goal.id: goal.field for goal in self.goals}

    def ancestors(self, measure: Measure) -> Iterator[Measure]:
        """The parent, its parent, …; stops at a cycle (which a rule reports)."""
        seen = {measure.id}
        current = self.measure(measure.parent)
        while current is not None and current.id not in seen:
            yield current
            seen.add(current.id)
            current = self.measure(current.parent)

    def linked_from(self, measure: Measure) -> Measure:
        """The measure whose goals and field this one shares: itself when it names any,
        else its nearest ancestor that does (a sub-measure belongs to its parent's goals)."""
        if measure.goals or measure.field:
            return measure
        return next((a for a in self.ancestors(measure) if a.goals or a.field), measure)

    def goals_of(self, measure: Measure) -> tuple[str, ...]:
        return self.linked_from(measure).goals

    def fields_of(self, measure: Measure) -> set[str]:
        """The fields of action a measure belongs to: those of its goals, and its own."""
        source = self.linked_from(measure)
        linked = {self.goal_fields.get(goal_id) for goal_id in source.goals} | {source.field}
        return {field_id for field_id in linked if field_id}

    @cached_property
    def children(self) -> dict[str, tuple[Measure, ...]]:
        """Parent id → its sub-measures and small projects, in plan order."""
        found: dict[str, list[Measure]] = defaultdict(list)
        for measure in self.indexes["measures"].values():
            if measure.parent:
                found[measure.parent].append(measure)
        return {parent: tuple(items) for parent, items in found.items()}

    def referrers(self, key: str, measure_id: str) -> tuple[Measure, ...]:
        """Measures whose ``key`` (related, merged_into, superseded_by, depends_on) names
        this one: the other direction of a relation."""
        found = []
        for measure in self.indexes["measures"].values():
            value = getattr(measure, key)
            if measure_id == value or (isinstance(value, tuple) and measure_id in value):
                found.append(measure)
        return tuple(found)


def public_part(plan: Plan) -> Plan:
    """The plan without measures and indicators marked ``visibility: internal``, and without
    every mention of them in other entities, for published output."""
    hidden = {
        "measures": {m.id for m in plan.measures if m.visibility == "internal"},
        "indicators": {i.id for i in plan.indicators if i.visibility == "internal"},
    }
    if not any(hidden.values()):
        return plan
    changes: dict[str, tuple[Entity, ...]] = {}
    for section in schema.COLLECTIONS:
        own_hidden = hidden.get(section.key, set())
        kept = [e for e in plan.collection(section.key) if e.id not in own_hidden]
        changes[section.key] = tuple(_scrub(e, section, hidden) for e in kept)
    return dataclasses.replace(plan, **changes)  # type: ignore[arg-type]


def _scrub(entity: EntityT, section: schema.SectionSpec, hidden: dict[str, set[str]]) -> EntityT:
    changes: dict[str, Any] = {}
    for spec in section.fields:
        gone = hidden.get(spec.ref or "")
        if not gone:
            continue
        value = getattr(entity, spec.name)
        if isinstance(value, tuple):
            changes[spec.name] = tuple(i for i in value if i not in gone)
        elif value in gone:
            changes[spec.name] = None
    return dataclasses.replace(entity, **changes) if changes else entity
