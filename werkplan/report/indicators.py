"""The report's goals and indicators: each indicator's series as werkplan judges them, ready
to print and to draw.

Nothing here decides anything. Verdicts, progress, the value the path asks for and which
targets a series uses come from ``werkplan.findings.indicators``; this module formats
numbers and dates, names regions, and places points in a chart (pure arithmetic, as
``timeline.py`` does for measures). The HTML template draws the charts as inline SVG from
these positions; the Markdown template prints the tables and the Mermaid charts made here.
Documented for template authors in docs/report.md.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from urllib.parse import quote

from werkplan import i18n
from werkplan.findings import indicators as judge
from werkplan.model import Goal, Indicator, Plan, SeriesPoint
from werkplan.problems import MessageArg
from werkplan.safe_text import Markdown, mermaid_text, safe_url
from werkplan.timeframes import TimeFrame

# A sign per verdict, so that it reads without colour and in grey-scale print.
VERDICT_SYMBOLS = {
    "reached": "✓",
    "on_track": "●",
    "behind": "⚠",
    "missed": "✕",
    "stale": "◷",
    "no_data": "∅",
}
NO_VERDICT_SYMBOL = "–"  # targets missing: nothing to judge against
# "Information source" for a context figure (direction none), never judged by colour.
CONTEXT_SYMBOL = "\u2139"

# Inside a Markdown link target <…>: what would end it, escape in it or break its line.
_LINK_UNSAFE = re.compile(r"[<>\\\s\x00-\x1f\x7f-\x9f]")

# How lines of one chart differ without colour: a dash pattern and a point shape each.
LINE_STYLES = (("", "circle"), ("9 3 2 3", "square"), ("2 3", "triangle"))
# More lines than this, or more than one line with its own targets: one small chart each.
MOST_LINES = len(LINE_STYLES)


@dataclass(frozen=True)
class VerdictView:
    key: str | None  # reached, on_track, behind, missed, stale, no_data; None: nothing judged
    label: str  # in words, the plan's own label where it renames a verdict
    symbol: str
    context: bool  # a context indicator (direction none): shown without a verdict colour

    @property
    def tone(self) -> str:
        """The CSS class suffix: the verdict, or "context" / "none" (no colour)."""
        if self.context:
            return "context"
        return self.key or "none"


@dataclass(frozen=True)
class SeriesView:
    """One series of an indicator: the overall one or a region's, judged by findings."""

    region_id: str | None  # None: the overall series
    label: str  # the region's name, or "overall"
    verdict: VerdictView
    latest_value: str | None  # "7 Orte"
    latest_date: TimeFrame | None
    baseline_value: str | None
    baseline_date: TimeFrame | None
    next_target_value: str | None
    next_target_date: TimeFrame | None
    progress: str | None  # "50 %" of the way from the baseline to the next target
    detail: str | None  # why it is behind, missed or stale, in words


@dataclass(frozen=True)
class RowView:
    """A line of an indicator's table: a baseline, a value or a target of one series."""

    date: TimeFrame
    region: str  # the series' label
    kind: str  # baseline, value, target
    kind_label: str
    value: str  # the number without its unit; "" in a target's row
    path: str  # what the path asks for on that date; "" where it is not defined
    note: str | None


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    date: TimeFrame
    shown: str  # the number as printed (without the unit)


@dataclass(frozen=True)
class ChartLine:
    """One series in a chart: its values, its baseline, its targets and its path."""

    label: str
    style: int  # index into LINE_STYLES: colour, dash pattern and point shape
    dash: str  # SVG stroke-dasharray, "" for a solid line
    marker: str  # circle, square, triangle
    points: tuple[ChartPoint, ...]  # the values, by date
    polyline: str  # "x,y x,y …" of the values
    baseline: ChartPoint | None
    targets: tuple[ChartPoint, ...]
    label_x: float | None  # where the line's name stands at its end; None: not labelled
    label_y: float | None


@dataclass(frozen=True)
class Tick:
    position: float  # x of a year boundary, or y of a value
    label: str  # "" for an unlabelled boundary
    label_position: float  # x where a year's label is centred, or y of a value's label


