"""Questions about a plan's entries: which measures fit what people ask for (status, owner,
field, overdue, due within …), and which entries point at an entity.

Used by `werkplan list`, `show` and the exports; every time question goes to
``werkplan.findings``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass

from werkplan import findings
from werkplan.model import ENTITY_TYPES, Entity, Measure, Plan
from werkplan.schema import SECTION_BY_KEY, STATUSES


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


class SortKey(enum.StrEnum):
    ID = "id"
    DUE = "due"
    STATUS = "status"
    OWNER = "owner"
    TITLE = "title"


SORT_KEYS: dict[SortKey, Callable[[Measure, Plan], tuple[object, ...]]] = {
    SortKey.ID: lambda m, _: (m.id,),
    SortKey.DUE: lambda m, plan: (
        findings.deadline(m, plan) is None,
        findings.deadline(m, plan) or dt.date.max,
        m.id,
    ),
    SortKey.STATUS: lambda m, _: (STATUSES.index(m.status) if m.status else 99, m.id),
    SortKey.OWNER: lambda m, _: (m.lead or "\uffff", m.id),
    SortKey.TITLE: lambda m, _: (m.title.casefold(), m.id),
}


def select(
    plan: Plan, today: dt.date, criteria: Criteria, sort: SortKey = SortKey.ID
) -> list[Measure]:
    tests: list[Callable[[Measure], bool]] = []
    if criteria.statuses:
        tests.append(lambda m: str(m.status) in criteria.statuses)
    if criteria.owner:
        tests.append(lambda m: criteria.owner in m.owner)
    if criteria.field:
        tests.append(lambda m: criteria.field in plan.fields_of(m))
    if criteria.goal:
        tests.append(lambda m: criteria.goal in m.goals)
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
    chosen = [m for m in plan.indexes["measures"].values() if isinstance(m, Measure)]
    chosen = [m for m in chosen if all(test(m) for test in tests)]
    return sorted(chosen, key=lambda m: SORT_KEYS[sort](m, plan))


def _due_between(measure: Measure, plan: Plan, first: dt.date, last: dt.date) -> bool:
    due = findings.deadline(measure, plan)
    return findings.is_open(measure) and due is not None and first <= due <= last


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
