"""overdue: the deadline has passed and the measure is not done, dropped or ongoing.

"Overdue" is decided in ``werkplan.findings``; this rule only reports it.
"""

from collections.abc import Iterator

from werkplan import findings
from werkplan.problems import Label, Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        days = findings.days_overdue(m, ctx.today)
        if days and m.due and m.status:
            yield RULE.problem(
                m.at("due"),
                "overdue",
                id=m.id,
                days=days,
                due=m.due,
                status=Label("status", m.status),
            )


RULE = Rule("overdue", Severity.WARNING, "Frist überschritten", "Deadline passed", check)