@dataclass(frozen=True)
class Chart:
    """One SVG chart, in the units of its viewBox; every point lies inside the plot area."""

    id: str
    title: str  # the region of a small multiple; "" for the one chart of an indicator
    width: int
    height: int
    left: float  # the plot area
    top: float
    right: float
    bottom: float
    font_size: int
    years: tuple[Tick, ...]
    values: tuple[Tick, ...]
    unit: str
    today_x: float | None
    lines: tuple[ChartLine, ...]


@dataclass(frozen=True)
class MermaidChart:
    """A Mermaid ``xychart-beta`` of one series, ready to print inside a ```mermaid block."""

    text: Markdown
    label: str  # the series: a region's name, or "overall"
    has_path: bool  # a second line: the target path


@dataclass(frozen=True)
class IndicatorView:
    id: str
    anchor: str  # the HTML id of its part of the report
    title: str
    description: str | None
    unit: str
    direction: str
    direction_label: str
    context: bool  # direction none
    verdict: VerdictView  # the indicator's: its overall series, else its worst region
    series: tuple[SeriesView, ...]  # overall first (where it has values), then regions
    rows: tuple[RowView, ...]  # the table: each series' baseline, values and targets by date
    charts: tuple[Chart, ...]  # one chart, or one per series (small multiples)
    small_multiples: bool
    mermaid: tuple[MermaidChart, ...]  # one per series with two values, or values and targets
    source_name: str | None
    source_url: str | None  # only an http, https or mailto address
    source_license: str | None
    measures: tuple[str, ...]
    has_regions: bool  # some series is a region's: the tables get a region column

    @property
    def source_link(self) -> Markdown | None:
        """The source's address as a Markdown link target ``<…>``: what could end it or
        start a new line percent-encoded."""
        if self.source_url is None:
            return None
        return Markdown(_LINK_UNSAFE.sub(lambda m: quote(m.group(), safe=""), self.source_url))

    @property
    def has_path(self) -> bool:
        """Some row has a value of the target path: the tables get its column."""
        return any(row.path for row in self.rows)

    @property
    def draws_baseline(self) -> bool:
        return any(line.baseline for chart in self.charts for line in chart.lines)

    @property
    def draws_targets(self) -> bool:
        return any(line.targets for chart in self.charts for line in chart.lines)


@dataclass(frozen=True)
class GoalIndicators:
    id: str
    title: str
    indicator: str | None  # the goal's own text, as written before indicators existed
    target: str | None
    verdict: VerdictView | None  # the worst of its indicators; None without indicators
    indicators: tuple[IndicatorView, ...]
    shown_elsewhere: tuple[tuple[str, str, str], ...]  # (id, title, anchor) under another goal


@dataclass(frozen=True)
class FieldIndicators:
    id: str
    title: str
    goals: tuple[GoalIndicators, ...]


@dataclass(frozen=True)
class GoalsAndIndicators:
    fields: tuple[FieldIndicators, ...] = ()
    other: tuple[IndicatorView, ...] = ()  # indicators of no goal shown in the report
    count: int = 0  # indicators shown

    @property
    def shown(self) -> bool:
        """The section appears when the report has indicators to show."""
        return self.count > 0


@dataclass(frozen=True)
class IndicatorAlert:
    """A series the meeting should look at: behind, missed or stale (as `check` warns)."""

    id: str
    title: str
    anchor: str
    region: str | None  # the region's name for a region's series
    verdict: VerdictView
    latest_value: str | None
    latest_date: TimeFrame | None
    detail: str | None


def build_indicators(
    plan: Plan, today: dt.date, language: str, field: str | None = None
) -> tuple[GoalsAndIndicators, tuple[IndicatorAlert, ...]]:
    """The section and the alerts for the meeting, for the fields the report shows.

    ``plan`` is what the report may show (with --public, without internal indicators)."""
    if not plan.indicators:
        return GoalsAndIndicators(), ()
    views = _IndicatorViews(plan, today, language)
    placed: dict[str, str] = {}  # indicator id → the goal it is shown under
    fields = []
    for action_field in plan.fields:
        if field and action_field.id != field:
            continue
        goals = [g for g in plan.goals if g.field == action_field.id]
        shown = tuple(views.goal(g, placed) for g in goals)
        fields.append(FieldIndicators(action_field.id, action_field.title, shown))
    other: tuple[IndicatorView, ...] = ()
    if not field:
        other = tuple(views.indicator(i) for i in plan.indicators if i.id not in placed)
    section = GoalsAndIndicators(
        fields=tuple(f for f in fields if any(g.indicators or g.shown_elsewhere for g in f.goals)),
        other=other,
        count=len(placed) + len(other),
    )
    shown_ids = set(placed) | {i.id for i in other}
    return section, views.alerts([i for i in plan.indicators if i.id in shown_ids])


