"""Usual German status words get the value they mean; a word that can mean two things
(`gestoppt`: for now or for good) is refused with both, never with a guess."""

from __future__ import annotations

import pytest
from conftest import PlanWriter, run_check

from werkplan import i18n

MEASURE = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    due: 2027
    updated: 2026-11-01
    status: {status}
"""


def status_message(write_plan: PlanWriter, written: str) -> str:
    result = run_check(write_plan({"m.yaml": MEASURE.format(status=written)}))
    (problem,) = [p for p in result.problems if p.rule == "invalid-status"]
    return i18n.render(problem.message, "de")


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("in Planung", "preparing"),
        ("beendet", "done"),
        ("verworfen", "dropped"),
        ("noch nicht gestartet", "planned"),
        ("nicht begonnen", "planned"),
        ("noch nicht umgesetzt", "planned"),
    ],
)
def test_usual_words_suggest_what_they_mean(
    write_plan: PlanWriter, written: str, meant: str
) -> None:
    assert status_message(write_plan, written).endswith(f"Meinten Sie `{meant}`?")


@pytest.mark.parametrize(
    ("written", "candidates"),
    [
        ("gestoppt", "on_hold (Zurückgestellt), dropped (Entfallen)"),
        ("nicht umgesetzt", "planned (Geplant), dropped (Entfallen)"),
    ],
)
def test_words_of_two_meanings_name_both_and_guess_neither(
    write_plan: PlanWriter, written: str, candidates: str
) -> None:
    message = status_message(write_plan, written)
    assert f"wählen Sie einen dieser Werte: {candidates}." in message
    assert "Meinten Sie" not in message  # above all not `done` for "nicht umgesetzt"
