"""funding-exceeds-costs: approved and paid funding is more than the measure's total costs.

One of the two figures is out of date; the report's sums would not add up.
"""

from collections.abc import Iterator

from werkplan.findings import costs
from werkplan.problems import Problem, Quantity, Severity
from werkplan.rules.base import Rule, RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        if costs.funding_exceeds_costs(m) and m.costs and m.costs.total is not None:
            yield RULE.problem(
                m.at("funding"),
                "funding_exceeds_costs",
                id=m.id,
                funding=Quantity(costs.secured_funding(m), "€"),
                total=Quantity(m.costs.total, "€"),
            )


RULE = Rule(
    "funding-exceeds-costs",
    Severity.WARNING,
    "Bewilligte Förderung höher als die Kosten",
    "Approved funding above the costs",
    check,
)
