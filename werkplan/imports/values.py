"""Cells back into plan values, the way spreadsheets hand them back.

A spreadsheet re-saves what it shows: `012` as `12`, `30.06.2027` as `30.06.27` or `06/30/27`,
and the apostrophe of the formula guard as part of the text. Each reader here accepts those
forms, and compares with the plan after the same step the export took, so a cell that
nobody touched reads as the value the plan already has.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from werkplan import timeframes
from werkplan.exports.cells import clean_text, guard_formula, unguard_formula
from werkplan.i18n import read_choice
from werkplan.imports.bounds import Uncomputed
from werkplan.model import AttributeDefinition, AttributeValue, Wording
from werkplan.problems import Choices, Label, Message
from werkplan.schema import STATUSES, VOCABULARIES
from werkplan.suggest import closest
from werkplan.timeframes import LOOSE_ISO_DAY, Precision, TimeFrame
from werkplan.validate import values as convert
from werkplan.validate.attributes import typed_value
from werkplan.validate.labels import value_for
from werkplan.validate.values import LARGEST_NUMBER

_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\Z"
_ISO = re.compile(LOOSE_ISO_DAY + _TIME)
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})" + _TIME)
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})" + _TIME)


def cell_text(cell: Any) -> str:
    """The text of a cell; a whole number from a number cell without '.0'."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def resolve_id(written: str, known: Iterable[str]) -> str | tuple[str, ...]:
    """The id a cell names; a number that lost its leading zeros ('12') finds '012'.

    Returns the id, or the ids it could be when there is not exactly one (none: unknown).
    """
    ids = list(known)
    if written in ids or not written.isdigit():
        return written if written in ids else ()
    same_number = tuple(i for i in ids if i.isdigit() and int(i) == int(written))
    return same_number[0] if len(same_number) == 1 else same_number


def read_status(written: str) -> str | Message:
    reading = read_choice("status", written)
    if reading.value is not None:
        return reading.value
    if reading.candidates:
        return Message.of(
            "import_ambiguous_status",
            value=written,
            candidates=Choices("status", reading.candidates),
        )
    return Message.of("import_bad_status", value=written, allowed=Choices("status", STATUSES))


def read_note(cell: Any, current: str | None) -> str | None:
    """The note a cell holds; the plan's own note when the cell shows it as exported."""
    text = clean_text(cell_text(cell))
    exported = clean_text(current or "")
    if text in (exported, guard_formula(exported)):
        return current
    return unguard_formula(text)


def read_date(cell: Any, column: str, current: dt.date | None, today: dt.date) -> dt.date | Message:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    text = cell_text(cell)
    readings = _date_readings(text, today)
    if current in readings:
        return current  # a date that a spreadsheet wrote another way
    if len(readings) == 1:
        return readings[0]
    label = Label("column", column)
    if readings:
        first, second = readings
        return Message.of(
            "import_ambiguous_date", column=label, value=text, first=first, second=second
        )
    return Message.of("import_bad_date", column=label, value=text)


def _date_readings(text: str, today: dt.date) -> list[dt.date]:
    """Every date the text can mean: one, or two for a slashed date like 06/07/27."""
    if match := _ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
        orders = [(year, month, day)]
    elif match := _DOTTED.match(text):
        day, month = int(match[1]), int(match[2])
        orders = [(_full_year(match[3], today), month, day)]
    elif match := _SLASHED.match(text):  # US month/day first, as LibreOffice and Excel write it
        first, second, year = int(match[1]), int(match[2]), _full_year(match[3], today)
        orders = [(year, first, second), (year, second, first)]
    else:
        return []
    readings: list[dt.date] = []
    for year, month, day in orders:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date not in readings:
            readings.append(date)
    return readings


def _full_year(written: str, today: dt.date) -> int:
    """A two-digit year within 50 years of today: in 2026, '27' is 2027 and '90' is 1990."""
    if len(written) == 4:
        return int(written)
    year = today.year - today.year % 100 + int(written)
    if year < today.year - 50:
        return year + 100
    return year - 100 if year >= today.year + 50 else year


def read_due(cell: Any, current: TimeFrame | None, today: dt.date) -> TimeFrame | Message:
    """A deadline: a day as any date cell or spelling, or a month, quarter, half-year or year
    as the export writes it ('4. Quartal 2026') or as the plan does ('2026-Q4')."""
    # A spreadsheet takes a month ('April 2027') for a date and saves its first day: reading
    # that day back as the month it came from keeps an untouched cell unchanged.
    month = current if current and current.precision is Precision.MONTH else None
    current_day = current.first if current and current.precision is Precision.DAY else None
    day = read_date(cell, "due", month.first if month else current_day, today)
    if isinstance(day, dt.date):
        return month if month and day == month.first else TimeFrame.day(day)
    frame = timeframes.parse_written(cell_text(cell))
    if frame is not None and frame.precision is not Precision.DAY:
        return frame
    return day


