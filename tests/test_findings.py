"""The findings the report will show, computed on the example plan at a pinned date."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath

from conftest import EXAMPLE_PLAN, TODAY, run_check
from helpers import make_measure

from werkplan import findings
from werkplan.model import Plan, PlanInfo, Settings, Status
from werkplan.problems import Position
from werkplan.timeframes import TimeFrame


def test_example_plan_findings() -> None:
    plan = run_check(EXAMPLE_PLAN).plan
    found = findings.compute_findings(plan, TODAY)
    assert [m.id for m in found.overdue] == [
        "M-BEG-06",
        "M-JUG-04",
        "M-TEI-05",
        "M-MOB-04",
        "M-ALT-03",
    ]
    assert [m.id for m in found.unowned] == ["M-BEG-09", "M-MOB-09"]
    assert [m.id for m in found.due_soon] == ["M-JUG-06", "M-TEI-08", "M-BEG-04", "M-ALT-05"]
    assert {m.id for m in found.stale} == {"M-BEG-06", "M-JUG-04", "M-MOB-08"}
    assert {(m.id, tuple(b.id for b in by)) for m, by in found.blocked} == {
        ("M-BEG-07", ("M-BEG-06",)),
        ("M-MOB-05", ("M-MOB-04",)),
    }
    assert [g.id for g in findings.goals_without_measures(plan)] == ["Z-ALT-3"]
    assert [m.id for m in found.proposals] == ["M-JUG-10"]
    assert [m.id for m in found.at_risk] == ["M-JUG-04", "M-MOB-02", "M-TEI-03"]
    mobility, small_projects = plan.measure("M-MOB-02"), plan.measure("M-BEG-10")
    assert mobility is not None
    assert small_projects is not None
    late = findings.overdue_milestones(mobility, TODAY)
    assert [(index, days) for index, _, days in late] == [(1, 25)]
    assert findings.progress(mobility, plan) == 25  # 1 of 4 milestones reached
    assert findings.progress(small_projects, plan) == 67  # mean of its three projects


def test_overdue_is_sorted_by_days_late() -> None:
    plan = run_check(EXAMPLE_PLAN).plan
    overdue = findings.compute_findings(plan, TODAY).overdue
    days = [findings.days_overdue(m, plan, TODAY) for m in overdue]
    assert days == sorted(days, reverse=True)
    assert days[0] == 209


def _plan(**settings: int) -> Plan:
    info = PlanInfo(origin=Position(PurePath("plan.yaml")), settings=Settings(**settings))
    return Plan(PurePath(), (), infos=(info,))


def _day(day: dt.date) -> TimeFrame:
    return TimeFrame.day(day)


def test_due_soon_window_includes_today_and_the_last_day() -> None:
    plan = _plan(due_soon_days=42)
    today = dt.date(2026, 11, 25)
    for offset, expected in [(-1, False), (0, True), (42, True), (43, False)]:
        measure = make_measure(due=_day(today + dt.timedelta(days=offset)), status=Status.PLANNED)
        assert findings.is_due_soon(measure, plan, today) is expected


def test_closed_and_proposed_measures_are_never_late_unowned_or_stale() -> None:
    today = dt.date(2026, 11, 25)
    plan = _plan()
    for status in (Status.DONE, Status.DROPPED, Status.MERGED, Status.PROPOSED):
        measure = make_measure(due=_day(dt.date(2020, 1, 1)), status=status)
        assert not findings.is_overdue(measure, plan, today)
        assert not findings.is_unowned(measure)
        assert not findings.is_stale(measure, plan, today)
        assert not findings.lacks_due_date(make_measure(status=status), plan)


def test_broken_status_is_not_open() -> None:
    assert not findings.is_open(make_measure(status=None))
