"""The rules of the richer format: sub-measures, relations, milestones, money, status history.

One small inline plan per case, in the style of test_plan_rules.py.
"""

from __future__ import annotations

import datetime as dt

from conftest import PlanWriter, run_check

from werkplan.checker import CheckResult


def measure(mid: str = "M-1", **fields: str) -> str:
    values = {
        "title": "Treffpunkt",
        "goals": "[Z-1]",
        "owner": "amt",
        "due": "2026-12-31",
        "status": "in_progress",
        "updated": "2026-11-01",
    }
    values.update(fields)
    lines = [f"  - id: {mid}"] + [f"    {k}: {v}" for k, v in values.items() if v != "-"]
    return "\n".join(lines) + "\n"


def check(write_plan: PlanWriter, *items: str, today: dt.date | None = None) -> CheckResult:
    files = {"m.yaml": "measures:\n" + "".join(items)}
    if today is None:
        return run_check(write_plan(files))
    return run_check(write_plan(files), today)


def rules(result: CheckResult) -> list[tuple[str, str]]:
    """(rule, measure) of every problem; a goal without measures is beside the point here."""
    return [
        (p.rule, str(p.message.arguments.get("id", "")))
        for p in result.problems
        if p.rule != "goal-without-measure"
    ]


# --- parent, kind ---------------------------------------------------------------------------


def test_a_child_without_goals_belongs_to_its_parents_goals(write_plan: PlanWriter) -> None:
    result = check(
        write_plan,
        measure("M-1"),
        measure("M-2", goals="-", parent="M-1", kind="project"),
        measure("M-3", goals="-", parent="M-2", kind="Kleinprojekt"),
    )
    assert result.problems == ()
    plan = result.plan
    child, grandchild = plan.measures[1], plan.measures[2]
    assert (child.kind, grandchild.kind, plan.measures[0].kind) == ("project", "project", "measure")
    assert plan.goals_of(grandchild) == ("Z-1",)
    assert plan.fields_of(grandchild) == {"HF-1"}
    assert [m.id for m in plan.ancestors(grandchild)] == ["M-2", "M-1"]
    assert [m.id for m in plan.children["M-1"]] == ["M-2"]


def test_a_child_of_a_parent_without_goals_is_unlinked(write_plan: PlanWriter) -> None:
    result = check(write_plan, measure("M-1", goals="-"), measure("M-2", goals="-", parent="M-1"))
    assert rules(result) == [("unlinked-measure", "M-1"), ("unlinked-measure", "M-2")]


def test_an_unknown_parent_is_an_unknown_reference_and_nothing_else(
    write_plan: PlanWriter,
) -> None:
    result = check(write_plan, measure("M-2", goals="-", parent="M-9"))
    assert rules(result) == [("unknown-reference", "M-2")]
