"""A range written where one time frame belongs (`due: 2026–2028`): the message splits it into
the entry's start and end keys, in the way the entry can hold them."""

from __future__ import annotations

import pytest
from conftest import MINIMAL_PLAN, PlanWriter, run_check

from werkplan import i18n

MEASURE = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    status: planned
    updated: 2026-11-01
"""


def messages(write_plan: PlanWriter, files: dict[str, str], lang: str = "de") -> list[str]:
    result = run_check(write_plan(files))
    return [i18n.render(p.message, lang) for p in result.problems if p.rule == "invalid-date"]


@pytest.mark.parametrize("written", ["2026–2028", "2026-2028", "2026 - 2028", "2026 bis 2028"])
@pytest.mark.parametrize("key", ["due", "start"])
def test_a_measures_range_goes_into_start_and_due(
    write_plan: PlanWriter, written: str, key: str
) -> None:
    found = messages(write_plan, {"m.yaml": MEASURE + f"    {key}: {written}\n"})
    assert found == [
        f"„{written}“ nennt einen Zeitraum von 2026 bis 2028; `{key}` nimmt nur einen "
        "Zeitpunkt. Schreiben Sie Beginn und Ende getrennt: `start: 2026` und `due: 2028`."
    ]


def test_quarters_and_english(write_plan: PlanWriter) -> None:
    found = messages(write_plan, {"m.yaml": MEASURE + "    due: 2026-Q1 – 2026-Q3\n"}, "en")
    assert found == [
        "'2026-Q1 – 2026-Q3' names a span from 2026-Q1 to 2026-Q3; `due` takes one point in "
        "time. Write start and end apart: `start: 2026-Q1` and `due: 2026-Q3`."
    ]


def test_a_milestone_has_no_start_so_only_its_end_is_suggested(write_plan: PlanWriter) -> None:
    text = MEASURE + "    milestones:\n      - {title: Konzept, due: 2026-2027}\n"
    assert messages(write_plan, {"m.yaml": text}) == [
        "„2026-2027“ nennt einen Zeitraum von 2026 bis 2027; `due` nimmt nur einen Zeitpunkt. "
        "Schreiben Sie das Ende: `due: 2027`."
    ]


def test_a_horizons_range_goes_into_start_and_end(write_plan: PlanWriter) -> None:
    plan = MINIMAL_PLAN.replace(
        "  period:",
        "  horizons:\n    - {id: mittel, label: Mittelfristig, end: 2027–2029}\n  period:",
    )
    found = messages(write_plan, {"plan.yaml": plan})
    assert found[0].endswith("`start: 2027` und `end: 2029`.")


@pytest.mark.parametrize("written", ["2026-13", "20x7", "2026 bis", "Q1–Q3"])
def test_no_range_without_two_time_frames(write_plan: PlanWriter, written: str) -> None:
    found = messages(write_plan, {"m.yaml": MEASURE + f"    due: {written}\n"})
    assert found
    assert "nennt einen Zeitraum von" not in found[0]
