"""`import-status` with the columns of the richer format: statuses proposed and merged,
assessment, progress, attributes typed by the plan's definitions, owner lists and time
frames; every bad cell named with its row and column, and nothing written then."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from export_plan import snapshot, write_rich_plan
from helpers import cli

from werkplan.writers.round_trip import comments

TODAY = ["--today", "2026-11-25"]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return write_rich_plan(tmp_path)


def exported(plan: Path, tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / "plan.xlsx"
    result = cli(["export", str(plan), *TODAY, "-f", "xlsx", "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return out


def edit_cells(sheet: Path, changes: dict[tuple[str, str], Any]) -> None:
    """Set cells by (measure id, header), as a person would in Excel."""
    from openpyxl import load_workbook

    book = load_workbook(sheet)
    table = book.worksheets[0]
    header = [cell.value for cell in table[1]]
    for row in table.iter_rows(min_row=2):
        for (measure, column), value in changes.items():
            if row[0].value == measure:
                row[header.index(column)].value = value
    book.save(sheet)


def import_status(sheet: Path, plan: Path, *extra: str) -> Any:
    return cli(["import-status", str(sheet), str(plan), *TODAY, *extra])


@pytest.mark.parametrize("lang", ["de", "en"])
def test_an_untouched_export_is_no_change(plan: Path, tmp_path: Path, lang: str) -> None:
    """Derived progress, plan labels, attribute labels, euro amounts and the clashing
    attribute header all read back as what the plan already says."""
    sheet = exported(plan, tmp_path, "--lang", lang)
    before = snapshot(plan)
    result = import_status(sheet, plan)
    assert (result.exit_code, result.stdout) == (0, ""), result.output
    assert snapshot(plan) == before


def test_assessment_progress_and_attributes_arrive_in_place(plan: Path, tmp_path: Path) -> None:
    sheet = exported(plan, tmp_path)
    edit_cells(
        sheet,
        {
            ("M-1", "Einschätzung"): "gefährdet",
            ("M-1", "Umsetzungsgrad (%)"): 60,
            ("M-1", "Priorität"): "hoch",
            ("M-1", "CO2-Minderung"): "14,5",
            ("M-1", "Förderfähig"): "nein",
            ("M-1", "Art (art)"): "Umbau",
            ("M-2", "Priorität"): 1,
            ("M-2", "Beschlussdatum"): "01.10.2026",
        },
    )
    before = (plan / "massnahmen.yaml").read_text(encoding="utf-8")
    result = import_status(sheet, plan)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "M-1: Einschätzung: Im Plan → Gefährdet",
        "M-1: Umsetzungsgrad (%): 50 → 60",
        "M-1: Priorität: mittel → hoch",
        "M-1: CO2-Minderung: 12,5 → 14,5",
        "M-1: Förderfähig: ja → nein",
        "M-1: Art (art): Bau → Umbau",
        "M-1: Geprüft am: 01.11.2026 → 25.11.2026 (24 Tage später)",
        "M-2: Priorität: (leer) → niedrig",
        "M-2: Beschlussdatum: (leer) → 01.10.2026",  # attributes alone: no review date
    ]
    text = (plan / "massnahmen.yaml").read_text(encoding="utf-8")
    assert (
        "    attributes: {prioritaet: 3, co2_t: 14.5, foerderfaehig: false, beschluss: 2025-03-13, "
        "art: Umbau}\n" in text
    )
    assert "    assessment: at_risk\n    progress: 60\n    updated: 2026-11-25\n" in text
    assert "&id" not in text  # one day written twice is no anchor and alias
    # a new `attributes:` takes its documented place: after the status keys, before the note
    assert (
        "    updated: 2026-11-01\n    attributes: {prioritaet: 1, beschluss: 2026-10-01}\n" in text
    )
    assert comments(before) == comments(text)
    assert cli(["check", str(plan), *TODAY]).exit_code == 0


def test_derived_progress_left_as_it_was_is_no_change(plan: Path, tmp_path: Path) -> None:
    """50 % is what werkplan derives from the milestones; 100 % from a new status done."""
    sheet = exported(plan, tmp_path)
    edit_cells(sheet, {("M-2", "Status"): "erledigt", ("M-2", "Umsetzungsgrad (%)"): 100})
    result = import_status(sheet, plan)
    assert result.exit_code == 0, result.output
    assert "progress:" not in (plan / "massnahmen.yaml").read_text(encoding="utf-8")
    assert result.stdout.splitlines()[0] == "M-2: Status: Nicht begonnen → Abgeschlossen"


def test_proposed_owner_list_and_time_frames(plan: Path, tmp_path: Path) -> None:
    sheet = exported(plan, tmp_path)
    edit_cells(
        sheet,
        {
            ("M-2", "Status"): "Vorgeschlagen",
            ("M-2", "Verantwortlich (ID)"): "verein, amt",
            ("M-2", "Frist"): "2. Halbjahr 2027",
            ("M-3", "Status"): "Nicht begonnen",  # the plan's own label for planned
            ("M-3", "Frist"): "2027",
        },
    )
    result = import_status(sheet, plan)
    assert result.exit_code == 0, result.output
    text = (plan / "massnahmen.yaml").read_text(encoding="utf-8")
    assert "    owner: [verein, amt]\n    due: 2027-H2\n    status: proposed\n" in text
    assert "    due: 2027\n    status: planned\n" in text  # a year as the number people write


def test_merged_needs_the_measure_it_continues_in(plan: Path, tmp_path: Path) -> None:
    sheet = exported(plan, tmp_path)
    edit_cells(sheet, {("M-3", "Status"): "Zusammengeführt"})
    before = snapshot(plan)
    result = import_status(sheet, plan)
    assert result.exit_code == 1
    assert "Zeile 4, Spalte K („Status“): Der Status „Zusammengeführt“ braucht" in result.stderr
    assert "Zusammengeführt in (ID)" in result.stderr
    assert snapshot(plan) == before
    edit_cells(sheet, {("M-3", "Zusammengeführt in (ID)"): "M-1"})
    result = import_status(sheet, plan)
    assert result.exit_code == 0, result.output
    assert "M-3: Zusammengeführt in (ID): (leer) → M-1" in result.stdout
    text = (plan / "massnahmen.yaml").read_text(encoding="utf-8")
    assert "    status: merged\n    updated: 2026-11-25\n    merged_into: M-1\n" in text


def test_every_bad_cell_is_named_and_nothing_is_written(plan: Path, tmp_path: Path) -> None:
    sheet = exported(plan, tmp_path)
    edit_cells(
        sheet,
        {
            ("M-1", "Einschätzung"): "so lala",
            ("M-1", "Umsetzungsgrad (%)"): 120,
            ("M-1", "Priorität"): "sehr hoch",
            ("M-1", "CO2-Minderung"): "-3",
            ("M-2", "Förderfähig"): "vielleicht",
            ("M-2", "Zusammengeführt in (ID)"): "M-9",
            ("M-2", "Beschlussdatum"): "demnächst",
        },
    )
    before = snapshot(plan)
    result = import_status(sheet, plan)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    places = [line.split(": ", 2)[1] for line in lines if line.startswith(str(sheet))]
    assert places == [
        "Zeile 2, Spalte S („Einschätzung“)",
        "Zeile 2, Spalte T („Umsetzungsgrad (%)“)",
        "Zeile 2, Spalte AA („Priorität“)",
        "Zeile 2, Spalte AB („CO2-Minderung“)",
        "Zeile 3, Spalte U („Zusammengeführt in (ID)“)",
        "Zeile 3, Spalte AC („Förderfähig“)",
        "Zeile 3, Spalte AD („Beschlussdatum“)",
    ]
    assert "„sehr hoch“" in result.stderr
    assert "1 (niedrig), 2 (mittel), 3 (hoch)" in result.stderr
    assert "Nichts geschrieben" in result.stderr
    assert snapshot(plan) == before


def test_a_csv_with_german_number_cells_reads_attributes(plan: Path, tmp_path: Path) -> None:
    result = cli(["export", str(plan), *TODAY])
    sheet = tmp_path / "plan.csv"
    sheet.write_text(
        result.stdout.replace(";mittel;12,5;ja;", ";mittel;1.234,5;ja;"), encoding="utf-8"
    )
    result = import_status(sheet, plan)
    assert result.exit_code == 0, result.output
    assert "M-1: CO2-Minderung: 12,5 → 1.234,5" in result.stdout
    assert "co2_t: 1234.5" in (plan / "massnahmen.yaml").read_text(encoding="utf-8")


def test_attribute_columns_are_known_by_id_and_label(plan: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "rueckmeldung.csv"
    sheet.write_text("ID;prioritaet;Priority;Art\nM-2;3;;Kleinprojekt\n", encoding="utf-8")
    result = import_status(sheet, plan)
    assert result.exit_code == 0, result.output
    # "Art" is the kind column of the export, never the attribute labelled "Art"
    assert result.stdout.splitlines() == ["M-2: Priorität: (leer) → hoch"]


def test_a_comment_beside_a_changed_value_stays_beside_it(plan: Path, tmp_path: Path) -> None:
    path = plan / "massnahmen.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("    status: planned\n", "    status: planned  # seit dem Frühjahr\n"),
        encoding="utf-8",
    )
    sheet = exported(plan, tmp_path)
    edit_cells(sheet, {("M-2", "Status"): "In Umsetzung"})
    result = import_status(sheet, plan)
    assert result.exit_code == 0, result.output
    assert "    status: in_progress # seit dem Frühjahr\n" in path.read_text(encoding="utf-8")
