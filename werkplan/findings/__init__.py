"""The one place that answers: is a measure overdue, unowned, stale, blocked, due soon, at
risk, how far along – and is a goal on track?

Pure functions of the model and a date. The check rules, the report, `list` and the exports
all ask here, so a measure that `check` calls overdue is the same one the report lists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from werkplan.findings.measures import (
    AT_RISK,
    BLOCKING,
    CLOSED,
    NOT_COUNTED,
    NOT_OVERDUE,
    blockers,
    closed_but_at_risk,
    days_overdue,
    days_since_review,
    days_until_due,
    deadline,
    deadline_frame,
    done_but_unfinished,
    due_outside_period,
    goals_without_measures,
    is_at_risk,
    is_closed,
    is_due_soon,
    is_open,
    is_overdue,
    is_proposal,
    is_stale,
    is_unlinked,
    is_unowned,
    lacks_due_date,
    last_review,
    mean_progress,
    measures_per_goal,
    overall_progress,
    overdue_milestones,
    progress,
    progress_basis,
    progress_update,
    repeated_actors,
    start_day,
    stated_progress,
)
from werkplan.model import Measure, Plan


@dataclass(frozen=True)
class Findings:
    """The measures a report lists by what they need on one day: late, unowned, due soon …"""

    overdue: tuple[Measure, ...]  # most days late first
    unowned: tuple[Measure, ...]
    due_soon: tuple[Measure, ...]  # soonest first
    stale: tuple[Measure, ...]
    blocked: tuple[tuple[Measure, tuple[Measure, ...]], ...]
    proposals: tuple[Measure, ...]  # suggested, not decided yet: the report lists them apart
    at_risk: tuple[Measure, ...]  # the team's assessment: off track first, then at risk


def compute_findings(
    plan: Plan, today: dt.date, measures: Iterable[Measure] | None = None
) -> Findings:
    chosen = list(plan.measures if measures is None else measures)
    blocked = [(m, found) for m in chosen if (found := blockers(m, plan, today))]
    return Findings(
        overdue=tuple(
            sorted(
                (m for m in chosen if is_overdue(m, plan, today)),
                key=lambda m: (-days_overdue(m, plan, today), m.id),
            )
        ),
        unowned=tuple(m for m in chosen if is_unowned(m)),
        due_soon=tuple(
            sorted(
                (m for m in chosen if is_due_soon(m, plan, today)),
                key=lambda m: (deadline(m, plan) or today, m.id),
            )
        ),
        stale=tuple(m for m in chosen if is_stale(m, plan, today)),
        blocked=tuple(blocked),
        proposals=tuple(m for m in chosen if is_proposal(m)),
        at_risk=tuple(
            sorted(
                (m for m in chosen if is_at_risk(m)),
                key=lambda m: (m.assessment != "off_track", m.id),
            )
        ),
    )


__all__ = [
    "AT_RISK",
    "BLOCKING",
    "CLOSED",
    "NOT_COUNTED",
    "NOT_OVERDUE",
    "Findings",
    "blockers",
    "closed_but_at_risk",
    "compute_findings",
    "days_overdue",
    "days_since_review",
    "days_until_due",
    "deadline",
    "deadline_frame",
    "done_but_unfinished",
    "due_outside_period",
    "goals_without_measures",
    "is_at_risk",
    "is_closed",
    "is_due_soon",
    "is_open",
    "is_overdue",
    "is_proposal",
    "is_stale",
    "is_unlinked",
    "is_unowned",
    "lacks_due_date",
    "last_review",
    "mean_progress",
    "measures_per_goal",
    "overall_progress",
    "overdue_milestones",
    "progress",
    "progress_basis",
    "progress_update",
    "repeated_actors",
    "start_day",
    "stated_progress",
]
