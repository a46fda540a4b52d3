"""How far along a measure is: written, done, milestones reached, or its sub-measures' mean."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

import pytest
from conftest import PlanWriter, run_check

from werkplan import findings
from werkplan.model import Measure, Milestone, Plan, Status
from werkplan.problems import Position
from werkplan.timeframes import year_frame


def _measure(mid: str, **values: Any) -> Measure:
    return Measure(id=mid, origin=Position(PurePath("m.yaml")), **values)


def _plan(*measures: Measure) -> Plan:
    return Plan(PurePath(), (), measures=measures)


def _progress(measure: Measure, *others: Measure) -> int | None:
    return findings.progress(measure, _plan(measure, *others))


def _milestones(reached: int, total: int) -> tuple[Milestone, ...]:
    done = [Milestone(title=f"{i}", done=year_frame(2026).first) for i in range(reached)]
    return (*done, *(Milestone(title="offen") for _ in range(total - reached)))


def test_written_progress_wins() -> None:
    measure = _measure("M", progress=40, status=Status.DONE, milestones=_milestones(1, 1))
    assert _progress(measure) == 40


@pytest.mark.parametrize("status", [Status.DONE, Status.MERGED])
def test_done_and_merged_are_complete(status: Status) -> None:
    assert _progress(_measure("M", status=status, milestones=_milestones(0, 3))) == 100


@pytest.mark.parametrize(("reached", "total", "percent"), [(0, 3, 0), (1, 3, 33), (2, 3, 67)])
def test_the_share_of_milestones_reached(reached: int, total: int, percent: int) -> None:
    measure = _measure("M", status=Status.IN_PROGRESS, milestones=_milestones(reached, total))
    assert _progress(measure) == percent


def test_milestones_win_over_children() -> None:
    parent = _measure("P", status=Status.IN_PROGRESS, milestones=_milestones(1, 2))
    child = _measure("C", parent="P", status=Status.DONE)
    assert _progress(parent, child) == 50


def test_the_mean_of_the_children_that_count() -> None:
    parent = _measure("P", status=Status.IN_PROGRESS)
    children = [
        _measure("A", parent="P", status=Status.IN_PROGRESS, progress=40),
        _measure("B", parent="P", status=Status.DONE),
        _measure("C", parent="P", status=Status.PLANNED),  # no progress: counts as 0
        _measure("D", parent="P", status=Status.DROPPED, progress=90),
        _measure("E", parent="P", status=Status.MERGED),
        _measure("F", parent="P", status=Status.PROPOSED, progress=80),
        _measure("G", parent="P", status=None, progress=100),  # broken status
    ]
    assert _progress(parent, *children) == round((40 + 100 + 0) / 3)


def test_nested_children() -> None:
    root = _measure("R", status=Status.IN_PROGRESS)
    middle = _measure("M", parent="R", status=Status.IN_PROGRESS)
    leaves = [
        _measure("L1", parent="M", status=Status.DONE),
        _measure("L2", parent="M", status=Status.IN_PROGRESS, milestones=_milestones(1, 2)),
    ]
    sibling = _measure("S", parent="R", status=Status.IN_PROGRESS, progress=25)
    plan = _plan(root, middle, *leaves, sibling)
    assert findings.progress(middle, plan) == 75
    assert findings.progress(root, plan) == 50


def test_without_anything_to_go_by_progress_is_unknown() -> None:
    assert _progress(_measure("M", status=Status.IN_PROGRESS)) is None
    only_dropped = _measure("D", parent="P", status=Status.DROPPED, progress=50)
    assert _progress(_measure("P", status=Status.PLANNED), only_dropped) is None


def test_a_parent_cycle_does_not_loop() -> None:
    a = _measure("A", parent="B", status=Status.IN_PROGRESS)
    b = _measure("B", parent="A", status=Status.IN_PROGRESS, progress=60)
    itself = _measure("C", parent="C", status=Status.IN_PROGRESS)
    plan = _plan(a, b, itself)
    assert findings.progress(a, plan) == 60
    assert findings.progress(b, plan) == 60
    assert findings.progress(itself, plan) is None


def test_sub_measures_may_nest_deeper_than_python_recursion() -> None:
    # The old recursive derivation raised RecursionError here.
    depth = 3000
    chain = [_measure("M-0", status=Status.IN_PROGRESS)]
    chain += [
        _measure(f"M-{i}", parent=f"M-{i - 1}", status=Status.IN_PROGRESS) for i in range(1, depth)
    ]
    chain[-1] = _measure(f"M-{depth - 1}", parent=f"M-{depth - 2}", status=Status.DONE)
    plan = _plan(*chain)
    assert findings.progress(chain[0], plan) == 100


def test_mean_progress_of_a_field() -> None:
    measures = [
        _measure("A", status=Status.IN_PROGRESS, progress=50),
        _measure("B", status=Status.DONE),
        _measure("C", status=Status.PLANNED),
        _measure("D", status=Status.DROPPED),
        _measure("E", status=Status.PROPOSED),
        _measure("F", status=None),
    ]
    plan = _plan(*measures)
    assert findings.mean_progress(measures, plan) == 50
    assert findings.mean_progress(measures[3:], plan) is None


def test_overall_progress_counts_sub_measures_through_their_parent() -> None:
    parent = _measure("P", status=Status.IN_PROGRESS, progress=20)
    child = _measure("C", parent="P", status=Status.IN_PROGRESS, progress=80)
    grandchild = _measure("G", parent="C", status=Status.DONE)
    other = _measure("O", status=Status.IN_PROGRESS, progress=60)
    plan = _plan(parent, child, grandchild, other)
    assert findings.overall_progress([parent, child, grandchild, other], plan) == 40
    # Without its parent among them, a sub-measure counts for itself; so does one whose
    # parent is left out while the grandparent is there (it counts through the grandparent).
    assert findings.overall_progress([child, grandchild, other], plan) == 70
    assert findings.overall_progress([parent, grandchild], plan) == 20
    assert findings.overall_progress([], plan) is None


def test_progress_from_a_checked_plan(write_plan: PlanWriter) -> None:
    text = """\
