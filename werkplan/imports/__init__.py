"""Reading status updates from a sheet made by `werkplan export` (CSV, XLSX or ODS).

Every row is checked before anything changes: an unknown id, status, owner, a bad date or a
value an attribute's definition does not allow anywhere is reported with its row and column,
and then nothing is written at all. A cell counts as a change only when it differs from what
the export wrote for the plan as it is (for progress: also what werkplan derives).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from werkplan import findings, i18n
from werkplan.exports.cells import column_letter
from werkplan.exports.rows import (
    ATTRIBUTE_PREFIX,
    IMPORTABLE,
    Amount,
    attribute_cell,
    attribute_columns,
    measure_columns,
)
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
from werkplan.imports.read_only import ignored_edits, ignored_message, read_only_headers
from werkplan.imports.values import (
    cell_text,
    read_assessment,
    read_attribute,
    read_date,
    read_due,
    read_note,
    read_owner,
    read_progress,
    read_status_in,
    resolve_id,
)
from werkplan.model import Measure, Plan, Status
from werkplan.problems import Message

__all__ = [
    "FIELD_LINES",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_LISTED_ERRORS",
    "MAX_ROWS",
    "MAX_UNPACKED_BYTES",
    "RawRow",
    "RowError",
    "SheetRow",
    "Update",
    "change_line",
    "column_letter",
    "ignored_columns",
    "raw_rows",
    "read_sheet",
    "updates",
]


@dataclass(frozen=True)
class RowError:
    row: int
    message: Message
    column: int | None = None  # the cell's column (1 = A), where one cell is at fault
    header: str = ""  # that column's header as the sheet writes it

    def place(self, language: str) -> str:
        """'Zeile 4' or 'Zeile 4, Spalte C („Wert“)'."""
        if self.column is None:
            return i18n.text("row", language, row=self.row)
        letter = column_letter(self.column)
        return i18n.text("row_column", language, row=self.row, column=letter, header=self.header)


@dataclass(frozen=True)
class SheetRow:
    number: int  # as the spreadsheet shows it
    cells: dict[str, Any]  # importable column key → cell value, only cells with a value
    # column key → (column number, header as written), shared by every row of a sheet
    places: dict[str, tuple[int, str]] = field(default_factory=dict, compare=False)
    # the columns the export writes but the import does not read (read_only.READ_ONLY)
    read_only: dict[str, Any] = field(default_factory=dict, compare=False)

    def error(self, key: str, message: Message) -> RowError:
        column, header = self.places.get(key, (None, ""))
        return RowError(self.number, message, column, header)


@dataclass
class Update:
    measure: Measure
    values: dict[str, Any] = field(default_factory=dict)  # field → new value, only changes


def read_sheet(path: Path, plan: Plan | None = None) -> list[SheetRow] | Message:
    """The rows below the header, with the importable columns the header names; with the
    plan, also its attribute columns."""
    if not path.is_file():
        return Message.of("import_missing", path=str(path))
    try:
        check_file_size(path)
        return _keyed_rows(path, raw_rows(path), _known_headers(plan))
    except SheetRefused as refused:
        return refused.message
    except Exception:  # a damaged file can fail in many ways, each one unreadable
        return Message.of("import_unreadable", path=str(path))


def raw_rows(path: Path) -> Iterator[RawRow]:
    """The rows of the first sheet, read within the limits of `bounds` (CSV, XLSX, ODS)."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".ods"):
        from werkplan.imports.xlsx_rows import xlsx_rows

        with Package(path) as package:
            yield from ods_rows(package) if suffix == ".ods" else xlsx_rows(package)
    else:
        yield from csv_rows(path)


