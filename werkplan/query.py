"""Questions about a plan's entries: which measures fit what people ask for (status, owner,
field, overdue, due within, parent, kind, assessment, attribute conditions …) and in which
order, which indicators belong to a goal, field or region, and which entries point at an
entity.

Used by `werkplan list`, `show` and the exports; every time question goes to
``werkplan.findings``. Orders: ids, titles, owners, statuses and deadlines ascending; costs,
progress, numbers, ordered choices (by rank) and yes/no highest first; entries without a
value last.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from werkplan import findings
from werkplan.conditions import Condition, highest_first, sort_value
from werkplan.findings.costs import total_cost
from werkplan.findings.indicators import VERDICT_ORDER, SeriesState, assess, indicator_verdict
from werkplan.model import ENTITY_TYPES, Decision, Entity, Indicator, Measure, Plan
from werkplan.schema import SECTION_BY_KEY, STATUSES

EntityT = TypeVar("EntityT", bound=Entity)


@dataclass(frozen=True)
class Criteria:
    statuses: tuple[str, ...] = ()
    owner: str | None = None
    field: str | None = None
    goal: str | None = None
    region: str | None = None
    overdue: bool = False
    unowned: bool = False
    stale: bool = False
    due_before: dt.date | None = None
    due_within: int | None = None
    parent: str | None = None
    descendants: bool = False  # with parent: its sub-measures at every level, not only the next
    kinds: tuple[str, ...] = ()
    assessments: tuple[str, ...] = ()
    conditions: tuple[Condition, ...] = ()


class SortKey(enum.StrEnum):
    ID = "id"
    DUE = "due"
    STATUS = "status"
    OWNER = "owner"
    TITLE = "title"
    COSTS = "costs"
    PROGRESS = "progress"


class IndicatorSortKey(enum.StrEnum):
    ID = "id"
    TITLE = "title"
    PROGRESS = "progress"
    VERDICT = "verdict"


@dataclass(frozen=True)
class Order:
    """What entries sort by (None: unknown, listed last) and in which direction."""

    value: Callable[[Any], object | None]
    highest_first: bool = False


def _measure_orders(plan: Plan) -> dict[str, Order]:
    return {
        SortKey.ID: Order(lambda m: m.id),
        SortKey.DUE: Order(lambda m: findings.deadline(m, plan)),
        SortKey.STATUS: Order(lambda m: STATUSES.index(m.status) if m.status else None),
        SortKey.OWNER: Order(lambda m: m.lead),
        SortKey.TITLE: Order(lambda m: m.title.casefold()),
        SortKey.COSTS: Order(total_cost, highest_first=True),
        SortKey.PROGRESS: Order(lambda m: findings.progress(m, plan), highest_first=True),
    }


def _indicator_orders(today: dt.date) -> dict[str, Order]:
    def progress(indicator: Indicator) -> float | None:
        state = headline(indicator, today)
        return state.progress if state is not None else None

    def verdict(indicator: Indicator) -> int | None:
        found = indicator_verdict(indicator, today)
        return VERDICT_ORDER.index(found) if found else None

    return {
        IndicatorSortKey.ID: Order(lambda i: i.id),
        IndicatorSortKey.TITLE: Order(lambda i: i.title.casefold()),
        IndicatorSortKey.PROGRESS: Order(progress, highest_first=True),
        IndicatorSortKey.VERDICT: Order(verdict),  # worst first
    }


def sort_names(plan: Plan, section: str = "measures") -> tuple[str, ...]:
    """What --sort takes for a section: the built-in keys, then the plan's attributes."""
    builtin = tuple(SortKey) if section == "measures" else tuple(IndicatorSortKey)
    own = tuple(
        a.id
        for a in plan.indexes["attributes"].values()
        if section in a.applies_to and a.id not in builtin
    )
    return (*builtin, *own)


def order_for(plan: Plan, today: dt.date, sort: str, section: str = "measures") -> Order | None:
    """The order --sort names for measures or indicators; None when it names none."""
    builtin = _measure_orders(plan) if section == "measures" else _indicator_orders(today)
    if sort in builtin:
        return builtin[sort]
    definition = plan.attribute_definition(sort)
    if definition is None or section not in definition.applies_to:
        return None
    return Order(sort_value(definition), highest_first=highest_first(definition))


def ordered(entities: Iterable[EntityT], order: Order, *, reverse: bool = False) -> list[EntityT]:
    """Sorted by the order's value, ties by id; entries without a value last, by id."""
    by_id = sorted(entities, key=lambda e: e.id)
    values: dict[int, Any] = {id(e): order.value(e) for e in by_id}  # one kind per order
    known = [e for e in by_id if values[id(e)] is not None]
    unknown = [e for e in by_id if values[id(e)] is None]
    # Python's sort is stable also in reverse, so ties keep their id order.
    known.sort(key=lambda e: values[id(e)], reverse=order.highest_first != reverse)
    return known + unknown


def select(
    plan: Plan,
    today: dt.date,
    criteria: Criteria,
    sort: str = SortKey.ID,
    *,
    reverse: bool = False,
) -> list[Measure]:
    tests = _measure_tests(plan, today, criteria)
    return _chosen(plan, today, "measures", Measure, tests, sort, reverse)


def _chosen(
    plan: Plan,
    today: dt.date,
    section: str,
    kind: type[EntityT],
    tests: list[Callable[[EntityT], bool]],
    sort: str,
    reverse: bool,
) -> list[EntityT]:
    """The section's entries that pass every test, in the order --sort names (a ValueError
    when it names none: the command checks it first with order_for)."""
    order = order_for(plan, today, sort, section)
    if order is None:
        raise ValueError(f"no sort key {sort!r}")
    entries = [e for e in plan.indexes[section].values() if isinstance(e, kind)]
    return ordered((e for e in entries if all(test(e) for test in tests)), order, reverse=reverse)