class _IndicatorViews:
    def __init__(self, plan: Plan, today: dt.date, language: str) -> None:
        self.plan = plan
        self.today = today
        self.language = language
        self.states = {i.id: judge.assess(i, today) for i in plan.indicators}
        self.cache: dict[str, IndicatorView] = {}
        self.written_decimals: dict[str, int] = {}
        self.kind_labels = {kind: self.text(key) for kind, key in _KIND_TEXTS.items()}

    def text(self, key: str, **args: MessageArg) -> str:
        return i18n.text(key, self.language, **args)

    def goal(self, goal: Goal, placed: dict[str, str]) -> GoalIndicators:
        own, elsewhere = [], []
        for indicator in judge.indicators_of(goal, self.plan):
            if placed.setdefault(indicator.id, goal.id) == goal.id:
                own.append(self.indicator(indicator))
            else:
                elsewhere.append((indicator.id, indicator.title, _anchor(indicator)))
        judged = own or elsewhere
        verdict = judge.goal_verdict(goal, self.plan, self.today) if judged else None
        return GoalIndicators(
            id=goal.id,
            title=goal.title,
            indicator=goal.indicator,
            target=goal.target,
            verdict=self.verdict(verdict, context=False) if judged else None,
            indicators=tuple(own),
            shown_elsewhere=tuple(elsewhere),
        )

    def verdict(self, key: str | None, context: bool) -> VerdictView:
        if context and key is None:
            return VerdictView(None, self.text("ind_context"), CONTEXT_SYMBOL, True)
        if key is None:
            return VerdictView(None, self.text("ind_no_target"), NO_VERDICT_SYMBOL, context)
        label = i18n.label("verdict", key, self.language, self.plan.labels)
        return VerdictView(key, label, VERDICT_SYMBOLS.get(key, NO_VERDICT_SYMBOL), context)

    def region_label(self, region: str | None) -> str:
        if region is None:
            return self.text("ind_overall")
        return self.plan.region_name(region)

    def number(self, indicator: Indicator, value: float, computed: bool = False) -> str:
        """A value as written (or with the indicator's decimals); a value computed on the
        path with as many decimals as the written ones, at least one (7,333… → 7,3)."""
        decimals = self.path_decimals(indicator, value) if computed else indicator.decimals
        return i18n.format_number(value, self.language, decimals)

    def path_decimals(self, indicator: Indicator, value: float) -> int:
        """Decimals for a number computed on the path: the indicator's, else as many as its
        written numbers have (at most three, at least one), none where it comes out whole."""
        if indicator.decimals is not None:
            return indicator.decimals
        decimals = self.written_decimals.get(indicator.id)
        if decimals is None:
            points = [indicator.baseline, *indicator.targets, *indicator.values]
            written = [_written_decimals(p.value) for p in points if p and p.value is not None]
            decimals = self.written_decimals[indicator.id] = min(max([1, *written]), 3)
        return 0 if float(round(value, decimals)).is_integer() else decimals

    def number_with(self, value: float, decimals: int) -> str:
        return i18n.format_number(value, self.language, decimals)

    def quantity(
        self, indicator: Indicator, value: float | None, computed: bool = False
    ) -> str | None:
        if value is None:
            return None
        decimals = self.path_decimals(indicator, value) if computed else indicator.decimals
        return i18n.format_quantity(value, indicator.unit or "", self.language, decimals)

    def shown_states(self, indicator: Indicator) -> tuple[judge.SeriesState, ...]:
        """The overall series, unless only regions have values; then each region's."""
        states = self.states[indicator.id]
        if len(states) > 1 and not states[0].values:
            return states[1:]
        return states

    def indicator(self, indicator: Indicator) -> IndicatorView:
        if indicator.id in self.cache:
            return self.cache[indicator.id]
        way = judge.direction(indicator)
        context = way == "none"
        states = self.shown_states(indicator)
        source = indicator.source
        charts = _Charts(self, indicator, states).build()
        view = IndicatorView(
            id=indicator.id,
            anchor=_anchor(indicator),
            title=indicator.title,
            description=indicator.description,
            unit=indicator.unit or "",
            direction=way,
            direction_label=i18n.label("direction", way, self.language, self.plan.labels),
            context=context,
            verdict=self.verdict(judge.indicator_verdict(indicator, self.today), context),
            series=tuple(self.series(indicator, s, context) for s in states),
            rows=tuple(row for s in states for row in self.rows(indicator, s)),
            charts=charts,
            small_multiples=len(charts) > 1,
            mermaid=tuple(self.mermaid(indicator, s) for s in states if _charted(s)),
            source_name=source.name if source else None,
            source_url=safe_url(source.url) if source and source.url else None,
            source_license=source.license if source else None,
            measures=indicator.measures,
            has_regions=any(s.region is not None for s in states),
        )
        self.cache[indicator.id] = view
        return view

    def series(self, indicator: Indicator, state: judge.SeriesState, context: bool) -> SeriesView:
        latest, baseline, target = state.latest, state.baseline, state.next_target
        progress = None
        if state.progress is not None:
            progress = i18n.format_percent(state.progress, self.language, "\u00a0")
        return SeriesView(
            region_id=state.region,
            label=self.region_label(state.region),
            verdict=self.verdict(state.verdict, context),
            latest_value=self.quantity(indicator, latest.value) if latest else None,
            latest_date=latest.date if latest else None,
            baseline_value=self.quantity(indicator, baseline.value) if baseline else None,
            baseline_date=baseline.date if baseline else None,
            next_target_value=self.quantity(indicator, target.value) if target else None,
            next_target_date=target.date if target else None,
            progress=progress,
            detail=self.detail(indicator, state),
        )

    def detail(self, indicator: Indicator, state: judge.SeriesState) -> str | None:
        """Why a series is behind, missed or stale, with the numbers findings found."""
        if state.verdict == "missed" and state.missed_target is not None:
            target = state.missed_target
            assert target.date is not None
            return self.text(
                "ind_missed_detail",
                target=self.quantity(indicator, target.value) or "",
                date=target.date,
            )
        if state.verdict == "behind" and state.expected is not None:
            expected = self.quantity(indicator, state.expected, computed=True) or ""
            return self.text("ind_behind_detail", expected=expected)
        if state.verdict == "stale" and state.days_since_value is not None:
            return self.text(
                "ind_stale_detail",
                days=state.days_since_value,
                limit=indicator.update_every_days or 0,
            )
        return None

    def rows(self, indicator: Indicator, state: judge.SeriesState) -> list[RowView]:
        label = self.region_label(state.region)
        points = []
        baseline = _shown_baseline(state)
        if baseline is not None and not any(p is baseline for p in state.values):
            points.append(("baseline", baseline))
        points += [("baseline" if p is baseline else "value", p) for p in state.values]
        points += [("target", p) for p in state.targets]
        points.sort(key=lambda item: (_day(item[1]), _KIND_ORDER[item[0]]))
        rows = []
        for kind, point in points:
            assert point.date is not None
            path = judge.path_value(state, _day(point))
            rows.append(
                RowView(
                    date=point.date,
                    region=label,
                    kind=kind,
                    kind_label=self.kind_labels[kind],
                    value=_shown(self, indicator, point.value) if kind != "target" else "",
                    path=self.number(indicator, path, computed=True) if path is not None else "",
                    note=point.note,
                )
            )
        return rows

    def mermaid(self, indicator: Indicator, state: judge.SeriesState) -> MermaidChart:
        text, has_path = _mermaid_chart(self, indicator, state)
        return MermaidChart(Markdown(text), self.region_label(state.region), has_path)

    def alerts(self, indicators: Iterable[Indicator]) -> tuple[IndicatorAlert, ...]:
        found = []
        for indicator in indicators:
            context = judge.direction(indicator) == "none"
            for state in self.states[indicator.id]:
                if state.verdict not in judge.JUDGED:
                    continue
                latest = state.latest
                found.append(
                    IndicatorAlert(
                        id=indicator.id,
                        title=indicator.title,
                        anchor=_anchor(indicator),
                        region=self.region_label(state.region) if state.region else None,
                        verdict=self.verdict(state.verdict, context),
                        latest_value=self.quantity(indicator, latest.value) if latest else None,
                        latest_date=latest.date if latest else None,
                        detail=self.detail(indicator, state),
                    )
                )
        # the worst first, as a goal takes its worst indicator's verdict
        found.sort(key=lambda a: judge.VERDICT_ORDER.index(a.verdict.key or "no_data"))
        return tuple(found)


