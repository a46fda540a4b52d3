"""The plan as versioned JSON: the whole plan with every value (`export --format json`), and
the measures `list --format json` chose, with what findings say about them.

In the plan export each measure also carries `derived`: what werkplan computes from it, as
the sheets show it (progress, total costs, secured and pending funding, deadline, days
overdue). Attributes are an object of attribute id → value."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from werkplan import findings, i18n
from werkplan.exports.indicator_values import values_json
from werkplan.exports.rows import ExportContext
from werkplan.findings.costs import pending_funding, secured_funding, total_cost
from werkplan.model import BOOKKEEPING, ENTITY_TYPES, Entity, Measure, Plan, Wording, value_keys
from werkplan.safe_text import json_text
from werkplan.timeframes import TimeFrame

VERSION = 1
MEASURE_LIST_VERSION = 1


def to_json(context: ExportContext) -> bytes:
    if context.table == "values":
        return values_json(context)
    plan = context.plan
    document: dict[str, Any] = {"version": VERSION, "plan": _plan_info(context)}
    for key in ENTITY_TYPES:
        document[key] = [_entity(entity) for entity in plan.indexes[key].values()]
    document["measures"] = [
        {**_entity(m), "derived": _derived(context, m)} for m in context.measures
    ]
    return (json.dumps(document, ensure_ascii=False, indent=2, default=_plain) + "\n").encode()


def _derived(context: ExportContext, measure: Measure) -> dict[str, Any]:
    plan = context.plan
    return {
        "progress": findings.progress(measure, plan),
        "total_cost": total_cost(measure),
        "funding_secured": secured_funding(measure),
        "funding_pending": pending_funding(measure),
        "deadline": _iso(findings.deadline(measure, plan)),
        "overdue_days": findings.days_overdue(measure, plan, context.today),
    }


def _plan_info(context: ExportContext) -> dict[str, Any] | None:
    info = context.plan.info
    if info is None:
        return None
    fields = dataclasses.fields(info)
    return {f.name: getattr(info, f.name) for f in fields if f.name not in BOOKKEEPING}


def _entity(entity: Entity) -> dict[str, Any]:
    values = {key: getattr(entity, key) for key in value_keys(entity)}
    if "attributes" in values:
        values["attributes"] = dict(values["attributes"])
    return values


def _plain(value: object) -> object:
    """Time frames as written (2026-Q4), dates as ISO text, labels as text or {de, en}."""
    if isinstance(value, TimeFrame):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Wording):
        return value.texts.get("") if set(value.texts) == {""} else dict(value.texts)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return list(value)
    return str(value)


def measure_list(plan: Plan, measures: list[Measure], today: dt.date, lang: str) -> str:
    """`werkplan list --format json`: the chosen measures with what findings say about them."""
    rows = [
        {
            "id": m.id,
            "title": m.title,
            "status": str(m.status) if m.status else None,
            "status_label": i18n.label("status", m.status, lang, plan.labels) if m.status else None,
            "owner": m.lead,
            "owners": list(m.owner),
            "fields": sorted(plan.fields_of(m)),
            "goals": list(m.goals),
            "regions": list(m.regions),
            "start": str(m.start) if m.start else None,
            "due": str(m.due) if m.due else None,
            "deadline": _iso(findings.deadline(m, plan)),
            "updated": m.updated.isoformat() if m.updated else None,
            "overdue_days": findings.days_overdue(m, plan, today),
            "unowned": findings.is_unowned(m),
            "stale": findings.is_stale(m, plan, today),
            "due_soon": findings.is_due_soon(m, plan, today),
            "path": m.origin.path.as_posix(),
            "line": m.origin.line,
        }
        for m in measures
    ]
    document = {"version": MEASURE_LIST_VERSION, "today": today.isoformat(), "measures": rows}
    return json_text(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
