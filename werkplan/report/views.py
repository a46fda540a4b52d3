"""The shapes a report template sees: the report context and its views of plan entities.

Documented for template authors in docs/report.md; built by ``werkplan.report.context``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from werkplan.model import Measure, Plan, numbered_title
from werkplan.report.indicators import GoalsAndIndicators, IndicatorAlert
from werkplan.timeframes import TimeFrame


@dataclass(frozen=True)
class Filters:
    """Which part of the plan a report shows; empty means everything."""

    field: str | None = None
    region: str | None = None
    owner: str | None = None
    public: bool = False

    def keeps(self, measure: Measure, plan: Plan) -> bool:
        if self.owner and self.owner not in measure.owner:
            return False
        if self.region and self.region not in measure.regions:
            return False
        return not self.field or self.field in plan.fields_of(measure)


@dataclass(frozen=True)
class StatusCount:
    status: str
    label: str
    count: int


@dataclass(frozen=True)
class MilestoneView:
    title: str
    due: TimeFrame | None  # as written; `|date` shows it ("2. Quartal 2026")
    due_day: dt.date | None  # its last day, where the timeline places it
    done: dt.date | None  # the day it was reached
    overdue_days: int  # open and past its due while the measure is worked on; else 0
    note: str | None

    @property
    def reached(self) -> bool:
        return self.done is not None


@dataclass(frozen=True)
class RelationView:
    """Another measure named by a relation, its parent or one of its sub-measures: its id,
    number, title and status, and where the report describes it (``anchor``, the id of its
    entry in "measures in detail"; None where it has none or is not in the report)."""

    id: str
    number: str | None
    title: str
    anchor: str | None
    in_report: bool = False
    status: str | None = None
    status_label: str | None = None
    progress: int | None = None
    kind_label: str | None = None  # set for small projects only

    @property
    def label(self) -> str:
        return numbered_title(self.number, self.title)


@dataclass(frozen=True)
class DecisionView:
    text: str  # "Kreistag: Beschluss vom 13.03.2024 (V/0021/2024)"
    title: str | None
    url: str | None  # only an http, https or mailto address; anything else is no link
    body: str | None  # the deciding actor's name
    date: dt.date | None
    reference: str | None


@dataclass(frozen=True)
class LinkView:
    text: str  # the title, else the address
    url: str | None  # only an http, https or mailto address; anything else is no link


@dataclass(frozen=True)
class UpdateView:
    date: dt.date | None
    status_label: str | None
    assessment_label: str | None
    progress: int | None
    note: str | None


@dataclass(frozen=True)
class AttributeView:
    id: str
    label: str  # the definition's label in the report's language
    value: str  # ready to print: a choice's label, a number with its unit, "ja", a date


@dataclass(frozen=True)
class ColumnView:
    """An attribute the plan shows as a column of the measure tables (plan.report.columns)."""

    id: str
    label: str
    numeric: bool


@dataclass(frozen=True)
class FundingView:
    source: str
    amount: str | None  # "500.000 €"
    status: str | None  # its label ("Bewilligt")
    note: str | None


@dataclass(frozen=True)
class CostsView:
    """A measure's costs, every amount ready to print ("1.100.000 €")."""

    total: str | None
    per_year: str | None
    by_year: tuple[tuple[int, str], ...]
    staff: str | None  # full-time equivalents, "1,5"
    note: str | None


