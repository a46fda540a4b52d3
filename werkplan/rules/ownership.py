"""unowned, no-due-date: an open measure needs a responsible body and a deadline.

Both are what make a Werkstattplan binding: who does it, and by when.
"""

from collections.abc import Iterator

from werkplan import findings
from werkplan.problems import Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def check_unowned(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        if findings.is_unowned(m):
            yield UNOWNED.problem(m.at("owner"), "unowned", id=m.id)


def check_due(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        if findings.lacks_due_date(m, ctx.plan):
            yield NO_DUE_DATE.problem(m.at("due"), "no_due_date", id=m.id)


UNOWNED = Rule(
    "unowned",
    Severity.WARNING,
    "Offene Maßnahme ohne verantwortliche Stelle",
    "Open measure without a responsible body",
    check_unowned,
)
NO_DUE_DATE = Rule(
    "no-due-date",
    Severity.WARNING,
    "Offene Maßnahme ohne Frist",
    "Open measure without a deadline",
    check_due,
)
