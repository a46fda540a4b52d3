"""Exports for people who work outside git: spreadsheets, calendars, and plain data.

Registered by format name. Each export is a pure function of the plan (and the day, where
dates are judged); the CLI writes the result.
"""

from __future__ import annotations

from collections.abc import Callable

from werkplan.exports import calendar, data, ods, sheet
from werkplan.exports.rows import ExportContext

EXPORTS: dict[str, Callable[[ExportContext], bytes]] = {
    "csv": sheet.to_csv,
    "xlsx": sheet.to_xlsx,
    "ods": ods.to_ods,
    "ics": calendar.to_ics,
    "json": data.to_json,
}
# Formats that are not text: never written to a terminal.
BINARY_EXPORTS = ("xlsx", "ods")
# Formats that also write the long table of indicator values (`export --indicators`).
VALUE_EXPORTS = ("csv", "xlsx", "ods", "json")

__all__ = ["BINARY_EXPORTS", "EXPORTS", "VALUE_EXPORTS", "ExportContext"]
