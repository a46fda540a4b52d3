"""start-after-due, invalid-period: time spans must not end before they begin.

PASS: ``start: 2026-01-01`` with ``due: 2026-06-30``.
FAIL: ``start: 2026-07-01`` with ``due: 2026-06-30``; a plan period or a horizon whose end
precedes its start (``{id: langfristig, start: 2032, end: 2029}``).
"""

from collections.abc import Iterator

from werkplan.problems import Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def check_start_after_due(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        if m.start and m.due and m.start.first > m.due.last:
            yield START_AFTER_DUE.problem(
                m.at("start"), "start_after_due", id=m.id, start=m.start, due=m.due
            )


def check_period(ctx: RuleContext) -> Iterator[Problem]:
    info = ctx.plan.info
    if info is None:
        return
    if info.period and info.period.start.first > info.period.end.last:
        yield INVALID_PERIOD.problem(
            info.at("period.end"), "period_reversed", start=info.period.start, end=info.period.end
        )
    for index, horizon in enumerate(info.horizons):
        if horizon.start and horizon.end and horizon.start.first > horizon.end.last:
            yield INVALID_PERIOD.problem(
                info.at(f"horizons.{index}.end"),
                "horizon_reversed",
                id=horizon.id,
                start=horizon.start,
                end=horizon.end,
            )


START_AFTER_DUE = Rule(
    "start-after-due",
    Severity.ERROR,
    "Beginn liegt nach der Frist",
    "Start after the deadline",
    check_start_after_due,
)
INVALID_PERIOD = Rule(
    "invalid-period",
    Severity.ERROR,
    "Laufzeit oder Zeithorizont endet vor dem Beginn",
    "Plan period or horizon ends before it starts",
    check_period,
)
