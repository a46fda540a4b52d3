"""`init`, `new`, `export` and `import-status`: what they write, and what they never break."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
from pathlib import Path

import pytest
from helpers import cli, snapshot

from werkplan.writers.round_trip import comments

TODAY = ["--today", "2026-11-25"]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_init_makes_a_plan_that_passes_check(tmp_path: Path, lang: str) -> None:
    target = tmp_path / "neu"
    assert cli(["init", str(target), "--lang", lang]).exit_code == 0
    result = cli(["check", str(target), "--strict"])
    assert result.exit_code == 0, result.output
    assert (target / "README.md").is_file()
    first = (target / "plan.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=.werkplan/plan.schema.json"


def test_init_never_overwrites(plans: Path) -> None:
    before = snapshot(plans)
    result = cli(["init", str(plans)])
    assert result.exit_code == 2
    assert snapshot(plans) == before


def test_new_measure_takes_the_next_id_and_keeps_comments(plans: Path) -> None:
    path = plans / "handlungsfelder" / "begegnung.yaml"
    before = path.read_text(encoding="utf-8")
    args = [
        "new",
        "measure",
        "-p",
        str(plans),
        "--field",
        "HF-BEG",
        "--goal",
        "Z-BEG-1",
        "--title",
        "Dorfladen als Treffpunkt",
        "--owner",
        "sozialplanung",
        "--due",
        "2027-05-31",
        *TODAY,
    ]
    result = cli(args)
    assert result.exit_code == 0, result.output
    after = path.read_text(encoding="utf-8")
    assert after.startswith(before)
    assert "  - id: M-BEG-11\n    title: Dorfladen als Treffpunkt\n    goals: [Z-BEG-1]\n" in after
    assert not comments(before) - comments(after)
    check = cli(["check", str(plans), *TODAY])
    assert check.exit_code == 0


def test_new_goal_and_actor(plans: Path) -> None:
    assert (
        cli(
            ["new", "goal", "-p", str(plans), "--field", "HF-ALT", "--title", "Neues Ziel"]
        ).exit_code
        == 0
    )
    assert "id: Z-ALT-4" in (plans / "handlungsfelder" / "wohnen-alter.yaml").read_text()
    assert (
        cli(
            [
                "new",
                "actor",
                "-p",
                str(plans),
                "--name",
                "Bürgerverein Güstrow",
                "--kind",
                "association",
            ],
        ).exit_code
        == 0
    )
    assert "id: buergerverein-guestrow" in (plans / "akteure.yaml").read_text()


@pytest.mark.parametrize(
    "extra",
    [["--owner", "niemand"], ["--field", "HF-XXX"], ["--goal", "Z-JUG-1"], ["--due", "bald"]],
)
def test_new_refuses_and_writes_nothing(plans: Path, extra: list[str]) -> None:
    before = snapshot(plans)
    args = ["new", "measure", "-p", str(plans), "--field", "HF-BEG", "--title", "x", *extra]
    if "--field" in extra:
        args = ["new", "measure", "-p", str(plans), "--title", "x", *extra]
    result = cli(args)
    assert result.exit_code in (1, 2), result.output
    assert snapshot(plans) == before


def test_csv_export_opens_in_german_excel(plans: Path) -> None:
    result = cli(["export", str(plans), *TODAY, "-f", "csv"])
    data = result.stdout_bytes
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    header = rows[0]
    assert header[:3] == ["ID", "Maßnahme", "Handlungsfeld"]
    assert all(len(row) == len(header) for row in rows)
    row = next(r for r in rows if r[0] == "M-BEG-06")
    assert row[header.index("Frist")] == "30.04.2026"
    assert row[header.index("Status")] == "Zurückgestellt"
    assert len(rows) == 51


def test_xlsx_export_reads_back(plans: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "plan.xlsx"
    assert cli(["export", str(plans), *TODAY, "-f", "xlsx", "-o", str(out)]).exit_code == 0
    sheet = load_workbook(out).worksheets[0]
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref
    assert sheet["A1"].font.bold
    assert sheet.max_row == 51
    due = next(row for row in sheet.iter_rows(values_only=True) if row[0] == "M-BEG-06")[9]
    assert isinstance(due, dt.datetime)
    assert due.date() == dt.date(2026, 4, 30)


def test_ics_parses_with_stable_uids(plans: Path) -> None:
    from icalendar import Calendar

    def uids(day: str) -> dict[str, str]:
        result = cli(["export", str(plans), "--today", day, "-f", "ics"])
        calendar = Calendar.from_ical(result.stdout_bytes)
        return {str(e["uid"]): str(e["summary"]) for e in calendar.walk("VEVENT")}

    first, second = uids("2026-11-25"), uids("2026-12-02")
    assert first == second
    # open deadlines (done and dropped left out), events and open milestones
    assert len(first) == 29 + 11 + 4
    assert any(summary.startswith("Frist: M-BEG-06") for summary in first.values())


def test_json_export_is_versioned(plans: Path) -> None:
    import json

    document = json.loads(cli(["export", str(plans), "-f", "json"]).stdout)
    assert document["version"] == 1
    assert len(document["measures"]) == 50
    assert document["plan"]["period"] == {"start": "2025-01-01", "end": "2027-12-31"}


def _edited_sheet(plans: Path, tmp_path: Path, edits: dict[str, dict[str, str]]) -> Path:
    exported = cli(["export", str(plans), *TODAY, "-f", "csv"]).stdout_bytes
    rows = list(csv.reader(io.StringIO(exported.decode("utf-8-sig")), delimiter=";"))
    header = rows[0]
    for row in rows[1:]:
        for column, value in edits.get(row[0], {}).items():
            row[header.index(column)] = value
    sheet = tmp_path / "rueckmeldung.csv"
    with sheet.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)
    return sheet


def test_import_round_trip_changes_only_the_edited_values(plans: Path, tmp_path: Path) -> None:
    before = snapshot(plans)
    sheet = _edited_sheet(
        plans,
        tmp_path,
        {
            "M-JUG-04": {
                "Status": "Abgeschlossen",
                "Geprüft am": "25.11.2026",
                "Stand": "Beschlossen.",
            },
            "M-MOB-04": {"Frist": "2027-01-31"},
        },
    )
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    assert result.exit_code == 0, result.output
    assert "M-JUG-04: Status: In Umsetzung → Abgeschlossen" in result.stdout
    after = snapshot(plans)
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"handlungsfelder/jugend.yaml", "handlungsfelder/mobilitaet.yaml"}
    for name in changed:
        old, new = before[name].decode(), after[name].decode()
        assert not comments(old) - comments(new)
        removed = [
            line
            for line in difflib.ndiff(old.splitlines(), new.splitlines())
            if line.startswith(("- ", "+ "))
        ]
        keys = {line[2:].strip().split(":")[0] for line in removed if ":" in line[2:]}
        assert keys <= {"status", "updated", "due", "note"}, removed
    assert "status: done" in after["handlungsfelder/jugend.yaml"].decode()
    assert "due: 2027-01-31" in after["handlungsfelder/mobilitaet.yaml"].decode()


def test_one_bad_row_changes_no_file(plans: Path, tmp_path: Path) -> None:
    before = snapshot(plans)
    sheet = _edited_sheet(
        plans,
        tmp_path,
        {
            "M-JUG-04": {"Status": "Abgeschlossen"},
            "M-MOB-04": {"Frist": "31.02.2027"},
            "M-ALT-01": {"Status": "irgendwie"},
        },
    )
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    assert result.exit_code == 1
    assert "Zeile" in result.stderr
    assert "31.02.2027" in result.stderr
    assert "irgendwie" in result.stderr
    assert snapshot(plans) == before


def test_dry_run_writes_nothing(plans: Path, tmp_path: Path) -> None:
    before = snapshot(plans)
    sheet = _edited_sheet(plans, tmp_path, {"M-JUG-04": {"Status": "done"}})
    result = cli(["import-status", str(sheet), str(plans), *TODAY, "--dry-run"])
    assert result.exit_code == 0
    assert "M-JUG-04" in result.stdout
    assert snapshot(plans) == before


def test_import_from_xlsx(plans: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "plan.xlsx"
    cli(["export", str(plans), *TODAY, "-f", "xlsx", "-o", str(out)])
    book = load_workbook(out)
    sheet = book.worksheets[0]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "M-ALT-03":
            row[10].value = "In Umsetzung"
    book.save(out)
    result = cli(["import-status", str(out), str(plans), *TODAY])
    assert result.exit_code == 0, result.output
    assert "M-ALT-03: Status: Geplant → In Umsetzung" in result.stdout


def test_quotes_in_notes_survive_an_unchanged_round_trip(plans: Path, tmp_path: Path) -> None:
    path = plans / "handlungsfelder" / "begegnung.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "Ausstattung (Pavillon", 'Ausstattung ("Pavillon"'
    )
    path.write_text(text, encoding="utf-8")
    sheet = _edited_sheet(plans, tmp_path, {})
    result = cli(["import-status", str(sheet), str(plans), *TODAY, "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_windows_1252_csv_from_excel_is_read(plans: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "excel.csv"
    sheet.write_bytes(
        "ID;Status;Stand\r\nM-ALT-03;In Umsetzung;Geräte bestellt\r\n".encode("cp1252")
    )
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    assert result.exit_code == 0, result.output
    text = (plans / "handlungsfelder" / "wohnen-alter.yaml").read_text(encoding="utf-8")
    assert "Geräte bestellt" in text
    assert "updated: 2026-11-25" in text  # a status report counts as a review


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"PK\x03\x04 kaputt", 2),
        (b"ID;Status\nM-BEG-04;done\nM-BEG-04;dropped\n", 1),
        (b"ID;Verantwortlich (ID)\nM-BEG-04;sozialplannung\n", 1),
    ],
)
def test_bad_sheets_change_nothing(plans: Path, tmp_path: Path, content: bytes, code: int) -> None:
    before = snapshot(plans)
    sheet = tmp_path / ("kaputt.xlsx" if content.startswith(b"PK") else "zeilen.csv")
    sheet.write_bytes(content)
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert snapshot(plans) == before


def test_formulas_in_plan_text_stay_text(plans: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    assert (
        cli(
            [
                "new",
                "measure",
                "-p",
                str(plans),
                "--field",
                "HF-JUG",
                "--title",
                '=HYPERLINK("http://x","klick")',
            ],
        ).exit_code
        == 0
    )
    csv_text = cli(["export", str(plans), *TODAY]).stdout
    assert ";\"'=HYPERLINK" in csv_text
    out = tmp_path / "plan.xlsx"
    cli(["export", str(plans), *TODAY, "-f", "xlsx", "-o", str(out)])
    cell = next(
        row[1] for row in load_workbook(out).worksheets[0].iter_rows() if row[0].value == "M-JUG-10"
    )
    assert cell.data_type == "s"


def test_export_refuses_a_plan_with_errors(plans: Path) -> None:
    (plans / "kaputt.yaml").write_text("measures: [\n")
    result = cli(["export", str(plans), *TODAY])
    assert result.exit_code == 1
    assert result.stdout == ""


def test_init_on_a_file_is_a_usage_error(plans: Path) -> None:
    result = cli(["init", str(plans / "plan.yaml")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_list_names_typos_and_takes_german_status_words(plans: Path) -> None:
    typo = cli(["list", str(plans), "--owner", "sozialplannung"])
    assert typo.exit_code == 2
    assert "sozialplanung" in typo.stderr
    german = cli(["list", str(plans), "--status", "Zurückgestellt", "-f", "json"])
    assert german.exit_code == 0, german.output
    assert "M-BEG-06" in german.stdout
