"""The rows of the first table of an ODS file (OpenDocument spreadsheet), read as a stream.

LibreOffice writes the empty rest of a sheet as repeated rows and cells
(`table:number-rows-repeated="1048553"`): a repeat is expanded only when the row or cell holds
a value, and then only up to the limits, so an empty repeat costs nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from werkplan.imports.bounds import (
    Package,
    RawRow,
    Uncomputed,
    check_cell_text,
    check_place,
    whole_number,
)

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0 "
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0 "
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0 "
_CELLS = (_TABLE + "table-cell", _TABLE + "covered-table-cell")
_PARAGRAPHS = (_TEXT + "p", _TEXT + "h")
# Content of a cell that is not its text: comments, and shapes or frames anchored to it.
_NOT_TEXT = (_OFFICE + "annotation", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0 ")


def ods_rows(package: Package) -> Iterator[RawRow]:
    yield from package.rows("content.xml", _Table())


class _Table:
    def __init__(self) -> None:
        self.finished: list[RawRow] = []
        self.done = False
        self.in_table = False
        self.row = 0  # rows before the current one
        self.row_repeat = 1
        self.column = 0  # columns before the current cell
        self.cells: dict[int, Any] = {}
        self.cell: dict[str, str] | None = None  # attributes of the cell being read
        self.paragraphs: list[list[str]] = []
        self.in_paragraph = False
        self.skipping = 0  # depth inside a comment or shape

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if self.skipping:
            self.skipping += 1
            return
        if self.cell is not None and name.startswith(_NOT_TEXT):
            self.skipping = 1
            return
        if name == _TABLE + "table":
            self.in_table = True
        elif not self.in_table:
            return
        elif name == _TABLE + "table-row":
            self.row_repeat = whole_number(attributes.get(_TABLE + "number-rows-repeated"), 1)
            self.column = 0
            self.cells = {}
        elif name in _CELLS:
            self.cell = attributes
            self.paragraphs = []
        elif self.cell is not None:
            self._inline(name, attributes)

    def _inline(self, name: str, attributes: dict[str, str]) -> None:
        if name in _PARAGRAPHS:
            self.paragraphs.append([])
            self.in_paragraph = True
        elif not self.in_paragraph:
            return
        elif name == _TEXT + "s":
            count = whole_number(attributes.get(_TEXT + "c"), 1)
            self._add(" " * min(count, 32_768))
        elif name == _TEXT + "tab":
            self._add("\t")
        elif name == _TEXT + "line-break":
            self._add("\n")

    def end(self, name: str) -> None:
        if self.skipping:
            self.skipping -= 1
            return
        if not self.in_table:
            return
        if name in _PARAGRAPHS:
            self.in_paragraph = False
        elif name in _CELLS and self.cell is not None:
            self._finish_cell(self.cell)
            self.cell = None
        elif name == _TABLE + "table-row":
            self._finish_row()
        elif name == _TABLE + "table":
            self.done = True  # only the first table is read
            self.in_table = False

    def text(self, data: str) -> None:
        if self.cell is not None and self.in_paragraph and not self.skipping:
            self._add(data)

    def _add(self, text: str) -> None:
        self.paragraphs[-1].append(text)
        if len(self.paragraphs[-1]) > 64:  # keep a long text from piling up in pieces
            self.paragraphs[-1] = ["".join(self.paragraphs[-1])]
            check_cell_text(self.paragraphs[-1][0])

    def _finish_cell(self, attributes: dict[str, str]) -> None:
        repeat = whole_number(attributes.get(_TABLE + "number-columns-repeated"), 1)
        value = _value(attributes, "\n".join("".join(p) for p in self.paragraphs))
        if value is not None and value != "":
            for column in range(self.column + 1, self.column + repeat + 1):
                check_place(self.row + 1, column)  # stops a long repeat at the limit
                self.cells[column] = value
        self.column += repeat

    def _finish_row(self) -> None:
        if self.cells:
            for row in range(self.row + 1, self.row + self.row_repeat + 1):
                check_place(row, 1)
                self.finished.append((row, self.cells))  # shared: nothing changes it later
        self.row += self.row_repeat


def _value(attributes: dict[str, str], text: str) -> Any:
    check_cell_text(text)
    kind = attributes.get(_OFFICE + "value-type", "")
    formula = attributes.get(_TABLE + "formula")
    if formula is not None and not kind and not text:
        return Uncomputed(formula[:200])  # reported, never dropped silently
    if kind in ("float", "percentage", "currency"):
        number = float(attributes.get(_OFFICE + "value", "nan"))
        return int(number) if number.is_integer() and abs(number) < 1e15 else number
    if kind == "date":
        written = attributes.get(_OFFICE + "date-value", "")
        day = dt.datetime.fromisoformat(written)
        return day.date() if len(written) <= 10 else day
    if kind == "boolean":
        return attributes.get(_OFFICE + "boolean-value") == "true"
    if kind == "string" and _OFFICE + "string-value" in attributes:
        return attributes[_OFFICE + "string-value"]
    return text
