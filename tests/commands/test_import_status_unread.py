"""import-status names a column it does not read in which cells were edited ("Kosten
gesamt"), and moves "Geprüft am" only for a status report, not for a priority alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from export_plan import snapshot, write_rich_plan
from helpers import cli

from werkplan.checker import check_plan
from werkplan.model import Measure

TODAY = ["--today", "2026-11-25"]
IGNORED = "liest import-status nicht ein"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return write_rich_plan(tmp_path)


def exported(plan: Path, tmp_path: Path, kind: str = "xlsx", lang: str = "de") -> Path:
    out = tmp_path / f"plan.{kind}"
    args = ["export", str(plan), *TODAY, "-f", kind, "-o", str(out), "--lang", lang]
    result = cli(args)
    assert result.exit_code == 0, result.output
    return out


def edit_cells(sheet: Path, changes: dict[tuple[str, str], Any]) -> None:
    from openpyxl import load_workbook

    book = load_workbook(sheet)
    table = book.worksheets[0]
    header = [cell.value for cell in table[1]]
    for row in table.iter_rows(min_row=2):
        for (measure, column), value in changes.items():
            if row[0].value == measure:
                row[header.index(column)].value = value
    book.save(sheet)


def import_status(sheet: Path, plan: Path) -> Any:
    return cli(["import-status", str(sheet), str(plan), *TODAY], env={"WERKPLAN_LANG": "de"})


def measure(plan: Path, measure_id: str) -> Measure:
    found = check_plan(plan, dt.date(2026, 11, 25)).plan.lookup("measures", measure_id)
    assert isinstance(found, Measure)
    return found


@pytest.mark.parametrize(("kind", "lang"), [("xlsx", "de"), ("ods", "en"), ("csv", "de")])
def test_an_untouched_export_names_no_column(
    plan: Path, tmp_path: Path, kind: str, lang: str
) -> None:
    result = import_status(exported(plan, tmp_path, kind, lang), plan)
    assert result.exit_code == 0, result.output
    assert IGNORED not in result.stderr


def test_an_edited_cost_cell_is_named_in_one_line(plan: Path, tmp_path: Path) -> None:
    sheet = exported(plan, tmp_path)
    edit_cells(sheet, {("M-1", "Kosten gesamt"): 450000, ("M-1", "Maßnahme"): "Neuer Titel"})
    before = snapshot(plan)
    result = import_status(sheet, plan)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if IGNORED in line]
    assert len(lines) == 2
    assert "„Kosten gesamt“ liest import-status nicht ein" in lines[1] + lines[0]
    assert any("„Maßnahme“" in line and "(Zeile 2)" in line for line in lines)
    assert snapshot(plan) == before  # nothing it reads changed


def test_a_priority_alone_does_not_move_the_review_date(plan: Path, tmp_path: Path) -> None:
    sheet = exported(plan, tmp_path)
    edit_cells(sheet, {("M-1", "Priorität"): "hoch"})
    result = import_status(sheet, plan)
    assert result.exit_code == 0, result.output
    changed = measure(plan, "M-1")
    assert str(changed.attribute("prioritaet")) == "3"
    assert changed.updated == dt.date(2026, 11, 1)


def test_a_status_report_moves_the_review_date(plan: Path, tmp_path: Path) -> None:
    sheet = exported(plan, tmp_path)
    edit_cells(sheet, {("M-1", "Priorität"): "hoch", ("M-1", "Einschätzung"): "gefährdet"})
    assert import_status(sheet, plan).exit_code == 0
    assert measure(plan, "M-1").updated == dt.date(2026, 11, 25)


@pytest.mark.parametrize(("written", "noted"), [("01.01.2026", False), ("15.01.2026", True)])
def test_a_start_saved_as_its_first_day_is_no_edit(
    plan: Path, tmp_path: Path, written: str, noted: bool
) -> None:
    sheet = exported(plan, tmp_path, "csv")
    text = sheet.read_text(encoding="utf-8-sig")
    assert "1. Quartal 2026" in text  # M-1 starts 2026-Q1
    sheet.write_text(text.replace("1. Quartal 2026", written, 1), encoding="utf-8-sig")
    result = import_status(sheet, plan)
    assert result.exit_code == 0, result.output
    assert ("„Beginn“ liest import-status nicht ein" in result.stderr) is noted
