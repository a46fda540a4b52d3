"""What a measure carries beyond the tables, ready to print: milestones, costs and funding,
decisions, links, dated updates, the plan's own attributes, and its relations to others.

Every amount, date and label is formatted here in the report's language, with the plan's own
labels (plan.labels); what is late or how far along comes from werkplan.findings.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import quote

from werkplan import findings, i18n
from werkplan.findings import costs as cost_findings
from werkplan.model import (
    AttributeDefinition,
    AttributeValue,
    Costs,
    Decision,
    Link,
    Measure,
    Number,
    Plan,
)
from werkplan.report.views import (
    AttributeView,
    ColumnView,
    CostsView,
    DecisionView,
    FundingView,
    LinkView,
    MilestoneView,
    RelationView,
    UpdateView,
)
from werkplan.safe_text import safe_url

LATEST_UPDATES = 3  # dated entries a measure's details show, newest first
RELATIONS = ("related", "merged_into", "superseded_by")
# How a measure's relations are shown: both directions of each, "see also" for both of related.
RELATION_KINDS = ("see_also", "merged_into", "merged_from", "superseded_by", "supersedes")
NUMERIC_KINDS = frozenset({"number", "ordered_choice"})
# Printable ASCII except what could end a link destination or an attribute value.
_KEPT_IN_ADDRESSES = "".join(chr(c) for c in range(33, 127) if chr(c) not in '<>"\\`')


def link_address(url: str | None) -> str | None:
    """An address that may become a link (http, https, mailto), else None. Characters that
    would end a Markdown link destination or an HTML attribute are percent-encoded; the
    address stays the same to a browser."""
    safe = safe_url(url)
    return None if safe is None else quote(safe, safe=_KEPT_IN_ADDRESSES)


class Details:
    """Builds the detail views of measures of one plan in one language."""

    def __init__(self, plan: Plan, language: str, today: dt.date) -> None:
        self.plan = plan
        self.language = language
        self.today = today
        self.referrers = _referrers(plan)
        info = plan.info
        self._definitions = tuple(
            d for d in (info.attributes if info else ()) if "measures" in d.applies_to
        )

    def label(self, vocabulary: str, value: str | None) -> str | None:
        return i18n.label(vocabulary, value, self.language, self.plan.labels) if value else None

    def amount(self, value: Number | None) -> str | None:
        return None if value is None else i18n.format_amount(value, self.language)

    def actor_name(self, actor_id: str) -> str:
        actor = self.plan.lookup("actors", actor_id)
        return str(getattr(actor, "name", "") or actor_id)

    # -- time ---------------------------------------------------------------------------

    def due_text(self, measure: Measure) -> str:
        """The deadline as written; from a horizon "kurzfristig (bis 2026)"."""
        if measure.due is not None:
            return i18n.format_timeframe(measure.due, self.language)
        horizon = self.plan.horizon(measure.horizon)
        if horizon is None or horizon.end is None:
            return ""
        name = horizon.label.get(self.language) or horizon.id
        return i18n.format_horizon(name, horizon.end, self.language)

    def horizon(self, measure: Measure) -> str | None:
        horizon = self.plan.horizon(measure.horizon)
        return (horizon.label.get(self.language) or horizon.id) if horizon else None

    def milestones(self, measure: Measure) -> tuple[MilestoneView, ...]:
        if not measure.milestones:
            return ()
        late = {index: days for index, _, days in findings.overdue_milestones(measure, self.today)}
        return tuple(
            MilestoneView(
                title=milestone.title,
                due=milestone.due,
                due_day=milestone.due.last if milestone.due else None,
                done=milestone.done,
                overdue_days=late.get(index, 0),
                note=milestone.note,
            )
            for index, milestone in enumerate(measure.milestones)
        )

    def updates(self, measure: Measure) -> tuple[tuple[UpdateView, ...], int]:
        """The latest dated entries, newest first (of one day, the one written last first),
        and how many earlier ones there are."""
        if not measure.updates:
            return (), 0
        dated = [(u.date, index, u) for index, u in enumerate(measure.updates) if u.date]
        dated.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
        latest = tuple(
            UpdateView(
                date=update.date,
                status_label=self.label("status", update.status),
                assessment_label=self.label("assessment", update.assessment),
                progress=update.progress,
                note=update.note,
            )
            for _, _, update in dated[:LATEST_UPDATES]
        )
        return latest, max(len(dated) - LATEST_UPDATES, 0)

    # -- money ----------------------------------------------------------------------------

    def costs(self, measure: Measure) -> CostsView | None:
        costs = measure.costs
        if costs is None or not _states_a_cost(costs):
            return None
        staff = costs.staff
        return CostsView(
            total=self.amount(cost_findings.total_cost(measure)),
            per_year=self.amount(costs.per_year),
            by_year=tuple(
                (year, i18n.format_amount(value, self.language)) for year, value in costs.by_year
            ),
            staff=None if staff is None else i18n.format_number(staff, self.language),
            note=costs.note,
        )

    def cost_text(self, measure: Measure) -> str:
        """A measure table's cell: the total, else the yearly amount."""
        total = self.amount(cost_findings.total_cost(measure))
        if total:
            return total
        per_year = self.amount(measure.costs.per_year if measure.costs else None)
        if per_year:
            return f"{per_year} {i18n.text('report.costs_per_year', self.language)}"
        return ""

    def funding(self, measure: Measure) -> tuple[FundingView, ...]:
        return tuple(
            FundingView(
                source=f.source,
                amount=self.amount(f.amount),
                status=self.label("funding_status", f.status),
                note=f.note,
            )
            for f in measure.funding
        )

    # -- decisions and links ------------------------------------------------------------------

    def decisions(self, decisions: Iterable[Decision]) -> tuple[DecisionView, ...]:
        return tuple(self.decision(d) for d in decisions)

    def decision(self, decision: Decision) -> DecisionView:
        """ "Kreistag: Beschluss vom 13.03.2024 (V/0021/2024)" – the body's name leads, so no
        name needs a grammatical case the plan cannot give."""
        lang = self.language
        body = self.actor_name(decision.body) if decision.body else None
        words = [i18n.text("report.decision", lang)]
        if decision.date:
            words.append(
                i18n.text("report.decision_on", lang, date=i18n.format_date(decision.date, lang))
            )
        if decision.reference:
            words.append(f"({decision.reference})")
        text = " ".join(words)
        return DecisionView(
            text=f"{body}: {text}" if body else text,
            title=decision.title,
            url=link_address(decision.url),
            body=body,
            date=decision.date,
            reference=decision.reference,
        )

    def links(self, links: Iterable[Link]) -> tuple[LinkView, ...]:
        return tuple(
            LinkView(text=link.title or link.url, url=link_address(link.url)) for link in links
        )

    # -- attributes ---------------------------------------------------------------------------

    def definitions(self) -> tuple[AttributeDefinition, ...]:
        return self._definitions

    def attributes(self, measure: Measure) -> tuple[AttributeView, ...]:
        shown = []
        for definition in self.definitions():
            value = measure.attribute(definition.id)
            if value is not None:
                label = definition.label.get(self.language) or definition.id
                shown.append(
                    AttributeView(definition.id, label, self.attribute_text(definition, value))
                )
        return tuple(shown)

    def attribute_text(self, definition: AttributeDefinition, value: AttributeValue) -> str:
        lang = self.language
        if isinstance(value, bool):
            return i18n.text("yes" if value else "no", lang)
        if isinstance(value, dt.date):
            return i18n.format_date(value, lang)
        if isinstance(value, int | float):
            return i18n.format_quantity(value, definition.unit or "", lang)
        choice = definition.choice(str(value))
        if choice is not None and choice.label is not None:
            return choice.label.get(lang) or str(value)
        return str(value)

    def columns(self) -> tuple[ColumnView, ...]:
        info = self.plan.info
        chosen = info.report.columns if info else ()
        shown = []
        for attribute_id in chosen:
            definition = self.plan.attribute_definition(attribute_id)
            if definition is not None and "measures" in definition.applies_to:
                label = definition.label.get(self.language) or attribute_id
                shown.append(ColumnView(attribute_id, label, definition.kind in NUMERIC_KINDS))
        return tuple(shown)

    def column_values(self, measure: Measure, columns: tuple[ColumnView, ...]) -> tuple[str, ...]:
        values = []
        for column in columns:
            definition = self.plan.attribute_definition(column.id)
            value = measure.attribute(column.id)
            shown = definition is not None and value is not None
            values.append(self.attribute_text(definition, value) if shown else "")  # type: ignore[arg-type]
        return tuple(values)

    # -- relations ----------------------------------------------------------------------------

    def relation_ids(self, measure: Measure) -> dict[str, tuple[str, ...]]:
        """Both directions of every relation that is no dependency, each id once; only the
        kinds (RELATION_KINDS) the measure has."""
        back = {key: self.referrers[key].get(measure.id, ()) for key in RELATIONS}
        if not (
            measure.related or measure.merged_into or measure.superseded_by or any(back.values())
        ):
            return {}
        found = {
            "see_also": _unique((*measure.related, *back["related"]), measure.id),
            "merged_into": _unique((measure.merged_into,), measure.id),
            "merged_from": _unique(back["merged_into"], measure.id),
            "superseded_by": _unique((measure.superseded_by,), measure.id),
            "supersedes": _unique(back["superseded_by"], measure.id),
        }
        return {kind: ids for kind, ids in found.items() if ids}

    def relation(self, measure_id: str, anchors: dict[str, str], kept: set[str]) -> RelationView:
        other = self.plan.measure(measure_id)
        if other is None:  # not in the plan the report reads
            return RelationView(id=measure_id, number=None, title="", anchor=None)
        status = other.status or "planned"
        return RelationView(
            id=measure_id,
            number=other.number,
            title=other.title,
            anchor=anchors.get(measure_id),
            in_report=measure_id in kept,
            status=status,
            status_label=self.label("status", status),
            progress=findings.progress(other, self.plan),
            kind_label=self.label("measure_kind", other.kind) if other.kind == "project" else None,
        )


def _states_a_cost(costs: Costs) -> bool:
    figures = (costs.total, costs.per_year, costs.staff)
    return any(f is not None for f in figures) or bool(costs.by_year)


def _unique(ids: Iterable[str | None], own: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in ids if i and i != own))


def _referrers(plan: Plan) -> dict[str, dict[str, tuple[str, ...]]]:
    """Plan.referrers for every measure at once: one pass instead of one per measure."""
    found: dict[str, dict[str, list[str]]] = {key: defaultdict(list) for key in RELATIONS}
    for measure in plan.indexes["measures"].values():
        for key in RELATIONS:
            value = getattr(measure, key)
            for target in value if isinstance(value, tuple) else (value,):
                if target:
                    found[key][target].append(measure.id)
    return {key: {t: tuple(ids) for t, ids in by.items()} for key, by in found.items()}
