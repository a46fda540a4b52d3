"""The rows of the first sheet of an XLSX workbook, read as a stream.

openpyxl's read-only mode sizes its rows from the sheet's `<dimension>`, which a file can
forge (`A1:XFD1048576` pads every row to 16,384 cells and adds a million empty rows) or
under-report (rows after it are dropped). This reader never looks at `<dimension>`: it reads
`<row>` and `<c>` elements as they come and keeps only cells that hold a value.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Iterator
from typing import Any

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from werkplan.imports.bounds import (
    Package,
    RawRow,
    Uncomputed,
    check_cell_text,
    check_place,
    local,
    whole_number,
)

_WORKBOOK = "xl/workbook.xml"


def xlsx_rows(package: Package) -> Iterator[RawRow]:
    workbook = _Workbook()
    _run(package, _WORKBOOK, workbook)
    relations = _Relations()
    _run(package, "xl/_rels/workbook.xml.rels", relations)
    strings = _SharedStrings()
    shared = relations.target_of_type("sharedStrings")
    if shared and package.has(shared):
        _run(package, shared, strings)
    styles = _Styles()
    style_part = relations.target_of_type("styles")
    if style_part and package.has(style_part):
        _run(package, style_part, styles)
    sheet = relations.targets.get(workbook.first_sheet or "") or "xl/worksheets/sheet1.xml"
    cells = _Sheet(strings.values, styles.date_styles(), workbook.epoch)
    yield from package.rows(sheet, cells)


def _run(package: Package, part: str, handler: Any) -> None:
    for _ in package.rows(part, handler):
        pass


class _Parts:
    """Shared bookkeeping of the handlers: no rows, never done early."""

    def __init__(self) -> None:
        self.finished: list[RawRow] = []
        self.done = False

    def text(self, data: str) -> None:
        pass

    def end(self, name: str) -> None:
        pass


class _Workbook(_Parts):
    def __init__(self) -> None:
        super().__init__()
        self.first_sheet: str | None = None
        self.epoch = CALENDAR_WINDOWS_1900

    def start(self, name: str, attributes: dict[str, str]) -> None:
        tag = local(name)
        if tag == "sheet" and self.first_sheet is None:
            self.first_sheet = next(
                (value for key, value in attributes.items() if local(key) == "id"), None
            )
        elif tag == "workbookPr" and attributes.get("date1904") in ("1", "true"):
            self.epoch = CALENDAR_MAC_1904


class _Relations(_Parts):
    def __init__(self) -> None:
        super().__init__()
        self.targets: dict[str, str] = {}
        self.types: dict[str, str] = {}

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if local(name) != "Relationship" or "Target" not in attributes:
            return
        target = attributes["Target"]
        path = target[1:] if target.startswith("/") else posixpath.join("xl", target)
        self.targets[attributes.get("Id", "")] = posixpath.normpath(path)
        kind = attributes.get("Type", "").rpartition("/")[2]
        self.types.setdefault(kind, posixpath.normpath(path))

    def target_of_type(self, kind: str) -> str | None:
        return self.types.get(kind)


class _SharedStrings(_Parts):
    """`<si>` entries: the text of their `<t>` elements, without phonetic runs (`<rPh>`)."""

    def __init__(self) -> None:
        super().__init__()
        self.values: list[str] = []
        self.parts: list[str] = []
        self.in_text = False
        self.in_phonetic = False

    def start(self, name: str, attributes: dict[str, str]) -> None:
        tag = local(name)
        if tag == "si":
            self.parts = []
        elif tag == "rPh":
            self.in_phonetic = True
        elif tag == "t" and not self.in_phonetic:
            self.in_text = True

    def end(self, name: str) -> None:
        tag = local(name)
        if tag == "si":
            value = "".join(self.parts)
            check_cell_text(value)
            self.values.append(value)
        elif tag == "rPh":
            self.in_phonetic = False
        elif tag == "t":
            self.in_text = False

    def text(self, data: str) -> None:
        if self.in_text:
            self.parts.append(data)


class _Styles(_Parts):
    """Which cell styles show a number as a date: numFmtId of each `<xf>` in `<cellXfs>`."""

    def __init__(self) -> None:
        super().__init__()
        self.formats: dict[int, str] = dict(BUILTIN_FORMATS)
        self.cell_formats: list[int] = []
        self.in_cell_xfs = False

    def start(self, name: str, attributes: dict[str, str]) -> None:
        tag = local(name)
        if tag == "numFmt":
            number = whole_number(attributes.get("numFmtId"), 0)
            self.formats[number] = attributes.get("formatCode", "")
        elif tag == "cellXfs":
            self.in_cell_xfs = True
        elif tag == "xf" and self.in_cell_xfs:
            self.cell_formats.append(whole_number(attributes.get("numFmtId"), 0))

    def end(self, name: str) -> None:
        if local(name) == "cellXfs":
            self.in_cell_xfs = False

    def date_styles(self) -> frozenset[int]:
        return frozenset(
            index
            for index, number in enumerate(self.cell_formats)
            if is_date_format(self.formats.get(number, ""))
        )


class _Sheet(_Parts):
    def __init__(self, strings: list[str], dates: frozenset[int], epoch: dt.datetime) -> None:
        super().__init__()
        self.strings = strings
        self.dates = dates
        self.epoch = epoch
        self.row = 0
        self.column = 0
        self.cells: dict[int, Any] = {}
        self.kind = ""
        self.style = 0
        self.parts: list[str] = []
        self.formula: list[str] | None = None  # the text of the cell's `<f>`, if it has one
        self.in_formula = False
        self.capture = False
        self.in_phonetic = False

    def start(self, name: str, attributes: dict[str, str]) -> None:
        tag = local(name)
        if tag == "row":
            self.row = whole_number(attributes.get("r"), self.row + 1)
            check_place(self.row, 1)  # even an empty row: nothing beyond the limit is read
            self.column = 0
            self.cells = {}
        elif tag == "c":
            reference = attributes.get("r")
            self.column = _column(reference) if reference else self.column + 1
            self.kind = attributes.get("t", "n")
            self.style = whole_number(attributes.get("s"), 0)
            self.parts = []
            self.formula = None
        elif tag == "f":
            self.formula = []
            self.in_formula = True
        elif tag == "rPh":
            self.in_phonetic = True
        elif tag in ("v", "t") and not self.in_phonetic:
            self.capture = True

    def end(self, name: str) -> None:
        tag = local(name)
        if tag in ("v", "t"):
            self.capture = False
        elif tag == "f":
            self.in_formula = False
        elif tag == "rPh":
            self.in_phonetic = False
        elif tag == "c":
            value = self._value("".join(self.parts))
            if (value is None or value == "") and self.formula is not None:
                value = Uncomputed("".join(self.formula))  # reported, never dropped silently
            if value is not None and value != "":
                check_place(self.row, self.column)
                self.cells[self.column] = value
        elif tag == "row" and self.cells:
            self.finished.append((self.row, self.cells))
        elif tag == "sheetData":
            self.done = True

    def text(self, data: str) -> None:
        if self.in_formula and self.formula is not None and len(self.formula) < 64:
            self.formula.append(data[:200])  # enough to name the formula
        if self.capture:
            self.parts.append(data)
            if len(self.parts) > 64:  # keep a long text from piling up in pieces
                self.parts = ["".join(self.parts)]
                check_cell_text(self.parts[0])

    def _value(self, raw: str) -> Any:
        check_cell_text(raw)
        if self.kind == "s":
            return self.strings[whole_number(raw, 0)] if raw else None
        if self.kind in ("inlineStr", "str", "e"):
            return raw
        if self.kind == "b":
            return raw == "1"
        if self.kind == "d":
            return dt.datetime.fromisoformat(raw) if raw else None
        if not raw:
            return None
        number = float(raw)
        if self.style in self.dates:
            return from_excel(number, self.epoch)
        return int(number) if number.is_integer() and abs(number) < 1e15 else number


def _column(reference: str) -> int:
    """'AB12' → 28. Stops counting once past every column a sheet can have."""
    column = 0
    for char in reference:
        if "A" <= char <= "Z":
            column = column * 26 + ord(char) - 64
            if column > 1_000_000:
                break
        elif char.isdigit():
            break
        else:
            raise ValueError(f"not a cell reference: {reference[:20]!r}")
    return column
