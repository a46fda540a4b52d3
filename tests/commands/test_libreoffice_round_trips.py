"""Round trips through the real LibreOffice Calc, headless: what a district team does.

Export, let LibreOffice open and save the file (German locale, each test with a fresh
profile), change a few statuses, `import-status`: exactly those changes arrive, untouched
cells never count. The CSV filter options follow LibreOffice's help page "CSV Filter
Options": separator 59 (;), text delimiter 34 ("), character set 76 (UTF-8), first line 1,
no column formats, language 1031 (German), quoted field as text false, detect special
numbers true (the import that turns `012` into 12 and dates into dates).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import find_tool
from helpers import cli

pytestmark = pytest.mark.slow
TODAY = ["--today", "2026-11-25"]
CSV_FILTER = "Text - txt - csv (StarCalc)"
CSV_IMPORT = f"{CSV_FILTER}:59,34,76,1,,1031,false,true"
CSV_EXPORT = f"csv:{CSV_FILTER}:59,34,76,1,,1031,false,true,true"

NUMBERED = """
  - id: "012"
    title: Sprechstunde im Dorfgemeinschaftshaus
    goals: [Z-BEG-1]
    owner: sozialplanung
    due: 2027-06-30
    status: planned
    updated: 2026-11-20
    note: |-
      -> Erste Zeile der Notiz.
      Zweite Zeile, mit ; und "Anführungszeichen".
