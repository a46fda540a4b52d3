"""What measures cost and what funding covers: sums per measure, per field and for the plan.

A measure's total is `costs.total`, else the sum of `costs.by_year`. Funding counts as secured
when it is approved or paid.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from werkplan.findings.measures import NOT_COUNTED
from werkplan.model import Costs, Measure, Number

SECURED = frozenset({"approved", "paid"})
PENDING = frozenset({"planned", "applied"})


def total_cost(measure: Measure) -> Number | None:
    costs = measure.costs
    if costs is None:
        return None
    if costs.total is not None:
        return costs.total
    return sum(amount for _, amount in costs.by_year) if costs.by_year else None


def secured_funding(measure: Measure) -> Number:
    return sum(f.amount or 0 for f in measure.funding if f.status in SECURED)


def pending_funding(measure: Measure) -> Number:
    """Funding planned or applied for: neither secured nor rejected yet (no status: planned)."""
    return sum(f.amount or 0 for f in measure.funding if (f.status or "planned") in PENDING)


def funding_exceeds_costs(measure: Measure) -> bool:
    """Approved and paid funding above the stated total costs: one of the figures is wrong."""
    total = measure.costs.total if measure.costs else None
    return total is not None and secured_funding(measure) > total


@dataclass
class CostSums:
    """Sums over some measures; None where no measure states that figure."""

    measures: int = 0  # how many of them state any cost
    total: Number | None = None
    per_year: Number | None = None
    staff: Number | None = None
    by_year: dict[int, Number] = field(default_factory=dict)
    funding_by_status: dict[str, Number] = field(default_factory=dict)
    funding_by_source: dict[str, Number] = field(default_factory=dict)

    @property
    def secured(self) -> Number:
        return sum(v for k, v in self.funding_by_status.items() if k in SECURED)


def cost_sums(measures: Iterable[Measure]) -> CostSums:
    sums = CostSums()
    by_year: dict[int, Number] = defaultdict(int)
    by_status: dict[str, Number] = defaultdict(int)
    by_source: dict[str, Number] = defaultdict(int)
    for measure in measures:
        costs = measure.costs
        if costs is not None and _states_a_cost(costs):
            sums.measures += 1
            sums.total = _add(sums.total, total_cost(measure))
            sums.per_year = _add(sums.per_year, costs.per_year)
            sums.staff = _add(sums.staff, costs.staff)
            for year, amount in costs.by_year:
                by_year[year] += amount
        for funding in measure.funding:
            if funding.amount is None:
                continue
            by_status[funding.status or "planned"] += funding.amount
            by_source[funding.source] += funding.amount
    sums.by_year = dict(sorted(by_year.items()))
    sums.funding_by_status = dict(by_status)
    sums.funding_by_source = dict(sorted(by_source.items()))
    return sums


def plan_cost_sums(measures: Iterable[Measure]) -> CostSums:
    """Sums over the plan's work: proposals (not decided yet), dropped and merged measures
    (their work is not, or no longer, here) are left out, as in the progress means."""
    return cost_sums(m for m in measures if m.status not in NOT_COUNTED)


def _states_a_cost(costs: Costs) -> bool:
    """`costs: {}` or costs whose figures are all invalid (reported) state nothing."""
    figures = (costs.total, costs.per_year, costs.staff)
    return any(f is not None for f in figures) or bool(costs.by_year)


def _add(total: Number | None, value: Number | None) -> Number | None:
    if value is None:
        return total
    return value if total is None else total + value
