"""An OpenDocument spreadsheet (ODS) for LibreOffice and Collabora, written directly.

The same columns as the XLSX export: ids and all plan text as text cells (a spreadsheet never
turns `012` into 12 or `=…` into a formula), dates as real dates shown as TT.MM.JJJJ, a bold
header row with filter buttons, and the header row and id column kept in view. The file is
the same for the same plan and day: fixed time stamps, no generator date.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

from werkplan import i18n
from werkplan.exports.rows import COLUMNS, Cell, ExportContext, measure_row

_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'office:version="1.3"'
)
_MANIFEST = 'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
_WIDTHS_CM = {"id": 2.5, "title": 10, "field": 6, "owner_name": 7, "note": 16, "partners": 7}
_SPACES = re.compile(r"  +")


def to_ods(context: ExportContext) -> bytes:
    sheet = "Maßnahmen" if context.language == "de" else "Measures"
    rows = [measure_row(context, measure) for measure in context.measures]
    parts = {
        "content.xml": _content(context, sheet, rows),
        "styles.xml": f"<office:document-styles {_NAMESPACES}/>",
        "meta.xml": f"<office:document-meta {_NAMESPACES}><office:meta>"
        "<meta:generator>werkplan</meta:generator></office:meta></office:document-meta>",
        "settings.xml": _settings(sheet),
        "META-INF/manifest.xml": _manifest(),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # The mimetype comes first and uncompressed, so tools can tell the format from the bytes.
        archive.writestr(_entry("mimetype"), _MIMETYPE, compress_type=zipfile.ZIP_STORED)
        for name, xml in parts.items():
            data = '<?xml version="1.0" encoding="UTF-8"?>\n' + xml
            archive.writestr(_entry(name), data.encode(), compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _entry(name: str) -> zipfile.ZipInfo:
    return zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))


def _content(context: ExportContext, sheet: str, rows: list[dict[str, Cell]]) -> str:
    date_style = _date_style(context.language)
    columns = "".join(
        f'<table:table-column table:style-name="co-{column.key}"/>' for column in COLUMNS
    )
    header = "".join(
        f'<table:table-cell table:style-name="header" office:value-type="string">'
        f"{_paragraph(column.header(context.language))}</table:table-cell>"
        for column in COLUMNS
    )
    body = "".join(
        "<table:table-row>"
        + "".join(_cell(row[c.key], context.language) for c in COLUMNS)
        + "</table:table-row>"
        for row in rows
    )
    last = f"{_column_letter(len(COLUMNS))}{len(rows) + 1}"
    quoted = "'" + sheet.replace("'", "''") + "'"
    return (
        f"<office:document-content {_NAMESPACES}>"
        f"<office:automatic-styles>{date_style}{_column_styles()}"
        '<style:style style:name="header" style:family="table-cell">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="date" style:family="table-cell" '
        'style:data-style-name="date-format"/>'
        "</office:automatic-styles>"
        f"<office:body><office:spreadsheet><table:table table:name={quoteattr(sheet)}>"
        f"{columns}<table:table-header-rows><table:table-row>{header}</table:table-row>"
        f"</table:table-header-rows>{body}</table:table>"
        "<table:database-ranges><table:database-range "
        'table:name="__Anonymous_Sheet_DB__0" table:display-filter-buttons="true" '
        f'table:target-range-address="{quoted}.A1:{quoted}.{last}"/></table:database-ranges>'
        "</office:spreadsheet></office:body></office:document-content>"
    )


def _cell(value: Cell, language: str) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, dt.date):
        shown = i18n.format_date(value, language)
        return (
            '<table:table-cell table:style-name="date" office:value-type="date" '
            f'office:date-value="{value.isoformat()}">{_paragraph(shown)}</table:table-cell>'
        )
    if isinstance(value, int):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"{_paragraph(str(value))}</table:table-cell>"
        )
    return f'<table:table-cell office:value-type="string">{_paragraph(value)}</table:table-cell>'


def _paragraph(text: str) -> str:
    """A text:p; runs of spaces need text:s, since XML readers fold them into one."""
    escaped = escape(text)
    escaped = _SPACES.sub(lambda run: f' <text:s text:c="{len(run.group()) - 1}"/>', escaped)
    if escaped.startswith(" "):
        escaped = "<text:s/>" + escaped[1:]
    return f"<text:p>{escaped}</text:p>"


def _date_style(language: str) -> str:
    day = '<number:day number:style="long"/>'
    month = '<number:month number:style="long"/>'
    year = '<number:year number:style="long"/>'
    if language == "de":
        parts = f"{day}<number:text>.</number:text>{month}<number:text>.</number:text>{year}"
    else:
        parts = f"{year}<number:text>-</number:text>{month}<number:text>-</number:text>{day}"
    return f'<number:date-style style:name="date-format">{parts}</number:date-style>'


def _column_styles() -> str:
    return "".join(
        f'<style:style style:name="co-{column.key}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{_WIDTHS_CM.get(column.key, 4)}cm"/>'
        "</style:style>"
        for column in COLUMNS
    )


def _settings(sheet: str) -> str:
    """The view LibreOffice opens with: header row and id column frozen, like the XLSX."""
    items = {
        "HorizontalSplitMode": ("short", "2"),
        "VerticalSplitMode": ("short", "2"),
        "HorizontalSplitPosition": ("int", "1"),
        "VerticalSplitPosition": ("int", "1"),
        "ActiveSplitRange": ("short", "3"),
        "PositionLeft": ("int", "0"),
        "PositionRight": ("int", "1"),
        "PositionTop": ("int", "0"),
        "PositionBottom": ("int", "1"),
    }
    table = "".join(
        f'<config:config-item config:name="{name}" config:type="{kind}">{value}'
        "</config:config-item>"
        for name, (kind, value) in items.items()
    )
    return (
        f"<office:document-settings {_NAMESPACES}><office:settings>"
        '<config:config-item-set config:name="ooo:view-settings">'
        '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
        '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
        '<config:config-item-map-named config:name="Tables">'
        f"<config:config-item-map-entry config:name={quoteattr(sheet)}>{table}"
        "</config:config-item-map-entry></config:config-item-map-named>"
        '<config:config-item config:name="ActiveTable" config:type="string">'
        f"{escape(sheet)}</config:config-item>"
        "</config:config-item-map-entry></config:config-item-map-indexed>"
        "</config:config-item-set></office:settings></office:document-settings>"
    )


def _manifest() -> str:
    files = ("content.xml", "styles.xml", "meta.xml", "settings.xml")
    entries = "".join(
        f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="text/xml"/>'
        for name in files
    )
    return (
        f'<manifest:manifest {_MANIFEST} manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        f'manifest:media-type="{_MIMETYPE}"/>{entries}</manifest:manifest>'
    )


def _column_letter(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