measures:
  - {id: M-1, title: A, goals: [Z-1], owner: amt, status: in_progress, due: 2027,
     updated: 2026-11-01, milestones: [{title: Konzept, done: 2026-03-01}, {title: Bau}]}
  - {id: M-2, title: B, parent: M-1, owner: amt, status: in_progress, progress: 30, due: 2027,
     updated: 2026-11-01}
  - {id: M-3, title: C, goals: [Z-1], owner: amt, status: in_progress, due: 2027,
     updated: 2026-11-01}
  - {id: M-4, title: D, parent: M-3, owner: amt, status: done}
  - {id: M-5, title: E, parent: M-3, owner: amt, status: in_progress, progress: 50,
     due: 2027, updated: 2026-11-01}
"""
    result = run_check(write_plan({"m.yaml": text}))
    assert result.problems == ()
    plan = result.plan
    assert [findings.progress(m, plan) for m in plan.measures] == [50, 30, 75, 100, 50]


@pytest.mark.parametrize("value", ["101", "-1", "40.5", "'40 %'", "viel"])
def test_written_progress_is_a_whole_percent(write_plan: PlanWriter, value: str) -> None:
    text = (
        "measures:\n  - {id: M-1, title: A, goals: [Z-1], owner: amt, status: in_progress, "
        f"due: 2027, updated: 2026-11-01, progress: {value}}}\n"
    )
    result = run_check(write_plan({"m.yaml": text}))
    assert [(p.rule, p.message.key) for p in result.problems] == [
        ("invalid-type", "not_whole_number")
    ]
    assert result.plan.measures[0].progress is None


def test_how_progress_is_derived() -> None:
    """progress_basis names what progress() went by, for `show` and `list --format json`."""
    written = _measure("W", status=Status.DONE, progress=40, milestones=_milestones(1, 2))
    done = _measure("D", status=Status.MERGED, milestones=_milestones(0, 2))
    steps = _measure("S", status=Status.IN_PROGRESS, milestones=_milestones(1, 2))
    parent = _measure("P", status=Status.IN_PROGRESS)
    child = _measure("C", parent="P", status=Status.IN_PROGRESS, progress=10)
    only_dropped = _measure("O", status=Status.PLANNED)
    dropped = _measure("X", parent="O", status=Status.DROPPED, progress=50)
    nothing = _measure("N", status=Status.PLANNED)
    plan = _plan(written, done, steps, parent, child, only_dropped, dropped, nothing)
    bases = {m.id: findings.progress_basis(m, plan) for m in plan.measures}
    assert bases == {
        "W": "written",
        "D": "status",
        "S": "milestones",
        "P": "children",
        "C": "written",
        "O": None,
        "X": "written",
        "N": None,
    }
    for measure in plan.measures:  # a basis exactly where there is a figure
        assert (bases[measure.id] is None) == (findings.progress(measure, plan) is None)
