"""Limits for reading a sheet, and the bounded ways to read zip parts and XML.

A sheet comes from outside: a colleague's spreadsheet, or a file prepared to do harm. What a
file says about itself (the `<dimension>` of an XLSX sheet, the sizes in a zip directory, the
repeat counts of ODS) is never trusted to size anything: rows are read one by one, empty
rows and cells are never built, and every limit below stops the reading with a message.
"""

from __future__ import annotations

import pyexpat
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from werkplan.problems import Message

MAX_ROWS = 100_000  # the last row that may hold a value
MAX_COLUMNS = 200  # the last column that may hold a value
MAX_CELL_CHARS = 32_767  # the most a cell holds in Excel and LibreOffice
MAX_FILE_BYTES = 64 * 2**20  # the file as it lies on disk
MAX_UNPACKED_BYTES = 64 * 2**20  # all parts of an XLSX or ODS file that werkplan reads
MAX_PARTS = 1_000  # files inside an XLSX or ODS (a real one has a few dozen)
# XML elements in all parts of an XLSX or ODS file that werkplan reads: the time it takes.
# An XLSX export of 100,000 measures, saved again by LibreOffice, has about 4.1 million.
MAX_XML_ELEMENTS = 5_000_000
MAX_LINE_CHARS = 1_000_000  # a line of a CSV file
MAX_LISTED_ERRORS = 50  # row errors listed before "… and 9,940 more"

_CHUNK = 2**16

# One row as read: its number (1-based, as the spreadsheet shows it) and the cells that hold
# a value, by column number (1-based). Empty cells are not there.
RawRow = tuple[int, dict[int, Any]]


@dataclass(frozen=True)
class Uncomputed:
    """A formula cell saved without its result (by a program that does not calculate, such
    as a script): the sheet shows a value, but the file holds only the formula."""

    formula: str

    def __str__(self) -> str:
        return "=" + self.formula.removeprefix("of:").removeprefix("=")


class SheetRefused(Exception):
    """The sheet breaks a limit or is not what it claims to be; the message says which."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.key)
        self.message = message


def check_place(row: int, column: int) -> None:
    """Refuse a value beyond the last row or column werkplan reads."""
    if row > MAX_ROWS:
        raise SheetRefused(Message.of("import_too_many_rows", row=row, limit=MAX_ROWS))
    if column > MAX_COLUMNS:
        raise SheetRefused(
            Message.of("import_too_many_columns", row=row, column=column, limit=MAX_COLUMNS)
        )


def check_cell_text(text: str) -> None:
    if len(text) > MAX_CELL_CHARS:
        raise SheetRefused(Message.of("import_cell_too_long", limit=MAX_CELL_CHARS))


def check_file_size(path: Path) -> None:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise SheetRefused(
            Message.of("import_too_large", path=str(path), limit=MAX_FILE_BYTES // 2**20)
        )


class XmlHandler(Protocol):
    finished: list[RawRow]
    done: bool

    def start(self, name: str, attributes: dict[str, str]) -> None: ...

    def end(self, name: str) -> None: ...

    def text(self, data: str) -> None: ...


class Package:
    """The parts of a zip file (XLSX, ODS), read within one budget of bytes and elements."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if _entries(path) > MAX_PARTS:  # zipfile would build an object for every entry
            raise SheetRefused(Message.of("import_unreadable", path=str(path)))
        self.archive = zipfile.ZipFile(path)
        self.left = MAX_UNPACKED_BYTES
        self.elements_left = MAX_XML_ELEMENTS

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.archive.close()

    def has(self, name: str) -> bool:
        try:
            self.archive.getinfo(name)
        except KeyError:
            return False
        return True

    def chunks(self, name: str) -> Iterator[bytes]:
        """The unpacked part; the directory's size is checked first, the real size as it comes."""
        info = self.archive.getinfo(name)
        if info.file_size > self.left:
            raise self._too_large()
        with self.archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                self.left -= len(chunk)
                if self.left < 0:
                    raise self._too_large()
                yield chunk

    def _too_large(self) -> SheetRefused:
        limit = MAX_UNPACKED_BYTES // 2**20
        return SheetRefused(
            Message.of("import_unpacked_too_large", path=str(self.path), limit=limit)
        )

    def rows(self, part: str, handler: XmlHandler) -> Iterator[RawRow]:
        """Feed a part's XML to the handler chunk by chunk and hand on the rows it finished.

        Names arrive as 'namespace local'. A document type declaration is refused, so no
        entity is ever defined or expanded (no XXE, no entity bombs).
        """
        parser = pyexpat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = _refuse_declaration
        parser.EntityDeclHandler = _refuse_declaration
        parser.StartElementHandler = self._counted(handler)
        parser.EndElementHandler = handler.end
        parser.CharacterDataHandler = handler.text
        for chunk in self.chunks(part):
            parser.Parse(chunk, False)
            yield from handler.finished
            handler.finished.clear()
            if handler.done:
                return
        parser.Parse(b"", True)
        yield from handler.finished
        handler.finished.clear()

    def _counted(self, handler: XmlHandler) -> Callable[[str, dict[str, str]], None]:
        start = handler.start

        def counted(name: str, attributes: dict[str, str]) -> None:
            self.elements_left -= 1
            if self.elements_left < 0:
                limit = MAX_XML_ELEMENTS
                message = Message.of("import_too_many_elements", path=str(self.path), limit=limit)
                raise SheetRefused(message)
            start(name, attributes)

        return counted


def _entries(path: Path) -> int:
    """The number of entries the zip's end record announces, read before zipfile builds them."""
    with path.open("rb") as stream:
        size = stream.seek(0, 2)
        stream.seek(max(0, size - 22 - 0xFFFF))  # the end record and at most a full comment
        tail = stream.read()
    start = tail.rfind(b"PK\x05\x06")
    if start < 0 or len(tail) - start < 22:
        raise zipfile.BadZipFile("no end of central directory")
    entries = struct.unpack_from("<H", tail, start + 10)[0]
    return MAX_PARTS + 1 if entries == 0xFFFF else int(entries)  # 0xFFFF: a zip64 archive


def _refuse_declaration(*_: object) -> None:
    raise ValueError("a document type or entity declaration is not allowed in a sheet")


def local(name: str) -> str:
    """'http://…/main c' → 'c'."""
    return name.rpartition(" ")[2]


def whole_number(value: str | None, default: int) -> int:
    """A count or index from an attribute; anything else makes the sheet unreadable."""
    if value is None:
        return default
    if not value.isascii() or not value.isdigit() or len(value) > 12:
        raise ValueError(f"not a whole number: {value[:20]!r}")
    return int(value)
