"""Cells edited in columns `import-status` does not read back ("Kosten gesamt", "Titel").

The export shows more than the import takes: costs, title, partners and the like are changed
in the YAML files. A person who edits such a cell should hear that it stays unread rather
than find the change gone. A cell counts as edited when it differs from what the export
wrote for the plan as it is – in German or in English, as a number or a date however the
spreadsheet stored it (a month may come back as its first day). An empty cell is no edit
(as in the columns that are read), and the columns that follow from others (days overdue,
the owner's name beside a changed owner) are not compared.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from werkplan import i18n
from werkplan.exports.rows import IMPORTABLE, MEASURE_KEYS, Amount, ExportContext, measure_row
from werkplan.imports.values import cell_text, read_date, read_due, read_number
from werkplan.model import Measure, Plan
from werkplan.problems import Message

# Read-only columns the export writes; days overdue depend on the day of the export.
READ_ONLY = tuple(k for k in MEASURE_KEYS if k not in IMPORTABLE and k != "overdue_days")
_SEPARATORS = re.compile(r"[.,\s\u00a0']")


@dataclass(frozen=True)
class IgnoredColumn:
    header: str  # as the sheet writes it
    rows: tuple[int, ...]  # the rows whose cell differs from the plan


def read_only_headers() -> dict[str, str]:
    """Header text (casefolded) → key of each read-only column, German, English, the key."""
    known: dict[str, str] = {}
    for key in READ_ONLY:
        for text in (key, i18n.label("column", key, "de"), i18n.label("column", key, "en")):
            known.setdefault(text.casefold(), key)
    return known


def ignored_edits(
    plan: Plan,
    rows: list[tuple[int, Measure, dict[str, Any], dict[str, Any]]],
    headers: dict[str, str],
    today: dt.date,
) -> list[IgnoredColumn]:
    """Per read-only column, the rows (number, measure, read-only cells, changes the row
    makes) whose cell was edited; ``headers`` names each column as the sheet does."""
    edited: dict[str, list[int]] = {}
    for number, measure, cells, changes in rows:
        exported = [
            measure_row(ExportContext(plan, (measure,), today, lang), measure)
            for lang in ("de", "en")
        ]
        for key, cell in cells.items():
            if key == "owner_name" and "owner" in changes:
                continue  # the name follows the new owner
            if _edited(key, cell, measure, [row.get(key) for row in exported], today):
                edited.setdefault(key, []).append(number)
    return [IgnoredColumn(headers.get(key, key), tuple(found)) for key, found in edited.items()]


def ignored_message(column: IgnoredColumn) -> Message:
    return Message.of(
        "import_column_ignored",
        column=column.header,
        rows=", ".join(str(row) for row in column.rows),
        n=len(column.rows),
    )


def _edited(key: str, cell: Any, measure: Measure, exported: list[Any], today: dt.date) -> bool:
    text = cell_text(cell)
    if text == "":
        return False
    if key == "start" and measure.start is not None and _same_start(cell, measure, today):
        return False
    for value in exported:
        if value is None:
            continue
        if isinstance(value, Amount | int | float) and _numbers(cell) & {_float(value)}:
            return False
        if isinstance(value, dt.date) and read_date(cell, key, value, today) == value:
            return False
        if isinstance(value, str) and _words(text) == _words(value):
            return False
    return True


def _same_start(cell: Any, measure: Measure, today: dt.date) -> bool:
    """The start as written, or its first day: a spreadsheet turns `April 2027` into the
    date 01.04.2027 (and may write it 04/01/27)."""
    start = measure.start
    assert start is not None
    if read_due(cell, start, today) == start:
        return True
    return read_date(cell, "start", start.first, today) == start.first


def _float(value: Amount | int | float) -> float:
    return float(value.value if isinstance(value, Amount) else value)


def _numbers(cell: Any) -> set[float]:
    """What a number cell or text may mean: '12.000 €' is 12000 (or 12, never guessed)."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return {float(cell)}
    text = cell_text(cell).replace("€", "").strip()
    found = read_number(text)
    readings = set() if isinstance(found, Message) else {float(found)}
    digits = _SEPARATORS.sub("", text)
    if digits.isdigit():
        readings.add(float(digits))
    return readings


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()
