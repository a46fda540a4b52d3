"""Indicator rules: are the goals being reached, and can the figures be trusted?

Warnings, decided in ``werkplan.findings.indicators`` for the overall series and each region:
- indicator-behind: the latest value lies short of the straight path from the baseline to
  the next target;
- indicator-target-missed: a target date has passed and the latest value has not reached it;
- indicator-stale: no new value for longer than ``update_every_days``.
Warnings about figures that cannot be judged as written:
- indicator-value-in-future: a value for a period that begins after today (not counted);
- indicator-baseline-differs: a value for the baseline's date with another number;
- indicator-targets-without-direction: targets, but ``direction: none``.
Errors in the figures themselves:
- indicator-value-out-of-range: a value, target or baseline outside ``min``/``max``;
- duplicate-indicator-value: two values (or targets) for the same date and region;
- indicator-region-not-listed: a value for a region the indicator does not list in
  ``regions``.
"""

from __future__ import annotations

from collections.abc import Iterator

from werkplan.findings import indicators as judge
from werkplan.model import Indicator, Plan, SeriesPoint
from werkplan.problems import Message, Position, Problem, Quantity, Severity
from werkplan.rules.base import Rule, RuleContext


def _judged(ctx: RuleContext, verdict: str) -> Iterator[Problem]:
    for indicator, states in ctx.indicator_states:
        for state in states:
            if state.verdict == verdict:
                yield from _problem(ctx, indicator, state)


def check_behind(ctx: RuleContext) -> Iterator[Problem]:
    return _judged(ctx, "behind")


def check_missed(ctx: RuleContext) -> Iterator[Problem]:
    return _judged(ctx, "missed")


def check_stale(ctx: RuleContext) -> Iterator[Problem]:
    return _judged(ctx, "stale")


def _problem(ctx: RuleContext, indicator: Indicator, state: judge.SeriesState) -> Iterator[Problem]:
    latest = state.latest
    if latest is None or latest.value is None or latest.date is None:
        return
    region = region_words(ctx.plan, state.region)
    where = _position(indicator, latest)
    value = _quantity(indicator, latest.value)
    if state.verdict == "missed" and state.missed_target is not None:
        target = state.missed_target
        assert target.date is not None
        assert target.value is not None
        yield MISSED.problem(
            where,
            "indicator_missed",
            id=indicator.id,
            region=region,
            target=_quantity(indicator, target.value),
            target_date=target.date,
            value=value,
            date=latest.date,
        )
    elif state.verdict == "behind" and state.expected is not None:
        yield BEHIND.problem(
            where,
            "indicator_behind",
            id=indicator.id,
            region=region,
            value=value,
            date=latest.date,
            expected=_quantity(indicator, state.expected),
        )
    elif state.verdict == "stale" and indicator.update_every_days:
        yield STALE.problem(
            where,
            "indicator_stale",
            id=indicator.id,
            region=region,
            date=latest.date,
            days=state.days_since_value or 0,
            limit=indicator.update_every_days,
        )


def check_future(ctx: RuleContext) -> Iterator[Problem]:
    for indicator in ctx.plan.indicators:
        for index, point in judge.future_values(indicator, ctx.today):
            yield FUTURE.problem(
                indicator.at(f"values.{index}.date"),
                "indicator_value_in_future",
                id=indicator.id,
                region=region_words(ctx.plan, point.region),
                date=point.date or "",
                today=ctx.today,
            )


def check_baseline(ctx: RuleContext) -> Iterator[Problem]:
    for indicator in ctx.plan.indicators:
        base = indicator.baseline
        for index, point in judge.baseline_conflicts(indicator):
            if base is None or base.value is None or point.value is None:
                continue  # baseline_conflicts only finds numbers; this keeps the types
            yield BASELINE_DIFFERS.problem(
                indicator.at(f"values.{index}.value"),
                "indicator_baseline_differs",
                id=indicator.id,
                date=point.date or "",
                value=_quantity(indicator, point.value),
                baseline=_quantity(indicator, base.value),
                where=str(indicator.at("baseline")),
            )


def check_direction(ctx: RuleContext) -> Iterator[Problem]:
    for indicator in ctx.plan.indicators:
        if judge.targets_without_direction(indicator):
            yield NO_DIRECTION.problem(
                indicator.at("direction"), "indicator_targets_without_direction", id=indicator.id
            )


def check_range(ctx: RuleContext) -> Iterator[Problem]:
    for indicator in ctx.plan.indicators:
        yield from _out_of_range(indicator)


def check_duplicates(ctx: RuleContext) -> Iterator[Problem]:
    for indicator in ctx.plan.indicators:
        yield from _duplicates(indicator, "values")
        yield from _duplicates(indicator, "targets")


def check_regions(ctx: RuleContext) -> Iterator[Problem]:
    for indicator in ctx.plan.indicators:
        yield from _unlisted_regions(indicator)


