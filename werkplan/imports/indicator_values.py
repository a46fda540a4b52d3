"""Indicator values from the command line (`values add`) and from sheets (`import-values`).

A sheet comes in one of two forms:
- long: one row per value, columns indicator, date, value and optionally region and note
  (what `export --indicators` writes, with German or English headers);
- wide: one row per indicator (and region), one column per year or period, as statistics
  offices publish (headers `2019`, `2020`, … or `2025-Q3`, `31.12.2024`).
The header may follow a few title rows. Every cell is checked against the plan before
anything is written: an unknown indicator or region, a date or number that cannot be read, a
value outside the indicator's min/max, the same value twice – each named with row and column.
A value already in the plan with the same number is no change; a different number for the
same date and region is a change only with `replace`, else an error.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from werkplan import i18n, timeframes
from werkplan.imports import RowError, raw_rows
from werkplan.imports.bounds import RawRow, SheetRefused, check_file_size
from werkplan.imports.values import cell_text, read_date, read_number, resolve_id
from werkplan.model import Indicator, Plan, SeriesPoint
from werkplan.problems import Message, Position, Quantity
from werkplan.query import region_named
from werkplan.rules.indicators import out_of_range, region_words, unlisted_region
from werkplan.suggest import closest
from werkplan.timeframes import TimeFrame

Place = tuple[dt.date, dt.date, str | None]  # a value's date (as a period) and region
HEADER_SEARCH_ROWS = 20  # title rows above the header that a published table may have
# Values (and bad cells) one sheet may give: far above a district's statistics (100
# indicators, 30 years, 10 regions: 30,000), low enough to hold them all in memory.
MAX_VALUES = 500_000
# Cells that say "no value" in published statistics: unknown or secret (.), locked (x), to
# come later (…), nothing (– , which is zero there: werkplan does not read it as 0).
NO_VALUE = frozenset({".", "x", "X", "…", "...", "-", "–", "—", "/", "k. A.", "n. v."})


def _headers(key: str, *extra: str) -> frozenset[str]:
    """A column's header as the export writes it (German, English) and other usual words."""
    texts = {i18n.label("column", key, lang) for lang in ("de", "en")}
    return frozenset(t.casefold() for t in (*texts, *extra))


# The first header that names a column counts; "Kennzahl (ID)" wins over "Kennzahl".
INDICATOR_ID = _headers("indicator", "indikator (id)", "kennzahl-id", "indicator_id", "id")
INDICATOR_NAME = _headers("indicator_title", "indikator", "name der kennzahl")
DATE = _headers("date", "date", "datum", "jahr", "year", "zeitraum", "period", "stichtag")
REGION_ID = _headers("region", "region_id")
REGION_NAME = _headers("region_name", "region", "planungsregion", "gebiet", "area")
VALUE = _headers("value", "value", "wert")
NOTE = _headers("value_note", "note", "notiz", "hinweis", "bemerkung")


@dataclass(frozen=True)
class Candidate:
    """A value someone gives: the indicator as written, and where it stands."""

    indicator: str
    point: SeriesPoint
    row: int = 0  # 0: from the command line
    column: int | None = None
    header: str = ""

    def error(self, message: Message) -> RowError:
        return RowError(self.row, message, self.column, self.header)


@dataclass(frozen=True)
class ValueChange:
    indicator: Indicator
    point: SeriesPoint  # the value as it will be
    old: SeriesPoint | None = None  # the value it replaces; None: a new value
    old_index: int | None = None  # its place in indicator.values

    def line(self, plan: Plan, language: str) -> str:
        """'K-TREFF: Wert 2025 (Nord-Ost) = 7 neu', or '…: 7 → 8' for a replaced value."""
        args: dict[str, Any] = {
            "id": self.indicator.id,
            "date": self.point.date,
            "region": region_words(plan, self.point.region),
            "value": _quantity(self.indicator, self.point.value),
        }
        if self.old is None:
            return i18n.text("values_new_line", language, **args)
        old = _quantity(self.indicator, self.old.value)
        return i18n.text("values_replaced_line", language, old=old, **args)


