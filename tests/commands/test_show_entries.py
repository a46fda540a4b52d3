"""`werkplan show` for measures, small projects, indicators and goals: what findings say about
them, their records in words, and their relations in both directions."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PlanWriter
from helpers import cli
from rich_plan import TODAY, write_rich_plan


@pytest.fixture
def plan(write_plan: PlanWriter) -> Path:
    return write_rich_plan(write_plan)


def show(plan: Path, entity_id: str, *args: str) -> list[str]:
    result = cli(["show", entity_id, str(plan), *TODAY, *args])
    assert result.exit_code == 0, result.output
    return [line.strip() for line in result.stdout.splitlines()]


def block(plan: Path, entity_id: str, heading: str) -> list[str]:
    """The lines indented under `heading:`."""
    result = cli(["show", entity_id, str(plan), *TODAY])
    lines = result.stdout.splitlines()
    start = lines.index(f"  {heading}:") + 1
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("    ")), None)
    return [line.strip() for line in lines[start:end]]


def test_a_measure_in_words(plan: Path) -> None:
    lines = show(plan, "M-BEG-01")
    assert lines[0] == "Maßnahme M-BEG-01"
    assert "number: Ü1" in lines
    assert "owner: amt, beirat (gemeinsame Federführung, koordiniert von amt)" in lines
    assert "supporters: kreistag" in lines
    assert "due: 4. Quartal 2026" in lines
    assert "assessment: at_risk (Gefährdet)" in lines
    assert lines[lines.index("milestones:") + 1 : lines.index("milestones:") + 4] == [
        "✔ Konzept – fällig März 2026, erreicht am 20.02.2026",
        "⚠ Eröffnung – fällig 3. Quartal 2026, 56 Tage überfällig",
        "○ Auswertung – fällig 2027, offen",
    ]
    start = lines.index("costs:")
    assert lines[start + 1 : start + 6] == [
        "gesamt: 1.100.000 €",
        "je Jahr: 110.000 €",
        "2026: 450.000 €",
        "2027: 650.000 €",
        "Personal (Vollzeitstellen): 1,5",
    ]
    start = lines.index("funding:")
    assert lines[start + 1 : start + 4] == [
        "Bundesprogramm: 200.000 € (Bewilligt)",
        "Land: 50.000 € (Beantragt)",
        "gesichert (bewilligt oder ausgezahlt): 200.000 € von 1.100.000 € Kosten",
    ]
    assert "Kreistag: Beschluss vom 13.03.2025 (DS 2025/12) – Grundsatzbeschluss" in lines
    assert "Konzept: https://example.org/konzept.pdf" in lines
    start = lines.index("updates:")
    assert lines[start + 1 : start + 3] == [  # newest first
        "01.05.2026 · In Umsetzung · Gefährdet · 40 % · Verzug",
        "01.06.2025 · Geplant · Start vorbereitet",
    ]
    start = lines.index("attributes:")
    assert lines[start + 1 : start + 6] == [
        "Priorität: hoch (3)",
        "CO2-Minderung: 2.480 t/a",
        "Zielgruppe: alt",
        "Weiche Maßnahme: nein",
        "Beschlossen am: 13.03.2025",
    ]
    # the newest update's progress goes before the milestones (1 of 3 reached)
    assert "Fortschritt: 40 % (laut Sachstand vom 01.05.2026)" in lines
    assert "Teilmaßnahmen: M-BEG-02 (Kleinprojekt, Geplant)" in lines
    assert "Verwandte Maßnahmen: M-MOB-01" in lines  # related, seen from the other side
    assert "Kennzahlen der Maßnahme: K-TREFF" in lines
    assert not any(line.startswith(("kind:", "visibility:", "progress:")) for line in lines)


def test_a_small_project_under_its_parent(plan: Path) -> None:
    lines = show(plan, "M-BEG-02")
    assert lines[0] == "Kleinprojekt M-BEG-02"
    assert "parent: M-BEG-01 (Ü1 Treffpunkte im Dorf)" in lines
    assert "kind: project (Kleinprojekt)" in lines
    assert "horizon: kurz – kurzfristig (bis 2026)" in lines
    assert "Fortschritt: 100 % (Mittel aus 1 Teilmaßnahme)" in lines
    assert "Teilmaßnahmen: M-BEG-03 (Abgeschlossen)" in lines


def test_relations_both_ways_and_how_progress_is_derived(plan: Path) -> None:
    bus = show(plan, "M-MOB-01")
    assert "related: M-BEG-01 (Ü1 Treffpunkte im Dorf)" in bus
    assert "Hierin aufgegangen: M-MOB-02" in bus  # merged from
    assert "Ersetzt: M-MOB-03" in bus  # supersedes
    assert "Fortschritt: 20 % (so angegeben)" in bus
    assert "gesamt (Summe der Jahre): 30.000 €" in bus
    assert "⚠ 148 Tage überfällig" in bus
    merged = show(plan, "M-MOB-02")
    assert "merged_into: M-MOB-01 (Rufbus)" in merged
    assert "Fortschritt: 100 % (Status Zusammengeführt)" in merged
    proposal = show(plan, "M-MOB-03")
    assert "superseded_by: M-MOB-01 (Rufbus)" in proposal
    assert "horizon: mittel – mittelfristig (bis 2028)" in proposal
    assert not any(line.startswith("Fortschritt") for line in proposal)


def test_only_the_newest_updates_and_what_a_measure_waits_for(write_plan: PlanWriter) -> None:
    older = "".join(
        f"      - {{date: 2024-0{month}-01, note: Stand {month}}}\n" for month in range(1, 7)
    )
    plan = write_rich_plan(
        write_plan,
        {
            "    updates:\n": f"    depends_on: [M-MOB-01]\n    updates:\n{older}",
        },
    )
    lines = show(plan, "M-BEG-01")
    start = lines.index("updates:")
    assert lines[start + 1 : start + 7] == [
        "01.05.2026 · In Umsetzung · Gefährdet · 40 % · Verzug",
        "01.06.2025 · Geplant · Start vorbereitet",
        "01.06.2024 · Stand 6",
        "01.05.2024 · Stand 5",
        "01.04.2024 · Stand 4",
        "… und 3 ältere Einträge",
    ]
    assert "depends_on: M-MOB-01 (Rufbus)" in lines
    assert "⚠ wartet auf: M-MOB-01" in lines  # it is overdue
    assert "Darauf bauen auf: M-BEG-01" in show(plan, "M-MOB-01")


def test_in_english(plan: Path) -> None:
    lines = show(plan, "M-BEG-01", "--lang", "en")
    assert "owner: amt, beirat (joint lead, coordinated by amt)" in lines
    assert "due: Q4 2026" in lines
    assert "⚠ Eröffnung – due Q3 2026, 56 days late" in lines
    assert "total: €1,100,000" in lines
    assert "Kreistag: Decision of 2025-03-13 (DS 2025/12) – Grundsatzbeschluss" in lines
    assert "Priority: hoch (3)" in lines
    assert "Progress: 40 % (as of the update of 2026-05-01)".replace(" %", "%") in lines
    assert "Sub-measures: M-BEG-02 (Small project, Planned)" in lines
    project = show(plan, "M-BEG-02", "--lang", "en")
    assert project[0] == "Small project M-BEG-02"


def test_an_indicator_with_its_series_and_verdict(plan: Path) -> None:
    lines = show(plan, "K-TREFF")
    assert lines[0] == "Kennzahl K-TREFF"
    assert "baseline: 5 Orte (2024)" in lines
    assert block(plan, "K-TREFF", "targets") == ["9 Orte (2026)", "12 Orte (2027)"]
    assert "source: Sozialplanung, https://example.org/daten" in lines
    assert "Richtung (aus den Zielwerten): increase (Soll steigen)" in lines
    series = lines[lines.index("Reihe gesamt:") + 1 :]
    assert series[:5] == [
        "Werte: 7 Orte (2025)",
        "Ausgangswert: 5 Orte (2024)",
        "Letzter Wert: 7 Orte (2025)",
        "Nächster Zielwert: 9 Orte (2026)",
        "Fortschritt: 50 %",
    ]
    assert series[5] == (
        "Stand: ● Auf Kurs – auf dem geraden Weg vom Ausgangswert zum Zielwert 9 Orte (2026) "
        "wären zum letzten Wert 7 Orte zu erwarten; erreicht: 7 Orte (2025)"
    )
    assert "Stand der Kennzahl: ● Auf Kurs" in lines
    assert not any(line.startswith("values:") for line in lines)


def test_an_indicator_per_region(plan: Path) -> None:
    lines = show(plan, "K-BUS")
    assert "Reihe gesamt:" not in lines  # no overall values
    north = lines[lines.index("Reihe Nord (nord):") + 1 :]
    assert north[0] == "Werte: 200 Personen (2024) · 300 Personen (2025)"
    assert north[5].startswith("Stand: ▼ Im Rückstand – ")
    assert "wären zum letzten Wert 600 Personen zu erwarten" in north[5]
    south = lines[lines.index("Reihe Süd (sued):") + 1 :]
    assert south[2] == "Letzter Wert: 150 Personen (2. Quartal 2025)"
    assert "Stand der Kennzahl: ▼ Im Rückstand" in lines


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"update_every_days: 400": "update_every_days: 300"}, "◌ Veraltet – seit 329 Tagen"),
        (
            {"{date: 2026, value: 9}, ": "{date: 2025-06, value: 9}, "},
            "✖ Verfehlt – Zielwert 9 Orte (Juni 2025) nicht erreicht; zuletzt 7 Orte (2025)",
        ),
        ({"value: 7}": "value: 9}"}, "✔ Erreicht – Zielwert 9 Orte (2026) erreicht"),
    ],
)
def test_what_a_verdict_goes_by(write_plan: PlanWriter, changes: dict[str, str], says: str) -> None:
    plan = write_rich_plan(write_plan, changes)
    lines = show(plan, "K-TREFF")
    assert any(line.startswith(f"Stand: {says}") for line in lines), lines


def test_an_indicator_without_target(plan: Path) -> None:
    lines = show(plan, "K-ALTER")
    assert "direction: none (Nur Kontext, ohne Ziel)" in lines
    assert "Stand: ohne Zielwert keine Bewertung" in lines
    assert "Werte: 28,4 % (2024)" in lines


def test_a_goal_with_its_indicators(plan: Path) -> None:
    lines = show(plan, "Z-MOB-1")
    indicators = block(plan, "Z-MOB-1", "Kennzahlen zu diesem Ziel")
    assert indicators == ["K-BUS Fahrgäste Rufbus: ▼ Im Rückstand"]
    assert "Stand des Ziels: ▼ Im Rückstand" in lines
    assert "Maßnahmen zu diesem Ziel: M-MOB-01, M-MOB-02, M-MOB-03" in lines
    english = show(plan, "Z-BEG-1", "--lang", "en")
    assert "Verdict of the goal: ● On track" in english


def test_the_plans_own_labels(write_plan: PlanWriter) -> None:
    plan = write_rich_plan(
        write_plan,
        {
            "  horizons:": "  labels: {status: {planned: Nicht begonnen}, verdict: "
            "{behind: Hinkt hinterher}, measure_kind: {project: Kleinstprojekt}}\n  horizons:"
        },
    )
    assert "Teilmaßnahmen: M-BEG-02 (Kleinstprojekt, Nicht begonnen)" in show(plan, "M-BEG-01")
    assert show(plan, "M-BEG-02")[0] == "Kleinstprojekt M-BEG-02"
    assert "Stand des Ziels: ▼ Hinkt hinterher" in show(plan, "Z-MOB-1")


def test_plan_text_cannot_act_on_the_terminal(write_plan: PlanWriter) -> None:
    """Control characters are errors in a plan file; what YAML lets through (a bidi override
    that would reverse the rest of a line, a line break in a note) shows as its code."""
    override = "\\u202Ekcatta"
    plan = write_rich_plan(
        write_plan,
        {
            "{title: Konzept, due: 2026-03": f'{{title: "Kon{override}zept", due: 2026-03',
            "title: Dorffest": f'title: "Dorf{override}fest"',
            "note: Verzug}": f'note: "Ver\\nzug{override}"}}',
            "label: Zielgruppe": f'label: "Ziel{override}gruppe"',
            "source: {name: Sozialplanung": f'source: {{name: "Sozial{override}planung"',
            "{id: nord, name: Nord}": f'{{id: nord, name: "Nord{override}"}}',
        },
    )
    entries = ("M-BEG-01", "M-BEG-02", "K-BUS", "K-TREFF")
    shown = {entity_id: show(plan, entity_id) for entity_id in entries}
    text = "\n".join(line for lines in shown.values() for line in lines)
    assert "\u202e" not in text
    assert text.count("[U+202E]kcatta") == 6
    assert "✔ Kon[U+202E]kcattazept – fällig März 2026, erreicht am 20.02.2026" in text
    assert "01.05.2026 · In Umsetzung · Gefährdet · 40 % · Ver zug[U+202E]kcatta" in text
    assert "Ziel[U+202E]kcattagruppe: alt" in text
    assert "Teilmaßnahmen: M-BEG-02 (Kleinprojekt, Geplant)" in text
    assert "title: Dorf[U+202E]kcattafest" in text
    assert "Reihe Nord[U+202E]kcatta (nord):" in text
    assert "source: Sozial[U+202E]kcattaplanung, https://example.org/daten" in text
