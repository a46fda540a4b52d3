"""The one place that answers: is a measure overdue, unowned, stale, blocked, due soon?

Pure functions of the model and a date. The check rules and the report both ask here, so a
measure that `check` calls overdue is the same one the report lists as overdue.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from werkplan.model import Goal, Measure, Plan, Settings, Status

CLOSED = frozenset({Status.DONE, Status.DROPPED})
# Ongoing measures (a standing round table, say) have no end that could pass.
NOT_OVERDUE = CLOSED | {Status.ONGOING}
BLOCKING = frozenset({Status.ON_HOLD, Status.DROPPED})


def is_open(measure: Measure) -> bool:
    """Open means a valid status that is not done or dropped; a broken status is an error."""
    return measure.status is not None and measure.status not in CLOSED


def days_overdue(measure: Measure, today: dt.date) -> int:
    """Days past the deadline; 0 when not overdue."""
    if measure.due is None or measure.status in NOT_OVERDUE or measure.due >= today:
        return 0
    return (today - measure.due).days


def is_overdue(measure: Measure, today: dt.date) -> bool:
    return days_overdue(measure, today) > 0


def is_unowned(measure: Measure) -> bool:
    # A broken owner is an error already; calling it unowned as well would be noise.
    return is_open(measure) and not measure.owner and "owner" not in measure.broken


def lacks_due_date(measure: Measure) -> bool:
    if "due" in measure.broken:
        return False  # the date is there but invalid, which is reported as an error
    return is_open(measure) and measure.status is not Status.ONGOING and measure.due is None


def days_since_review(measure: Measure, today: dt.date) -> int | None:
    """Days since the last status review, None if it was never reviewed."""
    return None if measure.updated is None else (today - measure.updated).days


def is_stale(measure: Measure, today: dt.date, settings: Settings) -> bool:
    if not is_open(measure) or "updated" in measure.broken:
        return False
    days = days_since_review(measure, today)
    return days is None or days > settings.stale_after_days


def is_due_soon(measure: Measure, today: dt.date, settings: Settings) -> bool:
    if measure.due is None or not is_open(measure):
        return False
    return today <= measure.due <= today + dt.timedelta(days=settings.due_soon_days)


def blockers(measure: Measure, plan: Plan, today: dt.date) -> tuple[Measure, ...]:
    """The measures this one builds on that are overdue, on hold or dropped."""
    if not is_open(measure):
        return ()
    found = []
    for dependency_id in measure.depends_on:
        dependency = plan.lookup("measures", dependency_id)
        if isinstance(dependency, Measure) and (
            dependency.status in BLOCKING or is_overdue(dependency, today)
        ):
            found.append(dependency)
    return tuple(found)


def is_unlinked(measure: Measure) -> bool:
    if measure.broken & {"goals", "field"}:
        return False
    return not measure.goals and not measure.field


def measures_per_goal(plan: Plan) -> dict[str, list[Measure]]:
    result: dict[str, list[Measure]] = defaultdict(list)
    for measure in plan.measures:
        for goal_id in measure.goals:
            result[goal_id].append(measure)
    return result


def goals_without_measures(plan: Plan) -> list[Goal]:
    covered = measures_per_goal(plan)
    return [goal for goal in plan.goals if goal.id not in covered]


def due_outside_period(measure: Measure, plan: Plan) -> bool:
    period = plan.info.period if plan.info else None
    if period is None or measure.due is None:
        return False
    return not period.start <= measure.due <= period.end


@dataclass(frozen=True)
class Findings:
    """Everything the report needs to know about the state of the plan on one day."""

    today: dt.date
    overdue: tuple[Measure, ...]  # most days late first
    unowned: tuple[Measure, ...]
    due_soon: tuple[Measure, ...]  # soonest first
    stale: tuple[Measure, ...]
    blocked: tuple[tuple[Measure, tuple[Measure, ...]], ...]
    goals_without_measures: tuple[Goal, ...]
    unlinked: tuple[Measure, ...]


def compute_findings(
    plan: Plan, today: dt.date, measures: Iterable[Measure] | None = None
) -> Findings:
    chosen = list(plan.measures if measures is None else measures)
    settings = plan.settings
    blocked = [(m, found) for m in chosen if (found := blockers(m, plan, today))]
    return Findings(
        today=today,
        overdue=tuple(
            sorted(
                (m for m in chosen if is_overdue(m, today)),
                key=lambda m: (-days_overdue(m, today), m.id),
            )
        ),
        unowned=tuple(m for m in chosen if is_unowned(m)),
        due_soon=tuple(
            sorted(
                (m for m in chosen if is_due_soon(m, today, settings)),
                key=lambda m: (m.due or today, m.id),
            )
        ),
        stale=tuple(m for m in chosen if is_stale(m, today, settings)),
        blocked=tuple(blocked),
        goals_without_measures=tuple(goals_without_measures(plan)),
        unlinked=tuple(m for m in chosen if is_unlinked(m)),
    )