# --- reading a sheet -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    """Which column holds what; `periods` for the wide form, `value` for the long one."""

    header_row: int
    indicator: int
    indicator_by_name: bool  # no id column: the indicator column may hold titles
    headers: dict[int, str]
    date: int | None = None
    value: int | None = None
    region: int | None = None  # ids or names
    note: int | None = None
    periods: tuple[tuple[int, TimeFrame], ...] = ()


def read_value_sheet(
    path: Path, plan: Plan, today: dt.date
) -> tuple[list[Candidate], list[RowError]] | Message:
    """The values a sheet gives, and the cells that cannot be read; a Message when the sheet
    itself cannot be used. `today` places a two-digit year (30.06.26) as import-status does."""
    if not path.is_file():
        return Message.of("import_missing", path=str(path))
    try:
        check_file_size(path)
        return _read(path, raw_rows(path), plan, today)
    except SheetRefused as refused:
        return refused.message
    except Exception:  # a damaged file can fail in many ways, each one unreadable
        return Message.of("import_unreadable", path=str(path))


def _read(
    path: Path, rows: Iterator[RawRow], plan: Plan, today: dt.date
) -> tuple[list[Candidate], list[RowError]] | Message:
    layout = None
    for number, cells in rows:
        layout = _layout(number, cells)
        if layout is not None or number >= HEADER_SEARCH_ROWS:
            break
    if layout is None:
        return Message.of("values_sheet_no_header", path=str(path), rows=HEADER_SEARCH_ROWS)
    candidates: list[Candidate] = []
    errors: list[RowError] = []
    for number, cells in rows:
        _read_row(plan, layout, (number, today), cells, candidates, errors)
        if len(candidates) + len(errors) > MAX_VALUES:
            return Message.of("values_too_many", path=str(path), row=number, limit=MAX_VALUES)
    return candidates, errors


def _layout(number: int, cells: dict[int, Any]) -> _Layout | None:
    found: dict[str, int] = {}
    periods = []
    headers = {column: cell_text(cell) for column, cell in cells.items()}
    for column, cell in sorted(cells.items()):
        text = headers[column].casefold()
        for name, known in (
            ("indicator", INDICATOR_ID),
            ("indicator_name", INDICATOR_NAME),
            ("date", DATE),
            ("region", REGION_ID),
            ("region_name", REGION_NAME),
            ("value", VALUE),
            ("note", NOTE),
        ):
            if text in known and name not in found:
                found[name] = column
                break
        else:
            frame = _period_header(cell)
            if frame is not None:
                periods.append((column, frame))
    by_name = "indicator" not in found
    indicator = found.get("indicator", found.get("indicator_name"))
    if indicator is None:
        return None
    region = found.get("region", found.get("region_name"))
    base = _Layout(number, indicator, by_name, headers, region=region)
    if "date" in found and "value" in found:
        note = found.get("note")
        return dataclasses.replace(base, date=found["date"], value=found["value"], note=note)
    if periods:
        return dataclasses.replace(base, periods=tuple(periods))
    return None


def _period_header(cell: Any) -> TimeFrame | None:
    """A column of the wide form: a year (2019, also as a number cell), a time frame
    (2025-Q3, 3. Quartal 2025) or a day (31.12.2024, also as a date cell)."""
    if isinstance(cell, dt.datetime):
        cell = cell.date()
    if isinstance(cell, dt.date):
        return TimeFrame.day(cell)
    if isinstance(cell, bool):
        return None
    return read_frame(cell_text(cell))


def read_frame(text: str) -> TimeFrame | None:
    """A date as written: canonical (2025, 2025-Q3, 2025-06-30) or as people write it
    (31.12.2025, 3. Quartal 2025, Q3/2025)."""
    return timeframes.parse(text) or timeframes.parse_written(text)


