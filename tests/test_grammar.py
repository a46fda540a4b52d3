"""German sentences that hold a plan's words or a number stay grammatical without declining
them: a unit after „Der Wert“, singular and plural from the catalogue, a body's name first."""

from __future__ import annotations

from conftest import MINIMAL_PLAN, PlanWriter
from helpers import cli

from werkplan import i18n
from werkplan.problems import Quantity


def test_behind_names_the_value_without_inflecting_its_unit() -> None:
    text = i18n.text(
        "indicator_behind",
        "de",
        id="K-1",
        region="",
        value=Quantity(8, "Orte"),
        date="2026",
        expected=Quantity(10, "Orte"),
    )
    assert text.startswith("Kennzahl K-1: Der Wert 8 Orte (2026) liegt hinter dem Weg")


def test_one_value_would_be_added_in_the_singular() -> None:
    one = i18n.text("values_summary_dry", "de", added=1, replaced=1)
    assert one == "Nichts geschrieben (--dry-run). Es käme 1 Wert hinzu, 1 Wert würde ersetzt."
    more = i18n.text("values_summary_dry", "de", added=2, replaced=0)
    assert more.startswith("Nichts geschrieben (--dry-run). Es kämen 2 Werte hinzu")


def test_a_label_clash_says_which_vocabulary_in_a_whole_sentence() -> None:
    text = i18n.text(
        "label_clash", "de", value="Läuft", vocabulary="Umsetzungsstand", first="a", second="b"
    )
    assert text.startswith("Die Bezeichnung „Läuft“ stünde für zwei Werte von „Umsetzungsstand“")


def test_show_puts_the_deciding_body_first(write_plan: PlanWriter) -> None:
    measure = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    due: 2027
    status: planned
    updated: 2026-11-01
    decisions:
      - {body: beirat, date: 2026-03-12, reference: DS 1, title: Grundsatz}
"""
    plan = write_plan({"plan.yaml": MINIMAL_PLAN, "m.yaml": measure})
    german = cli(["show", "M-1", str(plan)], env={"COLUMNS": "200"}).output
    assert "Kreisseniorenbeirat: Beschluss vom 12.03.2026 (DS 1) – Grundsatz" in german
    english = cli(["show", "M-1", str(plan), "--lang", "en"]).output
    assert "Kreisseniorenbeirat: Decision of 2026-03-12 (DS 1) – Grundsatz" in english


def test_no_due_date_names_the_time_frames_a_deadline_may_be(write_plan: PlanWriter) -> None:
    from conftest import run_check

    measure = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    status: in_progress
    updated: 2026-11-01
"""
    (problem,) = run_check(write_plan({"m.yaml": measure})).problems
    german = i18n.render(problem.message, "de")
    assert "`due: 2026-Q4` oder `due: 2026`" in german
    assert "JJJJ-MM-TT" not in german
    assert "`due: 2026-Q4` or `due: 2026`" in i18n.render(problem.message, "en")
