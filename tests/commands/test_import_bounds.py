"""`import-status` on prepared and oversized sheets: bounded memory and time, clear refusals.

The files are built here with zipfile, byte by byte as an attacker or an unlucky program
would write them.
"""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from helpers import cli

import werkplan.imports.xlsx_rows  # noqa: F401  (openpyxl loaded before memory is measured)
from werkplan.imports import MAX_COLUMNS, MAX_ROWS, SheetRow, bounds, read_sheet

TODAY = ["--today", "2026-11-25"]

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_ODS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def rows_xml(rows: list[list[str]], first: int = 1) -> str:
    return "".join(
        f'<row r="{number}">'
        + "".join(cell(f"{chr(65 + i)}{number}", text) for i, text in enumerate(row))
        + "</row>"
        for number, row in enumerate(rows, start=first)
    )


_CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_PACKAGE = (
    f'<Relationships xmlns="{_PACKAGE_RELS}"><Relationship Id="rId1" '
    f'Type="{_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)


def xlsx(
    path: Path,
    sheet_data: str,
    dimension: str = "A1:B3",
    prolog: str = "",
    shared_strings: bytes | None = None,
) -> Path:
    workbook = (
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_RELS}"><sheets>'
        '<sheet name="Maßnahmen" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    shared = f'<Relationship Id="rId2" Type="{_RELS}/sharedStrings" Target="sharedStrings.xml"/>'
    relations = (
        f'<Relationships xmlns="{_PACKAGE_RELS}">'
        f'<Relationship Id="rId1" Type="{_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
        f"{shared if shared_strings is not None else ''}</Relationships>"
    )
    sheet = (
        f'{prolog}<worksheet xmlns="{_MAIN}"><dimension ref="{dimension}"/>'
        f"<sheetData>{sheet_data}</sheetData></worksheet>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _PACKAGE)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", relations)
        if shared_strings is not None:
            archive.writestr("xl/sharedStrings.xml", shared_strings)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def ods(path: Path, table: str, prolog: str = "") -> Path:
    content = (
        f"{prolog}<office:document-content {_ODS}><office:body><office:spreadsheet>"
        f'<table:table table:name="M">{table}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("content.xml", content)
    return path


def ods_row(*texts: str, repeat: int = 1) -> str:
    cells = "".join(
        f'<table:table-cell office:value-type="string"><text:p>{t}</text:p></table:table-cell>'
        for t in texts
    )
    return f'<table:table-row table:number-rows-repeated="{repeat}">{cells}</table:table-row>'


STATUS_ROWS = [["ID", "Status"], ["M-ALT-03", "In Umsetzung"], ["M-JUG-04", "Abgeschlossen"]]


def read_bounded(path: Path) -> tuple[list[SheetRow] | object, float, int]:
    """The rows, the CPU seconds and the peak bytes of Python memory it took to read them.
    CPU time, not wall time: a loaded CI machine must not turn a bound into a flaky test."""
    started = time.process_time()
    read_sheet(path)
    seconds = time.process_time() - started
    tracemalloc.start()
    try:
        return read_sheet(path), seconds, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow  # a large forged input
def test_a_forged_dimension_costs_nothing(tmp_path: Path) -> None:
    # openpyxl's read-only mode made each empty <row/> a tuple of 16,384 cells: 128 KiB each.
    empty_rows = "<row/>" * 90_000
    data = rows_xml(STATUS_ROWS) + empty_rows
    sheet = xlsx(tmp_path / "s.xlsx", data, dimension="A1:XFD1048576")
    assert sheet.stat().st_size < 5_000
    rows, seconds, peak = read_bounded(sheet)
    assert isinstance(rows, list)
    assert [row.cells for row in rows] == [
        {"id": "M-ALT-03", "status": "In Umsetzung"},
        {"id": "M-JUG-04", "status": "Abgeschlossen"},
    ]
    assert seconds < 1
    assert peak < 2_000_000


@pytest.mark.slow
def test_a_million_empty_rows_are_refused_at_the_row_limit(plans: Path, tmp_path: Path) -> None:
    data = rows_xml(STATUS_ROWS) + "<row/>" * 1_048_573
    sheet = xlsx(tmp_path / "s.xlsx", data, dimension="A1:XFD1048576")
    assert sheet.stat().st_size < 15_000
    rows, seconds, peak = read_bounded(sheet)
    assert not isinstance(rows, list)
    assert seconds < 5
    assert peak < 2_000_000
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    assert result.exit_code == 2
    assert f"reicht bis Zeile {MAX_ROWS + 1}" in result.stderr


def test_the_element_budget_stops_a_sheet_of_empty_cells(
    plans: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bounds, "MAX_XML_ELEMENTS", 10_000)
    data = rows_xml(STATUS_ROWS) + '<row r="4">' + "<c/>" * 20_000 + "</row>"
    sheet = xlsx(tmp_path / "s.xlsx", data)
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    assert result.exit_code == 2
    assert "mehr als 10000 XML-Elementen" in result.stderr
    content = ods_row("ID", "Status") + "<table:table-row>" + "<table:table-cell/>" * 20_000
    sheet = ods(tmp_path / "s.ods", content + "</table:table-row>")
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    assert result.exit_code == 2
    assert "mehr als 10000 XML-Elementen" in result.stderr


def test_an_under_reported_dimension_still_imports_every_row(plans: Path, tmp_path: Path) -> None:
    many = [["ID", "Status"]] + [[m, "Abgeschlossen"] for m in ("M-ALT-03", "M-JUG-04", "M-MOB-04")]
    sheet = xlsx(tmp_path / "s.xlsx", rows_xml(many), dimension="A1:B2")
    result = cli(["import-status", str(sheet), str(plans), *TODAY, "--dry-run"])
    assert result.exit_code == 0, result.output
    assert {line.split(":")[0] for line in result.stdout.splitlines()} == {
        "M-ALT-03",
        "M-JUG-04",
        "M-MOB-04",
    }


def test_rows_are_numbered_as_the_sheet_numbers_them(plans: Path, tmp_path: Path) -> None:
    header = rows_xml([["ID", "Status"]])
    far_down = rows_xml([["M-ALT-03", "irgendwie"]], first=5000)
    sheet = xlsx(tmp_path / "s.xlsx", header + far_down)
    rows, _, _ = read_bounded(sheet)
    assert isinstance(rows, list)
    assert [row.number for row in rows] == [5000]
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    assert result.exit_code == 1
    assert "Zeile 5000, Spalte B („Status“):" in result.stderr


def test_empty_styled_cells_far_right_are_ignored(tmp_path: Path) -> None:
    data = rows_xml(STATUS_ROWS).replace("</row>", '<c r="XFD1" s="1"/></row>', 1)
    rows, _, _ = read_bounded(xlsx(tmp_path / "s.xlsx", data))
    assert isinstance(rows, list)
    assert len(rows) == 2


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (f'<row r="{MAX_ROWS + 1}">{cell("A1", "x")}</row>', f"höchstens {MAX_ROWS} Zeilen"),
        (f'<row r="2">{cell("XFD2", "x")}</row>', f"höchstens {MAX_COLUMNS} Spalten"),
    ],
)
def test_values_beyond_the_limits_are_refused(
    plans: Path, tmp_path: Path, extra: str, words: str
) -> None:
    sheet = xlsx(tmp_path / "s.xlsx", rows_xml(STATUS_ROWS[:1]) + extra)
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    assert result.exit_code == 2
    assert words in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.slow