def _measure_tests(
    plan: Plan, today: dt.date, criteria: Criteria
) -> list[Callable[[Measure], bool]]:
    tests: list[Callable[[Measure], bool]] = []
    if criteria.statuses:
        tests.append(lambda m: str(m.status) in criteria.statuses)
    if criteria.owner:
        tests.append(lambda m: criteria.owner in m.owner)
    if criteria.field:
        tests.append(lambda m: criteria.field in plan.fields_of(m))
    if criteria.goal:
        tests.append(lambda m: criteria.goal in plan.goals_of(m))
    if criteria.region:
        tests.append(lambda m: criteria.region in m.regions)
    if criteria.overdue:
        tests.append(lambda m: findings.is_overdue(m, plan, today))
    if criteria.unowned:
        tests.append(findings.is_unowned)
    if criteria.stale:
        tests.append(lambda m: findings.is_stale(m, plan, today))
    if criteria.due_before:
        limit = criteria.due_before
        tests.append(lambda m: (findings.deadline(m, plan) or dt.date.max) < limit)
    if criteria.due_within is not None:
        try:
            end = today + dt.timedelta(days=criteria.due_within)
        except OverflowError:  # beyond the year 9999: every later deadline is within
            end = dt.date.max
        tests.append(lambda m: _due_between(m, plan, today, end))
    if criteria.parent:
        tests.append(lambda m: _under(m, plan, str(criteria.parent), criteria.descendants))
    if criteria.kinds:
        tests.append(lambda m: m.kind in criteria.kinds)
    if criteria.assessments:
        tests.append(lambda m: m.assessment in criteria.assessments)
    tests.extend(condition.holds for condition in criteria.conditions)
    return tests


def _under(measure: Measure, plan: Plan, parent: str, every_level: bool) -> bool:
    if every_level:
        return any(ancestor.id == parent for ancestor in plan.ancestors(measure))
    return measure.parent == parent and measure.id != parent


def _due_between(measure: Measure, plan: Plan, first: dt.date, last: dt.date) -> bool:
    due = findings.deadline(measure, plan)
    return findings.is_open(measure) and due is not None and first <= due <= last


@dataclass(frozen=True)
class IndicatorCriteria:
    goal: str | None = None
    field: str | None = None
    region: str | None = None
    conditions: tuple[Condition, ...] = ()


def select_indicators(
    plan: Plan,
    today: dt.date,
    criteria: IndicatorCriteria,
    sort: str = IndicatorSortKey.ID,
    *,
    reverse: bool = False,
) -> list[Indicator]:
    """Indicators of a goal, of the goals of a field, with values or a place in a region."""
    tests: list[Callable[[Indicator], bool]] = []
    if criteria.goal:
        tests.append(lambda i: criteria.goal in i.goals)
    if criteria.field:
        tests.append(lambda i: any(plan.goal_fields.get(g) == criteria.field for g in i.goals))
    if criteria.region:
        tests.append(lambda i: criteria.region in _regions_of(i))
    tests.extend(condition.holds for condition in criteria.conditions)
    return _chosen(plan, today, "indicators", Indicator, tests, sort, reverse)


def _regions_of(indicator: Indicator) -> set[str]:
    points = (*indicator.values, *indicator.targets)
    return set(indicator.regions) | {p.region for p in points if p.region}


def headline(indicator: Indicator, today: dt.date) -> SeriesState | None:
    """The series that stands for the indicator in a list: the overall one, unless only
    regions have values (then there is no one number to show)."""
    states = assess(indicator, today)
    overall = states[0]
    return overall if overall.values or len(states) == 1 else None


@dataclass(frozen=True)
class IncomingLinks:
    """Entries of one section that point at an entity with one key: the measures whose
    ``owner`` is an actor, the goals whose ``field`` is a field of action …"""

    section: str
    key: str
    ids: tuple[str, ...]


def links_to(plan: Plan, section: str, entity: Entity) -> list[IncomingLinks]:
    """Who points at an entity, by section and key (in the order section_key)."""
    incoming: dict[tuple[str, str], list[str]] = {}
    for other_section in ENTITY_TYPES:
        for spec in SECTION_BY_KEY[other_section].fields:
            if spec.ref != section:
                continue
            for other in plan.indexes[other_section].values():
                value = getattr(other, spec.name)
                if entity.id == value or (isinstance(value, tuple) and entity.id in value):
                    incoming.setdefault((other_section, spec.name), []).append(other.id)
    return [
        IncomingLinks(other_section, key, tuple(ids))
        for (other_section, key), ids in sorted(incoming.items(), key=lambda i: "_".join(i[0]))
    ]


def decisions_by(plan: Plan, actor_id: str) -> list[tuple[Measure, Decision]]:
    """The decisions a body (an actor) took on measures, oldest first (undated last)."""
    taken = [(m, d) for m in plan.measures for d in m.decisions if d.body == actor_id]
    return sorted(taken, key=lambda pair: (pair[1].date is None, pair[1].date or dt.date.min))


def region_named(plan: Plan, written: str) -> str | None:
    """The region an option means, by id or by name (spaces and case aside); None when no
    region, or more than one, has that name. Every --region option reads regions so."""
    known = plan.indexes["regions"]
    if written in known:
        return written
    wanted = " ".join(written.split()).casefold()
    named = [str(r.id) for r in known.values() if " ".join(r.name.split()).casefold() == wanted]
    return named[0] if len(named) == 1 else None
