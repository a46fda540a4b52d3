"""`werkplan export`: ODS as a valid OpenDocument package, ICS as two parsers read it, and no
plan text (control characters, line breaks) that breaks a format."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from conftest import TODAY, run_check
from helpers import cli

from werkplan import findings
from werkplan.exports import EXPORTS, ExportContext
from werkplan.model import Measure

DAY = ["--today", "2026-11-25"]
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def export(plans: Path, fmt: str, *extra: str) -> bytes:
    result = cli(["export", str(plans), *DAY, "-f", fmt, *extra])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def test_ods_is_an_opendocument_package(plans: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.ods"
    assert cli(["export", str(plans), *DAY, "-f", "ods", "-o", str(out)]).exit_code == 0
    data = out.read_bytes()
    # The mimetype is the first entry, stored, so the format shows in the first bytes.
    assert data[30:38] == b"mimetype"
    assert data[38:84] == b"application/vnd.oasis.opendocument.spreadsheet"
    archive = zipfile.ZipFile(out)
    assert archive.infolist()[0].compress_type == zipfile.ZIP_STORED
    manifest = ET.fromstring(archive.read("META-INF/manifest.xml"))
    listed = {
        e.get("{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}full-path", "") for e in manifest
    }
    assert listed == {"/", "content.xml", "styles.xml", "meta.xml", "settings.xml"}
    for name in listed - {"/"}:
        ET.fromstring(archive.read(name))  # each part is well-formed XML
    rows = ET.fromstring(archive.read("content.xml")).iter(f"{TABLE}table-row")
    header, first = next(rows), next(rows)
    cells = list(first)
    names = ["".join(cell.itertext()) for cell in header]
    assert len(names) == len(cells) == 28  # 27 columns of every plan and its attribute
    assert names[-2] == "Priorität"
    assert cells[0].get(f"{OFFICE}value-type") == "string"  # ids are text
    due = cells[names.index("Frist")]
    assert due.get(f"{OFFICE}value-type") == "date"
    assert due.get(f"{OFFICE}date-value") == "2025-09-30"
    assert export(plans, "ods") == data  # the same plan and day give the same bytes


def test_ods_export_reads_back_unchanged(plans: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.ods"
    out.write_bytes(export(plans, "ods"))
    result = cli(["import-status", str(out), str(plans), *DAY])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "Keine Änderungen" in result.stderr


HIDDEN = "Sprech\x01tage\x1b[31m rot\u202e und\x00 mehr"


@pytest.mark.parametrize("fmt", sorted(EXPORTS))
def test_control_characters_in_plan_text_break_no_format(plans: Path, fmt: str) -> None:
    """Whatever `check` lets through, every export writes a valid file."""
    plan = run_check(plans, TODAY).plan
    measures = [
        dataclasses.replace(m, title=HIDDEN, note=f"Erste\nZweite {HIDDEN}")
        for m in plan.measures
        if isinstance(m, Measure)
    ]
    data = EXPORTS[fmt](ExportContext(plan, measures, TODAY, "de"))
    texts = [data]
    if data.startswith(b"PK"):  # a zip: look at what it holds
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            texts = [archive.read(name) for name in archive.namelist()]
    assert not any(b"\x01" in text or b"\x1b" in text for text in texts)
    assert any(b"\\u001b[31m" in text for text in texts)
    if fmt == "xlsx":
        from openpyxl import load_workbook

        out = plans / "plan.xlsx"
        out.write_bytes(data)
        title = load_workbook(out).worksheets[0]["B2"].value
        assert title == "Sprech\\u0001tage\\u001b[31m rot\\u202e und\\u0000 mehr"


TWO_LINE_TITLE = "title: |-\n    Werkstattplan Demografie\n    Fortschreibung 2025–2027"


def test_a_two_line_plan_title_makes_a_one_line_calendar_name(plans: Path) -> None:
    from icalendar import Calendar

    path = plans / "plan.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("title: Werkstattplan Demografie – Fortschreibung 2025–2027", TWO_LINE_TITLE),
        encoding="utf-8",
    )
    calendar = Calendar.from_ical(export(plans, "ics"))
    assert str(calendar["x-wr-calname"]) == "Werkstattplan Demografie Fortschreibung 2025–2027"


def uids(plans: Path) -> dict[str, str]:
    from icalendar import Calendar

    calendar = Calendar.from_ical(export(plans, "ics"))
    return {str(e["uid"]): str(e["summary"]) for e in calendar.walk("VEVENT")}


def edit_plan(plans: Path, old: str, new: str) -> None:
    path = plans / "plan.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_uids_survive_a_new_title_and_follow_the_plan_id(plans: Path) -> None:
    edit_plan(plans, "  id: lro-werkstattplan-demografie\n", "")
    first = uids(plans)
    edit_plan(
        plans,
        "title: Werkstattplan Demografie – Fortschreibung 2025–2027",
        "title: Werkstattplan 2028",
    )
    assert uids(plans).keys() == first.keys()
    edit_plan(
        plans,
        "organisation: Landkreis Rostock – Sozialamt, Sozialplanung",
        "organisation: Landkreis Rostock",
    )
    by_organisation = uids(plans)
    assert not by_organisation.keys() & first.keys()
    edit_plan(plans, "plan:\n", "plan:\n  id: lk-rostock-demografie\n")
    by_id = uids(plans)
    edit_plan(
        plans, "organisation: Landkreis Rostock", "organisation: Landkreis Rostock, Sozialamt"
    )
    assert uids(plans).keys() == by_id.keys()
    assert not by_id.keys() & by_organisation.keys()


def test_done_and_dropped_measures_are_no_open_deadlines(plans: Path) -> None:
    plan = run_check(plans, TODAY).plan
    closed = {m.id for m in plan.measures if m.status in ("done", "dropped", "merged")}
    proposed = {m.id for m in plan.measures if m.status == "proposed"}
    open_with_due = {
        m.id for m in plan.measures if findings.deadline(m, plan) and m.id not in closed | proposed
    }
    assert closed
    assert proposed
    assert "M-BEG-09" in open_with_due  # its deadline is the end of its horizon
    # milestones have entries of their own (test_export_columns.py)
    summaries = [s for s in uids(plans).values() if not s.startswith("Meilenstein: ")]
    shown = {s.split()[1] for s in summaries if s.startswith("Frist: ")}
    assert shown == open_with_due
    assert len(summaries) == len(open_with_due) + len([e for e in plan.events if e.date])


def test_the_description_names_the_responsible_body(plans: Path) -> None:
    from icalendar import Calendar

    calendar = Calendar.from_ical(export(plans, "ics"))
    event = next(e for e in calendar.walk("VEVENT") if "M-BEG-06" in str(e["summary"]))
    description = str(event["description"]).splitlines()
    assert description[0] == "Verantwortlich: Amt für Kreisentwicklung"
    assert description[1] == "Status: Zurückgestellt"
    assert description[2].startswith("Stand: ")


def test_a_second_independent_parser_reads_the_same_calendar(plans: Path) -> None:
    import vobject
    from icalendar import Calendar

    data = export(plans, "ics")
    parsed = vobject.readOne(data.decode("utf-8"))
    theirs = {
        (
            str(e.uid.value),
            str(e.summary.value),
            e.dtstart.value,
            str(e.description.value) if hasattr(e, "description") else "",
        )
        for e in parsed.vevent_list
    }
    ours = {
        (str(e["uid"]), str(e["summary"]), e.decoded("dtstart"), str(e.get("description", "")))
        for e in Calendar.from_ical(data).walk("VEVENT")
    }
    assert theirs == ours
    assert all(isinstance(start, dt.date) for _, _, start, _ in theirs)
