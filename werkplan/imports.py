"""Reading status updates from a sheet made by `werkplan export` (CSV or XLSX).

Every row is checked before anything changes: an unknown id, status, owner or a bad date
anywhere is reported with its row number, and then nothing is written at all.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from werkplan import timeframes
from werkplan.exports.rows import COLUMNS, FORMULA_STARTS, IMPORTABLE
from werkplan.i18n import choice_for_label
from werkplan.model import Measure, Plan
from werkplan.problems import Label, Message
from werkplan.schema import STATUSES
from werkplan.suggest import closest
from werkplan.timeframes import TimeFrame

_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\Z")


@dataclass(frozen=True)
class RowError:
    row: int
    message: Message


@dataclass
class Update:
    measure: Measure
    values: dict[str, Any] = field(default_factory=dict)  # field → new value, only changes


def read_sheet(path: Path) -> list[dict[str, Any]] | Message:
    """Rows as {column key: cell}, keyed by the importable columns the header names."""
    if not path.is_file():
        return Message.of("import_missing", path=str(path))
    try:
        rows = list(_xlsx_rows(path) if path.suffix.lower() == ".xlsx" else _csv_rows(path))
    except Exception:  # a damaged workbook can fail in many ways inside openpyxl
        return Message.of("import_unreadable", path=str(path))
    if not rows:
        return Message.of("import_empty", path=str(path))
    keys = [_column_key(cell) for cell in rows[0]]
    if "id" not in keys:
        return Message.of("import_no_id", path=str(path))
    return [
        {key: cell for key, cell in zip(keys, row, strict=False) if key is not None}
        for row in rows[1:]
    ]


def updates(
    plan: Plan, rows: list[dict[str, Any]], today: dt.date
) -> tuple[list[Update], list[RowError]]:
    found: list[Update] = []
    errors: list[RowError] = []
    measures = plan.indexes["measures"]
    actors = plan.indexes["actors"]
    first_row: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        entity_id = _text(row.get("id"))
        if not entity_id:
            continue  # an empty line at the end of a sheet
        if entity_id in first_row:
            message = Message.of("import_twice", id=entity_id, first=first_row[entity_id])
            errors.append(RowError(number, message))
            continue
        first_row[entity_id] = number
        measure = measures.get(entity_id)
        if not isinstance(measure, Measure):
            suggestion = closest(entity_id, measures) or ""
            errors.append(
                RowError(
                    number, Message.of("import_unknown_id", id=entity_id, suggestion=suggestion)
                )
            )
            continue
        update = Update(measure)
        for key in IMPORTABLE[1:]:
            if key not in row or _text(row[key]) == "":
                continue  # an empty cell changes nothing
            value = _convert(key, row[key], actors)
            if isinstance(value, Message):
                errors.append(RowError(number, value))
            elif value != getattr(measure, key):
                update.values[key] = value
        if update.values and "updated" not in update.values and "updated" not in row:
            update.values["updated"] = today  # a status report is a review
        if update.values:
            found.append(update)
    return found, errors


def _convert(key: str, cell: Any, actors: dict[str, Any]) -> Any:
    text = _text(cell)
    if key == "status":
        status = text if text in STATUSES else choice_for_label("status", text)
        return status or Message.of("import_bad_status", value=text, allowed=STATUSES)
    if key == "updated":
        return _date(cell) or Message.of("import_bad_date", column=Label("column", key), value=text)
    if key == "due":
        day = _date(cell)
        frame = TimeFrame.day(day) if day else timeframes.parse_written(text)
        return frame or Message.of("import_bad_date", column=Label("column", key), value=text)
    if key == "owner":
        owners = tuple(part.strip() for part in text.split(",") if part.strip())
        unknown = next((owner for owner in owners if owner not in actors), None)
        if unknown is None and owners:
            return owners
        return Message.of(
            "import_unknown_owner",
            value=unknown or text,
            suggestion=closest(unknown or text, actors) or "",
        )
    return " ".join(_unguarded(text).split())  # note: one paragraph


def _date(cell: Any) -> dt.date | None:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    text = _text(cell)
    german = _GERMAN_DATE.match(text)
    try:
        if german:
            day, month, year = (int(part) for part in german.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _text(cell: Any) -> str:
    return "" if cell is None else str(cell).strip()


def _unguarded(text: str) -> str:
    """Undo the apostrophe the export puts before text a spreadsheet would take as formula."""
    return text[1:] if text.startswith("'") and text[1:2] in FORMULA_STARTS else text


def _column_key(header: Any) -> str | None:
    wanted = _text(header).casefold()
    for column in COLUMNS:
        if column.key in IMPORTABLE and wanted in (
            column.key,
            column.de.casefold(),
            column.en.casefold(),
        ):
            return column.key
    return None


def _csv_rows(path: Path) -> Iterator[list[str]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # Excel's plain "CSV" in a German Windows is Windows-1252
        text = data.decode("cp1252", errors="replace")
    header = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=header.count)
    yield from csv.reader(io.StringIO(text), delimiter=delimiter)


def _xlsx_rows(path: Path) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    sheet = book.worksheets[0]
    for row in sheet.iter_rows(values_only=True):
        yield list(row)
