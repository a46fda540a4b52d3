"""Hints that show how to write an entry use that entry's own keys, and a plan without an id
is named without a gap where its id would stand."""

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
    due: 2027
    status: planned
    updated: 2026-11-01
"""


def rendered(write_plan: PlanWriter, files: dict[str, str], lang: str = "de") -> list[str]:
    return [i18n.render(p.message, lang) for p in run_check(write_plan(files)).problems]


@pytest.mark.parametrize(
    ("lines", "example"),
    [
        ("    updates: Sitzung am 12.3.\n", "`updates:` und darunter `  - date: …`"),
        ("    updates: [Sitzung am 12.3.]\n", "Beispiel: `  - date: …`"),
        ("    milestones: Konzept\n", "`milestones:` und darunter `  - title: …`"),
        ("    links: [Satzung]\n", "Beispiel: `  - url: …`"),
    ],
)
def test_the_example_entry_starts_with_a_key_it_has(
    write_plan: PlanWriter, lines: str, example: str
) -> None:
    (message,) = rendered(write_plan, {"m.yaml": MEASURE + lines})
    assert example in message


def test_a_plan_without_id_is_named_without_a_gap(write_plan: PlanWriter) -> None:
    plan = MINIMAL_PLAN.replace("  period:", "  report: {columns: [prioritat]}\n  period:")
    german = rendered(write_plan, {"plan.yaml": plan})
    assert (
        "Plan: `columns` nennt „prioritat“, aber kein Eintrag unter `attributes:` hat diese ID."
        in german
    )
    english = rendered(write_plan, {"plan.yaml": plan}, "en")
    assert (
        "Plan: `columns` names 'prioritat', but no entry under `attributes:` has that id."
        in english
    )