_KIND_ORDER = {"baseline": 0, "value": 1, "target": 2}
_KIND_TEXTS = {"baseline": "ind_kind_baseline", "value": "ind_kind_value", "target": "target"}


def _charted(state: judge.SeriesState) -> bool:
    """A Mermaid chart needs values and two dates on its axis: one value alone is a table."""
    return bool(state.values) and (len(state.values) > 1 or bool(state.targets))


def _shown_baseline(state: judge.SeriesState) -> SeriesPoint | None:
    """The baseline as such: where the series has targets, or where it is written apart
    from the values. A series without targets just starts with its first value."""
    baseline = state.baseline
    if baseline is None or state.targets:
        return baseline
    return None if any(p is baseline for p in state.values) else baseline


def _anchor(indicator: Indicator) -> str:
    return f"k-{indicator.id}"


def _day(point: SeriesPoint) -> dt.date:
    """The day a value counts on, as findings read it: the end of its time frame."""
    assert point.date is not None
    return point.date.last


def _written_decimals(value: float) -> int:
    return 0 if float(value).is_integer() else len(repr(float(value)).split(".")[1])


def _shown(views: _IndicatorViews, indicator: Indicator, value: float | None) -> str:
    return views.number(indicator, value) if value is not None else ""


def _small_multiples(states: tuple[judge.SeriesState, ...]) -> bool:
    drawn = [s for s in states if s.values or s.targets]
    with_targets = [s for s in drawn if s.targets]
    return len(drawn) > MOST_LINES or (len(drawn) > 1 and len(with_targets) > 1)


