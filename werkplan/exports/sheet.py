"""Spreadsheets: CSV that German Excel opens by double-click, and XLSX with filters."""

from __future__ import annotations

import csv
import datetime as dt
import io

from werkplan import i18n
from werkplan.exports.cells import guard_formula
from werkplan.exports.rows import COLUMNS, Cell, ExportContext, measure_row


def to_csv(context: ExportContext) -> bytes:
    """UTF-8 with byte-order mark and ';': what Excel in a German locale expects."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([column.header(context.language) for column in COLUMNS])
    for measure in context.measures:
        row = measure_row(context, measure)
        writer.writerow([_text(row[column.key], context.language) for column in COLUMNS])
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def _text(value: Cell, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return i18n.format_date(value, language)
    # An apostrophe keeps plan text from running as a formula; import-status removes it.
    return guard_formula(str(value))


def to_xlsx(context: ExportContext) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Maßnahmen" if context.language == "de" else "Measures"
    sheet.append([column.header(context.language) for column in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    date_format = "DD.MM.YYYY" if context.language == "de" else "YYYY-MM-DD"
    for measure in context.measures:
        row = measure_row(context, measure)
        sheet.append([row[column.key] for column in COLUMNS])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, dt.date):
                cell.number_format = date_format
            elif isinstance(cell.value, str):
                cell.data_type = "s"  # text stays text, even when it starts with "="
    sheet.freeze_panes = "B2"  # keep the header row and the id column in view
    sheet.auto_filter.ref = sheet.dimensions
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(column.key, 16)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


_WIDTHS = {"id": 12, "title": 48, "field": 28, "owner_name": 32, "note": 80, "partners": 32}
