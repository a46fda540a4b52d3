"""The rows of a CSV file as Excel and LibreOffice save it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from werkplan.imports.bounds import RawRow, check_cell_text, check_place


def csv_rows(path: Path) -> Iterator[RawRow]:
    text = _decoded(path.read_bytes())  # the file size is checked before
    header = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=header.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    for number, record in enumerate(reader, start=1):
        cells = {}
        for column, value in enumerate(record, start=1):
            if value.strip():
                check_place(number, column)
                check_cell_text(value)
                cells[column] = value
        if cells:
            yield number, cells


def _decoded(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # "Unicode text" from Excel and LibreOffice
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:  # Excel's plain "CSV" in a German Windows is Windows-1252
        return data.decode("cp1252", errors="replace")