# --- Charts -------------------------------------------------------------------------------

BIG = {"width": 640, "height": 250, "font": 12, "top": 26, "bottom": 28, "label_room": 112}
SMALL = {"width": 320, "height": 200, "font": 11, "top": 24, "bottom": 26, "label_room": 0}
CHAR_WIDTH = 0.62  # of the font size: enough room for a value label of that many characters


class _Charts:
    """Places the series of one indicator in one chart, or in one small chart each."""

    def __init__(
        self, views: _IndicatorViews, indicator: Indicator, states: tuple[judge.SeriesState, ...]
    ) -> None:
        self.views = views
        self.indicator = indicator
        self.states = [s for s in states if s.values or s.targets or s.baseline]
        points = [p for s in self.states for p in _drawn_points(s)]
        self.days = [_day(p) for p in points] + [views.today]
        self.numbers = [float(p.value) for p in points if p.value is not None]

    def build(self) -> tuple[Chart, ...]:
        if not self.states or not self.numbers:
            return ()
        anchor = _anchor(self.indicator)
        if _small_multiples(tuple(self.states)):
            return tuple(
                self.chart(f"{anchor}-c{n}", [state], SMALL, self.views.region_label(state.region))
                for n, state in enumerate(self.states, start=1)
            )
        return (self.chart(f"{anchor}-c1", self.states, BIG, ""),)

    def chart(
        self, chart_id: str, states: list[judge.SeriesState], size: dict[str, int], title: str
    ) -> Chart:
        width, height, font = size["width"], size["height"], size["font"]
        ticks, decimals = _value_ticks(min(self.numbers), max(self.numbers))
        labels = [self.views.number_with(t, decimals) for t in ticks]
        left = 10 + max(len(label) for label in labels) * font * CHAR_WIDTH
        labelled = len(states) > 1
        right = width - 10 - (size["label_room"] if labelled else 0)
        top, bottom = float(size["top"]), float(height - size["bottom"])
        x_scale = _TimeScale(min(self.days), max(self.days), left, right)
        y_scale = _ValueScale(ticks[0], ticks[-1], top, bottom)
        lines = [
            self.line(state, index if labelled else 0, x_scale, y_scale)
            for index, state in enumerate(states)
        ]
        if labelled:
            lines = _place_labels(lines, font + 2, top, bottom)
        return Chart(
            id=chart_id,
            title=title,
            width=width,
            height=height,
            left=round(left, 1),
            top=top,
            right=round(right, 1),
            bottom=bottom,
            font_size=font,
            years=x_scale.years(),
            values=tuple(
                Tick(y_scale.y(t), label, y_scale.y(t))
                for t, label in zip(ticks, labels, strict=True)
            ),
            unit=self.indicator.unit or "",
            today_x=x_scale.x(self.views.today),
            lines=tuple(lines),
        )

    def line(
        self, state: judge.SeriesState, style: int, xs: _TimeScale, ys: _ValueScale
    ) -> ChartLine:
        def place(point: SeriesPoint) -> ChartPoint:
            assert point.date is not None
            assert point.value is not None
            shown = self.views.number(self.indicator, point.value)
            return ChartPoint(xs.x(_day(point)), ys.y(float(point.value)), point.date, shown)

        values = tuple(place(p) for p in state.values if p.value is not None)
        baseline = _shown_baseline(state)
        has_baseline = baseline is not None and baseline.value is not None
        dash, marker = LINE_STYLES[style]
        return ChartLine(
            label=self.views.region_label(state.region),
            style=style,
            dash=dash,
            marker=marker,
            points=values,
            polyline=" ".join(f"{p.x},{p.y}" for p in values),
            baseline=place(baseline) if baseline is not None and has_baseline else None,
            targets=tuple(place(t) for t in state.targets if t.value is not None),
            label_x=round(values[-1].x + 8, 1) if values else None,
            label_y=values[-1].y if values else None,
        )


