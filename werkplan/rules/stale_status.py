"""stale-status: the status of an open measure was not reviewed for too long.

The limit is the plan's ``settings.stale_after_days`` (default 90). A measure without
``updated`` was never reviewed and counts as stale.
"""

from collections.abc import Iterator

from werkplan import findings
from werkplan.problems import Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    settings = ctx.plan.settings
    for m in ctx.plan.measures:
        if not findings.is_stale(m, ctx.plan, ctx.today):
            continue
        days = findings.days_since_review(m, ctx.today)
        reviewed = findings.last_review(m)
        if days is None or reviewed is None:
            yield RULE.problem(m.origin, "stale_never", id=m.id)
        else:
            yield RULE.problem(
                m.at("updated") if m.updated else m.at("updates"),
                "stale_old",
                id=m.id,
                days=days,
                updated=reviewed,
                limit=settings.stale_after_days,
            )


RULE = Rule(
    "stale-status",
    Severity.WARNING,
    "Status lange nicht geprüft",
    "Status not reviewed for too long",
    check,
)
