"""Choosing measures by what people ask for: status, owner, field, overdue, due within …

Used by `werkplan list` and the exports; every time question goes to ``werkplan.findings``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass

from werkplan import findings
from werkplan.model import Measure, Plan
from werkplan.schema import STATUSES


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


SORT_KEYS: dict[SortKey, Callable[[Measure], tuple[object, ...]]] = {
    SortKey.ID: lambda m: (m.id,),
    SortKey.DUE: lambda m: (m.due is None, m.due or dt.date.max, m.id),
    SortKey.STATUS: lambda m: (STATUSES.index(m.status) if m.status else 99, m.id),
    SortKey.OWNER: lambda m: (m.owner or "\uffff", m.id),
    SortKey.TITLE: lambda m: (m.title.casefold(), m.id),
}


def select(
    plan: Plan, today: dt.date, criteria: Criteria, sort: SortKey = SortKey.ID
) -> list[Measure]:
    settings = plan.settings
    tests: list[Callable[[Measure], bool]] = []
    if criteria.statuses:
        tests.append(lambda m: str(m.status) in criteria.statuses)
    if criteria.owner:
        tests.append(lambda m: m.owner == criteria.owner)
    if criteria.field:
        tests.append(lambda m: criteria.field in plan.fields_of(m))
    if criteria.goal:
        tests.append(lambda m: criteria.goal in m.goals)
    if criteria.region:
        tests.append(lambda m: criteria.region in m.regions)
    if criteria.overdue:
        tests.append(lambda m: findings.is_overdue(m, today))
    if criteria.unowned:
        tests.append(findings.is_unowned)
    if criteria.stale:
        tests.append(lambda m: findings.is_stale(m, today, settings))
    if criteria.due_before:
        limit = criteria.due_before
        tests.append(lambda m: m.due is not None and m.due < limit)
    if criteria.due_within is not None:
        try:
            end = today + dt.timedelta(days=criteria.due_within)
        except OverflowError:  # beyond the year 9999: every later deadline is within
            end = dt.date.max
        tests.append(lambda m: findings.is_open(m) and m.due is not None and today <= m.due <= end)
    chosen = [m for m in plan.indexes["measures"].values() if isinstance(m, Measure)]
    chosen = [m for m in chosen if all(test(m) for test in tests)]
    return sorted(chosen, key=SORT_KEYS[sort])