def _drawn_points(state: judge.SeriesState) -> list[SeriesPoint]:
    points = list(state.values) + list(state.targets)
    if state.baseline is not None:
        points.append(state.baseline)
    return [p for p in points if p.date is not None and p.value is not None]


def _place_labels(lines: list[ChartLine], gap: float, top: float, bottom: float) -> list[ChartLine]:
    """Line names at the line ends, moved apart where two would overlap."""
    placed: dict[int, float] = {}
    order = sorted(
        (i for i, line in enumerate(lines) if line.label_y is not None),
        key=lambda i: lines[i].label_y or 0.0,
    )
    previous = top - gap
    for index in order:
        wanted = max((lines[index].label_y or 0.0) + gap / 3, previous + gap)
        placed[index] = wanted
        previous = wanted
    overflow = previous - bottom
    if overflow > 0:  # pushed below the plot: move them all up
        placed = {i: y - overflow for i, y in placed.items()}
    return [
        _with_label_y(line, round(placed[i], 1)) if i in placed else line
        for i, line in enumerate(lines)
    ]


def _with_label_y(line: ChartLine, y: float) -> ChartLine:
    return replace(line, label_y=y)


# Room between the plot's edges and the first and last year, so that a point on the first
# or last day is drawn whole inside the plot.
EDGE = 8.0


class _TimeScale:
    """Whole years from the earliest to the latest day shown (today included)."""

    def __init__(self, first: dt.date, last: dt.date, left: float, right: float) -> None:
        self.start = dt.date(first.year, 1, 1)
        self.end = dt.date(last.year + 1, 1, 1)
        self.left, self.right = left + EDGE, right - EDGE
        self.days = (self.end - self.start).days

    def x(self, day: dt.date) -> float:
        share = (day - self.start).days / self.days
        return round(self.left + (self.right - self.left) * share, 1)

    def years(self) -> tuple[Tick, ...]:
        count = self.end.year - self.start.year
        room = (self.right - self.left) / count  # per year
        every = 1 if room >= 34 else 2 if room >= 17 else 5 if room >= 7 else 10
        ticks = []
        for year in range(self.start.year, self.end.year + 1):
            x = self.x(dt.date(year, 1, 1))
            shown = year < self.end.year and year % every == 0
            middle = self.x(dt.date(year, 7, 2)) if year < self.end.year else x
            ticks.append(Tick(x, str(year) if shown else "", middle))
        return tuple(ticks)


