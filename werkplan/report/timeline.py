"""Geometry of the timeline: one bar per measure from start to deadline, grouped by field.

Pure arithmetic on the report context, so the HTML template only places what is computed
here, and the Markdown template reads the same bars for its Mermaid chart. Positions come
twice: in percent of the chart's width (``left``, ``span``), which the HTML report uses so
the chart takes the width of the screen or page, and in pixels of a fixed drawing (``x``,
``width``, ``y``) for templates that draw an SVG.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from werkplan.report.tree import tree_rows
from werkplan.report.views import MeasureView, ReportContext

LABEL_WIDTH = 120
CHART_WIDTH = 560
ROW_HEIGHT = 18
GROUP_HEIGHT = 26
AXIS_HEIGHT = 34
# How far right a note after a bar ("overdue") still has room, in percent of the chart's
# width; further right it goes before the bar or, on a long bar, inside it.
ROOM_ON_THE_RIGHT = 75.0


@dataclass(frozen=True)
class MilestoneMark:
    """A milestone as a small diamond on its measure's row, at the last day of its due."""

    title: str
    day: dt.date
    reached: bool
    late: bool  # open and past its due
    x: float
    left: float  # percent of the chart's width


@dataclass(frozen=True)
class Bar:
    measure: MeasureView
    start: dt.date
    end: dt.date
    x: float
    width: float
    y: float
    overdue: bool
    milestone: bool  # no start date: shown as a point at the deadline
    left: float  # percent of the chart's width where the bar starts
    span: float  # percent of the chart's width the bar covers
    note_place: str  # where a note on the bar fits: "after", "before" or "inside" it
    level: int = 0  # 1 for a sub-measure under its measure, 2 under that …
    milestones: tuple[MilestoneMark, ...] = ()


@dataclass(frozen=True)
class BarGroup:
    field_id: str
    title: str
    y: float
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Tick:
    x: float
    day: dt.date
    labelled: bool
    left: float  # percent of the chart's width


@dataclass(frozen=True)
class Timeline:
    start: dt.date
    end: dt.date
    label_width: int
    chart_width: int
    width: int
    height: float
    ticks: tuple[Tick, ...]
    groups: tuple[BarGroup, ...]
    today_x: float | None
    today_left: float | None  # percent of the chart's width; None outside the chart
    today_label_before: bool  # in the right half: the reference date's label ends at its line
    undated: tuple[MeasureView, ...]  # measures without a deadline, not drawn


def build_timeline(context: ReportContext) -> Timeline:
    dated = [m for m in context.measures if m.due_day]
    start, end = _span(context, dated)
    scale = _Scale(start, end)
    groups, y = [], float(AXIS_HEIGHT)
    for field in context.fields:
        in_field = [m for m in dated if m.fields and m.fields[0] == field.id]
        if not in_field:
            continue
        bars = []
        for row, placed in enumerate(tree_rows(in_field, _bar_order), start=1):
            bar = _bar(placed.measure, scale, y + GROUP_HEIGHT + (row - 1) * ROW_HEIGHT)
            bars.append(dataclasses.replace(bar, level=placed.level))
        groups.append(BarGroup(field.id, field.title, y, tuple(bars)))
        y += GROUP_HEIGHT + len(bars) * ROW_HEIGHT
    shown = start <= context.today <= end
    today_left = scale.percent(context.today) if shown else None
    return Timeline(
        start=start,
        end=end,
        label_width=LABEL_WIDTH,
        chart_width=CHART_WIDTH,
        width=LABEL_WIDTH + CHART_WIDTH + 10,
        height=y + 8,
        ticks=_ticks(start, end, scale),
        groups=tuple(groups),
        today_x=scale.x(context.today) if shown else None,
        today_left=today_left,
        today_label_before=today_left is not None and today_left > 50,
        undated=tuple(m for m in context.measures if not m.due_day),
    )


def _bar_order(measure: MeasureView) -> tuple[dt.date, str]:
    return (measure.start_day or measure.due_day or dt.date.min, measure.id)


def _span(context: ReportContext, dated: list[MeasureView]) -> tuple[dt.date, dt.date]:
    days = [d for m in dated for d in (m.start_day, m.due_day) if d]
    days += [s.due_day for m in dated for s in m.milestones if s.due_day]
    days += [d for d in (context.period_start, context.period_end, context.today) if d]
    start, end = min(days), max(days)
    return dt.date(start.year, start.month, 1), _month_after(end)


def _month_after(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


class _Scale:
    def __init__(self, start: dt.date, end: dt.date) -> None:
        self.start = start
        self.days = max((end - start).days, 1)

    def fraction(self, day: dt.date) -> float:
        return (day - self.start).days / self.days

    def x(self, day: dt.date) -> float:
        return round(LABEL_WIDTH + CHART_WIDTH * self.fraction(day), 1)

    def percent(self, day: dt.date) -> float:
        return round(100 * self.fraction(day), 2)


def _bar(measure: MeasureView, scale: _Scale, y: float) -> Bar:
    assert measure.due_day is not None
    start = measure.start_day or measure.due_day
    x = scale.x(start)
    left, right = scale.percent(start), scale.percent(measure.due_day)
    return Bar(
        measure=measure,
        start=start,
        end=measure.due_day,
        x=x,
        width=max(round(scale.x(measure.due_day) - x, 1), 2.0),
        y=y,
        overdue=measure.overdue_days > 0,
        milestone=measure.start_day is None,
        left=left,
        span=round(right - left, 2),
        note_place=_note_place(left, right),
        milestones=tuple(
            MilestoneMark(
                title=s.title,
                day=s.due_day,
                reached=s.reached,
                late=s.overdue_days > 0,
                x=scale.x(s.due_day),
                left=scale.percent(s.due_day),
            )
            for s in measure.milestones
            if s.due_day
        ),
    )


def _note_place(left: float, right: float) -> str:
    if right <= ROOM_ON_THE_RIGHT:
        return "after"
    if left >= 100 - ROOM_ON_THE_RIGHT:
        return "before"
    return "inside"  # the bar is long enough to carry its note


def _ticks(start: dt.date, end: dt.date, scale: _Scale) -> tuple[Tick, ...]:
    ticks, day = [], start
    months = (end.year - start.year) * 12 + end.month - start.month
    every = 1 if months <= 8 else 3 if months <= 24 else 6 if months <= 48 else 12
    while day <= end:
        labelled = (day.month - 1) % every == 0 and day < end
        ticks.append(Tick(scale.x(day), day, labelled, scale.percent(day)))
        day = _month_after(day)
    return tuple(ticks)
