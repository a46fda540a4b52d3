"""Indicator figures that cannot be judged as written: a value dated after today, a value at
the baseline's date with another number, targets with `direction: none`."""

from __future__ import annotations

import datetime as dt

from conftest import PlanWriter, run_check

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.findings import indicators as judge
from werkplan.problems import Problem

TODAY = dt.date(2026, 12, 6)


def checked(write_plan: PlanWriter, indicators: str) -> CheckResult:
    return run_check(write_plan({"k.yaml": indicators}), TODAY)


def rules(result: CheckResult) -> list[tuple[int, str]]:
    return [(p.line, p.rule) for p in result.problems if p.rule.startswith("indicator-")]


def of_indicators(result: CheckResult) -> list[Problem]:
    return [p for p in result.problems if p.rule.startswith("indicator-")]


FUTURE = """\
indicators:
  - id: K-TREFF
    title: Treffpunkte
    unit: Orte
    direction: increase
    baseline: {date: 2024, value: 5}
    targets: [{date: 2028, value: 9}]
    values:
      - {date: 2025, value: 4}
      - {date: 2026, value: 5}
      - {date: 2027, value: 11}
      - {date: 2027-Q1, value: 12, region: nord}
"""


def test_a_value_dated_after_today_is_a_warning_and_not_counted(write_plan: PlanWriter) -> None:
    result = checked(write_plan, FUTURE)
    assert rules(result) == [
        (10, "indicator-behind"),  # judged by 2026 (5 Orte), not by 2027 (11 Orte: reached)
        (11, "indicator-value-in-future"),
        (12, "indicator-value-in-future"),
    ]
    _, future, regional = of_indicators(result)
    assert future.severity.value == "warning"
    assert future.column == 16
    assert i18n.render(future.message, "de") == (
        "Kennzahl K-TREFF: Der Wert für 2027 liegt nach dem Stichtag 06.12.2026; er kann noch "
        "nicht gemessen sein und zählt nicht für die Bewertung. Prüfen Sie das Datum (z. B. "
        "2027 statt 2026?)."
    )
    assert i18n.render(regional.message, "en").startswith(
        "Indicator K-TREFF (Nord): the value for Q1 2027 lies after today"
    )
    (indicator,) = result.plan.indicators
    (overall,) = judge.assess(indicator, TODAY)  # no series for nord: its value is ahead
    assert [str(p.date) for p in overall.values] == ["2025", "2026"]
    assert judge.indicator_verdict(indicator, TODAY) == "behind"
    # Once the year has begun, the value counts: 2027 is measured in 2027.
    assert judge.indicator_verdict(indicator, dt.date(2027, 1, 1)) == "reached"


def test_a_value_at_the_baseline_date_with_another_number(write_plan: PlanWriter) -> None:
    text = """\
    indicators:
      - id: K-ANTEIL
        title: Anteil
        unit: "%"
        direction: increase
        baseline: {date: 2024, value: 27.8}
        targets: [{date: 2028, value: 30}]
        values:
          - {date: 2024, value: 28.2}
          - {date: 2024, value: 27.8, region: nord}
          - {date: 2024-12-31, value: 29}
          - {date: 2025, value: 28.5}
    """
    result = checked(write_plan, text)
    assert rules(result) == [(9, "indicator-baseline-differs")]
    (problem,) = of_indicators(result)
    assert problem.severity.value == "warning"
    text_de = i18n.render(problem.message, "de")
    assert text_de.startswith("Kennzahl K-ANTEIL: Für 2024 steht der Wert 28,2 %, der ")
    assert "Ausgangswert zum selben Datum ist aber 27,8 % (" in text_de
    assert "k.yaml:6:" in text_de
    assert "One of the two is wrong" in i18n.render(problem.message, "en")
    same = text.replace("value: 28.2}", "value: 27.8}")
    assert rules(checked(write_plan, same)) == []


def test_targets_with_direction_none_say_how_to_get_a_verdict(write_plan: PlanWriter) -> None:
    text = """\
    indicators:
      - id: K-KONTEXT
        title: Einwohner
        direction: none
        targets: [{date: 2028, value: 100}]
        values: [{date: 2025, value: 90}]
      - id: K-NUR
        title: Nur Kontext
        direction: none
        values: [{date: 2025, value: 90}]
    """
    result = checked(write_plan, text)
    assert rules(result) == [(4, "indicator-targets-without-direction")]
    (problem,) = of_indicators(result)
    assert problem.severity.value == "warning"
    assert i18n.render(problem.message, "de") == (
        "Kennzahl K-KONTEXT hat Zielwerte, aber `direction: none`: So ist keine Bewertung "
        "möglich. Schreiben Sie `direction: increase` oder `direction: decrease` – oder "
        "entfernen Sie die Zielwerte, wenn die Kennzahl nur Kontext ist."
    )
    assert "no verdict is possible" in i18n.render(problem.message, "en")
