"""Reading status updates from a sheet made by `werkplan export` (CSV, XLSX or ODS).

Every row is checked before anything changes: an unknown id, status, owner or a bad date
anywhere is reported with its row number, and then nothing is written at all. A cell counts as
a change only when it differs from what the export wrote for the plan as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from werkplan.exports.rows import COLUMNS, IMPORTABLE
from werkplan.imports.bounds import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_LISTED_ERRORS,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    Package,
    RawRow,
    SheetRefused,
    check_file_size,
)
from werkplan.imports.csv_rows import csv_rows
from werkplan.imports.ods_rows import ods_rows
from werkplan.imports.values import (
    cell_text,
    read_date,
    read_due,
    read_note,
    read_owner,
    read_status,
    resolve_id,
)
from werkplan.model import Measure, Plan
from werkplan.problems import Message

__all__ = [
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_LISTED_ERRORS",
    "MAX_ROWS",
    "MAX_UNPACKED_BYTES",
    "RowError",
    "SheetRow",
    "Update",
    "read_sheet",
    "updates",
]


@dataclass(frozen=True)
class RowError:
    row: int
    message: Message


@dataclass(frozen=True)
class SheetRow:
    number: int  # as the spreadsheet shows it
    cells: dict[str, Any]  # importable column key → cell value, only cells with a value


@dataclass
class Update:
    measure: Measure
    values: dict[str, Any] = field(default_factory=dict)  # field → new value, only changes


def read_sheet(path: Path) -> list[SheetRow] | Message:
    """The rows below the header, with the importable columns the header names."""
    if not path.is_file():
        return Message.of("import_missing", path=str(path))
    try:
        check_file_size(path)
        return _keyed_rows(path, _raw_rows(path))
    except SheetRefused as refused:
        return refused.message
    except Exception:  # a damaged file can fail in many ways, each one unreadable
        return Message.of("import_unreadable", path=str(path))


def _raw_rows(path: Path) -> Iterator[RawRow]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".ods"):
        from werkplan.imports.xlsx_rows import xlsx_rows

        with Package(path) as package:
            yield from ods_rows(package) if suffix == ".ods" else xlsx_rows(package)
    else:
        yield from csv_rows(path)


def _keyed_rows(path: Path, raw: Iterator[RawRow]) -> list[SheetRow] | Message:
    header = next(raw, None)
    if header is None:
        return Message.of("import_empty", path=str(path))
    keys = {column: key for column, cell in header[1].items() if (key := _column_key(cell))}
    if "id" not in keys.values():
        return Message.of("import_no_id", path=str(path))
    return [
        SheetRow(number, {keys[c]: value for c, value in cells.items() if c in keys})
        for number, cells in raw
    ]


def _column_key(header: Any) -> str | None:
    wanted = cell_text(header).casefold()
    for column in COLUMNS:
        if column.key in IMPORTABLE and wanted in (
            column.key,
            column.de.casefold(),
            column.en.casefold(),
        ):
            return column.key
    return None


def updates(
    plan: Plan, rows: list[SheetRow], today: dt.date
) -> tuple[list[Update], list[RowError]]:
    found: list[Update] = []
    errors: list[RowError] = []
    measures = {key: m for key, m in plan.indexes["measures"].items() if isinstance(m, Measure)}
    first_row: dict[str, int] = {}
    for row in rows:
        written = cell_text(row.cells.get("id"))
        if not written:
            if any(cell_text(value) for value in row.cells.values()):
                errors.append(RowError(row.number, Message.of("import_row_without_id")))
            continue  # an empty line, or a line of totals, at the end of a sheet
        entity_id = resolve_id(written, measures)
        if not isinstance(entity_id, str):
            errors.append(RowError(row.number, _unknown_id(written, entity_id)))
            continue
        if entity_id in first_row:
            message = Message.of("import_twice", id=entity_id, first=first_row[entity_id])
            errors.append(RowError(row.number, message))
            continue
        first_row[entity_id] = row.number
        update = _update(measures[entity_id], row, plan, today, errors)
        if update.values:
            found.append(update)
    return found, errors


def _unknown_id(written: str, candidates: tuple[str, ...]) -> Message:
    if candidates:  # '12' where '012' and '0012' both exist: never guess
        return Message.of("import_id_lost_zeros", id=written, candidates=candidates)
    return Message.of("import_unknown_id", id=written)


def _update(
    measure: Measure, row: SheetRow, plan: Plan, today: dt.date, errors: list[RowError]
) -> Update:
    update = Update(measure)
    for key in IMPORTABLE[1:]:
        cell = row.cells.get(key)
        if cell_text(cell) == "":
            continue  # an empty cell changes nothing
        value = _read(key, cell, measure, plan, today)
        if isinstance(value, Message):
            errors.append(RowError(row.number, value))
        elif value != getattr(measure, key):
            update.values[key] = value
    if update.values and "updated" not in update.values and measure.updated != today:
        update.values["updated"] = today  # a status report is a review
    return update


def _read(key: str, cell: Any, measure: Measure, plan: Plan, today: dt.date) -> Any:
    if key == "status":
        return read_status(cell_text(cell))
    if key == "updated":
        return read_date(cell, key, measure.updated, today)
    if key == "due":
        return read_due(cell, measure.due, today)
    if key == "owner":
        return read_owner(cell_text(cell), plan.indexes["actors"])
    return read_note(cell, measure.note)
