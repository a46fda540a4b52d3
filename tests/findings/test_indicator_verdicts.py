"""Is a goal being reached? Verdicts of indicators and goals (findings/indicators.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath

import pytest

from werkplan.findings import indicators as judge
from werkplan.model import Goal, Indicator, Plan, SeriesPoint
from werkplan.problems import Position
from werkplan.timeframes import parse

TODAY = dt.date(2026, 11, 25)
Point = tuple[str, float] | tuple[str, float, str]


def _points(points: list[Point]) -> tuple[SeriesPoint, ...]:
    found = []
    for point in points:
        frame = parse(point[0])
        assert frame is not None
        region = point[2] if len(point) == 3 else None
        found.append(SeriesPoint(date=frame, value=point[1], region=region))
    return tuple(found)


def _indicator(
    values: list[Point],
    targets: list[Point] = (),  # type: ignore[assignment]
    baseline: tuple[str, float] | None = None,
    direction: str | None = None,
    update_every_days: int | None = None,
    goals: tuple[str, ...] = (),
    iid: str = "K-1",
) -> Indicator:
    return Indicator(
        id=iid,
        origin=Position(PurePath("k.yaml")),
        title="Kennzahl",
        values=_points(values),
        targets=_points(list(targets)),
        baseline=_points([baseline])[0] if baseline else None,
        direction=direction,
        update_every_days=update_every_days,
        goals=goals,
    )


def _verdict(indicator: Indicator, today: dt.date = TODAY) -> str | None:
    return judge.indicator_verdict(indicator, today)


def test_reached_when_the_latest_value_meets_the_next_target() -> None:
    indicator = _indicator([("2025", 10)], [("2027", 10)], baseline=("2024", 5))
    assert _verdict(indicator) == "reached"


def test_on_track_at_or_beyond_the_straight_path() -> None:
    # baseline 5 at the end of 2024, target 9 at the end of 2026: at the end of 2025, 7
    indicator = _indicator([("2025", 7)], [("2026", 9)], baseline=("2024", 5))
    (state,) = judge.assess(indicator, TODAY)
    assert (state.verdict, state.expected, state.progress) == ("on_track", 7.0, 50.0)
    assert _verdict(_indicator([("2025", 8)], [("2026", 9)], baseline=("2024", 5))) == "on_track"


def test_behind_short_of_the_path() -> None:
    indicator = _indicator([("2025", 6)], [("2026", 9)], baseline=("2024", 5))
    (state,) = judge.assess(indicator, TODAY)
    assert (state.verdict, state.expected, state.progress) == ("behind", 7.0, 25.0)


def test_values_on_a_straight_yearly_path_are_on_it_across_leap_years() -> None:
    # Counted in days, 2020 → 2024 is 1461 of 3652 days: the value 120 was 0.003 behind.
    indicator = _indicator([("2024", 120)], [("2030", 150)], baseline=("2020", 100))
    (state,) = judge.assess(indicator, TODAY)
    assert (state.verdict, state.expected) == ("on_track", 120.0)
    thirds = _indicator([("2025", 1)], [("2027", 3)], baseline=("2024", 0))
    assert _verdict(thirds) == "on_track"


def test_the_path_is_read_at_the_latest_values_date() -> None:
    indicator = _indicator([("2025-Q2", 6.9)], [("2026-H2", 9)], baseline=("2024-12", 5))
    (state,) = judge.assess(indicator, TODAY)
    assert state.expected == pytest.approx(5 + 4 * 6 / 24)
    assert state.verdict == "on_track"


def test_missed_when_a_past_target_was_not_reached() -> None:
    indicator = _indicator([("2025-06", 8)], [("2025", 10), ("2030", 20)], baseline=("2020", 0))
    (state,) = judge.assess(indicator, TODAY)
    assert state.verdict == "missed"
    assert state.missed_target is not None
    assert str(state.missed_target.date) == "2025"
    assert state.next_target is not None
    assert str(state.next_target.date) == "2030"


def test_a_past_target_reached_later_is_not_missed() -> None:
    indicator = _indicator([("2024", 1), ("2026-Q3", 11)], [("2025", 10), ("2030", 20)])
    assert _verdict(indicator) != "missed"


@pytest.mark.parametrize(
    ("values", "verdict"),
    [([("2019", 1), ("2021", 21)], "reached"), ([("2019", 1), ("2021", 19)], "missed")],
)
def test_targets_all_in_the_past(values: list[Point], verdict: str) -> None:
    indicator = _indicator(values, [("2020", 20)])
    (state,) = judge.assess(indicator, TODAY)
    assert state.verdict == verdict
    assert state.next_target is not None
    assert str(state.next_target.date) == "2020"  # the last one, when none lies ahead


def test_the_target_of_today_is_still_ahead() -> None:
    indicator = _indicator([("2026-Q1", 5)], [("2026-11-25", 10)], baseline=("2025", 0))
    assert _verdict(indicator) != "missed"
    assert _verdict(indicator, TODAY + dt.timedelta(days=1)) == "missed"


def test_stale_without_a_new_value_for_too_long() -> None:
    # the latest value counts on the last day of its period: 31.12.2025, 329 days ago
    indicator = _indicator([("2025", 8)], [("2030", 20)], update_every_days=328)
    (state,) = judge.assess(indicator, TODAY)
    assert (state.verdict, state.days_since_value) == ("stale", 329)
    assert _verdict(_indicator([("2025", 8)], [("2030", 20)], update_every_days=329)) != "stale"


def test_stale_also_without_targets_but_missed_comes_first() -> None:
    assert _verdict(_indicator([("2020", 8)], update_every_days=30)) == "stale"
    missed_and_stale = _indicator([("2020", 8)], [("2025", 20)], update_every_days=30)
    assert _verdict(missed_and_stale) == "missed"


def test_no_data_without_values() -> None:
    assert _verdict(_indicator([], [("2030", 20)], baseline=("2024", 5))) == "no_data"
    assert _verdict(_indicator([], update_every_days=1)) == "no_data"


def test_without_targets_there_is_no_verdict() -> None:
    assert _verdict(_indicator([("2025", 8), ("2026", 9)])) is None


@pytest.mark.parametrize(
    ("latest", "verdict"),
    [(40, "reached"), (65, "on_track"), (70, "on_track"), (75, "behind"), (110, "behind")],
)
def test_decreasing_indicators(latest: float, verdict: str) -> None:
    # baseline 100 at 2020, target 40 at 2030: at the end of 2025 the path is at 70
    indicator = _indicator(
        [("2025", latest)], [("2030", 40)], baseline=("2020", 100), direction="decrease"
    )
    assert _verdict(indicator) == verdict


def test_decreasing_indicator_missing_a_past_target() -> None:
    indicator = _indicator(
        [("2025", 45)], [("2024", 50), ("2025", 40), ("2030", 20)], baseline=("2020", 60)
    )
    (state,) = judge.assess(indicator, TODAY)
    assert judge.direction(indicator) == "decrease"
    assert state.verdict == "missed"
    assert state.missed_target is not None
    assert state.missed_target.value == 40


def test_one_value_only_starts_the_path() -> None:
    # Without a baseline the first value is the start: one value is on its own path.
    (state,) = judge.assess(_indicator([("2025", 8)], [("2030", 20)]), TODAY)
    assert state.baseline is not None
    assert state.baseline.value == 8
    assert (state.verdict, state.progress) == ("on_track", 0.0)
    with_baseline = _indicator([("2025", 10)], [("2030", 20)], baseline=("2020", 0))
    assert _verdict(with_baseline) == "on_track"
    assert _verdict(_indicator([("2025", 3)], [("2030", 20)], baseline=("2020", 0))) == "behind"


def test_region_only_values_take_the_general_targets_each() -> None:
    indicator = _indicator(
        [("2020", 0, "nord"), ("2025", 3, "nord"), ("2020", 0, "sued"), ("2025", 12, "sued")],
        [("2030", 20)],
    )
    overall, nord, sued = judge.assess(indicator, TODAY)
    assert (overall.region, overall.verdict) == (None, "no_data")
    assert (nord.region, nord.verdict, nord.expected) == ("nord", "behind", 10.0)
    assert (sued.region, sued.verdict) == ("sued", "on_track")
    assert _verdict(indicator) == "behind"  # the worst region


def test_a_region_with_its_own_targets() -> None:
    indicator = _indicator(
        [("2020", 0, "nord"), ("2025", 3, "nord"), ("2020", 0, "sued"), ("2025", 4, "sued")],
        [("2030", 20), ("2030", 5, "sued")],
    )
    _, nord, sued = judge.assess(indicator, TODAY)
    assert nord.verdict == "behind"
    assert (sued.verdict, sued.expected) == ("on_track", 2.5)
    assert [t.value for t in sued.targets] == [5]


def test_regional_values_beside_an_overall_series() -> None:
    indicator = _indicator(
        [("2025", 7), ("2024", 1, "nord"), ("2025", 2, "nord")],
        [("2026", 9), ("2027", 5, "nord")],
        baseline=("2024", 5),
    )
    overall, nord = judge.assess(indicator, TODAY)
    assert overall.verdict == "on_track"
    assert nord.baseline is not None
    assert nord.baseline.value == 1  # the baseline belongs to the overall series
    assert [t.value for t in nord.targets] == [5]
    assert _verdict(indicator) == "on_track"  # the overall series decides


def test_general_targets_do_not_judge_a_region_beside_an_overall_series() -> None:
    indicator = _indicator([("2025", 7), ("2025", 1, "nord")], [("2026", 9)], baseline=("2024", 5))
    _, nord = judge.assess(indicator, TODAY)
    assert (nord.targets, nord.verdict) == ((), None)


@pytest.mark.parametrize(
    ("targets", "baseline", "values", "way"),
    [
        ([("2030", 20)], ("2020", 10), [], "increase"),
        ([("2030", 5)], ("2020", 10), [], "decrease"),
        ([("2030", 5)], None, [("2021", 10)], "decrease"),
        ([("2030", 10)], ("2020", 10), [], "increase"),  # holding the level
        ([("2025", 100), ("2030", 50)], ("2020", 100), [], "decrease"),  # hold, then fall
        # a regional target is compared with its region, not with the overall baseline
        ([("2025", 30, "nord"), ("2030", 150)], ("2020", 100), [("2020", 20, "nord")], "increase"),
        ([("2030", 20)], None, [("2020", 30, "nord")], "decrease"),  # regions only
        ([], ("2020", 10), [("2025", 12)], "none"),
    ],
)
def test_direction_inferred_when_not_written(
    targets: list[Point], baseline: tuple[str, float] | None, values: list[Point], way: str
) -> None:
    assert judge.direction(_indicator(values, targets, baseline=baseline)) == way


def test_a_regional_target_first_does_not_turn_the_overall_series_around() -> None:
    # The first target was compared with the overall baseline (30 < 100: "decrease"), so an
    # overall value of 121 counted as having reached 150.
    indicator = _indicator(
        [("2024", 121), ("2020", 20, "nord"), ("2024", 25, "nord")],
        [("2025", 30, "nord"), ("2030", 150)],
        baseline=("2020", 100),
    )
    overall, nord = judge.assess(indicator, TODAY)
    assert (overall.verdict, nord.verdict) == ("on_track", "missed")


def test_direction_none_is_context_only() -> None:
    indicator = _indicator([("2024", 30), ("2025", 8)], [("2030", 20)], direction="none")
    (state,) = judge.assess(indicator, TODAY)
    assert (state.targets, state.next_target, state.verdict) == ((), None, None)
    stale = _indicator([("2020", 8)], [("2030", 20)], direction="none", update_every_days=30)
    assert _verdict(stale) == "stale"


def test_progress_to_the_next_target() -> None:
    indicator = _indicator([("2025", 8)], [("2026", 9)], baseline=("2024", 5))
    assert judge.assess(indicator, TODAY)[0].progress == 75.0
    flat = _indicator([("2025", 5)], [("2026", 5)], baseline=("2024", 5))
    assert judge.assess(flat, TODAY)[0].progress == 100.0
    missed_flat = _indicator([("2025", 4)], [("2026", 5)], baseline=("2024", 5))
    assert judge.assess(missed_flat, TODAY)[0].progress is None


def test_the_latest_value_and_unsorted_input() -> None:
    indicator = _indicator([("2025", 7), ("2023", 1), ("2024-H1", 4)], [("2030", 20)])
    (state,) = judge.assess(indicator, TODAY)
    assert [str(p.date) for p in state.values] == ["2023", "2024-H1", "2025"]
    assert state.latest is not None
    assert state.latest.value == 7
    assert state.baseline is not None
    assert state.baseline.value == 1


def test_worst_verdict_order() -> None:
    assert judge.worst(["reached", "on_track", None]) == "on_track"
    assert judge.worst(["on_track", "no_data", "stale", "behind", "missed"]) == "missed"
    assert judge.worst(["reached", "stale"]) == "stale"
    assert judge.worst([None, None]) is None
    assert judge.worst([]) is None


def test_a_goal_takes_its_worst_indicators_verdict() -> None:
    goal = Goal(id="Z-1", origin=Position(PurePath("g.yaml")), title="Ziel")
    reached = _indicator([("2025", 10)], [("2027", 10)], goals=("Z-1",), iid="K-1")
    behind = _indicator([("2025", 6)], [("2026", 9)], ("2024", 5), goals=("Z-1",), iid="K-2")
    other = _indicator([("2025", 0)], [("2020", 9)], goals=("Z-2",), iid="K-3")
    plan = Plan(PurePath(), (), goals=(goal,), indicators=(reached, behind, other))
    assert [i.id for i in judge.indicators_of(goal, plan)] == ["K-1", "K-2"]
    assert judge.goal_verdict(goal, plan, TODAY) == "behind"
    lonely = Goal(id="Z-9", origin=Position(PurePath("g.yaml")), title="Ohne Kennzahl")
    assert judge.goal_verdict(lonely, plan, TODAY) is None


def test_the_path_value_on_any_day_is_the_line_to_the_next_target() -> None:
    # 5 at the end of 2024, 9 at the end of 2026, 12 at the end of 2027
    indicator = _indicator([("2025", 7)], [("2026", 9), ("2027", 12)], baseline=("2024", 5))
    (state,) = judge.assess(indicator, TODAY)
    assert judge.path_value(state, dt.date(2024, 12, 31)) == 5.0  # the baseline
    assert judge.path_value(state, dt.date(2025, 12, 31)) == state.expected == 7.0
    assert judge.path_value(state, dt.date(2026, 12, 31)) == 9.0  # a target
    # after the first target the line runs from the baseline to the second: 5 → 12 in 3 years
    assert judge.path_value(state, dt.date(2027, 6, 30)) == pytest.approx(5 + 7 * 30 / 36)
    assert judge.path_value(state, dt.date(2027, 12, 31)) == 12.0
    assert judge.path_value(state, dt.date(2024, 6, 30)) is None  # before the baseline
    assert judge.path_value(state, dt.date(2028, 1, 31)) is None  # after the last target
    context = _indicator([("2025", 7)], [("2026", 9)], direction="none")
    (state,) = judge.assess(context, TODAY)
    assert judge.path_value(state, dt.date(2025, 12, 31)) is None  # no targets