@dataclass(frozen=True)
class MeasureView:
    """One measure as a report shows it: names instead of ids, flags already decided."""

    id: str
    number: str | None  # the plan's original numbering ("Ü1"), shown before the title
    title: str
    short_title: str  # the title cut at a word to label a bar in the timeline
    kind: str  # measure or project
    kind_label: str
    status: str
    status_label: str  # the plan's own label (plan.labels) where it gives one
    assessment: str | None  # on_track, at_risk, off_track
    assessment_label: str | None
    progress: int | None  # percent, from findings.progress
    owner: str | None  # the owners' names, the coordinator of a joint lead marked; None: nobody
    owner_id: str | None  # the coordinating owner
    owner_ids: tuple[str, ...]  # every owner of a joint lead, the coordinator first
    owners: tuple[str, ...]  # their names, in the same order
    joint_lead: bool
    partners: tuple[str, ...]  # names
    partner_ids: tuple[str, ...]
    supporters: tuple[str, ...]  # names of those who could support, not committed
    supporter_ids: tuple[str, ...]
    regions: tuple[str, ...]  # names
    all_regions: bool  # names every region of the plan: shown as "all planning regions"
    locations: tuple[str, ...]
    target_groups: tuple[str, ...]
    fields: tuple[str, ...]  # ids of the fields of action it belongs to
    start: TimeFrame | None  # as written; shown with the `date` filter ("4. Quartal 2026")
    due: TimeFrame | None  # the deadline: `due`, else the end of the measure's horizon
    due_text: str  # the deadline as written, "kurzfristig (bis 2026)" from a horizon; or ""
    horizon: str | None  # the label of its horizon
    start_day: dt.date | None  # the first day of `start`
    due_day: dt.date | None  # the last day of the deadline
    updated: dt.date | None
    note: str | None
    description: str | None
    budget: str | None
    goals: tuple[str, ...]  # its goals; a sub-measure naming none serves its parent's
    parent_id: str | None
    parent: RelationView | None
    ancestor_ids: tuple[str, ...]  # parent first, then its parent …
    children_ids: tuple[str, ...]  # sub-measures and small projects in this report
    children: tuple[RelationView, ...]  # the same, with number, title, status and progress
    overdue_days: int
    due_in_days: int | None  # days until the deadline for open measures
    days_since_review: int | None
    stale: bool
    due_soon: bool
    unowned: bool
    blocked_by: tuple[str, ...]  # ids of the measures that block this one
    internal: bool
    milestones: tuple[MilestoneView, ...]
    costs: CostsView | None
    cost_text: str  # the table's cell: the total, else the yearly amount; or ""
    funding: tuple[FundingView, ...]
    decisions: tuple[DecisionView, ...]
    links: tuple[LinkView, ...]
    updates: tuple[UpdateView, ...]  # the latest dated entries, newest first
    older_updates: int  # how many earlier entries the plan holds besides those
    attributes: tuple[AttributeView, ...]  # in the order the plan defines them
    column_values: tuple[str, ...]  # one per ``ReportContext.columns``
    see_also: tuple[RelationView, ...]  # related, in either direction
    merged_into: tuple[RelationView, ...]
    merged_from: tuple[RelationView, ...]
    superseded_by: tuple[RelationView, ...]
    supersedes: tuple[RelationView, ...]
    anchor: str | None  # id of its entry in "measures in detail"; None when it has none

    @property
    def label(self) -> str:
        """The title with the original numbering before it: "Ü1 Solarkataster"."""
        return numbered_title(self.number, self.title)


@dataclass(frozen=True)
class MeasureRow:
    """A measure in a table, under its parent: ``level`` 0 for a measure whose parent is not
    in the table, 1 for its sub-measures, and so on."""

    measure: MeasureView
    level: int


@dataclass(frozen=True)
class GoalView:
    id: str
    title: str
    indicator: str | None
    target: str | None
    measures: tuple[MeasureView, ...]  # every measure for the goal, proposals included
    rows: tuple[MeasureRow, ...] = ()  # the decided ones, sub-measures under their parent
    proposals: tuple[MeasureView, ...] = ()  # listed in the report's own proposals section

    @property
    def gap(self) -> bool:
        return not self.measures


@dataclass(frozen=True)
class FieldView:
    id: str
    title: str
    description: str | None
    goals: tuple[GoalView, ...]
    other_measures: tuple[MeasureView, ...]  # linked to the field but to none of its goals
    by_status: tuple[StatusCount, ...]
    total: int
    done: int
    other_rows: tuple[MeasureRow, ...] = ()  # other_measures without proposals, as a tree
    other_proposals: tuple[MeasureView, ...] = ()
    progress: int | None = None  # percent, findings.overall_progress of its measures