def _keyed_rows(
    path: Path, raw: Iterator[RawRow], known: dict[str, str]
) -> list[SheetRow] | Message:
    header = next(raw, None)
    if header is None:
        return Message.of("import_empty", path=str(path))
    places: dict[str, tuple[int, str]] = {}
    keys: dict[int, str] = {}
    unread: dict[int, str] = {}
    read_only = read_only_headers()
    for column, cell in sorted(header[1].items()):
        text = cell_text(cell).casefold()
        key = known.get(text)
        if key is not None and key not in places:  # the first of two alike columns counts
            keys[column] = key
            places[key] = (column, cell_text(cell))
        elif key is None and text in read_only and read_only[text] not in places:
            unread[column] = read_only[text]
            places[read_only[text]] = (column, cell_text(cell))
    if "id" not in keys.values():
        return Message.of("import_no_id", path=str(path))
    return [
        SheetRow(
            number,
            {keys[c]: value for c, value in cells.items() if c in keys},
            places,
            {unread[c]: value for c, value in cells.items() if c in unread},
        )
        for number, cells in raw
    ]


def _known_headers(plan: Plan | None) -> dict[str, str]:
    """Header text (casefolded) → column key: the export's headers in German and English
    and the keys themselves; with a plan, its attribute columns by header, label and id."""
    known: dict[str, str] = {}
    for key in IMPORTABLE:
        for text in (key, i18n.label("column", key, "de"), i18n.label("column", key, "en")):
            known.setdefault(text.casefold(), key)
    if plan is None:
        return known
    fixed = {
        text.casefold()
        for column in measure_columns(plan)
        if not column.key.startswith(ATTRIBUTE_PREFIX)
        for text in (column.key, column.header("de"), column.header("en"))
    }
    for column in attribute_columns(plan):
        attribute_id = column.key.removeprefix(ATTRIBUTE_PREFIX)
        definition = plan.attribute_definition(attribute_id)
        texts = [column.header("de"), column.header("en"), attribute_id, column.key]
        texts += list(definition.label.all()) if definition else []
        for text in texts:
            if text.casefold() not in fixed:  # a label like "Art" never takes the kind's column
                known.setdefault(text.casefold(), column.key)
    return known


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


def ignored_columns(
    plan: Plan, rows: list[SheetRow], found: list[Update], today: dt.date
) -> list[Message]:
    """One message per read-only column in which the sheet has edited cells ("Kosten
    gesamt"): the import leaves them unread (imports.read_only)."""
    changes = {update.measure.id: update.values for update in found}
    measures = {key: m for key, m in plan.indexes["measures"].items() if isinstance(m, Measure)}
    compared = []
    for row in rows:
        entity_id = resolve_id(cell_text(row.cells.get("id")), measures)
        if row.read_only and isinstance(entity_id, str):
            measure = measures[entity_id]
            compared.append((row.number, measure, row.read_only, changes.get(entity_id, {})))
    headers = {key: place[1] for row in rows[:1] for key, place in row.places.items()}
    return [ignored_message(c) for c in ignored_edits(plan, compared, headers, today)]


def _unknown_id(written: str, candidates: tuple[str, ...]) -> Message:
    if candidates:  # '12' where '012' and '0012' both exist: never guess
        return Message.of("import_id_lost_zeros", id=written, candidates=candidates)
    return Message.of("import_unknown_id", id=written)


def _update(
    measure: Measure, row: SheetRow, plan: Plan, today: dt.date, errors: list[RowError]
) -> Update:
    update = Update(measure)
    keys = [*IMPORTABLE[1:], *(k for k in row.cells if k.startswith(ATTRIBUTE_PREFIX))]
    for key in keys:
        cell = row.cells.get(key)
        if cell_text(cell) == "":
            continue  # an empty cell changes nothing
        value = _read(key, cell, measure, plan, today)
        if isinstance(value, Message):
            errors.append(row.error(key, value))
        elif not _unchanged(key, value, measure, plan, update.values):
            update.values[key] = value
    if update.values.get("status") == Status.MERGED and not (
        update.values.get("merged_into") or measure.merged_into
    ):
        errors.append(row.error("status", Message.of("import_merged_needs_target")))
    reviewed = any(key in update.values for key in REVIEWED)
    if reviewed and "updated" not in update.values and measure.updated != today:
        update.values["updated"] = today  # a status report is a review
    return update


