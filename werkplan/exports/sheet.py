"""Spreadsheets: CSV that German Excel opens by double-click, and XLSX with filters.

Both write a `Table`: the measures (`export`) or the indicator values (`export --indicators`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from werkplan import i18n
from werkplan.exports.cells import guard_formula
from werkplan.exports.indicator_values import value_table
from werkplan.exports.rows import Amount, Cell, ExportContext, Table, measure_table


def table_of(context: ExportContext) -> Table:
    return value_table(context) if context.table == "values" else measure_table(context)


def to_csv(context: ExportContext) -> bytes:
    """UTF-8 with byte-order mark and ';': what Excel in a German locale expects."""
    table = table_of(context)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([column.header(context.language) for column in table.columns])
    for row in table.rows:
        writer.writerow([_text(row[column.key], context.language) for column in table.columns])
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def _text(value: Cell, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return i18n.format_date(value, language)
    if isinstance(value, Amount):
        value = value.value
    if isinstance(value, int | float):
        return plain_number(value, language)
    # An apostrophe keeps plan text from running as a formula; import-status removes it.
    return guard_formula(str(value))


def plain_number(value: float, language: str) -> str:
    """A number as a spreadsheet in that language reads it: no thousands separator, a
    decimal comma in German ('1,5'), a point in English."""
    text = str(value)
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    return text.replace(".", ",") if language == "de" else text


def euro_format(value: float, language: str) -> str:
    """The XLSX number format of an amount: Excel stores it in English notation and shows it
    in the reader's locale, e.g. `1.100.000 €` in German; cents only where there are any."""
    number = "#,##0" if float(value).is_integer() else "#,##0.00"
    return f'{number} "€"' if language == "de" else f'"€"{number}'


def to_xlsx(context: ExportContext) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    table = table_of(context)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = table.sheet
    sheet.append([column.header(context.language) for column in table.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.data_type = "s"  # a header is text, also when a plan's label looks like a number
    date_format = "DD.MM.YYYY" if context.language == "de" else "YYYY-MM-DD"
    for row in table.rows:
        values = [row[column.key] for column in table.columns]
        sheet.append([v.value if isinstance(v, Amount) else v for v in values])
        for cell, value in zip(sheet[sheet.max_row], values, strict=True):
            if isinstance(value, Amount):
                cell.number_format = euro_format(value.value, context.language)
            elif isinstance(value, dt.date):
                cell.number_format = date_format
            elif isinstance(value, str):
                cell.data_type = "s"  # text stays text, even when it starts with "="
    sheet.freeze_panes = "B2"  # keep the header row and the id column in view
    sheet.auto_filter.ref = sheet.dimensions
    for index, column in enumerate(table.columns, start=1):
        width = WIDTHS.get(column.key, 16)
        sheet.column_dimensions[get_column_letter(index)].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# Column widths in characters (XLSX); the ODS export converts them to centimetres.
WIDTHS = {
    "id": 12,
    "title": 48,
    "field": 28,
    "owner_name": 32,
    "note": 80,
    "partners": 32,
    "supporters": 32,
    "indicator_title": 40,
    "source": 28,
    "value_note": 40,
}
