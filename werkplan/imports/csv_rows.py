"""The rows of a CSV file as Excel and LibreOffice save it, read as a stream.

The file is read in chunks and handed to the csv module line by line, so neither a huge file
nor a line without end is ever held whole: a line longer than any row of the export is
refused before it is split into fields.
"""

from __future__ import annotations

import codecs
import csv
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from werkplan.imports.bounds import (
    MAX_LINE_CHARS,
    RawRow,
    SheetRefused,
    check_cell_text,
    check_place,
)
from werkplan.problems import Message

_CHUNK = 2**16


def csv_rows(path: Path) -> Iterator[RawRow]:
    with path.open(encoding=_encoding(path), errors="replace", newline="") as stream:
        lines = _lines(stream)
        header = next(lines, "")
        delimiter = max(";,\t", key=header.count)
        reader = csv.reader(itertools.chain([header], lines), delimiter=delimiter)
        for number, record in enumerate(reader, start=1):
            check_place(number, 1)  # even an empty line: nothing beyond the limit is read
            cells = {}
            for column, value in enumerate(record, start=1):
                if value.strip():
                    check_place(number, column)
                    check_cell_text(value)
                    cells[column] = value
            if cells:
                yield number, cells


def _encoding(path: Path) -> str:
    """UTF-16 with its mark ("Unicode text"), else UTF-8 where every byte fits, else the
    Windows-1252 of Excel's plain "CSV" in a German Windows. Checked in chunks."""
    with path.open("rb") as stream:
        if stream.read(2) in (b"\xff\xfe", b"\xfe\xff"):
            return "utf-16"
        stream.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := stream.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def _lines(stream: TextIO) -> Iterator[str]:
    pending = ""
    while chunk := stream.read(_CHUNK):
        *lines, pending = (pending + chunk).split("\n")
        for line in lines:
            yield line + "\n"
        if len(pending) > MAX_LINE_CHARS:
            raise SheetRefused(Message.of("import_line_too_long", limit=MAX_LINE_CHARS))
    if pending:
        yield pending