@dataclass(frozen=True)
class ActorView:
    id: str
    name: str
    kind: str
    leads: tuple[MeasureView, ...]
    supports: tuple[MeasureView, ...]
    backs: tuple[MeasureView, ...] = ()  # measures it could support (supporters)


@dataclass(frozen=True)
class EventView:
    id: str
    title: str
    date: dt.date | None
    kind: str
    region: str | None
    location: str | None
    participants: tuple[str, ...]
    results: tuple[str, ...]
    note: str | None


@dataclass(frozen=True)
class Summary:
    total: int
    by_status: tuple[StatusCount, ...]
    done_percent: int
    overdue: int
    unowned: int
    due_soon: int
    stale: int
    blocked: int
    gaps: int
    proposals: int = 0
    at_risk: int = 0
    progress: int | None = None  # percent over the report's measures


@dataclass(frozen=True)
class CostRow:
    """Cost sums over some measures (a field of action, or the whole report), ready to print;
    empty texts where no measure states that figure."""

    title: str
    measures: int  # how many of them state any cost
    total: str
    per_year: str
    staff: str
    by_year: tuple[str, ...]  # one per ``CostSection.years``


@dataclass(frozen=True)
class CostSection:
    """The section on costs and funding: sums from findings.costs over decided measures."""

    years: tuple[int, ...]
    fields: tuple[CostRow, ...]
    total: CostRow
    funding_by_status: tuple[tuple[str, str], ...]  # (label, amount)
    funding_by_source: tuple[tuple[str, str], ...]  # (source, amount)
    funding_secured: str  # approved and paid together


@dataclass(frozen=True)
class ReportContext:
    title: str
    organisation: str
    description: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    accessibility_statement: str | None
    language: str  # of the report's own words
    content_language: str  # of the plan's texts (titles, notes), which are not translated
    today: dt.date
    filters: tuple[tuple[str, str], ...]  # (label, value) pairs, ready to print
    summary: Summary
    measures: tuple[MeasureView, ...]  # every measure in the report, in plan order
    overdue: tuple[MeasureView, ...]  # most days late first
    unowned: tuple[MeasureView, ...]
    due_soon: tuple[MeasureView, ...]  # soonest first
    stale: tuple[MeasureView, ...]
    blocked: tuple[MeasureView, ...]
    fields: tuple[FieldView, ...]
    actors: tuple[ActorView, ...]  # only actors that lead or support a measure here
    past_events: tuple[EventView, ...]  # most recent first
    upcoming_events: tuple[EventView, ...]  # soonest first
    due_soon_days: int
    stale_after_days: int
    changes: ChangesView | None = None  # with --since: what changed, for "changes since …"
    decisions: tuple[DecisionView, ...] = ()  # the plan's own (plan.decisions)
    links: tuple[LinkView, ...] = ()  # the plan's own (plan.links)
    proposals: tuple[MeasureView, ...] = ()  # suggested, not decided yet
    at_risk: tuple[MeasureView, ...] = ()  # assessed off track first, then at risk
    columns: tuple[ColumnView, ...] = ()  # attributes shown as columns of measure tables
    costs: CostSection | None = None  # None when no measure states costs or funding
    detailed: tuple[MeasureView, ...] = ()  # measures with an entry in "measures in detail"
    show_progress: bool = False  # the plan states progress, milestones or sub-measures
    show_assessment: bool = False  # some measure carries an assessment
    show_costs: bool = False  # some measure states costs
    show_backs: bool = False  # some measure names supporters
    # Goals with their indicators, charts and tables (report/indicators.py); and the series
    # that are behind, missed or stale, worst first, for the meeting.
    goals_and_indicators: GoalsAndIndicators = field(default_factory=GoalsAndIndicators)
    indicator_alerts: tuple[IndicatorAlert, ...] = ()


@dataclass(frozen=True)
class ChangeView:
    id: str
    kind: str  # added, removed, changed
    headline: str  # "Maßnahme M-1 „Titel“ geändert"
    details: tuple[str, ...]  # "Status: Geplant → Abgeschlossen", commits


@dataclass(frozen=True)
class ChangesView:
    since: str  # "3f2a1bc (20.11.2026, „Subject“)"
    items: tuple[ChangeView, ...]
