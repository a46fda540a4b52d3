"""An OpenDocument spreadsheet (ODS) for LibreOffice and Collabora, written directly.

The same columns as the XLSX export: ids and all plan text as text cells (a spreadsheet never
turns `012` into 12 or `=…` into a formula), dates as real dates shown as TT.MM.JJJJ, amounts
as currency cells shown as `1.100.000 €`, a bold header row with filter buttons, and the
header row and id column kept in view. The file is the same for the same plan and day: fixed
time stamps, no generator date.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

from werkplan import i18n
from werkplan.exports.cells import column_letter
from werkplan.exports.rows import Amount, Cell, Column, ExportContext, Table
from werkplan.exports.sheet import table_of

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
_WIDTHS_CM = {
    "id": 2.5,
    "title": 10,
    "field": 6,
    "owner_name": 7,
    "note": 16,
    "partners": 7,
    "supporters": 7,
    "indicator_title": 8,
    "source": 6,
    "value_note": 8,
}
_SPACES = re.compile(r"  +")


def to_ods(context: ExportContext) -> bytes:
    table = table_of(context)
    sheet = table.sheet
    parts = {
        "content.xml": _content(context.language, table),
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


def _content(language: str, table: Table) -> str:
    sheet, columns_used, rows = table.sheet, table.columns, table.rows
    columns = "".join(
        f'<table:table-column table:style-name="co{index}"/>'
        for index, _ in enumerate(columns_used)
    )
    header = "".join(
        f'<table:table-cell table:style-name="header" office:value-type="string">'
        f"{_paragraph(column.header(language))}</table:table-cell>"
        for column in columns_used
    )
    body = "".join(
        "<table:table-row>"
        + "".join(_cell(row[c.key], language) for c in columns_used)
        + "</table:table-row>"
        for row in rows
    )
    last = f"{column_letter(len(columns_used))}{len(rows) + 1}"
    quoted = "'" + sheet.replace("'", "''") + "'"
    return (
        f"<office:document-content {_NAMESPACES}>"
        f"<office:automatic-styles>{_date_style(language)}{_euro_styles(language)}"
        f"{_column_styles(columns_used)}"
        '<style:style style:name="header" style:family="table-cell">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="date" style:family="table-cell" '
        'style:data-style-name="date-format"/>'
        '<style:style style:name="euro" style:family="table-cell" '
        'style:data-style-name="euro-format"/>'
        '<style:style style:name="euro-cents" style:family="table-cell" '
        'style:data-style-name="euro-cents-format"/>'
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
    if isinstance(value, Amount):
        cents = not float(value.value).is_integer()
        style = "euro-cents" if cents else "euro"
        return (
            f'<table:table-cell table:style-name="{style}" office:value-type="currency" '
            f'office:currency="EUR" office:value="{_number(value.value)}">'
            f"{_paragraph(i18n.format_amount(value.value, language))}</table:table-cell>"
        )
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{_number(value)}">'
            f"{_paragraph(_shown_number(value, language))}</table:table-cell>"
        )
    return f'<table:table-cell office:value-type="string">{_paragraph(value)}</table:table-cell>'


def _number(value: float) -> str:
    """The value as office:value writes it: a point, no exponent for everyday sizes."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _shown_number(value: float, language: str) -> str:
    text = _number(value)
    return text.replace(".", ",") if language == "de" else text


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


def _euro_styles(language: str) -> str:
    """Amounts as `1.100.000 €` (German) or `€1,100,000`, with cents where there are any."""
    country = (
        'number:language="de" number:country="DE"'
        if language == "de"
        else ('number:language="en" number:country="IE"')
    )
    styles = []
    for name, decimals in (("euro-format", 0), ("euro-cents-format", 2)):
        number = (
            f'<number:number number:decimal-places="{decimals}" '
            f'number:min-decimal-places="{decimals}" number:min-integer-digits="1" '
            'number:grouping="true"/>'
        )
        symbol = f"<number:currency-symbol {country}>€</number:currency-symbol>"
        parts = (
            f"{number}<number:text> </number:text>{symbol}"
            if language == "de"
            else (f"{symbol}{number}")
        )
        styles.append(
            f'<number:currency-style style:name="{name}" {country}>{parts}</number:currency-style>'
        )
    return "".join(styles)


def _column_styles(columns: tuple[Column, ...]) -> str:
    return "".join(
        f'<style:style style:name="co{index}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{_WIDTHS_CM.get(column.key, 4)}cm"/>'
        "</style:style>"
        for index, column in enumerate(columns)
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