def _read_row(
    plan: Plan,
    layout: _Layout,
    row: tuple[int, dt.date],
    cells: dict[int, Any],
    candidates: list[Candidate],
    errors: list[RowError],
) -> None:
    number, today = row

    def place(column: int) -> tuple[int, str]:
        return column, layout.headers.get(column, "")

    written = cell_text(cells.get(layout.indicator))
    value_columns = [c for c, _ in layout.periods] if layout.periods else [layout.value or 0]
    if not written:
        if any(cell_text(cells.get(c)) for c in value_columns):
            errors.append(RowError(number, Message.of("values_row_without_indicator")))
        return
    indicator = _indicator(plan, written, layout.indicator_by_name)
    if isinstance(indicator, Message):
        errors.append(RowError(number, indicator, *place(layout.indicator)))
        return
    region = None
    if layout.region is not None and cell_text(cells.get(layout.region)):
        found = find_region(plan, cell_text(cells.get(layout.region)))
        if isinstance(found, Message):
            errors.append(RowError(number, found, *place(layout.region)))
            return
        region = found
    if layout.periods:
        for column, frame in layout.periods:
            _value_cell(
                cells.get(column),
                indicator,
                frame,
                region,
                None,
                number,
                place(column),
                candidates,
                errors,
            )
        return
    assert layout.date is not None
    assert layout.value is not None
    date_cell = cells.get(layout.date)
    date = _date_cell(date_cell, today)
    if date is None:
        message = Message.of("values_bad_date", value=cell_text(date_cell))
        errors.append(RowError(number, message, *place(layout.date)))
        return
    note = (cell_text(cells.get(layout.note)) or None) if layout.note is not None else None
    _value_cell(
        cells.get(layout.value),
        indicator,
        date,
        region,
        note,
        number,
        place(layout.value),
        candidates,
        errors,
    )


def _value_cell(
    cell: Any,
    indicator: str,
    frame: TimeFrame,
    region: str | None,
    note: str | None,
    number: int,
    place: tuple[int, str],
    candidates: list[Candidate],
    errors: list[RowError],
) -> None:
    text = cell_text(cell)
    if not text or text in NO_VALUE:
        return  # no value given: nothing changes
    value = read_number(cell)
    if isinstance(value, Message):
        errors.append(RowError(number, value, *place))
        return
    point = SeriesPoint(date=frame, value=value, region=region, note=note)
    candidates.append(Candidate(indicator, point, number, *place))


def _date_cell(cell: Any, today: dt.date) -> TimeFrame | None:
    """A date cell, a time frame as written, or a day as a spreadsheet re-saves it
    (30.06.26, and 06/30/26 where only one reading is a date)."""
    if isinstance(cell, dt.datetime):
        return TimeFrame.day(cell.date())
    if isinstance(cell, dt.date):
        return TimeFrame.day(cell)
    if isinstance(cell, bool) or cell is None:
        return None
    frame = read_frame(cell_text(cell))
    if frame is None:
        day = read_date(cell, "date", None, today)
        frame = TimeFrame.day(day) if isinstance(day, dt.date) else None
    return frame


def _indicator(plan: Plan, written: str, by_name: bool) -> str | Message:
    """An indicator by id (also one that lost its leading zeros); where the column may hold
    names, by its title too."""
    known = plan.indexes["indicators"]
    found = resolve_id(written, known)
    if isinstance(found, str):
        return found
    if by_name:
        wanted = " ".join(written.split()).casefold()
        titled = [
            str(i.id) for i in known.values() if " ".join(i.title.split()).casefold() == wanted
        ]
        if len(titled) == 1:
            return titled[0]
    return Message.of(
        "values_unknown_indicator", value=written, suggestion=closest(written, known) or ""
    )


def find_region(plan: Plan, written: str) -> str | Message:
    """A region by id or by name (query.region_named, as every --region reads it)."""
    found = region_named(plan, written)
    if found is not None:
        return found
    known = plan.indexes["regions"]
    return Message.of(
        "values_unknown_region", value=written, suggestion=closest(written, known) or ""
    )


# --- comparing with the plan -----------------------------------------------------------------


