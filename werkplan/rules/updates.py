"""update-in-future: a dated status entry (``updates:``) lies after today.

Status entries record what was; a date in the future is a typing error (2062 for 2026) and
would count as the last review for years.
"""

from collections.abc import Iterator

from werkplan.problems import Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        for index, update in enumerate(m.updates):
            if update.date is not None and update.date > ctx.today:
                yield RULE.problem(
                    m.at(f"updates.{index}.date"),
                    "update_in_future",
                    id=m.id,
                    date=update.date,
                    today=ctx.today,
                )


RULE = Rule(
    "update-in-future",
    Severity.ERROR,
    "Sachstand mit einem Datum in der Zukunft",
    "Status entry dated in the future",
    check,
)