"""


class Calc:
    """LibreOffice headless with its own fresh profile, in a German or US locale."""

    def __init__(self, folder: Path, locale: str = "de_DE.UTF-8") -> None:
        self.program = find_tool("soffice")
        self.profile = folder / "lo-profile"
        self.out = folder / "lo-out"
        self.env = {**os.environ, "LANG": locale, "LC_ALL": locale}

    def convert(self, source: Path, target: str, infilter: str | None = None) -> Path:
        command = [
            self.program,
            f"-env:UserInstallation={self.profile.as_uri()}",
            "--headless",
            "--norestore",
            *([f"--infilter={infilter}"] if infilter else []),
            "--convert-to",
            target,
            "--outdir",
            str(self.out),
            str(source),
        ]
        subprocess.run(command, env=self.env, check=True, capture_output=True, timeout=180)
        suffix = target.split(":", 1)[0]
        converted = self.out / f"{source.stem}.{suffix}"
        assert converted.is_file(), f"LibreOffice wrote no {converted.name}"
        return converted


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))}


@pytest.fixture
def numbered(plans: Path) -> Path:
    path = plans / "handlungsfelder" / "begegnung.yaml"
    path.write_text(path.read_text(encoding="utf-8") + NUMBERED, encoding="utf-8")
    assert cli(["check", str(plans), *TODAY]).exit_code == 0
    return plans


def export(plans: Path, target: Path, *extra: str) -> Path:
    fmt = target.suffix[1:]
    result = cli(["export", str(plans), *TODAY, "-f", fmt, "-o", str(target), *extra])
    assert result.exit_code == 0, result.output
    return target


def import_status(sheet: Path, plans: Path) -> tuple[int, str, str]:
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    return result.exit_code, result.stdout, result.stderr


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


def set_statuses(path: Path, statuses: dict[str, str]) -> None:
    """Change cells as a person would type them, in the file LibreOffice saved."""
    rows = csv_rows(path)
    column = rows[0].index("Status")
    for row in rows[1:]:
        row[column] = statuses.get(row[0], row[column])
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)


def changed_keys(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    """The YAML keys on the lines that changed."""
    keys = set()
    for name in before:
        old, new = before[name].decode().splitlines(), after[name].decode().splitlines()
        for line in set(old) ^ set(new):
            keys.add(line.strip().split(":")[0])
    return keys


@pytest.mark.parametrize(
    ("locale", "date_form"), [("de_DE.UTF-8", "30.06.27"), ("en_US.UTF-8", "06/30/27")]
)
def test_csv_saved_by_libreoffice_imports_only_the_changes(
    numbered: Path, tmp_path: Path, locale: str, date_form: str
) -> None:
    calc = Calc(tmp_path, locale)
    sheet = export(numbered, tmp_path / "plan.csv")
    saved = calc.convert(sheet, CSV_EXPORT, infilter=CSV_IMPORT)
    rows = {row[0]: row for row in csv_rows(saved)}
    header = csv_rows(saved)[0]
    # The ways a spreadsheet re-saves what it shows, which werkplan must read as unchanged:
    assert "012" not in rows
    assert rows["12"][header.index("Frist")] == date_form
    assert rows["12"][header.index("Stand")].startswith("'-> Erste Zeile der Notiz. Zweite")
    before = snapshot(numbered)
    code, out, err = import_status(saved, numbered)
    assert (code, out) == (0, ""), err
    assert snapshot(numbered) == before

    set_statuses(saved, {"12": "Abgeschlossen", "M-ALT-03": "In Umsetzung", "M-JUG-04": "fertig"})
    code, out, err = import_status(saved, numbered)
    assert code == 0, err
    assert sorted(line for line in out.splitlines() if "Status" in line) == [
        "012: Status: Geplant → Abgeschlossen",
        "M-ALT-03: Status: Geplant → In Umsetzung",
        "M-JUG-04: Status: In Umsetzung → Abgeschlossen",
    ]
    after = snapshot(numbered)
    assert changed_keys(before, after) == {"status", "updated"}
    text = after["handlungsfelder/begegnung.yaml"].decode()
    assert 'note: |-\n      -> Erste Zeile der Notiz.\n      Zweite Zeile, mit ; und "Anf' in text


def test_ods_export_shows_in_libreoffice_as_the_csv_export(numbered: Path, tmp_path: Path) -> None:
    calc = Calc(tmp_path)
    ods = export(numbered, tmp_path / "plan.ods")
    shown = csv_rows(calc.convert(ods, CSV_EXPORT))
    exported = csv_rows(export(numbered, tmp_path / "export.csv"))
    assert [row[0] for row in shown] == [row[0] for row in exported]  # "012" stays text
    guarded = next(row for row in exported if row[0] == "012")[-1]
    # The CSV guards a formula with an apostrophe; ODS has text cells and needs no guard.
    assert guarded.startswith("'-> ")
    assert next(row for row in shown if row[0] == "012")[-1] == guarded[1:]
    # Money is a number in both; the ODS cell also carries a currency format LibreOffice shows.
    assert [_plain_amounts(row[:-1]) for row in shown] == [row[:-1] for row in exported]


def _plain_amounts(row: list[str]) -> list[str]:
    """'12.000 €' as the CSV writes the same number: '12000'."""
    return [
        cell[: -len(" €")].replace(".", "").replace(",", ".") if cell.endswith(" €") else cell
        for cell in row
    ]


def test_ods_dates_are_dates_and_ids_are_text_in_libreoffice(
    numbered: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook
    from openpyxl.cell.cell import Cell
    from openpyxl.utils import get_column_letter

    calc = Calc(tmp_path)
    converted = calc.convert(export(numbered, tmp_path / "plan.ods"), "xlsx")
    sheet = load_workbook(converted).worksheets[0]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "012")
    assert row[0].data_type == "s"
    due_cell = row[9]
    assert isinstance(due_cell, Cell)
    assert due_cell.is_date
    due = due_cell.value
    assert isinstance(due, dt.datetime)
    assert due.date().isoformat() == "2027-06-30"
    exported = csv_rows(export(numbered, tmp_path / "export.csv"))
    last_column = get_column_letter(len(exported[0]))
    assert sheet.auto_filter.ref == f"A1:{last_column}{len(exported)}"
    assert sheet["A1"].font.b


@pytest.mark.parametrize("kind", ["ods", "xlsx"])
def test_a_file_saved_by_libreoffice_brings_only_the_changes(
    numbered: Path, tmp_path: Path, kind: str
) -> None:
    """A colleague's edits: the plan exported with other statuses, re-saved by LibreOffice."""
    colleague = tmp_path / "colleague"
    colleague.mkdir()
    edited = colleague / "plans"
    shutil.copytree(numbered, edited)  # with the indicators' values files
    review = "\n    updated: 2026-11-20"
    for name, old, new in [
        ("handlungsfelder/begegnung.yaml", f"status: planned{review}", f"status: done{review}"),
        ("handlungsfelder/wohnen-alter.yaml", "status: planned", "status: on_hold"),
    ]:
        path = edited / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    sheet = export(edited, colleague / f"plan.{kind}")
    saved = Calc(tmp_path).convert(sheet, kind)
    assert saved.read_bytes() != sheet.read_bytes()
    before = snapshot(numbered)
    code, out, err = import_status(saved, numbered)
    assert code == 0, err
    assert sorted(line for line in out.splitlines() if "Status" in line) == [
        "012: Status: Geplant → Abgeschlossen",
        "M-ALT-03: Status: Geplant → Zurückgestellt",
    ]
    assert changed_keys(before, snapshot(numbered)) == {"status", "updated"}