def plan_values(
    plan: Plan, candidates: list[Candidate], *, replace: bool
) -> tuple[list[ValueChange], list[RowError]]:
    """What the values change in the plan, and what is wrong with them."""
    changes: list[ValueChange] = []
    errors: list[RowError] = []
    seen: dict[tuple[str, dt.date, dt.date, str | None], Candidate] = {}
    existing: dict[str, dict[Place, int]] = {}
    for candidate in candidates:
        indicator = plan.lookup("indicators", candidate.indicator)
        if not isinstance(indicator, Indicator):
            suggestion = closest(candidate.indicator, plan.indexes["indicators"]) or ""
            message = Message.of(
                "values_unknown_indicator", value=candidate.indicator, suggestion=suggestion
            )
            errors.append(candidate.error(message))
            continue
        point = candidate.point
        assert point.date is not None
        assert point.value is not None
        problem = _problem(plan, indicator, point)
        if problem is not None:
            errors.append(candidate.error(problem))
            continue
        key = (indicator.id, point.date.first, point.date.last, point.region)
        if key in seen:
            first = seen[key]
            message = Message.of(
                "values_twice",
                id=indicator.id,
                date=point.date,
                region=region_words(plan, point.region),
                first=first.row,
            )
            errors.append(candidate.error(message))
            continue
        seen[key] = candidate
        if indicator.id not in existing:
            existing[indicator.id] = _places(indicator)
        index = existing[indicator.id].get(key[1:])
        change = _compare(plan, indicator, point, index, candidate, replace, errors)
        if change is not None:
            changes.append(change)
    return changes, errors


def _problem(plan: Plan, indicator: Indicator, point: SeriesPoint) -> Message | None:
    assert point.value is not None
    if point.region is not None:
        if plan.lookup("regions", point.region) is None:
            suggestion = closest(point.region, plan.indexes["regions"]) or ""
            return Message.of("values_unknown_region", value=point.region, suggestion=suggestion)
        unlisted = unlisted_region(indicator, point.region)
        if unlisted is not None:
            return unlisted
    return out_of_range(indicator, point.value, None)  # every decimal the sheet gives


def _places(indicator: Indicator) -> dict[Place, int]:
    """Where each value of an indicator stands, by date and region (the first of two)."""
    found: dict[Place, int] = {}
    for index, point in enumerate(indicator.values):
        if point.date is not None:
            found.setdefault((point.date.first, point.date.last, point.region), index)
    return found


def _compare(
    plan: Plan,
    indicator: Indicator,
    point: SeriesPoint,
    index: int | None,
    candidate: Candidate,
    replace: bool,
    errors: list[RowError],
) -> ValueChange | None:
    """A new value; the same value again (no change); or another value for a date and region
    the plan has (replaced, or an error without `replace`)."""
    if index is None:
        return ValueChange(indicator, point)
    old = indicator.values[index]
    if old.value == point.value:
        if candidate.row == 0:  # `values add` of a value that is there: say so
            errors.append(candidate.error(_exists(plan, indicator, index, "values_exists")))
        return None
    if not replace:
        errors.append(candidate.error(_exists(plan, indicator, index, "values_differs", point)))
        return None
    kept = SeriesPoint(date=old.date, value=point.value, region=old.region, note=old.note)
    return ValueChange(indicator, kept, old, index)


def _exists(
    plan: Plan, indicator: Indicator, index: int, key: str, new: SeriesPoint | None = None
) -> Message:
    old = indicator.values[index]
    assert old.date is not None
    where: Position = indicator.at(f"values.{index}")
    args: dict[str, Any] = {
        "id": indicator.id,
        "date": old.date,
        "region": region_words(plan, old.region),
        "old": _quantity(indicator, old.value),
        "where": f"{where.path}:{where.line}",
    }
    if new is not None:
        args["new"] = _quantity(indicator, new.value)
    return Message.of(key, **args)


def _quantity(indicator: Indicator, value: float | None) -> Quantity:
    """A value with the indicator's unit, with every decimal it has (a change shows 8,5, not
    8 rounded to the indicator's `decimals`)."""
    return Quantity(value or 0, indicator.unit or "")
