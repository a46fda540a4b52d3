"""Amounts of euros as people write them: a thousands point (`12.000`, which YAML alone would
read as 12.0), a thousands comma (`5,000`), and a decimal comma inside `{…}`, where the comma
ends the entry (`{value: 27,8}` would read as 27 and a key `8`)."""

from __future__ import annotations

import pytest
from conftest import PlanWriter, found, run_check

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.problems import Problem
from werkplan.validate import values
from werkplan.validate.values import Issue

MEASURE = """\
measures:
  - id: M-1
    title: Treff
    goals: [Z-1]
    owner: amt
    status: planned
    due: 2027
    updated: 2026-11-01
"""


def checked(write_plan: PlanWriter, extra: str) -> CheckResult:
    plan = write_plan({"measures.yaml": MEASURE + extra})
    return run_check(plan)


def errors(result: CheckResult) -> list[Problem]:
    return [p for p in result.problems if p.severity.value == "error"]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [("12.000", "12000"), ("250.000", "250000"), ("1.500", "1500"), ("-2.000", "-2000")],
)
def test_a_thousands_point_in_an_amount_is_refused(text: str, suggestion: str) -> None:
    read = values.amount(text, minimum=None)
    assert isinstance(read, Issue)
    assert (read.rule, read.message, read.args["number"]) == (
        "invalid-type",
        "amount_thousands_point",
        suggestion,
    )


@pytest.mark.parametrize(
    ("text", "amount"),
    [("12.5", 12.5), ("12.50", 12.5), ("0.500", 0.5), ("12000", 12000), ("1234.5678", 1234.5678)],
)
def test_cents_and_plain_amounts_stay_valid(text: str, amount: float) -> None:
    assert values.amount(text, minimum=0) == amount


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [("5,000", "5000"), ("5,000 €", "5000"), ("1,500,000", "1500000"), ("1.500.000", "1500000")],
)
def test_a_thousands_comma_in_an_amount_suggests_the_whole_number(
    text: str, suggestion: str
) -> None:
    read = values.amount(text, minimum=0)
    assert isinstance(read, Issue)
    assert (read.message, read.args["number"]) == ("number_written", suggestion)
    assert values.amount("1,5", minimum=0) == Issue(
        "invalid-type", "number_written", {"value": "1,5", "number": "1.5"}
    )


def test_amounts_with_a_thousands_point_are_errors_at_their_lines(write_plan: PlanWriter) -> None:
    result = checked(
        write_plan,
        """\
    costs: {total: 12.000, per_year: 1.500, by_year: {2026: 12.000, 2027: 12.5}, staff: 1.500}
    funding:
      - {source: Land, amount: 250.000, status: approved}
      - source: Kreis
        amount: 5,000
""",
    )
    problems = errors(result)
    assert found(result) == [
        ("measures.yaml", 9, "invalid-type"),
        ("measures.yaml", 9, "invalid-type"),
        ("measures.yaml", 9, "invalid-type"),
        ("measures.yaml", 11, "invalid-type"),
        ("measures.yaml", 13, "invalid-type"),
    ]
    assert [p.column for p in problems[:3]] == [20, 38, 61]  # staff is no amount: 1.5 stays
    assert i18n.render(problems[0].message, "de") == (
        "`total`: „12.000“ wird als 12 € gelesen, denn der Punkt ist in Plan-Dateien ein "
        "Dezimalpunkt. Schreiben Sie `12000` – Beträge ohne Tausenderpunkte."
    )
    assert i18n.render(problems[1].message, "en") == (
        "`per_year`: '1.500' reads as €1.50, since the point in plan files is a decimal point. "
        "Write `1500` – amounts without thousands separators."
    )
    assert "Schreiben Sie `5000`" in i18n.render(problems[4].message, "de")
    assert "Write `5000`" in i18n.render(problems[4].message, "en")


def test_a_decimal_comma_in_braces_gets_the_number_to_write(write_plan: PlanWriter) -> None:
    plan = write_plan(
        {
            "kennzahlen.yaml": """\
            indicators:
              - id: K-1
                title: Anteil
                direction: increase
                baseline: {date: 2024, value: 27,8}
                values: [{date: 2025, value: 28, note: x}, {date: 2026, value: 29, 1}]
            """,
            "measures.yaml": MEASURE
            + "    costs: {by_year: {2027: 1,1, 2028: 1,1 Mio. €}}\n"
            + "    funding: [{source: Bund, amount: 5,000 €}]\n",
        }
    )
    result = run_check(plan)
    assert found(result) == [
        ("kennzahlen.yaml", 5, "invalid-type"),
        ("kennzahlen.yaml", 6, "invalid-type"),
        ("measures.yaml", 9, "invalid-type"),
        ("measures.yaml", 9, "invalid-type"),
        ("measures.yaml", 10, "invalid-type"),
    ]
    baseline, spaced, year, million, amount = result.problems
    assert baseline.column == 35
    assert i18n.render(baseline.message, "de") == (
        "`value`: „27,8“ wird in `{…}` als zwei Einträge gelesen (27 und einer ohne Wert), denn "
        "dort trennt das Komma Einträge. Schreiben Sie `27.8`."
    )
    assert i18n.render(spaced.message, "en").endswith("Write `29.1`.")
    assert i18n.render(year.message, "de").endswith("Schreiben Sie `1.1`.")
    assert million.message.key == "number_split_at_comma_unit"
    assert "decimal point, without unit" in i18n.render(million.message, "en")
    assert i18n.render(amount.message, "de").endswith("Schreiben Sie `5000`.")


def test_a_number_then_a_key_of_its_own_is_no_decimal_comma(write_plan: PlanWriter) -> None:
    """`{value: 27, 8: x}` has a value: a real (unknown) key, not the end of a number."""
    plan = write_plan(
        {
            "kennzahlen.yaml": """\
            indicators:
              - id: K-1
                title: Anteil
                baseline: {date: 2024, value: 27, 8: x}
            """
        }
    )
    result = run_check(plan)
    assert [(p.rule, p.message.key) for p in errors(result)] == [("unknown-key", "unknown_key")]
