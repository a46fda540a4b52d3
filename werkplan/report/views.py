"""The shapes a report template sees: the report context and its views of plan entities.

Documented for template authors in docs/report.md; built by ``werkplan.report.context``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from werkplan.model import Measure, Plan
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
class MeasureView:
    """One measure as a report shows it: names instead of ids, flags already decided."""

    id: str
    title: str
    short_title: str  # the title cut at a word to label a bar in the timeline
    status: str
    status_label: str
    owner: str | None  # the owners' names; None when nobody is responsible
    owner_id: str | None  # the coordinating owner
    owner_ids: tuple[str, ...]  # every owner of a joint lead, the coordinator first
    partners: tuple[str, ...]  # names
    partner_ids: tuple[str, ...]
    regions: tuple[str, ...]  # names
    all_regions: bool  # names every region of the plan: shown as "all planning regions"
    fields: tuple[str, ...]  # ids of the fields of action it belongs to
    start: TimeFrame | None  # as written; shown with the `date` filter ("4. Quartal 2026")
    due: TimeFrame | None  # the deadline: `due`, else the end of the measure's horizon
    start_day: dt.date | None  # the first day of `start`
    due_day: dt.date | None  # the last day of the deadline
    updated: dt.date | None
    note: str | None
    description: str | None
    goals: tuple[str, ...]
    overdue_days: int
    due_in_days: int | None  # days until the deadline for open measures
    days_since_review: int | None
    stale: bool
    due_soon: bool
    unowned: bool
    blocked_by: tuple[str, ...]  # ids of the measures that block this one
    internal: bool


@dataclass(frozen=True)
class GoalView:
    id: str
    title: str
    indicator: str | None
    target: str | None
    measures: tuple[MeasureView, ...]

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


@dataclass(frozen=True)
class ActorView:
    id: str
    name: str
    kind: str
    leads: tuple[MeasureView, ...]
    supports: tuple[MeasureView, ...]


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