def _out_of_range(indicator: Indicator) -> Iterator[Problem]:
    if indicator.min is None and indicator.max is None:
        return
    points = [("baseline", indicator.baseline)] if indicator.baseline else []
    points += [(f"targets.{i}", p) for i, p in enumerate(indicator.targets)]
    points += [(f"values.{i}", p) for i, p in enumerate(indicator.values)]
    for path, point in points:
        if point is None or point.value is None:
            continue
        message = out_of_range(indicator, point.value, indicator.decimals)
        if message is not None:
            yield Problem(indicator.at(path), OUT_OF_RANGE.severity, OUT_OF_RANGE.id, message)


def out_of_range(indicator: Indicator, value: float, decimals: int | None) -> Message | None:
    """What is wrong with a value outside the indicator's `min`/`max` (None inside): the range
    where both limits are given, else the one limit it passes. Numbers show `decimals` places;
    `import-values` passes None to show every decimal the sheet gives."""
    low, high = indicator.min, indicator.max
    below = low is not None and value < low
    if not below and not (high is not None and value > high):
        return None
    unit = indicator.unit or ""
    limits = {
        name: Quantity(limit, unit, decimals)
        for name, limit in (("low", low), ("high", high))
        if limit is not None
    }
    key = (
        "indicator_out_of_range"
        if len(limits) == 2
        else ("indicator_below_min" if below else "indicator_above_max")
    )
    return Message.of(key, id=indicator.id, value=Quantity(value, unit, decimals), **limits)


def unlisted_region(indicator: Indicator, region: str | None) -> Message | None:
    """A value or target for a region the indicator does not list in `regions` (None when it
    lists none: then every region is allowed)."""
    if not region or not indicator.regions or region in indicator.regions:
        return None
    return Message.of(
        "indicator_region_not_listed", id=indicator.id, region=region, listed=indicator.regions
    )


def _duplicates(indicator: Indicator, key: str) -> Iterator[Problem]:
    seen: dict[tuple[object, ...], int] = {}
    for index, point in enumerate(getattr(indicator, key)):
        if point.date is None:
            continue
        found = (point.date.first, point.date.last, point.region)
        if found in seen:
            first = indicator.at(f"{key}.{seen[found]}")
            yield DUPLICATE.problem(
                indicator.at(f"{key}.{index}"),
                "indicator_duplicate",
                id=indicator.id,
                date=point.date,
                region=f"({point.region}) " if point.region else "",
                first=str(first),
            )
        else:
            seen[found] = index


def _unlisted_regions(indicator: Indicator) -> Iterator[Problem]:
    if not indicator.regions:
        return
    for key in ("values", "targets"):
        for index, point in enumerate(getattr(indicator, key)):
            message = unlisted_region(indicator, point.region)
            if message is not None:
                position = indicator.at(f"{key}.{index}.region")
                yield Problem(position, UNLISTED.severity, UNLISTED.id, message)


def _position(indicator: Indicator, point: SeriesPoint) -> Position:
    index = next((i for i, p in enumerate(indicator.values) if p is point), None)
    return indicator.at(f"values.{index}") if index is not None else indicator.origin


def _quantity(indicator: Indicator, value: float) -> Quantity:
    return Quantity(value, indicator.unit or "", indicator.decimals)


def region_words(plan: Plan, region: str | None) -> str:
    """' (Nord-Ost)' after an indicator's id in a message; nothing for the overall series."""
    return "" if region is None else f" ({plan.region_name(region)})"


BEHIND = Rule(
    "indicator-behind",
    Severity.WARNING,
    "Kennzahl bleibt hinter dem Weg zum Zielwert zurück",
    "Indicator lags behind the path to its target",
    check_behind,
)
MISSED = Rule(
    "indicator-target-missed",
    Severity.WARNING,
    "Zielwert zum Stichtag nicht erreicht",
    "Target not reached by its date",
    check_missed,
)
STALE = Rule(
    "indicator-stale",
    Severity.WARNING,
    "Kennzahl lange ohne neuen Wert",
    "Indicator without a new value for too long",
    check_stale,
)
FUTURE = Rule(
    "indicator-value-in-future",
    Severity.WARNING,
    "Wert für einen Zeitraum nach dem Stichtag – zählt nicht",
    "Value for a period after today – not counted",
    check_future,
)
BASELINE_DIFFERS = Rule(
    "indicator-baseline-differs",
    Severity.WARNING,
    "Wert zum Datum des Ausgangswerts weicht von ihm ab",
    "Value at the baseline's date differs from the baseline",
    check_baseline,
)
NO_DIRECTION = Rule(
    "indicator-targets-without-direction",
    Severity.WARNING,
    "Zielwerte, aber `direction: none`: keine Bewertung möglich",
    "Targets, but `direction: none`: no verdict possible",
    check_direction,
)
OUT_OF_RANGE = Rule(
    "indicator-value-out-of-range",
    Severity.ERROR,
    "Wert außerhalb von min/max der Kennzahl",
    "Value outside the indicator's min/max",
    check_range,
)
DUPLICATE = Rule(
    "duplicate-indicator-value",
    Severity.ERROR,
    "Zwei Werte für denselben Zeitpunkt und dieselbe Region",
    "Two values for the same date and region",
    check_duplicates,
)
UNLISTED = Rule(
    "indicator-region-not-listed",
    Severity.ERROR,
    "Wert für eine Region, die die Kennzahl nicht nennt",
    "Value for a region the indicator does not list",
    check_regions,
)