def read_owner(written: str, actors: Mapping[str, Any]) -> tuple[str, ...] | Message:
    """One owner, or several for a joint lead ('amt, beirat'; the first coordinates)."""
    owners = []
    for part in unguard_formula(written).split(","):
        if not part.strip():
            continue
        found = resolve_id(part.strip(), actors)
        if not isinstance(found, str):
            return Message.of(
                "import_unknown_owner",
                value=part.strip(),
                suggestion=closest(part.strip(), actors) or "",
            )
        owners.append(found)
    if not owners:
        return Message.of("import_unknown_owner", value=written, suggestion="")
    return tuple(owners)


PlanLabels = Mapping[str, Mapping[str, Wording]]


def read_status_in(written: str, labels: PlanLabels) -> str | Message:
    """A status as the export writes it: the plan's own label (plan.labels) first."""
    own = value_for("status", unguard_formula(written), labels)
    return own if own is not None else read_status(unguard_formula(written))


def read_assessment(written: str, labels: PlanLabels) -> str | Message:
    """on_track, at_risk, off_track: as key, label (de or en) or the plan's own label."""
    text = unguard_formula(written)
    own = value_for("assessment", text, labels)
    if own is not None:
        return own
    reading = read_choice("assessment", text)
    if reading.value is not None:
        return reading.value
    return Message.of(
        "import_bad_choice",
        value=text,
        allowed=Choices("assessment", VOCABULARIES["assessment"].values),
    )


def read_progress(cell: Any) -> int | Message:
    """Percent done, a whole number 0–100; '40 %' as people type it."""
    text = cell_text(cell).removesuffix("%").strip()
    if isinstance(cell, float) and not cell.is_integer():
        text = str(cell)
    if text.isascii() and text.isdigit() and 0 <= int(text) <= 100:
        return int(text)
    return Message.of("import_bad_progress", value=cell_text(cell))


# A number as people write it in a German or English sheet.
_GROUPED_POINTS = re.compile(r"[+-]?\d{1,3}(\.\d{3})+\Z")
_GROUPED_POINTS_COMMA = re.compile(r"[+-]?\d{1,3}(\.\d{3})+,\d+\Z")
_GROUPED_COMMAS_POINT = re.compile(r"[+-]?\d{1,3}(,\d{3})+\.\d+\Z")
_DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+\Z")
_AMBIGUOUS = re.compile(r"[+-]?[1-9]\d{0,2}[.,]\d{3}\Z")


def read_number(cell: Any) -> int | float | Message:
    """A number cell as it is; a text with a decimal comma ('7,5'), German thousands points
    with a comma ('1.234,5') or several points ('1.234.567'), English thousands commas with a
    point ('1,234.5'). '1.234' and '1,234' alone could be 1234 or 1.234 and are refused, never
    guessed. A unit or euro sign is not read along: the
    message names the number to write."""
    if isinstance(cell, bool):
        return Message.of("import_bad_number", value=cell_text(cell), number="")
    if isinstance(cell, Uncomputed):
        return Message.of("import_formula_without_value", formula=str(cell)[:60])
    if isinstance(cell, int | float):
        if not abs(cell) < LARGEST_NUMBER:  # also NaN and infinity
            return Message.of("import_bad_number", value=cell_text(cell), number="")
        return int(cell) if isinstance(cell, float) and cell.is_integer() else cell
    text = unguard_formula(cell_text(cell)).replace("\u00a0", "").replace(" ", "")
    if _AMBIGUOUS.match(text):
        whole = text.replace(".", "").replace(",", "")
        return Message.of("import_ambiguous_number", value=text, whole=whole)
    if _GROUPED_POINTS.match(text) or _GROUPED_POINTS_COMMA.match(text):
        text = text.replace(".", "").replace(",", ".")
    elif _GROUPED_COMMAS_POINT.match(text):
        text = text.replace(",", "")
    elif _DECIMAL_COMMA.match(text):
        text = text.replace(",", ".")
    result = convert.number(text)
    if isinstance(result, convert.Issue):
        suggestion = convert.written_number(text) or ""
        return Message.of("import_bad_number", value=cell_text(cell), number=suggestion)
    number: int | float = result
    return number


def read_attribute(
    definition: AttributeDefinition, cell: Any, current: AttributeValue | None, today: dt.date
) -> AttributeValue | Message:
    """A cell of an attribute column, typed by the plan's definition: a choice by value or
    label, a number (decimal comma accepted), yes/no, a date, a text."""
    kind = definition.kind
    if kind == "date":
        current_day = current if isinstance(current, dt.date) else None
        return read_date(cell, definition.label.get("de") or definition.id, current_day, today)
    if kind == "text":
        return read_note(cell, current if isinstance(current, str) else None) or ""
    if kind == "number":
        number = read_number(cell)
        if isinstance(number, Message):
            return number
        text = str(number)
    elif isinstance(cell, bool):
        text = "ja" if cell else "nein"
    else:
        text = unguard_formula(cell_text(cell))
    typed = typed_value(definition, text)
    if isinstance(typed, convert.Issue):
        return Message.of(typed.message, **{**typed.args, "key": definition.id})
    return typed
