"""overdue: the deadline has passed and the measure is not done, dropped or ongoing.

"Overdue" is decided in ``werkplan.findings``; this rule only reports it.
"""

from collections.abc import Iterator

from werkplan import findings
from werkplan.problems import HorizonName, Label, Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        days = findings.days_overdue(m, ctx.plan, ctx.today)
        due = findings.deadline_frame(m, ctx.plan)
        if not (days and due and m.status):
            continue
        # A deadline from a horizon is named as every output names it: "mittelfristig (bis 2028)".
        horizon = ctx.plan.horizon(m.horizon) if m.due is None else None
        if horizon is None:
            yield RULE.problem(
                m.at("due"),
                "overdue",
                id=m.id,
                days=days,
                due=due,
                status=Label("status", m.status),
            )
            continue
        yield RULE.problem(
            m.at("horizon"),
            "overdue_horizon",
            id=m.id,
            days=days,
            horizon=HorizonName(tuple(horizon.label.texts.items()) or ((("", horizon.id),)), due),
            status=Label("status", m.status),
        )


RULE = Rule("overdue", Severity.WARNING, "Frist überschritten", "Deadline passed", check)