# What makes a row a status report, so that "Geprüft am" (`updated`) moves to the day of the
# import: not a new deadline, owner or attribute such as a priority alone.
REVIEWED = ("status", "note", "assessment", "progress", "merged_into")


def _unchanged(key: str, value: Any, measure: Measure, plan: Plan, changed: dict[str, Any]) -> bool:
    """The cell says what the export wrote: the plan's value, or the progress werkplan
    derives where the plan states none – also with the row's new status (a sheet that says
    done shows 100 %)."""
    if key.startswith(ATTRIBUTE_PREFIX):
        return bool(value == measure.attribute(key.removeprefix(ATTRIBUTE_PREFIX)))
    if key == "progress" and measure.progress is None:
        derived = {findings.progress(measure, plan)}
        if "status" in changed:
            now = dataclasses.replace(measure, status=Status(changed["status"]))
            derived.add(findings.progress(now, plan))
        return value in derived
    return bool(value == getattr(measure, key))


def _read(key: str, cell: Any, measure: Measure, plan: Plan, today: dt.date) -> Any:
    if key.startswith(ATTRIBUTE_PREFIX):
        definition = plan.attribute_definition(key.removeprefix(ATTRIBUTE_PREFIX))
        assert definition is not None  # the column was found through it
        return read_attribute(definition, cell, measure.attribute(definition.id), today)
    if key == "status":
        return read_status_in(cell_text(cell), plan.labels)
    if key == "assessment":
        return read_assessment(cell_text(cell), plan.labels)
    if key == "progress":
        return read_progress(cell)
    if key == "merged_into":
        return _measure_id(cell_text(cell), plan)
    if key == "updated":
        return read_date(cell, key, measure.updated, today)
    if key == "due":
        return read_due(cell, measure.due, today)
    if key == "owner":
        return read_owner(cell_text(cell), plan.indexes["actors"])
    return read_note(cell, measure.note)


def _measure_id(written: str, plan: Plan) -> str | Message:
    found = resolve_id(written, plan.indexes["measures"])
    if isinstance(found, str):
        return found
    return Message.of("import_unknown_measure", value=written)


# Changes shown as the change log shows them (with "12 days later" for a deadline); the
# others are named by their column header, as the person filled in the sheet.
FIELD_LINES = ("note", "updated", "due", "owner")


def change_line(plan: Plan, measure: Measure, key: str, new: Any, language: str) -> str:
    """'Einschätzung: Im Plan → Gefährdet', 'Priorität: mittel → hoch'."""
    if key.startswith(ATTRIBUTE_PREFIX):
        column = next(c for c in attribute_columns(plan) if c.key == key)
        definition = plan.attribute_definition(key.removeprefix(ATTRIBUTE_PREFIX))
        assert definition is not None
        old = measure.attribute(definition.id)
        name = column.header(language)
        before, after = (
            _shown(attribute_cell(definition, v, language), language) for v in (old, new)
        )
    else:
        name = i18n.label("column", key, language)
        old = getattr(measure, key)
        if key == "progress" and old is None:
            old = findings.progress(measure, plan)
        vocabulary = key if key in ("assessment", "status") else None
        before, after = (
            i18n.label(vocabulary, str(v), language, plan.labels)
            if vocabulary and v
            else _shown(v, language)
            for v in (old, new)
        )
    return f"{name}: {before} → {after}"


def _shown(value: Any, language: str) -> str:
    if value is None or value == "":
        return i18n.text("changes.empty", language)
    if isinstance(value, Amount):
        return i18n.format_amount(value.value, language)
    if isinstance(value, dt.date):
        return i18n.format_date(value, language)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return i18n.format_number(value, language)
    return " ".join(str(value).split())