class _ValueScale:
    def __init__(self, low: float, high: float, top: float, bottom: float) -> None:
        self.low, self.high = low, high
        self.top, self.bottom = top, bottom

    def y(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        return round(self.bottom - (self.bottom - self.top) * share, 1)


def _value_ticks(low: float, high: float, count: int = 5) -> tuple[list[float], int]:
    """Round numbers from below the lowest to above the highest value, and their decimals."""
    if high == low:
        pad = abs(low) * 0.1 or 1.0
        low, high = low - pad, high + pad
    step = _nice_step((high - low) / (count - 1))
    start = math.floor(low / step + 1e-9) * step
    end = math.ceil(high / step - 1e-9) * step
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    ticks = []
    tick = start
    while tick <= end + step / 2:
        ticks.append(round(tick, decimals))
        tick += step
    if len(ticks) < 2:
        ticks.append(round(start + step, decimals))
    return ticks, decimals


def _nice_step(rough: float) -> float:
    exponent = math.floor(math.log10(rough))
    fraction = rough / 10**exponent
    nice = 1 if fraction <= 1 else 2 if fraction <= 2 else 5 if fraction <= 5 else 10
    return float(nice * 10.0**exponent)


# --- Mermaid --------------------------------------------------------------------------------


def _mermaid_chart(
    views: _IndicatorViews, indicator: Indicator, state: judge.SeriesState
) -> tuple[str, bool]:
    """A Mermaid ``xychart-beta`` line chart of one series: its values, and the path.

    Mermaid's x axis is a list of labels with one number per label and line, and a line
    cannot skip one: so the labels are the series' own dates from the baseline on, the
    value line starts at the baseline and runs straight between two values through a date
    that has none (as any line chart draws it), and the path runs to the last target. The
    numbers themselves are in the table beside it."""
    baseline = state.baseline
    assert baseline is not None  # a series with values has one
    start = _day(baseline)
    measured = {(p.date, p.value) for p in (baseline, *state.values) if p.date is not None}
    known = sorted(
        ((_day_of(frame), float(value)) for frame, value in measured if value is not None),
        key=lambda item: item[0],
    )
    known = [item for item in known if item[0] >= start]
    frames = sorted(
        {p.date for p in (baseline, *state.values, *state.targets) if p.date is not None},
        key=lambda frame: (frame.last, frame.first),
    )
    frames = [frame for frame in frames if frame.last >= start]
    value_line = []
    for frame in frames:
        if frame.last > known[-1][0]:
            break
        value_line.append(_between(known, frame.last))
    path_line = []
    for frame in frames:
        on_path = judge.path_value(state, frame.last)
        if on_path is None:
            break
        path_line.append(on_path)
    numbers = [*value_line, *path_line]
    ticks, _ = _value_ticks(min(numbers), max(numbers))
    region = f" – {views.region_label(state.region)}" if state.region else ""
    title = mermaid_text(f"{indicator.id} {indicator.title}{region}")
    labels = ", ".join(
        f'"{mermaid_text(i18n.format_timeframe(frame, views.language))}"' for frame in frames
    )
    unit = mermaid_text(indicator.unit or "")
    axis = f'"{unit}" ' if unit else ""
    lines = [
        "xychart-beta",
        f'    title "{title}"',
        f"    x-axis [{labels}]",
        f"    y-axis {axis}{_plain(ticks[0])} --> {_plain(ticks[-1])}",
        f"    line [{', '.join(_plain(v) for v in value_line)}]",
    ]
    if path_line:
        lines.append(f"    line [{', '.join(_plain(v) for v in path_line)}]")
    return "\n".join(lines), bool(path_line)


def _day_of(frame: TimeFrame) -> dt.date:
    return frame.last


def _between(known: list[tuple[dt.date, float]], day: dt.date) -> float:
    """The value on ``day``: measured there, or on the straight line between its neighbours."""
    before = [item for item in known if item[0] <= day][-1]
    if before[0] == day:
        return before[1]
    after = next(item for item in known if item[0] > day)
    share = (day - before[0]).days / (after[0] - before[0]).days
    return before[1] + (after[1] - before[1]) * share


def _plain(value: float) -> str:
    """A number as Mermaid reads it: digits, a point, no exponent, no grouping."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
