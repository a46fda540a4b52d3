"""One row per measure, with the columns the spreadsheet exports and `import-status` share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from werkplan import findings, i18n
from werkplan.exports.cells import clean_text
from werkplan.model import Measure, Plan
from werkplan.timeframes import Precision, TimeFrame


@dataclass(frozen=True)
class ExportContext:
    plan: Plan
    measures: Sequence[Measure]
    today: dt.date
    language: str


@dataclass(frozen=True)
class Column:
    key: str
    de: str
    en: str

    def header(self, language: str) -> str:
        return self.de if language == "de" else self.en


COLUMNS = (
    Column("id", "ID", "ID"),
    Column("title", "Maßnahme", "Measure"),
    Column("field", "Handlungsfeld", "Field of action"),
    Column("goals", "Ziele", "Goals"),
    Column("owner", "Verantwortlich (ID)", "Owner (id)"),
    Column("owner_name", "Verantwortlich", "Owner name"),
    Column("partners", "Beteiligte", "Partners"),
    Column("regions", "Regionen", "Regions"),
    Column("start", "Beginn", "Start"),
    Column("due", "Frist", "Deadline"),
    Column("status", "Status", "Status"),
    Column("updated", "Geprüft am", "Reviewed on"),
    Column("overdue_days", "Tage überfällig", "Days overdue"),
    Column("note", "Stand", "Note"),
)
# The columns `import-status` reads back; the others are for reading only.
IMPORTABLE = ("id", "status", "note", "updated", "due", "owner")

Cell = str | int | dt.date | None


def measure_row(context: ExportContext, measure: Measure) -> dict[str, Cell]:
    """The row of one measure; every text has been through `clean_text`."""
    plan, lang = context.plan, context.language
    fields = sorted(plan.fields_of(measure))
    row: dict[str, Cell] = {
        "id": measure.id,
        "title": measure.title,
        "field": ", ".join(_name(plan, "fields", f) for f in fields),
        "goals": ", ".join(measure.goals),
        "owner": ", ".join(measure.owner) or None,
        "owner_name": ", ".join(_name(plan, "actors", a) for a in measure.owner) or None,
        "partners": ", ".join(_name(plan, "actors", a) for a in measure.partners),
        "regions": ", ".join(_name(plan, "regions", r) for r in measure.regions),
        "start": frame_cell(measure.start, lang),
        "due": frame_cell(measure.due, lang),
        "status": i18n.label("status", str(measure.status), lang) if measure.status else None,
        "updated": measure.updated,
        "overdue_days": findings.days_overdue(measure, plan, context.today) or None,
        "note": measure.note,
    }
    return {key: _cleaned(value) for key, value in row.items()}


def _cleaned(value: Cell) -> Cell:
    return (clean_text(value) or None) if isinstance(value, str) else value


def frame_cell(frame: TimeFrame | None, lang: str) -> Cell:
    """A day stays a date cell; a month, quarter, half-year or year is written out."""
    if frame is None:
        return None
    if frame.precision is Precision.DAY:
        return frame.first
    return i18n.format_timeframe(frame, lang)


def _name(plan: Plan, section: str, entity_id: str) -> str:
    entity = plan.lookup(section, entity_id)
    return str(getattr(entity, "name", None) or getattr(entity, "title", None) or entity_id)
