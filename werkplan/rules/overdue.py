"""overdue: the deadline has passed and the measure is not done, dropped or ongoing.

"Overdue" is decided in ``werkplan.findings``; this rule only reports it.
"""

from collections.abc import Iterator

from werkplan import findings
from werkplan.problems import Label, Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        days = findings.days_overdue(m, ctx.plan, ctx.today)
        due = findings.deadline_frame(m, ctx.plan)
        if days and due and m.status:
            yield RULE.problem(
                m.at("due") if m.due else m.at("horizon"),
                "overdue",
                id=m.id,
                days=days,
                due=due,
                status=Label("status", m.status),
            )


RULE = Rule("overdue", Severity.WARNING, "Frist überschritten", "Deadline passed", check)
