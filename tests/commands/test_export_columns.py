"""`werkplan export`: the columns of the richer format in every sheet format, amounts as
euro numbers, the calendar's milestones, and the long table of indicator values."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from export_plan import write_rich_plan
from helpers import cli

TODAY = ["--today", "2026-11-25"]
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"

NEW_COLUMNS = [
    "Nr.",
    "Art",
    "Übergeordnete Maßnahme (ID)",
    "Mögliche Unterstützer",
    "Zeithorizont",
    "Einschätzung",
    "Umsetzungsgrad (%)",
    "Zusammengeführt in (ID)",
    "Kosten gesamt",
    "Kosten pro Jahr",
    "Personal (VZÄ)",
    "Förderung gesichert",
    "Förderung geplant/beantragt",
]
OLD_COLUMNS = [
    "ID",
    "Maßnahme",
    "Handlungsfeld",
    "Ziele",
    "Verantwortlich (ID)",
    "Verantwortlich",
    "Beteiligte",
    "Regionen",
    "Beginn",
    "Frist",
    "Status",
    "Geprüft am",
    "Tage überfällig",
]
ATTRIBUTES = ["Priorität", "CO2-Minderung", "Förderfähig", "Beschlussdatum", "Art (art)"]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return write_rich_plan(tmp_path)


def export(plan: Path, fmt: str, *extra: str) -> bytes:
    result = cli(["export", str(plan), *TODAY, "-f", fmt, *extra])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def csv_table(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_the_columns_keep_the_old_places_and_add_the_new_ones(plan: Path) -> None:
    header = next(csv.reader(io.StringIO(export(plan, "csv").decode("utf-8-sig")), delimiter=";"))
    # A label that is also a fixed header gets the attribute's id: no two columns alike.
    assert header == [*OLD_COLUMNS, *NEW_COLUMNS, *ATTRIBUTES, "Stand"]
    english = export(plan, "csv", "--lang", "en").decode("utf-8-sig").splitlines()[0]
    assert english.startswith("ID;Measure;Field of action;")
    assert ";Priority;CO2-Minderung;" in english


def test_csv_cells_of_the_new_columns(plan: Path) -> None:
    rows = {row["ID"]: row for row in csv_table(export(plan, "csv"))}
    first = rows["M-1"]
    assert first["Nr."] == "Ü1"
    assert first["Verantwortlich (ID)"] == "amt, beirat"
    assert first["Mögliche Unterstützer"] == "Heimatverein"
    assert first["Frist"] == "4. Quartal 2026"  # as written, not a day
    assert first["Einschätzung"] == "Im Plan"
    assert first["Umsetzungsgrad (%)"] == "50"  # derived: one of two milestones reached
    assert first["Kosten gesamt"] == "400000"  # a number German Excel reads, no "€"
    assert first["Personal (VZÄ)"] == "1,5"
    assert first["Förderung gesichert"] == "100000"
    assert first["Förderung geplant/beantragt"] == "50000"
    assert (first["Priorität"], first["CO2-Minderung"], first["Förderfähig"]) == (
        "mittel",
        "12,5",
        "ja",
    )
    assert first["Beschlussdatum"] == "13.03.2025"
    assert first["Art (art)"] == "Bau"
    assert first["Art"] == "Maßnahme"
    project = rows["M-2"]
    assert (project["Art"], project["Übergeordnete Maßnahme (ID)"]) == ("Kleinprojekt", "M-1")
    assert project["Status"] == "Nicht begonnen"  # the plan's own label
    assert project["Förderung gesichert"] == ""  # no funding: empty, not 0
    assert rows["M-3"]["Zeithorizont"] == "kurzfristig"


def test_xlsx_amounts_are_euro_numbers_and_dates_are_dates(plan: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from openpyxl.cell.cell import Cell

    out = tmp_path / "plan.xlsx"
    out.write_bytes(export(plan, "xlsx"))
    sheet = load_workbook(out).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, sheet[2], strict=True))
    total = row["Kosten gesamt"]
    assert (total.value, total.data_type) == (400000, "n")
    assert total.number_format == '#,##0 "€"'  # shown as 400.000 € in a German Excel
    assert row["Förderung gesichert"].number_format == '#,##0 "€"'
    assert row["Umsetzungsgrad (%)"].value == 50
    assert row["Personal (VZÄ)"].value == 1.5
    assert row["CO2-Minderung"].value == 12.5
    decision_cell = row["Beschlussdatum"]
    assert isinstance(decision_cell, Cell)
    assert decision_cell.is_date
    decided = decision_cell.value
    assert isinstance(decided, dt.datetime)
    assert decided.date() == dt.date(2025, 3, 13)
    assert row["Frist"].value == "4. Quartal 2026"
    assert row["Priorität"].value == "mittel"
    english = tmp_path / "plan-en.xlsx"
    english.write_bytes(export(plan, "xlsx", "--lang", "en"))
    sheet = load_workbook(english).worksheets[0]
    column = [cell.value for cell in sheet[1]].index("Total costs")
    assert sheet.cell(2, column + 1).number_format == '"€"#,##0'


def test_ods_amounts_are_currency_cells(plan: Path) -> None:
    archive = zipfile.ZipFile(io.BytesIO(export(plan, "ods")))
    content = ET.fromstring(archive.read("content.xml"))
    rows = list(content.iter(f"{TABLE}table-row"))
    header = ["".join(cell.itertext()) for cell in rows[0]]
    cells = list(rows[1])
    total = cells[header.index("Kosten gesamt")]
    assert total.get(f"{OFFICE}value-type") == "currency"
    assert total.get(f"{OFFICE}currency") == "EUR"
    assert total.get(f"{OFFICE}value") == "400000"
    assert "".join(total.itertext()) == "400.000 €"
    staff = cells[header.index("Personal (VZÄ)")]
    assert (staff.get(f"{OFFICE}value-type"), staff.get(f"{OFFICE}value")) == ("float", "1.5")
    styles = archive.read("content.xml").decode()
    assert '<number:currency-style style:name="euro-format"' in styles


def test_json_measures_carry_what_werkplan_derives(plan: Path) -> None:
    document = json.loads(export(plan, "json"))
    first = next(m for m in document["measures"] if m["id"] == "M-1")
    assert first["derived"] == {
        "progress": 50,
        "total_cost": 400000,
        "funding_secured": 100000,
        "funding_pending": 50000,
        "deadline": "2026-12-31",
        "overdue_days": 0,
    }
    assert first["attributes"] == {
        "prioritaet": "2",
        "co2_t": 12.5,
        "foerderfaehig": True,
        "beschluss": "2025-03-13",
        "art": "Bau",
    }
    assert first["due"] == "2026-Q4"


def test_the_calendar_has_open_milestones_on_their_last_day(plan: Path) -> None:
    from icalendar import Calendar

    calendar = Calendar.from_ical(export(plan, "ics"))
    entries = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    milestone = entries["Meilenstein: Erster Treffpunkt offen (M-1 Ü1 Treffpunkte in den Dörfern)"]
    assert milestone.decoded("dtstart") == dt.date(2026, 9, 30)  # `due: 2026-09`: its last day
    assert "Verantwortlich: Sozialamt, Seniorenbeirat" in str(milestone["description"])
    assert entries["Frist: M-1 Ü1 Treffpunkte in den Dörfern"].decoded("dtstart") == dt.date(
        2026, 12, 31
    )
    assert not any("Konzept" in s for s in entries)  # reached: no open date
    assert not any("M-3" in s for s in entries)  # a proposal has no deadline yet
    uids = [str(e["uid"]) for e in calendar.walk("VEVENT")]
    assert len(set(uids)) == len(uids)


def test_milestones_of_a_closed_measure_leave_the_calendar(plan: Path) -> None:
    path = plan / "massnahmen.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("status: in_progress", "status: done"),
        encoding="utf-8",
    )
    summaries = export(plan, "ics").decode()
    assert "Meilenstein" not in summaries
    assert "M-2" in summaries  # the project under it has its own deadline


# --- the long table of indicator values -----------------------------------------------------

VALUE_HEADER = [
    "Kennzahl (ID)",
    "Kennzahl",
    "Zeitpunkt",
    "Region (ID)",
    "Region",
    "Wert",
    "Einheit",
    "Quelle",
    "Anmerkung",
]


def test_indicator_values_as_csv(plan: Path) -> None:
    data = export(plan, "csv", "--indicators")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == VALUE_HEADER
    assert rows[1:] == [
        ["K-1", "Offene Begegnungsorte", "2025", "", "", "7", "Orte", "", ""],
        ["K-1", "Offene Begegnungsorte", "2025", "nord", "Nord-Ost", "3", "Orte", "", ""],
        ["K-2", "Anteil der Menschen ab 65", "2023", "", "", "28,4", "%", "Beispielwerte", ""],
        [
            "K-2",
            "Anteil der Menschen ab 65",
            "2024",
            "",
            "",
            "28,9",
            "%",
            "Beispielwerte",
            "vorläufig",
        ],
    ]


def test_indicator_values_as_xlsx_ods_and_json(plan: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "werte.xlsx"
    out.write_bytes(export(plan, "xlsx", "--indicators"))
    sheet = load_workbook(out).worksheets[0]
    assert sheet.title == "Kennzahlen"
    assert [c.value for c in sheet[1]] == VALUE_HEADER
    assert [c.value for c in sheet[4]][:6] == [
        "K-2",
        "Anteil der Menschen ab 65",
        "2023",
        None,
        None,
        28.4,
    ]
    assert sheet["F4"].data_type == "n"
    content = ET.fromstring(
        zipfile.ZipFile(io.BytesIO(export(plan, "ods", "--indicators"))).read("content.xml")
    )
    value = list(list(content.iter(f"{TABLE}table-row"))[3])[5]
    assert (value.get(f"{OFFICE}value-type"), value.get(f"{OFFICE}value")) == ("float", "28.4")
    document = json.loads(export(plan, "json", "--indicators"))
    assert document["version"] == 1
    assert document["values"][1] == {
        "indicator": "K-1",
        "title": "Offene Begegnungsorte",
        "date": "2025",
        "region": "nord",
        "region_name": "Nord-Ost",
        "value": 3,
        "unit": "Orte",
        "source": None,
        "note": None,
    }


def test_a_day_is_a_date_cell_and_a_quarter_is_written_in_words(plan: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = plan / "werte" / "k-2.csv"
    path.write_bytes(path.read_bytes() + b"2025-06-30;29,1;;\r\n2025-Q4;29,3;;\r\n")
    out = tmp_path / "werte.xlsx"
    out.write_bytes(export(plan, "xlsx", "--indicators"))
    dates = [
        row[2] for row in load_workbook(out).worksheets[0].iter_rows(min_row=2, values_only=True)
    ]
    assert dates[-2:] == [dt.datetime(2025, 6, 30), "4. Quartal 2025"]  # as measures have it


def test_public_indicator_values_leave_out_internal_indicators(plan: Path) -> None:
    path = plan / "kennzahlen.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "    values_file: werte/k-2.csv\n",
            "    values_file: werte/k-2.csv\n    visibility: internal\n",
        ),
        encoding="utf-8",
    )
    ids = {
        row["Kennzahl (ID)"] for row in csv_table(export(plan, "csv", "--indicators", "--public"))
    }
    assert ids == {"K-1"}


def test_indicator_values_have_no_calendar(plan: Path) -> None:
    result = cli(["export", str(plan), *TODAY, "-f", "ics", "--indicators"])
    assert result.exit_code == 2
    assert "--format csv, xlsx, ods oder json" in result.stderr
