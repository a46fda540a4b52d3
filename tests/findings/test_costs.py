"""What measures cost and what funding covers (findings/costs.py) and the rule that compares
them (funding-exceeds-costs)."""

from __future__ import annotations

import pytest
from conftest import PlanWriter, run_check
from helpers import make_measure

from werkplan import i18n
from werkplan.findings import costs
from werkplan.model import Costs, Funding, Status


def test_total_cost_is_the_total_or_the_sum_by_year() -> None:
    assert costs.total_cost(make_measure()) is None
    assert costs.total_cost(make_measure(costs=Costs())) is None
    assert costs.total_cost(make_measure(costs=Costs(total=5, by_year=((2026, 9),)))) == 5
    by_year = Costs(by_year=((2026, 450000), (2027, 450000.5)))
    assert costs.total_cost(make_measure(costs=by_year)) == 900000.5


def test_secured_funding_is_approved_and_paid() -> None:
    funding = (
        Funding(source="Bund", amount=100, status="approved"),
        Funding(source="Land", amount=20, status="paid"),
        Funding(source="Land", amount=1000, status="applied"),
        Funding(source="EU", amount=1000, status="rejected"),
        Funding(source="Stiftung", amount=1000, status="planned"),
        Funding(source="Kreis", amount=1000),
        Funding(source="Bund", status="approved"),
    )
    assert costs.secured_funding(make_measure(funding=funding)) == 120


@pytest.mark.parametrize(
    ("total", "secured", "exceeds"),
    [(100, 101, True), (100, 100, False), (0, 1, True), (None, 10**6, False)],
)
def test_funding_exceeds_costs(total: int | None, secured: int, exceeds: bool) -> None:
    measure = make_measure(
        costs=Costs(total=total),
        funding=(Funding(source="Bund", amount=secured, status="approved"),),
    )
    assert costs.funding_exceeds_costs(measure) is exceeds


def test_cost_sums_over_measures() -> None:
    measures = [
        make_measure(
            "A",
            costs=Costs(total=100000, per_year=50000, staff=1.5, by_year=((2026, 40000),)),
            funding=(
                Funding(source="Bund", amount=80000, status="approved"),
                Funding(source="Land", amount=5000, status="paid"),
            ),
        ),
        make_measure(
            "B",
            costs=Costs(by_year=((2026, 10), (2028, 5))),
            funding=(
                Funding(source="Land", amount=7, status="applied"),
                Funding(source="Bund", amount=8),
                Funding(source="Bund"),
            ),
        ),
        make_measure("C"),
        make_measure("D", costs=Costs()),  # states nothing
        make_measure("E", costs=Costs(note="noch offen")),  # states nothing either
    ]
    sums = costs.cost_sums(measures)
    assert sums.measures == 2
    assert (sums.total, sums.per_year, sums.staff) == (100015, 50000, 1.5)
    assert sums.by_year == {2026: 40010, 2028: 5}
    assert sums.funding_by_status == {"approved": 80000, "paid": 5000, "applied": 7, "planned": 8}
    assert sums.funding_by_source == {"Bund": 80008, "Land": 5007}
    assert sums.secured == 85000


def test_cost_sums_of_nothing() -> None:
    sums = costs.cost_sums([make_measure(), make_measure(costs=Costs())])
    assert sums.measures == 0
    assert (sums.total, sums.per_year, sums.staff) == (None, None, None)
    assert (sums.by_year, sums.funding_by_status, sums.secured) == ({}, {}, 0)


def test_plan_cost_sums_leave_out_what_is_no_work_of_the_plan() -> None:
    stated = {"costs": Costs(total=100), "funding": (Funding(source="Bund", amount=7),)}
    measures = [
        make_measure("A", status=Status.IN_PROGRESS, **stated),
        make_measure("B", status=Status.DONE, **stated),
        make_measure("P", status=Status.PROPOSED, **stated),
        make_measure("D", status=Status.DROPPED, **stated),
        make_measure("M", status=Status.MERGED, **stated),
    ]
    sums = costs.plan_cost_sums(measures)
    assert (sums.measures, sums.total, sums.funding_by_source) == (2, 200, {"Bund": 14})
    assert costs.cost_sums(measures).total == 500


MEASURE = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    due: 2026-12-31
    status: in_progress
    updated: 2026-11-01
    costs: {costs}
    funding:
      - {{source: Bund, amount: 80000, status: approved}}
      - {{source: Land, amount: 30000, status: Ausgezahlt}}
      - {{source: EU, amount: 900000, status: applied}}
"""


def test_the_rule_funding_exceeds_costs(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.format(costs="{total: 100000}")}))
    (problem,) = result.problems
    assert (problem.rule, problem.severity.value, problem.line) == (
        "funding-exceeds-costs",
        "warning",
        11,
    )
    assert i18n.render(problem.message, "de") == (
        "Maßnahme M-1: Bewilligte und ausgezahlte Förderung (110.000 €) übersteigt die Kosten "
        "insgesamt (100.000 €). Prüfen Sie `costs.total` und die Beträge unter `funding`."
    )
    assert "(€110,000)" in i18n.render(problem.message, "en")


@pytest.mark.parametrize(
    "written", ["{total: 110000}", "{by_year: {2026: 1}}", "{total: '1.100 €'}", "{}", "~"]
)
def test_no_warning_without_a_smaller_total(write_plan: PlanWriter, written: str) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.format(costs=written)}))
    assert "funding-exceeds-costs" not in {p.rule for p in result.problems}
