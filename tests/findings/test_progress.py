"""How far along a measure is: written, done, milestones reached, or its sub-measures' mean."""

from __future__ import annotations

import pytest
from conftest import PlanWriter, run_check
from helpers import make_measure, make_plan

from werkplan import findings
from werkplan.model import Measure, Milestone, Status
from werkplan.timeframes import year_frame


def _progress(measure: Measure, *others: Measure) -> int | None:
    return findings.progress(measure, make_plan(measure, *others))


def _milestones(reached: int, total: int) -> tuple[Milestone, ...]:
    done = [Milestone(title=f"{i}", done=year_frame(2026).first) for i in range(reached)]
    return (*done, *(Milestone(title="offen") for _ in range(total - reached)))


def test_written_progress_wins() -> None:
    measure = make_measure("M", progress=40, status=Status.DONE, milestones=_milestones(1, 1))
    assert _progress(measure) == 40


@pytest.mark.parametrize("status", [Status.DONE, Status.MERGED])
def test_done_and_merged_are_complete(status: Status) -> None:
    assert _progress(make_measure("M", status=status, milestones=_milestones(0, 3))) == 100


@pytest.mark.parametrize(("reached", "total", "percent"), [(0, 3, 0), (1, 3, 33), (2, 3, 67)])
def test_the_share_of_milestones_reached(reached: int, total: int, percent: int) -> None:
    measure = make_measure("M", status=Status.IN_PROGRESS, milestones=_milestones(reached, total))
    assert _progress(measure) == percent


def test_milestones_win_over_children() -> None:
    parent = make_measure("P", status=Status.IN_PROGRESS, milestones=_milestones(1, 2))
    child = make_measure("C", parent="P", status=Status.DONE)
    assert _progress(parent, child) == 50


def test_the_mean_of_the_children_that_count() -> None:
    parent = make_measure("P", status=Status.IN_PROGRESS)
    children = [
        make_measure("A", parent="P", status=Status.IN_PROGRESS, progress=40),
        make_measure("B", parent="P", status=Status.DONE),
        make_measure("C", parent="P", status=Status.PLANNED),  # no progress: counts as 0
        make_measure("D", parent="P", status=Status.DROPPED, progress=90),
        make_measure("E", parent="P", status=Status.MERGED),
        make_measure("F", parent="P", status=Status.PROPOSED, progress=80),
        make_measure("G", parent="P", status=None, progress=100),  # broken status
    ]
    assert _progress(parent, *children) == round((40 + 100 + 0) / 3)


def test_nested_children() -> None:
    root = make_measure("R", status=Status.IN_PROGRESS)
    middle = make_measure("M", parent="R", status=Status.IN_PROGRESS)
    leaves = [
        make_measure("L1", parent="M", status=Status.DONE),
        make_measure("L2", parent="M", status=Status.IN_PROGRESS, milestones=_milestones(1, 2)),
    ]
    sibling = make_measure("S", parent="R", status=Status.IN_PROGRESS, progress=25)
    plan = make_plan(root, middle, *leaves, sibling)
    assert findings.progress(middle, plan) == 75
    assert findings.progress(root, plan) == 50


def test_without_anything_to_go_by_progress_is_unknown() -> None:
    assert _progress(make_measure("M", status=Status.IN_PROGRESS)) is None
    only_dropped = make_measure("D", parent="P", status=Status.DROPPED, progress=50)
    assert _progress(make_measure("P", status=Status.PLANNED), only_dropped) is None


def test_a_parent_cycle_does_not_loop() -> None:
    a = make_measure("A", parent="B", status=Status.IN_PROGRESS)
    b = make_measure("B", parent="A", status=Status.IN_PROGRESS, progress=60)
    itself = make_measure("C", parent="C", status=Status.IN_PROGRESS)
    plan = make_plan(a, b, itself)
    assert findings.progress(a, plan) == 60
    assert findings.progress(b, plan) == 60
    assert findings.progress(itself, plan) is None


def test_sub_measures_may_nest_deeper_than_python_recursion() -> None:
    # The old recursive derivation raised RecursionError here.
    depth = 3000
    chain = [make_measure("M-0", status=Status.IN_PROGRESS)]
    chain += [
        make_measure(f"M-{i}", parent=f"M-{i - 1}", status=Status.IN_PROGRESS)
        for i in range(1, depth)
    ]
    chain[-1] = make_measure(f"M-{depth - 1}", parent=f"M-{depth - 2}", status=Status.DONE)
    plan = make_plan(*chain)
    assert findings.progress(chain[0], plan) == 100


def test_mean_progress_of_a_field() -> None:
    measures = [
        make_measure("A", status=Status.IN_PROGRESS, progress=50),
        make_measure("B", status=Status.DONE),
        make_measure("C", status=Status.PLANNED),
        make_measure("D", status=Status.DROPPED),
        make_measure("E", status=Status.PROPOSED),
        make_measure("F", status=None),
    ]
    plan = make_plan(*measures)
    assert findings.mean_progress(measures, plan) == 50
    assert findings.mean_progress(measures[3:], plan) is None


def test_overall_progress_counts_sub_measures_through_their_parent() -> None:
    parent = make_measure("P", status=Status.IN_PROGRESS, progress=20)
    child = make_measure("C", parent="P", status=Status.IN_PROGRESS, progress=80)
    grandchild = make_measure("G", parent="C", status=Status.DONE)
    other = make_measure("O", status=Status.IN_PROGRESS, progress=60)
    plan = make_plan(parent, child, grandchild, other)
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
    written = make_measure("W", status=Status.DONE, progress=40, milestones=_milestones(1, 2))
    done = make_measure("D", status=Status.MERGED, milestones=_milestones(0, 2))
    steps = make_measure("S", status=Status.IN_PROGRESS, milestones=_milestones(1, 2))
    parent = make_measure("P", status=Status.IN_PROGRESS)
    child = make_measure("C", parent="P", status=Status.IN_PROGRESS, progress=10)
    only_dropped = make_measure("O", status=Status.PLANNED)
    dropped = make_measure("X", parent="O", status=Status.DROPPED, progress=50)
    nothing = make_measure("N", status=Status.PLANNED)
    plan = make_plan(written, done, steps, parent, child, only_dropped, dropped, nothing)
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
