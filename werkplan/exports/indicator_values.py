"""The long table of indicator values (`export --indicators`): one row per measured value.

Indicator, title, date as the measure export writes time frames (`2025`, `3. Quartal 2025`
in German, `Q3 2025` in English; a day as a date cell), region (id and name), value as a
number, unit, source and note. `import-values` reads this table back: exported and imported
again, it changes nothing.
"""

from __future__ import annotations

import json
from typing import Any

from werkplan.exports.cells import clean_text
from werkplan.exports.rows import Amount, Cell, Column, ExportContext, Table, frame_cell
from werkplan.model import Indicator, Plan, SeriesPoint
from werkplan.safe_text import json_text

VALUE_KEYS = (
    "indicator",
    "indicator_title",
    "date",
    "region",
    "region_name",
    "value",
    "unit",
    "source",
    "value_note",
)
VERSION = 1


def value_table(context: ExportContext) -> Table:
    sheet = "Kennzahlen" if context.language == "de" else "Indicators"
    plan, lang = context.plan, context.language
    rows = [_cleaned(_row(plan, indicator, point, lang)) for indicator, point in _values(context)]
    return Table(sheet, tuple(Column(key) for key in VALUE_KEYS), rows)


def values_json(context: ExportContext) -> bytes:
    """The same rows as JSON: the date in its written form, numbers as numbers."""
    rows = []
    for indicator, point in _values(context):
        assert point.date is not None
        rows.append(
            {
                "indicator": indicator.id,
                "title": indicator.title,
                "date": str(point.date),
                "region": point.region,
                "region_name": _region_name(context.plan, point.region),
                "value": point.value,
                "unit": indicator.unit,
                "source": indicator.source.name if indicator.source else None,
                "note": point.note,
            }
        )
    document: dict[str, Any] = {"version": VERSION, "values": rows}
    return (json_text(json.dumps(document, ensure_ascii=False, indent=2)) + "\n").encode()


def _values(context: ExportContext) -> list[tuple[Indicator, SeriesPoint]]:
    """Every value with a date and a number, per indicator by date, the whole area first."""
    found = []
    for indicator in context.plan.indexes["indicators"].values():
        points = [p for p in indicator.values if p.date is not None and p.value is not None]
        points.sort(key=lambda p: (p.date.first, p.date.last, p.region is not None, p.region or ""))
        found += [(indicator, point) for point in points]
    return found


def _row(plan: Plan, indicator: Indicator, point: SeriesPoint, lang: str) -> dict[str, Cell]:
    date = frame_cell(point.date, lang)
    value: Cell = point.value
    if point.value is not None and indicator.unit == "€":
        value = Amount(point.value)
    return {
        "indicator": indicator.id,
        "indicator_title": indicator.title,
        "date": date,
        "region": point.region,
        "region_name": _region_name(plan, point.region),
        "value": value,
        "unit": indicator.unit,
        "source": indicator.source.name if indicator.source else None,
        "value_note": point.note,
    }


def _region_name(plan: Plan, region: str | None) -> str | None:
    if region is None:
        return None
    return plan.region_name(region)


def _cleaned(row: dict[str, Cell]) -> dict[str, Cell]:
    return {k: (clean_text(v) or None) if isinstance(v, str) else v for k, v in row.items()}
