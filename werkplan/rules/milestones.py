"""milestone-overdue: an open milestone of a measure in progress is past its due.

PASS: ``{title: Konzept, due: 2026-Q2, done: 2026-06-12}``; a milestone due later.
FAIL: ``{title: Konzept, due: 2026-Q2}`` on 1 July 2026 while the measure is open.
"Overdue" is decided in ``werkplan.findings``.
"""

from collections.abc import Iterator

from werkplan import findings
from werkplan.problems import Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        for index, milestone, days in findings.overdue_milestones(m, ctx.today):
            assert milestone.due is not None
            yield RULE.problem(
                m.at(f"milestones.{index}.due"),
                "milestone_overdue",
                id=m.id,
                milestone=milestone.title,
                days=days,
                due=milestone.due,
            )


RULE = Rule(
    "milestone-overdue",
    Severity.WARNING,
    "Meilenstein überfällig",
    "Milestone past its due",
    check,
)
