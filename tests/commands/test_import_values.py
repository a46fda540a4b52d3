"""`import-status`: what a spreadsheet hands back is read as the plan meant it.

Untouched cells are no change, whatever form a spreadsheet re-saved them in; ids that lost
their leading zeros find their measure only where that is safe; status words are read by the
same function as in `check`; nothing is guessed that could change the wrong measure.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from helpers import cli, snapshot
from matrix import representative

from werkplan.imports.values import read_date

TODAY = ["--today", "2026-11-25"]

# A measure whose id is all digits and whose note has two lines (a literal block).
NUMBERED = """
  - id: "012"
    title: Sprechstunde im Dorfgemeinschaftshaus
    goals: [Z-BEG-1]
    owner: sozialplanung
    due: 2027-06-30
    status: planned
    updated: 2026-11-20
    note: |-
      Erste Zeile der Notiz.
      Zweite Zeile, mit ; und "Anführungszeichen".
"""


@pytest.fixture
def numbered(plans: Path) -> Path:
    path = plans / "handlungsfelder" / "begegnung.yaml"
    path.write_text(path.read_text(encoding="utf-8") + NUMBERED, encoding="utf-8")
    assert cli(["check", str(plans), *TODAY]).exit_code == 0
    return plans


def exported_rows(plans: Path) -> list[list[str]]:
    data = cli(["export", str(plans), *TODAY]).stdout_bytes
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)
    return path


def edited(plans: Path, tmp_path: Path, edits: dict[str, dict[str, str]]) -> Path:
    rows = exported_rows(plans)
    header = rows[0]
    for row in rows[1:]:
        for column, value in edits.get(row[0], {}).items():
            row[header.index(column)] = value
    return write_rows(tmp_path / "rueckmeldung.csv", rows)


def import_status(sheet: Path, plans: Path, *extra: str) -> tuple[int, str, str]:
    result = cli(["import-status", str(sheet), str(plans), *TODAY, *extra])
    return result.exit_code, result.stdout, result.stderr


def test_an_untouched_multi_line_note_is_no_change(numbered: Path, tmp_path: Path) -> None:
    before = snapshot(numbered)
    sheet = edited(numbered, tmp_path, {})
    assert "Erste Zeile der Notiz. Zweite Zeile" in sheet.read_text(encoding="utf-8")
    code, out, err = import_status(sheet, numbered)
    assert (code, out) == (0, ""), err
    assert "Keine Änderungen" in err
    assert snapshot(numbered) == before


def test_a_status_change_keeps_the_multi_line_note(numbered: Path, tmp_path: Path) -> None:
    sheet = edited(numbered, tmp_path, {"012": {"Status": "In Umsetzung"}})
    code, out, err = import_status(sheet, numbered)
    assert code == 0, err
    status, review = out.splitlines()
    assert status == "012: Status: Geplant → In Umsetzung"
    assert review.startswith("012: Geprüft am: 20.11.2026 → 25.11.2026")
    text = (numbered / "handlungsfelder" / "begegnung.yaml").read_text(encoding="utf-8")
    assert "note: |-\n      Erste Zeile der Notiz.\n      Zweite Zeile" in text


def test_the_formula_guard_is_no_change(plans: Path, tmp_path: Path) -> None:
    path = plans / "handlungsfelder" / "jugend.yaml"
    text = path.read_text(encoding="utf-8").replace("note: >-\n", "note: >-\n      - ", 1)
    path.write_text(text, encoding="utf-8")
    rows = exported_rows(plans)
    assert any(row[-1].startswith("'- ") for row in rows)  # the export guarded it
    code, out, err = import_status(write_rows(tmp_path / "s.csv", rows), plans)
    assert (code, out) == (0, ""), err


def test_same_review_date_is_no_change(plans: Path, tmp_path: Path) -> None:
    # M-ALT-03 was reviewed on 09.11.2026; a report on that very day changes only the status.
    sheet = edited(plans, tmp_path, {"M-ALT-03": {"Status": "In Umsetzung"}})
    code, out, err = import_status(sheet, plans, "--today", "2026-11-09")
    assert code == 0, err
    assert "Geprüft am" not in out
    assert out.splitlines() == ["M-ALT-03: Status: Geplant → In Umsetzung"]


@pytest.mark.parametrize(
    "written",
    representative(
        ["30.06.27", "06/30/27", "2027-06-30", "30.06.2027", "30.6.2027", "6/30/2027"], every=3
    ),
)
def test_spreadsheet_date_forms_of_an_untouched_date(
    numbered: Path, tmp_path: Path, written: str
) -> None:
    sheet = edited(numbered, tmp_path, {"012": {"Frist": written}})
    code, out, err = import_status(sheet, numbered)
    assert (code, out) == (0, ""), err


@pytest.mark.parametrize(
    ("written", "due"),
    representative(
        every=3,
        cases=[
            ("31.07.27", "31.07.2027"),
            ("07/31/27", "31.07.2027"),
            ("2027-07-31 00:00:00", "31.07.2027"),
            ("15.01.2028", "15.01.2028"),
        ],
    ),
)
def test_changed_dates_in_spreadsheet_forms(
    numbered: Path, tmp_path: Path, written: str, due: str
) -> None:
    sheet = edited(numbered, tmp_path, {"012": {"Frist": written}})
    code, out, err = import_status(sheet, numbered)
    assert code == 0, err
    assert f"012: Frist: 30.06.2027 → {due}" in out


def test_an_ambiguous_slashed_date_is_refused(numbered: Path, tmp_path: Path) -> None:
    before = snapshot(numbered)
    sheet = edited(numbered, tmp_path, {"012": {"Frist": "07/08/27"}})
    code, _, err = import_status(sheet, numbered)
    assert code == 1
    assert "07.08.2027" in err
    assert "08.07.2027" in err
    assert snapshot(numbered) == before


def test_two_digit_years_stay_near_today() -> None:
    today = dt.date(2026, 11, 25)
    assert read_date("30.06.27", "due", None, today) == dt.date(2027, 6, 30)
    assert read_date("01.01.75", "due", None, today) == dt.date(2075, 1, 1)
    assert read_date("01.01.77", "due", None, today) == dt.date(1977, 1, 1)
    assert read_date("06/30/99", "due", None, today) == dt.date(1999, 6, 30)


def test_an_id_without_its_leading_zero_is_found(numbered: Path, tmp_path: Path) -> None:
    rows = exported_rows(numbered)
    for row in rows:
        if row[0] == "012":
            row[0] = "12"
            row[rows[0].index("Status")] = "Abgeschlossen"
    code, out, err = import_status(write_rows(tmp_path / "s.csv", rows), numbered)
    assert code == 0, err
    assert "012: Status: Geplant → Abgeschlossen" in out


def test_a_number_that_fits_two_ids_is_refused(numbered: Path, tmp_path: Path) -> None:
    path = numbered / "handlungsfelder" / "begegnung.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + NUMBERED.replace('"012"', '"0012"'), encoding="utf-8"
    )
    before = snapshot(numbered)
    sheet = write_rows(tmp_path / "s.csv", [["ID", "Status"], ["12", "Abgeschlossen"]])
    code, _, err = import_status(sheet, numbered)
    assert code == 1
    assert "012, 0012" in err
    assert snapshot(numbered) == before


def test_an_unknown_id_suggests_no_other_measure(plans: Path, tmp_path: Path) -> None:
    sheet = write_rows(tmp_path / "s.csv", [["ID", "Status"], ["M-BEG-11", "Geplant"]])
    code, _, err = import_status(sheet, plans)
    assert code == 1
    assert "Meinten Sie" not in err
    assert "M-BEG-0" not in err
    assert "werkplan new measure" in err


def test_a_row_with_entries_but_no_id_is_an_error(plans: Path, tmp_path: Path) -> None:
    sheet = write_rows(tmp_path / "s.csv", [["ID", "Status"], ["", "Geplant"], ["", ""]])
    code, _, err = import_status(sheet, plans)
    assert code == 1
    assert "Zeile 2:" in err
    assert "Zeile 3" not in err


@pytest.mark.parametrize(
    ("word", "status"),
    representative(every=3, cases=[
        ("Abgeschlossen", "done"), ("done", "done"), ("Done", "done"), ("fertig", "done"),
        ("in Arbeit", "in_progress"), ("ON HOLD", "on_hold"), ("Zurückgestellt", "on_hold")]),
)  # fmt: skip
def test_status_words(plans: Path, tmp_path: Path, word: str, status: str) -> None:
    sheet = write_rows(tmp_path / "s.csv", [["ID", "Status"], ["M-ALT-03", word]])
    code, _, err = import_status(sheet, plans)
    assert code == 0, err
    text = (plans / "handlungsfelder" / "wohnen-alter.yaml").read_text(encoding="utf-8")
    assert f"status: {status}" in text


@pytest.mark.parametrize("lang", ["de", "en"])
def test_an_ambiguous_status_word_is_refused_with_the_candidates(
    plans: Path, tmp_path: Path, lang: str
) -> None:
    before = snapshot(plans)
    sheet = write_rows(tmp_path / "s.csv", [["ID", "Status"], ["M-ALT-03", "läuft"]])
    code, _, err = import_status(sheet, plans, "--lang", lang)
    assert code == 1
    assert "läuft" in err
    assert "in_progress" in err
    assert "ongoing" in err
    assert snapshot(plans) == before


def test_many_bad_rows_are_listed_up_to_a_limit(plans: Path, tmp_path: Path) -> None:
    rows = [["ID", "Status"]] + [[f"X-{n}", "done"] for n in range(10_000)]
    code, _, err = import_status(write_rows(tmp_path / "s.csv", rows), plans)
    assert code == 1
    assert err.count("gibt es im Plan nicht") == 50
    assert "… und 9.950 weitere Fehler." in err
    english = import_status(write_rows(tmp_path / "s.csv", rows), plans, "--lang", "en")[2]
    assert "… and 9,950 more errors." in english


@pytest.mark.parametrize(
    ("count", "dry_run", "german", "english"),
    [
        (1, False, "1 Maßnahme aktualisiert.", "1 measure updated."),
        (2, False, "2 Maßnahmen aktualisiert.", "2 measures updated."),
        (1, True, "Zu aktualisieren: 1 Maßnahme.", "To update: 1 measure."),
        (2, True, "Zu aktualisieren: 2 Maßnahmen.", "To update: 2 measures."),
    ],
)
def test_the_summary_counts_in_words(
    plans: Path, tmp_path: Path, count: int, dry_run: bool, german: str, english: str
) -> None:
    rows = [["ID", "Status"], ["M-ALT-03", "done"], ["M-JUG-04", "done"]][: count + 1]
    sheet = write_rows(tmp_path / "s.csv", rows)
    flags = ["--dry-run"] if dry_run else []
    for lang, expected in (("en", english), ("de", german)):
        code, _, err = import_status(sheet, plans, "--lang", lang, *flags)
        assert code == 0, err
        assert err.strip().endswith(expected)
        if not dry_run:
            break  # the first run changed the plan