def test_libreoffice_ods_has_the_padding_the_reader_skips(numbered: Path, tmp_path: Path) -> None:
    saved = Calc(tmp_path).convert(export(numbered, tmp_path / "plan.ods"), "ods")
    content = zipfile.ZipFile(saved).read("content.xml").decode()
    assert "number-columns-repeated" in content or "number-rows-repeated" in content
    code, out, err = import_status(saved, numbered)
    assert (code, out) == (0, ""), err


# --- the columns of the richer format, and the table of indicator values ----------------------


def rich(tmp_path: Path, name: str) -> Path:
    from export_plan import write_rich_plan

    folder = tmp_path / name
    folder.mkdir()
    return write_rich_plan(folder)


@pytest.mark.parametrize("kind", ["ods", "xlsx"])
def test_new_columns_saved_by_libreoffice_bring_only_the_changes(tmp_path: Path, kind: str) -> None:
    """A colleague's plan with another assessment, progress, deadline and attributes,
    exported, re-saved by LibreOffice and imported: exactly those changes arrive."""
    from export_plan import snapshot as files

    plan, colleague = rich(tmp_path, "ours"), rich(tmp_path, "theirs")
    path = colleague / "massnahmen.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in [
        ("    due: 2026-Q4\n", "    due: 2027-Q1\n"),
        ("assessment: on_track", "assessment: at_risk"),
        (
            "    updated: 2026-11-01\n    milestones:",
            "    progress: 70\n    updated: 2026-11-01\n    milestones:",
        ),
        (
            "{prioritaet: 2, co2_t: 12.5, foerderfaehig: ja",
            "{prioritaet: 3, co2_t: 14.25, foerderfaehig: nein",
        ),
        ("    horizon: kurz\n    status: proposed\n", "    horizon: kurz\n    status: planned\n"),
    ]:
        assert old in text
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    sheet = export(colleague, tmp_path / f"plan.{kind}")
    saved = Calc(tmp_path).convert(sheet, kind)
    before = files(plan)
    code, out, err = import_status(saved, plan)
    assert code == 0, err
    assert out.splitlines() == [
        "M-1: Frist: 4. Quartal 2026 → 1. Quartal 2027 (90 Tage später)",
        "M-1: Einschätzung: Im Plan → Gefährdet",
        "M-1: Umsetzungsgrad (%): 50 → 70",
        "M-1: Priorität: mittel → hoch",
        "M-1: CO2-Minderung: 12,5 → 14,25",
        "M-1: Förderfähig: ja → nein",
        "M-1: Geprüft am: 01.11.2026 → 25.11.2026 (24 Tage später)",
        "M-3: Status: Vorgeschlagen → Nicht begonnen",
        "M-3: Geprüft am: (leer) → 25.11.2026",
    ]
    assert changed_keys(before, files(plan)) == {
        "due",
        "assessment",
        "progress",
        "updated",
        "attributes",
        "status",
    }
    assert cli(["check", str(plan), *TODAY]).exit_code == 0


def test_new_columns_through_a_libreoffice_csv_are_no_change(tmp_path: Path) -> None:
    """LibreOffice re-saves the CSV as it shows it (13.03.25 for a date attribute, numbers
    as numbers): nothing of it is a change."""
    plan = rich(tmp_path, "plan")
    saved = Calc(tmp_path).convert(export(plan, tmp_path / "plan.csv"), CSV_EXPORT, CSV_IMPORT)
    row = next(r for r in csv_rows(saved) if r[0] == "M-1")
    assert "13.03.25" in row
    code, out, err = import_status(saved, plan)
    assert (code, out) == (0, ""), err


@pytest.mark.parametrize("kind", ["csv", "ods", "xlsx"])
def test_indicator_values_saved_by_libreoffice_read_back_unchanged(
    tmp_path: Path, kind: str
) -> None:
    from export_plan import snapshot as files

    plan = rich(tmp_path, "plan")
    path = plan / "werte" / "k-2.csv"
    path.write_bytes(path.read_bytes() + b"2025-06-30;29,1;;\r\n2025-Q4;29,3;;\r\n")
    sheet = export(plan, tmp_path / f"werte.{kind}", "--indicators")
    calc = Calc(tmp_path)
    if kind == "csv":
        saved = calc.convert(sheet, CSV_EXPORT, CSV_IMPORT)
        assert "30.06.25" in saved.read_text(encoding="utf-8-sig")  # re-saved as shown
    else:
        saved = calc.convert(sheet, kind)
    before = files(plan)
    result = cli(["import-values", str(saved), str(plan), *TODAY])
    assert (result.exit_code, result.stdout) == (0, ""), result.output
    assert files(plan) == before
