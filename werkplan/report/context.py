"""The report context: everything a report template may use, computed once, nothing to derive.

Templates receive ``ReportContext``; it holds the plan plus the findings from
``werkplan.findings`` in ready-to-print form. A template never decides what is overdue or
stale: it asks ``measure.overdue_days`` or walks ``context.overdue``. The fields are
documented in docs/report.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from werkplan import findings, i18n
from werkplan.collector import collector_paused
from werkplan.history import output as history_output
from werkplan.history.changes import ChangeLog, Kind
from werkplan.model import ActionField, Event, Goal, Measure, Plan, Status, public_part
from werkplan.percent import whole_percent
from werkplan.report.costs import cost_section
from werkplan.report.details import RELATION_KINDS, Details
from werkplan.report.indicators import build_indicators
from werkplan.report.tree import tree_rows
from werkplan.report.views import (
    ActorView,
    ChangesView,
    ChangeView,
    EventView,
    FieldView,
    Filters,
    GoalView,
    MeasureView,
    ReportContext,
    StatusCount,
    Summary,
)
from werkplan.schema import STATUSES


def build_context(
    plan: Plan,
    today: dt.date,
    language: str,
    filters: Filters,
    log: ChangeLog | None = None,
) -> ReportContext:
    with collector_paused():
        return _build_context(plan, today, language, filters, log)


def _build_context(
    plan: Plan,
    today: dt.date,
    language: str,
    filters: Filters,
    log: ChangeLog | None,
) -> ReportContext:
    if filters.public:
        plan = public_part(plan)  # everything below sees only what may be published
    # Only a plan without errors is reported, so every id is unique here.
    kept = [m for m in plan.measures if filters.keeps(m, plan)]
    found = findings.compute_findings(plan, today, kept)
    views = _Views(plan, today, language, found, kept)
    measures = tuple(views.measure(m) for m in kept)
    by_id = {view.id: view for view in measures}

    def pick(items: Iterable[Measure]) -> tuple[MeasureView, ...]:
        return tuple(by_id[m.id] for m in items)

    fields = views.fields(measures, filters)
    goals_and_indicators, indicator_alerts = build_indicators(plan, today, language, filters.field)
    info = plan.info
    summary = _summary(measures, language, found, fields, shown_statuses(plan), plan.labels)
    return ReportContext(
        title=info.title if info else "",
        organisation=info.organisation if info else "",
        description=info.description if info else None,
        period_start=info.period.start.first if info and info.period else None,
        period_end=info.period.end.last if info and info.period else None,
        accessibility_statement=info.accessibility_statement if info else None,
        language=language,
        content_language=plan.language,
        today=today,
        filters=_filter_labels(plan, filters, language),
        summary=dataclasses.replace(
            summary,
            proposals=len(found.proposals),
            at_risk=len(found.at_risk),
            progress=findings.overall_progress(kept, plan),
        ),
        measures=measures,
        overdue=pick(found.overdue),
        unowned=pick(found.unowned),
        due_soon=pick(found.due_soon),
        stale=pick(found.stale),
        blocked=pick(m for m, _ in found.blocked),
        fields=fields,
        actors=views.actors(measures),
        past_events=tuple(views.event(e) for e in _past(plan.events, today)),
        upcoming_events=tuple(views.event(e) for e in _upcoming(plan.events, today)),
        due_soon_days=plan.settings.due_soon_days,
        stale_after_days=plan.settings.stale_after_days,
        changes=_changes(log, language, {m.id for m in kept}) if log else None,
        decisions=views.details.decisions(info.decisions if info else ()),
        links=views.details.links(info.links if info else ()),
        proposals=pick(found.proposals),
        at_risk=pick(found.at_risk),
        columns=views.columns,
        costs=cost_section(plan, language, kept, ((f.id, f.title) for f in fields)),
        detailed=tuple(row.measure for row in tree_rows(measures) if row.measure.anchor),
        show_progress=any(m.progress is not None or m.milestones or m.parent for m in kept),
        show_assessment=any(m.assessment for m in kept),
        show_costs=any(view.cost_text for view in measures),
        show_backs=any(m.supporters for m in kept),
        goals_and_indicators=goals_and_indicators,
        indicator_alerts=indicator_alerts,
    )


def _changes(log: ChangeLog, language: str, kept: set[str]) -> ChangesView:
    """The change log in words; measures this report leaves out stay out of it too.

    With --public the log was already made from the public part of each revision."""
    items = []
    for change in log.changes:
        selected = change.id in kept or change.kind is Kind.REMOVED
        if change.collection == "measures" and not selected:
            continue
        details = history_output.detail_lines(change, language, log.public)
        headline = history_output.entity_line(change, language)
        items.append(ChangeView(change.id, str(change.kind), headline, tuple(details)))
    return ChangesView(history_output.since_words(log, language), tuple(items))


def shown_statuses(plan: Plan) -> tuple[str, ...]:
    """Every status, except proposed and merged while no measure of the plan has them: a
    plan that does not use them keeps its tables as they were."""
    used = {m.status for m in plan.measures}
    return tuple(s for s in STATUSES if s not in _ONLY_WHEN_USED or s in used)


_ONLY_WHEN_USED = frozenset({Status.PROPOSED, Status.MERGED})


def _status_counts(
    measures: Iterable[MeasureView],
    language: str,
    statuses: tuple[str, ...] = STATUSES,
    labels: i18n.PlanLabels | None = None,
) -> tuple[StatusCount, ...]:
    counts = Counter(m.status for m in measures)
    return tuple(
        StatusCount(status, i18n.label("status", status, language, labels), counts[status])
        for status in statuses
    )


def _summary(
    measures: tuple[MeasureView, ...],
    language: str,
    found: findings.Findings,
    fields: tuple[FieldView, ...],
    statuses: tuple[str, ...],
    labels: i18n.PlanLabels,
) -> Summary:
    total = len(measures)
    closed = sum(1 for m in measures if m.status == Status.DONE)
    # Dropped, merged and proposed measures are not (or no longer) work of this plan.
    counted = total - sum(1 for m in measures if m.status in findings.NOT_COUNTED)
    return Summary(
        total=total,
        by_status=_status_counts(measures, language, statuses, labels),
        done_percent=whole_percent(100 * closed / counted) if counted else 0,
        overdue=len(found.overdue),
        unowned=len(found.unowned),
        due_soon=len(found.due_soon),
        stale=len(found.stale),
        blocked=len(found.blocked),
        gaps=sum(1 for f in fields for goal in f.goals if goal.gap),
    )


def _filter_labels(plan: Plan, filters: Filters, language: str) -> tuple[tuple[str, str], ...]:
    labels = []
    for text_key, value, section in (
        ("field", filters.field, "fields"),
        ("region", filters.region, "regions"),
        ("owner", filters.owner, "actors"),
    ):
        if value:
            labels.append((i18n.text(text_key, language), _name(plan, section, value)))
    if filters.public:
        labels.append((i18n.text("filter_public", language), i18n.text("yes", language)))
    return tuple(labels)


def _name(plan: Plan, section: str, entity_id: str) -> str:
    entity = plan.lookup(section, entity_id)
    for attribute in ("name", "title"):
        value = getattr(entity, attribute, None)
        if value:
            return str(value)
    return entity_id


SHORT_TITLE_LENGTH = 38


def short_title(title: str, length: int = SHORT_TITLE_LENGTH) -> str:
    """The title, or its first words up to ``length`` characters and "…" when it is longer.

    A timeline row has room for a few words beside the id; cutting at a word keeps them
    readable where the full title would be cut anywhere."""
    if len(title) <= length:
        return title
    head = title[: length + 1]
    cut = head.rfind(" ")
    words = head[:cut] if cut > length // 2 else title[:length]
    return words.rstrip(" –-:,;(„\"'") + "…"


def _past(events: Iterable[Event], today: dt.date) -> list[Event]:
    dated = [e for e in events if e.date and e.date < today]
    return sorted(dated, key=lambda e: (e.date or today, e.id), reverse=True)


def _upcoming(events: Iterable[Event], today: dt.date) -> list[Event]:
    dated = [e for e in events if e.date and e.date >= today]
    return sorted(dated, key=lambda e: (e.date or today, e.id))


class _Views:
    def __init__(
        self,
        plan: Plan,
        today: dt.date,
        language: str,
        found: findings.Findings,
        kept: list[Measure],
    ) -> None:
        self.plan = plan
        self.today = today
        self.language = language
        self.kept = {m.id for m in kept}
        self.blockers = {
            m.id: tuple(b.id for b in by if b.id in self.kept) for m, by in found.blocked
        }
        self.region_ids = {r.id for r in plan.regions}
        self.details = Details(plan, language, today)
        self.columns = self.details.columns()
        self.statuses = shown_statuses(plan)
        self.relations = {m.id: self.details.relation_ids(m) for m in kept}
        self.children_of = {m.id: self._children(m) for m in kept if m.id in plan.children}
        self.anchors = {m.id: f"m-{m.id}" for m in kept if self._has_details(m)}

    def actor_name(self, actor_id: str) -> str:
        return _name(self.plan, "actors", actor_id)

    def label(self, vocabulary: str, value: str) -> str:
        return i18n.label(vocabulary, value, self.language, self.plan.labels)

    def _children(self, measure: Measure) -> tuple[str, ...]:
        return tuple(c.id for c in self.plan.children.get(measure.id, ()) if c.id in self.kept)

    def _has_details(self, m: Measure) -> bool:
        """Whether the measure gets an entry in "measures in detail": it carries something
        the tables do not show."""
        carried = (m.milestones, m.costs, m.funding, m.decisions, m.links, m.updates)
        related = bool(self.relations[m.id]) or m.id in self.children_of
        return any(carried) or bool(m.attributes or m.locations or related)

    def measure(self, m: Measure) -> MeasureView:
        plan, today, details = self.plan, self.today, self.details
        status = m.status or Status.PLANNED
        owners = tuple(self.actor_name(a) for a in m.owner)
        updates, older = details.updates(m)
        relations = {
            key: tuple(details.relation(i, self.anchors, self.kept) for i in ids)
            for key, ids in self.relations[m.id].items()
        }
        children = self.children_of.get(m.id, ())
        return MeasureView(
            id=m.id,
            number=m.number,
            title=m.title,
            short_title=short_title(m.title),
            kind=m.kind,
            kind_label=self.label("measure_kind", m.kind),
            status=status,
            status_label=self.label("status", status),
            assessment=m.assessment,
            assessment_label=self.label("assessment", m.assessment) if m.assessment else None,
            progress=findings.progress(m, plan),
            owner=self._owner_text(owners),
            owner_id=m.lead,
            owner_ids=m.owner,
            owners=owners,
            joint_lead=len(owners) > 1,
            partners=tuple(self.actor_name(p) for p in m.partners),
            partner_ids=m.partners,
            supporters=tuple(self.actor_name(p) for p in m.supporters),
            supporter_ids=m.supporters,
            regions=tuple(_name(self.plan, "regions", r) for r in m.regions),
            all_regions=len(self.region_ids) > 1 and self.region_ids <= set(m.regions),
            locations=m.locations,
            target_groups=m.target_groups,
            fields=tuple(sorted(self.plan.fields_of(m))),
            start=m.start,
            due=findings.deadline_frame(m, plan),
            due_text=details.due_text(m),
            horizon=details.horizon(m),
            start_day=findings.start_day(m, plan),
            due_day=findings.deadline(m, plan),
            updated=findings.last_review(m),
            note=m.note,
            description=m.description,
            budget=m.budget,
            goals=plan.goals_of(m),
            parent_id=m.parent,
            parent=details.relation(m.parent, self.anchors, self.kept) if m.parent else None,
            ancestor_ids=tuple(a.id for a in plan.ancestors(m)),
            children_ids=children,
            children=tuple(details.relation(c, self.anchors, self.kept) for c in children),
            overdue_days=findings.days_overdue(m, plan, today),
            due_in_days=findings.days_until_due(m, plan, today),
            days_since_review=findings.days_since_review(m, today),
            stale=findings.is_stale(m, plan, today),
            due_soon=findings.is_due_soon(m, plan, today),
            unowned=findings.is_unowned(m),
            blocked_by=self.blockers.get(m.id, ()),
            internal=m.visibility == "internal",
            milestones=details.milestones(m),
            costs=details.costs(m),
            cost_text=details.cost_text(m),
            funding=details.funding(m),
            decisions=details.decisions(m.decisions),
            links=details.links(m.links),
            updates=updates,
            older_updates=older,
            attributes=details.attributes(m),
            column_values=details.column_values(m, self.columns),
            anchor=self.anchors.get(m.id),
            **{key: relations.get(key, ()) for key in RELATION_KINDS},
        )

    def _owner_text(self, owners: tuple[str, ...]) -> str | None:
        """The owners' names; of a joint lead, the coordinating one first and marked."""
        if len(owners) < 2:
            return owners[0] if owners else None
        coordinates = i18n.text("report.coordinates", self.language)
        return ", ".join((f"{owners[0]} ({coordinates})", *owners[1:]))

    def fields(self, measures: tuple[MeasureView, ...], filters: Filters) -> tuple[FieldView, ...]:
        by_field = _group(measures, lambda m: m.fields)
        by_goal = _group(measures, lambda m: m.goals)
        chosen = [f for f in self.plan.fields if not filters.field or f.id == filters.field]
        return tuple(self.field(f, by_field.get(f.id, []), by_goal) for f in chosen)

    def field(
        self,
        action_field: ActionField,
        in_field: list[MeasureView],
        by_goal: dict[str, list[MeasureView]],
    ) -> FieldView:
        goals = [g for g in self.plan.goals if g.field == action_field.id]
        goal_ids = {g.id for g in goals}
        others = [m for m in in_field if not goal_ids.intersection(m.goals)]
        counted = [self.plan.measure(m.id) for m in in_field]
        return FieldView(
            id=action_field.id,
            title=action_field.title,
            description=action_field.description,
            goals=tuple(self.goal(g, by_goal.get(g.id, [])) for g in goals),
            other_measures=tuple(others),
            by_status=_status_counts(in_field, self.language, self.statuses, self.plan.labels),
            total=len(in_field),
            done=sum(1 for m in in_field if m.status == Status.DONE),
            other_rows=tree_rows([m for m in others if m.status != Status.PROPOSED]),
            other_proposals=tuple(m for m in others if m.status == Status.PROPOSED),
            progress=findings.overall_progress([m for m in counted if m is not None], self.plan),
        )

    def goal(self, goal: Goal, linked: list[MeasureView]) -> GoalView:
        return GoalView(
            goal.id,
            goal.title,
            goal.indicator,
            goal.target,
            tuple(linked),
            rows=tree_rows([m for m in linked if m.status != Status.PROPOSED]),
            proposals=tuple(m for m in linked if m.status == Status.PROPOSED),
        )

    def actors(self, measures: tuple[MeasureView, ...]) -> tuple[ActorView, ...]:
        leads = _group(measures, lambda m: m.owner_ids)
        supports = _group(measures, lambda m: m.partner_ids)
        backs = _group(measures, lambda m: m.supporter_ids)
        views = []
        for actor in self.plan.actors:
            if actor.id in leads or actor.id in supports or actor.id in backs:
                kind = self.label("actor_kind", actor.kind or "") if actor.kind else ""
                views.append(
                    ActorView(
                        actor.id,
                        actor.name,
                        kind,
                        tuple(leads.get(actor.id, [])),
                        tuple(supports.get(actor.id, [])),
                        tuple(backs.get(actor.id, [])),
                    )
                )
        return tuple(views)

    def event(self, event: Event) -> EventView:
        return EventView(
            id=event.id,
            title=event.title,
            date=event.date,
            kind=self.label("event_kind", event.kind) if event.kind else "",
            region=_name(self.plan, "regions", event.region) if event.region else None,
            location=event.location,
            participants=tuple(self.actor_name(a) for a in event.participants),
            results=tuple(r for r in event.results if r in self.kept),
            note=event.note,
        )


def _group(
    measures: Iterable[MeasureView], keys: Callable[[MeasureView], Iterable[str]]
) -> dict[str, list[MeasureView]]:
    groups: dict[str, list[MeasureView]] = defaultdict(list)
    for measure in measures:
        for key in keys(measure):
            groups[key].append(measure)
    return groups


__all__ = ["Filters", "ReportContext", "build_context"]