@pytest.mark.parametrize(
    ("body", "most_memory"),
    [
        (b"M-X;done\n" * 1_000_000, 64_000_000),  # the 100,000 rows before the limit
        (b"\n" * 20_000_000, 10_000_000),
        (b";" * 20_000_000, 10_000_000),
    ],
    ids=["a-million-rows", "empty-lines", "one-endless-line"],
)
def test_oversized_csv_is_refused_quickly(
    plans: Path, tmp_path: Path, body: bytes, most_memory: int
) -> None:
    sheet = tmp_path / "big.csv"
    sheet.write_bytes(b"ID;Status\n" + body)
    rows, seconds, peak = read_bounded(sheet)
    assert not isinstance(rows, list)
    assert seconds < 5
    assert peak < most_memory  # read in chunks: never the whole text, never a list per field
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1


def test_an_ods_with_libreoffice_padding_reads_fast(tmp_path: Path) -> None:
    padding = (
        '<table:table-row table:number-rows-repeated="1048572">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    )
    table = ods_row("ID", "Status") + ods_row("M-ALT-03", "Abgeschlossen") + padding
    rows, seconds, peak = read_bounded(ods(tmp_path / "s.ods", table))
    assert isinstance(rows, list)
    assert [row.cells for row in rows] == [{"id": "M-ALT-03", "status": "Abgeschlossen"}]
    assert seconds < 1
    assert peak < 2_000_000


@pytest.mark.slow
@pytest.mark.parametrize(
    "table",
    [
        ods_row("ID", "Status") + ods_row("M-ALT-03", "done", repeat=1_048_575),
        ods_row("ID", "Status")
        + '<table:table-row><table:table-cell table:number-columns-repeated="16384" '
        'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>',
        ods_row("ID", "Status")
        + '<table:table-row><table:table-cell><text:p><text:s text:c="999999999"/>'
        + '<text:s text:c="999999999"/>' * 100
        + "</text:p></table:table-cell></table:table-row>",
    ],
    ids=["repeated-rows", "repeated-cells", "repeated-spaces"],
)
def test_repeats_with_content_stop_at_the_limits(plans: Path, tmp_path: Path, table: str) -> None:
    sheet = ods(tmp_path / "s.ods", table)
    rows, seconds, peak = read_bounded(sheet)
    assert not isinstance(rows, list)
    assert seconds < 5
    assert peak < 100_000_000
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    assert result.exit_code == 2


ENTITY = '<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/hostname">]>'
SECRET_ROWS = [["ID", "Status"], ["M-ALT-03", "&secret;"]]


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_document_type_declarations_are_refused(plans: Path, tmp_path: Path, kind: str) -> None:
    if kind == "xlsx":
        sheet = xlsx(tmp_path / "s.xlsx", rows_xml(SECRET_ROWS), prolog=ENTITY)
    else:
        sheet = ods(tmp_path / "s.ods", "".join(ods_row(*r) for r in SECRET_ROWS), prolog=ENTITY)
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    assert result.exit_code == 2
    assert "lässt sich nicht als Tabelle lesen" in result.stderr
    hostname = Path("/etc/hostname")
    if hostname.is_file() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in result.output


@pytest.mark.slow  # a large forged input
def test_a_zip_bomb_is_refused_before_it_is_unpacked(plans: Path, tmp_path: Path) -> None:
    bomb = xlsx(tmp_path / "s.xlsx", rows_xml(STATUS_ROWS), shared_strings=b" " * (65 * 2**20))
    assert bomb.stat().st_size < 200_000
    rows, _, peak = read_bounded(bomb)
    assert not isinstance(rows, list)
    assert peak < 5_000_000
    result = cli(["import-status", str(bomb), str(plans), *TODAY])
    assert result.exit_code == 2
    assert "64 MiB" in result.stderr


def test_a_zip_with_thousands_of_parts_is_refused(plans: Path, tmp_path: Path) -> None:
    sheet = xlsx(tmp_path / "s.xlsx", rows_xml(STATUS_ROWS))
    with zipfile.ZipFile(sheet, "a") as archive:
        for number in range(1_001):
            archive.writestr(f"x/{number}", b"")
    result = cli(["import-status", str(sheet), str(plans), *TODAY])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
