"""Is a goal being reached? Each indicator's series, its progress and its verdict.

For every indicator, and every region where values are given, werkplan compares the latest
value with the straight path from the baseline to the next target. Dates are time frames; a
value or target for `2025` counts on 31.12.2025, the end of its period.

Verdicts, checked in this order:
- ``no_data``: no value yet;
- ``missed``: a target date has passed and the latest value has not reached that target;
- ``stale``: no new value for longer than ``update_every_days``;
- ``reached``: the latest value meets the next target;
- ``on_track``: it lies at or beyond the straight path from the baseline to the next target,
  read at its own date, in the indicator's direction;
- ``behind``: otherwise.
Without targets (or with ``direction: none``) a series only has ``no_data`` or ``stale``, or
no verdict. A goal's verdict is its worst indicator's. A value for a period that begins after
today is not counted (``is_future``): it cannot have been measured yet.

Which targets a series uses: targets that name its region; targets without a region apply to
the overall series – and, when an indicator has values only per region, to every region.
The baseline is ``baseline`` for the overall series, else the series' first value.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass

from werkplan.model import Goal, Indicator, Plan, SeriesPoint

# Worst first: a goal takes the worst verdict of its indicators.
VERDICT_ORDER = ("missed", "behind", "stale", "no_data", "on_track", "reached")
JUDGED = frozenset({"missed", "behind", "stale"})  # what the checks warn about


@dataclass(frozen=True)
class SeriesState:
    indicator: str
    region: str | None  # None: the overall series
    values: tuple[SeriesPoint, ...]  # sorted by date
    baseline: SeriesPoint | None
    targets: tuple[SeriesPoint, ...]  # sorted by date
    next_target: SeriesPoint | None
    missed_target: SeriesPoint | None
    expected: float | None  # the value the path asks for at the latest value's date
    progress: float | None  # percent of the way from baseline to the next target
    days_since_value: int | None
    verdict: str | None

    @property
    def latest(self) -> SeriesPoint | None:
        return self.values[-1] if self.values else None


def direction(indicator: Indicator) -> str:
    """As written; without `direction`, from the first target that differs from where its
    series starts: a regional target against that region's first value, a general one
    against the baseline (or the first value). Without targets: none."""
    if indicator.direction:
        return indicator.direction
    targets = sorted(_dated(indicator.targets), key=_day)
    if not targets:
        return "none"
    by_region = series(indicator)
    for target in targets:
        start = _start_of(indicator, target.region, by_region)
        if start is None or start.value is None or target.value is None:
            continue
        if target.value != start.value:  # a target that holds the level says nothing
            return "decrease" if target.value < start.value else "increase"
    return "increase"


def _start_of(
    indicator: Indicator, region: str | None, by_region: dict[str | None, list[SeriesPoint]]
) -> SeriesPoint | None:
    if region is not None:
        return next(iter(by_region.get(region, [])), None)
    if indicator.baseline is not None:
        return indicator.baseline
    overall = by_region.get(None) or sorted(
        (p for points in by_region.values() for p in points), key=_day
    )
    return next(iter(overall), None)


def meets(value: float, target: float, way: str) -> bool:
    return value <= target if way == "decrease" else value >= target


def series(
    indicator: Indicator, today: dt.date | None = None
) -> dict[str | None, list[SeriesPoint]]:
    """Values by region (None: overall), each sorted by date; with ``today``, only values
    measured by then (see ``is_future``)."""
    found: dict[str | None, list[SeriesPoint]] = {}
    for point in _dated(indicator.values):
        if today is not None and is_future(point, today):
            continue
        found.setdefault(point.region, []).append(point)
    for points in found.values():
        points.sort(key=_day)
    return found


def is_future(point: SeriesPoint, today: dt.date) -> bool:
    """A value for a period that has not begun by ``today`` (2027 in 2026) cannot have been
    measured: a typing error, or a forecast. It does not count in any verdict."""
    return point.date is not None and point.date.first > today


def future_values(indicator: Indicator, today: dt.date) -> tuple[tuple[int, SeriesPoint], ...]:
    """(index in ``values``, value) of each value dated after ``today``."""
    return tuple((i, p) for i, p in enumerate(indicator.values) if is_future(p, today))


def baseline_conflicts(indicator: Indicator) -> tuple[tuple[int, SeriesPoint], ...]:
    """(index, value) of each overall value for the baseline's date with another number:
    one of the two is wrong, and the path to the target starts from the baseline."""
    base = indicator.baseline
    if base is None or base.date is None or base.value is None:
        return ()
    span = (base.date.first, base.date.last)
    return tuple(
        (i, p)
        for i, p in enumerate(indicator.values)
        if p.region is None
        and p.date is not None
        and (p.date.first, p.date.last) == span
        and p.value is not None
        and p.value != base.value
    )


def targets_without_direction(indicator: Indicator) -> bool:
    """Targets, but `direction: none`: no verdict is possible, so the targets say nothing."""
    return indicator.direction == "none" and any(t.value is not None for t in indicator.targets)


def assess(indicator: Indicator, today: dt.date) -> tuple[SeriesState, ...]:
    """The overall series first (also when it has no values), then each region's; values
    dated after ``today`` do not count."""
    by_region = series(indicator, today)
    regions_only = None not in by_region and bool(by_region)
    states = [_state(indicator, None, by_region.get(None, []), today, regions_only)]
    for region in sorted(r for r in by_region if r is not None):
        states.append(_state(indicator, region, by_region[region], today, regions_only))
    return tuple(states)


def indicator_verdict(indicator: Indicator, today: dt.date) -> str | None:
    states = assess(indicator, today)
    if states[0].values or len(states) == 1:
        return states[0].verdict
    return worst(s.verdict for s in states[1:])


def goal_verdict(goal: Goal, plan: Plan, today: dt.date) -> str | None:
    return worst(indicator_verdict(i, today) for i in indicators_of(goal, plan))


def indicators_of(goal: Goal, plan: Plan) -> list[Indicator]:
    return [i for i in plan.indicators if goal.id in i.goals]


def worst(verdicts: Iterable[str | None]) -> str | None:
    known = [v for v in verdicts if v is not None]
    return min(known, key=VERDICT_ORDER.index) if known else None


def _state(
    indicator: Indicator,
    region: str | None,
    values: list[SeriesPoint],
    today: dt.date,
    regions_only: bool,
) -> SeriesState:
    way = direction(indicator)
    targets = _targets_for(indicator, region, regions_only) if way != "none" else []
    baseline = indicator.baseline if region is None and indicator.baseline else None
    baseline = baseline or (values[0] if values else None)
    latest = values[-1] if values else None
    next_target = next((t for t in targets if _day(t) >= today), targets[-1] if targets else None)
    missed = _missed(targets, latest, today, way)
    expected = _expected(baseline, next_target, latest)
    return SeriesState(
        indicator=indicator.id,
        region=region,
        values=tuple(values),
        baseline=baseline,
        targets=tuple(targets),
        next_target=next_target,
        missed_target=missed,
        expected=expected,
        progress=_progress(baseline, next_target, latest),
        days_since_value=(today - _day(latest)).days if latest else None,
        verdict=_verdict(indicator, latest, next_target, missed, expected, way, today),
    )


def _targets_for(indicator: Indicator, region: str | None, regions_only: bool) -> list[SeriesPoint]:
    own = [t for t in _dated(indicator.targets) if t.region == region and region is not None]
    general = [t for t in _dated(indicator.targets) if t.region is None]
    chosen = own if region is not None else general
    if region is not None and not own and regions_only:
        chosen = general
    return sorted(chosen, key=_day)


def _missed(
    targets: list[SeriesPoint], latest: SeriesPoint | None, today: dt.date, way: str
) -> SeriesPoint | None:
    for target in targets:
        if _day(target) >= today or target.value is None:
            continue
        if latest is None or latest.value is None or not meets(latest.value, target.value, way):
            return target
    return None


def path_value(state: SeriesState, day: dt.date) -> float | None:
    """What the path asks for on ``day``: the straight line from the series' baseline to the
    first of its targets on or after that day, read as ``expected`` is read for the latest
    value. None before the baseline, after the last target, or without targets."""
    baseline = state.baseline
    if baseline is None or baseline.date is None or day < _day(baseline):
        return None
    target = next((t for t in state.targets if _day(t) >= day), None)
    return _on_path(baseline, target, day) if target is not None else None


def _expected(
    baseline: SeriesPoint | None, target: SeriesPoint | None, latest: SeriesPoint | None
) -> float | None:
    if baseline is None or target is None or latest is None:
        return None
    return _on_path(baseline, target, _day(latest))


def _on_path(baseline: SeriesPoint, target: SeriesPoint, day: dt.date) -> float | None:
    if baseline.value is None or target.value is None:
        return None
    span = _months(_day(target)) - _months(_day(baseline))
    if span <= 0:
        return float(target.value)
    share = min(max((_months(day) - _months(_day(baseline))) / span, 0.0), 1.0)
    # rounded, so that a value on the path is not behind it by a floating-point hair
    return round(baseline.value + (target.value - baseline.value) * share, 9)


@functools.lru_cache(maxsize=4096)  # asked for every row of every table and chart of a report
def _months(day: dt.date) -> float:
    """The date as months since year 0, month ends whole: 2024 → 2025 is 12 months like
    2025 → 2026, so values on a straight yearly path are on it (counting days, leap days
    put them a hair behind)."""
    return day.year * 12 + day.month - 1 + day.day / calendar.monthrange(day.year, day.month)[1]


def _progress(
    baseline: SeriesPoint | None, target: SeriesPoint | None, latest: SeriesPoint | None
) -> float | None:
    if baseline is None or target is None or latest is None:
        return None
    if baseline.value is None or target.value is None or latest.value is None:
        return None
    way = target.value - baseline.value
    if way == 0:
        return 100.0 if latest.value == target.value else None
    return 100 * (latest.value - baseline.value) / way


def _verdict(
    indicator: Indicator,
    latest: SeriesPoint | None,
    target: SeriesPoint | None,
    missed: SeriesPoint | None,
    expected: float | None,
    way: str,
    today: dt.date,
) -> str | None:
    if latest is None or latest.value is None:
        return "no_data"
    if missed is not None:
        return "missed"
    limit = indicator.update_every_days
    if limit is not None and (today - _day(latest)).days > limit:
        return "stale"
    if target is None or target.value is None:
        return None
    if meets(latest.value, target.value, way):
        return "reached"
    if expected is not None and meets(latest.value, expected, way):
        return "on_track"
    return "behind"


def _dated(points: Iterable[SeriesPoint]) -> list[SeriesPoint]:
    return [p for p in points if p.date is not None]


def _day(point: SeriesPoint) -> dt.date:
    assert point.date is not None
    return point.date.last
