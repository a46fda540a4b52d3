"""The plan as versioned JSON: the whole plan with every value (`export --format json`), and
the measures (or indicators) `list --format json` chose, with what findings say about them.

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
from werkplan.findings.indicators import SeriesState, assess, direction, indicator_verdict
from werkplan.json_values import json_ready
from werkplan.model import (
    BOOKKEEPING,
    ENTITY_TYPES,
    Entity,
    Indicator,
    Measure,
    Plan,
    Update,
    value_keys,
)
from werkplan.safe_text import json_text

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
    return (json.dumps(document, ensure_ascii=False, indent=2, default=json_ready) + "\n").encode()


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


def measure_list(plan: Plan, measures: list[Measure], today: dt.date, lang: str) -> str:
    """`werkplan list --format json`: the chosen measures with what findings say about them."""
    rows = [_measure_row(plan, m, today, lang) for m in measures]
    document = {"version": MEASURE_LIST_VERSION, "today": today.isoformat(), "measures": rows}
    text = json.dumps(document, ensure_ascii=False, indent=2, default=json_ready)
    return json_text(text) + "\n"


def _measure_row(plan: Plan, m: Measure, today: dt.date, lang: str) -> dict[str, Any]:
    frame = findings.deadline_frame(m, plan)
    horizon = plan.horizon(m.horizon)
    return {
        "id": m.id,
        "number": m.number,
        "title": m.title,
        "kind": m.kind,
        "kind_label": i18n.label("measure_kind", m.kind, lang, plan.labels),
        "parent": m.parent,
        "children": [child.id for child in plan.children.get(m.id, ())],
        "status": str(m.status) if m.status else None,
        "status_label": i18n.label("status", m.status, lang, plan.labels) if m.status else None,
        "assessment": m.assessment,
        "assessment_label": _label("assessment", m.assessment, lang, plan),
        "progress": findings.progress(m, plan),
        "progress_basis": findings.progress_basis(m, plan),
        "owner": m.lead,
        "owners": list(m.owner),
        "partners": list(m.partners),
        "supporters": list(m.supporters),
        "fields": sorted(plan.fields_of(m)),
        "goals": list(plan.goals_of(m)),
        "regions": list(m.regions),
        "locations": list(m.locations),
        "horizon": m.horizon,
        "horizon_label": horizon.label.get(lang) if horizon else None,
        "start": str(m.start) if m.start else None,
        "due": str(m.due) if m.due else None,
        "deadline": _iso(findings.deadline(m, plan)),
        "deadline_as_written": str(frame) if frame else None,
        "updated": m.updated.isoformat() if m.updated else None,
        "last_review": _iso(findings.last_review(m)),
        "overdue_days": findings.days_overdue(m, plan, today),
        "unowned": findings.is_unowned(m),
        "stale": findings.is_stale(m, plan, today),
        "due_soon": findings.is_due_soon(m, plan, today),
        "at_risk": findings.is_at_risk(m),
        "proposal": findings.is_proposal(m),
        "depends_on": list(m.depends_on),
        "related": list(m.related),
        "merged_into": m.merged_into,
        "superseded_by": m.superseded_by,
        "milestones": [_milestone(m, index, today) for index in range(len(m.milestones))],
        "costs_total": total_cost(m),
        "costs": _costs(m),
        "funding_secured": secured_funding(m) if m.funding else None,
        "funding": list(m.funding),
        "decisions": list(m.decisions),
        "links": list(m.links),
        "updates": sorted(m.updates, key=_update_day, reverse=True),
        "attributes": dict(m.attributes),
        "visibility": m.visibility,
        "path": m.origin.path.as_posix(),
        "line": m.origin.line,
    }


def _label(vocabulary: str, value: str | None, lang: str, plan: Plan) -> str | None:
    return i18n.label(vocabulary, value, lang, plan.labels) if value else None


def _milestone(measure: Measure, index: int, today: dt.date) -> dict[str, Any]:
    milestone = measure.milestones[index]
    late = {i: days for i, _, days in findings.overdue_milestones(measure, today)}
    return {
        "title": milestone.title,
        "due": str(milestone.due) if milestone.due else None,
        "done": _iso(milestone.done),
        "note": milestone.note,
        "overdue_days": late.get(index, 0),
    }


def _costs(measure: Measure) -> dict[str, Any] | None:
    costs = measure.costs
    if costs is None:
        return None
    return {
        "total": costs.total,
        "per_year": costs.per_year,
        "by_year": {str(year): amount for year, amount in costs.by_year},
        "staff": costs.staff,
        "note": costs.note,
    }


def _update_day(update: Update) -> dt.date:
    return update.date or dt.date.min


def indicator_list(plan: Plan, indicators: list[Indicator], today: dt.date, lang: str) -> str:
    """`werkplan list --indicators --format json`: each indicator with its series, the progress
    towards the next target and the verdict findings give."""
    rows = [_indicator_row(plan, indicator, today, lang) for indicator in indicators]
    document = {"version": MEASURE_LIST_VERSION, "today": today.isoformat(), "indicators": rows}
    text = json.dumps(document, ensure_ascii=False, indent=2, default=json_ready)
    return json_text(text) + "\n"


def _indicator_row(plan: Plan, indicator: Indicator, today: dt.date, lang: str) -> dict[str, Any]:
    states = assess(indicator, today)
    overall = states[0] if states[0].values or len(states) == 1 else None
    verdict = indicator_verdict(indicator, today)
    return {
        "id": indicator.id,
        "title": indicator.title,
        "unit": indicator.unit,
        "decimals": indicator.decimals,
        "direction": direction(indicator),
        "goals": list(indicator.goals),
        "measures": list(indicator.measures),
        "regions": list(indicator.regions),
        "baseline": overall.baseline if overall else None,
        "latest": overall.latest if overall else None,
        "next_target": overall.next_target if overall else None,
        "expected": overall.expected if overall else None,
        "progress": overall.progress if overall else None,
        "verdict": verdict,
        "verdict_label": _label("verdict", verdict, lang, plan),
        "series": [_series(state, plan, lang) for state in states if state.values],
        "source": indicator.source,
        "attributes": dict(indicator.attributes),
        "visibility": indicator.visibility,
        "path": indicator.origin.path.as_posix(),
        "line": indicator.origin.line,
    }


def _series(state: SeriesState, plan: Plan, lang: str) -> dict[str, Any]:
    return {
        "region": state.region,
        "values": len(state.values),
        "baseline": state.baseline,
        "latest": state.latest,
        "next_target": state.next_target,
        "missed_target": state.missed_target,
        "expected": state.expected,
        "progress": state.progress,
        "days_since_value": state.days_since_value,
        "verdict": state.verdict,
        "verdict_label": _label("verdict", state.verdict, lang, plan),
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
