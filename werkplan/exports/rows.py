"""One row per measure, with the columns the spreadsheet exports and `import-status` share.

The columns follow the format: the keys of a measure a person reads in a table, what
findings derive from them (progress, total costs, secured funding, days overdue), and one
column per attribute the plan defines for measures, headed by the attribute's label.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from werkplan import findings, i18n
from werkplan.exports.cells import clean_text
from werkplan.findings.costs import PENDING, SECURED, pending_funding, secured_funding, total_cost
from werkplan.model import AttributeDefinition, AttributeValue, Measure, Plan, Wording
from werkplan.timeframes import Precision, TimeFrame

Number = int | float


@dataclass(frozen=True)
class ExportContext:
    plan: Plan
    measures: Sequence[Measure]
    today: dt.date
    language: str
    table: str = "measures"  # or "values": the long table of indicator values


@dataclass(frozen=True)
class Amount:
    """An amount in euros: a number cell shown with the euro sign."""

    value: Number


Cell = str | int | float | Amount | dt.date | None


@dataclass(frozen=True)
class Column:
    key: str
    label: Wording | None = None  # a header of the plan's own (an attribute's label)

    def header(self, language: str) -> str:
        if self.label is not None:
            return self.label.get(language)
        return i18n.label("column", self.key, language)


@dataclass(frozen=True)
class Table:
    """What a sheet shows: its name, its columns, one mapping of column key → cell per row."""

    sheet: str
    columns: tuple[Column, ...]
    rows: list[dict[str, Cell]]


MEASURE_KEYS = (
    # The columns of the first sheets, in their places (A–M), so a sheet or macro built on
    # them keeps working; the note, which was N, stays the last column.
    "id",
    "title",
    "field",
    "goals",
    "owner",
    "owner_name",
    "partners",
    "regions",
    "start",
    "due",
    "status",
    "updated",
    "overdue_days",
    # what the richer format added
    "number",
    "kind",
    "parent",
    "supporters",
    "horizon",
    "assessment",
    "progress",
    "merged_into",
    "costs_total",
    "costs_per_year",
    "staff",
    "funding_secured",
    "funding_pending",
)
# The attribute columns come after these, the note last: it is the widest.
LAST_KEYS = ("note",)
# The columns `import-status` reads back (and every attribute column); the others are for
# reading only.
IMPORTABLE = (
    "id",
    "status",
    "note",
    "updated",
    "due",
    "owner",
    "assessment",
    "progress",
    "merged_into",
)
ATTRIBUTE_PREFIX = "attributes."


def measure_columns(plan: Plan) -> tuple[Column, ...]:
    fixed = [Column(key) for key in MEASURE_KEYS]
    return (*fixed, *attribute_columns(plan), *(Column(key) for key in LAST_KEYS))


def attribute_columns(plan: Plan) -> tuple[Column, ...]:
    """One column per attribute for measures, headed by its label; where a label is also a
    fixed header or another attribute's label, the id follows in brackets, so no two
    columns are named alike and `import-status` knows each one."""
    definitions = measure_attributes(plan)
    fixed = (*MEASURE_KEYS, *LAST_KEYS)
    taken = {i18n.label("column", k, lang).casefold() for k in fixed for lang in ("de", "en")}
    taken |= set(fixed)
    labels = [t.casefold() for d in definitions for t in d.label.all()]
    columns = []
    for definition in definitions:
        texts = definition.label.all() or (definition.id,)
        clash = any(t.casefold() in taken or labels.count(t.casefold()) > 1 for t in texts)
        label = definition.label if definition.label.all() else Wording.plain(definition.id)
        if clash:
            label = Wording({k: f"{v} ({definition.id})" for k, v in label.texts.items()})
        columns.append(Column(ATTRIBUTE_PREFIX + definition.id, label))
    return tuple(columns)


def measure_attributes(plan: Plan) -> list[AttributeDefinition]:
    info = plan.info
    return [d for d in (info.attributes if info else ()) if "measures" in d.applies_to and d.id]


def measure_table(context: ExportContext) -> Table:
    sheet = "Maßnahmen" if context.language == "de" else "Measures"
    rows = [measure_row(context, measure) for measure in context.measures]
    return Table(sheet, measure_columns(context.plan), rows)


def measure_row(context: ExportContext, measure: Measure) -> dict[str, Cell]:
    """The row of one measure; every text has been through `clean_text`."""
    plan, lang = context.plan, context.language
    fields = sorted(plan.fields_of(measure))
    costs = measure.costs
    row: dict[str, Cell] = {
        "id": measure.id,
        "number": measure.number,
        "title": measure.title,
        "kind": _label(plan, "measure_kind", measure.kind, lang),
        "parent": measure.parent,
        "field": ", ".join(_name(plan, "fields", f) for f in fields),
        "goals": ", ".join(measure.goals),
        "owner": ", ".join(measure.owner) or None,
        "owner_name": ", ".join(_name(plan, "actors", a) for a in measure.owner) or None,
        "partners": ", ".join(_name(plan, "actors", a) for a in measure.partners),
        "supporters": ", ".join(_name(plan, "actors", a) for a in measure.supporters),
        "regions": ", ".join(_name(plan, "regions", r) for r in measure.regions),
        "horizon": _horizon(plan, measure.horizon, lang),
        "start": frame_cell(measure.start, lang),
        "due": frame_cell(measure.due, lang),
        "status": _label(plan, "status", measure.status, lang),
        "merged_into": measure.merged_into,
        "assessment": _label(plan, "assessment", measure.assessment, lang),
        "progress": findings.progress(measure, plan),
        "updated": measure.updated,
        "overdue_days": findings.days_overdue(measure, plan, context.today) or None,
        "costs_total": _amount(total_cost(measure)),
        "costs_per_year": _amount(costs.per_year if costs else None),
        "staff": costs.staff if costs else None,
        "funding_secured": _funding(measure, SECURED, secured_funding(measure)),
        "funding_pending": _funding(measure, PENDING, pending_funding(measure)),
        "note": measure.note,
    }
    for definition in measure_attributes(plan):
        value = measure.attribute(definition.id)
        row[ATTRIBUTE_PREFIX + definition.id] = attribute_cell(definition, value, lang)
    return {key: _cleaned(value) for key, value in row.items()}


def attribute_cell(
    definition: AttributeDefinition, value: AttributeValue | None, lang: str
) -> Cell:
    """An attribute as a cell: a choice by its label, a number as a number (euros as an
    amount), yes/no as the word, a date as a date."""
    if value is None:
        return None
    if isinstance(value, bool):
        return i18n.text("yes" if value else "no", lang)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float):
        return Amount(value) if definition.unit == "€" else value
    choice = definition.choice(str(value)) if definition.choices else None
    if choice is not None and choice.label is not None:
        return choice.label.get(lang)
    return str(value)


def _cleaned(value: Cell) -> Cell:
    return (clean_text(value) or None) if isinstance(value, str) else value


def _label(plan: Plan, vocabulary: str, value: str | None, lang: str) -> str | None:
    return i18n.label(vocabulary, str(value), lang, plan.labels) if value else None


def _amount(value: Number | None) -> Amount | None:
    return Amount(value) if value is not None else None


def _funding(measure: Measure, statuses: frozenset[str], total: Number) -> Amount | None:
    """The sum where the measure names funding of these statuses with an amount, else empty."""
    counted = [f for f in measure.funding if f.amount is not None]
    if not any((f.status or "planned") in statuses for f in counted):
        return None
    return Amount(total)


def _horizon(plan: Plan, horizon_id: str | None, lang: str) -> str | None:
    horizon = plan.horizon(horizon_id)
    if horizon is None:
        return horizon_id
    return horizon.label.get(lang) or horizon.id


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
