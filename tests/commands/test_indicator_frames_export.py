"""The indicator export writes time frames as the measure export does (`3. Quartal 2025` in
German, `Q3 2025` in English; a day as a date cell), and import-values reads them back: the
plan stays as it was (exports.rows.frame_cell, imports.indicator_values.read_frame)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from export_plan import snapshot, write_rich_plan
from helpers import cli

TODAY = ["--today", "2026-11-25"]
MORE_VALUES = b"2025-H1;28,7;;\r\n2025-Q3;29,1;;\r\n2025-10;29,2;;\r\n2025-12-31;29,4;;\r\n"
WRITTEN = {
    "de": ["1. Halbjahr 2025", "3. Quartal 2025", "Oktober 2025"],
    "en": ["H1 2025", "Q3 2025", "October 2025"],
}


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    folder = write_rich_plan(tmp_path)
    values = folder / "werte" / "k-2.csv"
    values.write_bytes(values.read_bytes() + MORE_VALUES)
    return folder


def export(plan: Path, target: Path, lang: str) -> Path:
    kind = target.suffix.lstrip(".")
    args = [
        "export",
        str(plan),
        *TODAY,
        "--indicators",
        "-f",
        kind,
        "-o",
        str(target),
        "--lang",
        lang,
    ]
    result = cli(args)
    assert result.exit_code == 0, result.output
    return target


@pytest.mark.parametrize("lang", ["de", "en"])
def test_csv_writes_time_frames_in_words(plan: Path, tmp_path: Path, lang: str) -> None:
    data = export(plan, tmp_path / "werte.csv", lang).read_bytes().decode("utf-8-sig")
    delimiter = ";" if data.splitlines()[0].count(";") > data.splitlines()[0].count(",") else ","
    dates = [row[2] for row in csv.reader(io.StringIO(data), delimiter=delimiter)][1:]
    for written in WRITTEN[lang]:
        assert written in dates
    assert not any("-Q" in d or "-H" in d for d in dates)


def test_xlsx_has_a_day_as_date_cell_and_a_quarter_in_words(plan: Path, tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import load_workbook

    sheet = load_workbook(export(plan, tmp_path / "werte.xlsx", "de")).worksheets[0]
    dates = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "3. Quartal 2025" in dates
    assert dt.datetime(2025, 12, 31) in dates


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("kind", ["csv", "xlsx", "ods"])
def test_the_export_reads_back_unchanged(plan: Path, tmp_path: Path, lang: str, kind: str) -> None:
    sheet = export(plan, tmp_path / f"werte.{kind}", lang)
    before = snapshot(plan)
    result = cli(["import-values", str(sheet), str(plan), *TODAY])
    assert (result.exit_code, result.stdout) == (0, ""), result.output
    assert snapshot(plan) == before
