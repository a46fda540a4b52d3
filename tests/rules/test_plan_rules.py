"""One test (at least) per plan rule, each with a small inline plan."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import MINIMAL_PLAN, PlanWriter, found, run_check
from helpers import measure_yaml

from werkplan import i18n
from werkplan.rules.dependency_cycle import find_cycles


def measures(*items: str) -> dict[str, str]:
    return {"m.yaml": "measures:\n" + "".join(items)}


def problems_of(write_plan: PlanWriter, files: dict[str, str], *, base: bool = True):  # type: ignore[no-untyped-def]
    return found(run_check(write_plan(files, base=base)))


def test_missing_plan(write_plan: PlanWriter) -> None:
    assert ("plan", 1, "missing-plan") in problems_of(
        write_plan, {"m.yaml": "measures: []\n"}, base=False
    )


def test_duplicate_plan_names_the_first(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"zweit.yaml": MINIMAL_PLAN.split("actors:")[0]}))
    problem = next(p for p in result.problems if p.rule == "duplicate-plan")
    assert problem.path.name == "zweit.yaml"
    assert str(problem.message.arguments["first"]).endswith("plan.yaml:1:1")


def test_duplicate_id_across_files_names_both_places(write_plan: PlanWriter) -> None:
    result = run_check(
        write_plan(
            {"a.yaml": "measures:\n" + measure_yaml(), "b.yaml": "measures:\n" + measure_yaml()}
        )
    )
    (problem,) = [p for p in result.problems if p.rule == "duplicate-id"]
    assert (problem.path.name, problem.line) == ("b.yaml", 2)
    assert str(problem.message.arguments["first"]).endswith("a.yaml:2:5")


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"owner": "amtt"}, "owner"),
        ({"partners": "[amt, verein]"}, "partners"),
        ({"goals": "[Z-2]"}, "goals"),
        ({"field": "HF-9"}, "field"),
        ({"regions": "[sued]"}, "regions"),
        ({"depends_on": "[M-9]"}, "depends_on"),
    ],
)
def test_unknown_reference(write_plan: PlanWriter, fields: dict[str, str], key: str) -> None:
    result = run_check(write_plan(measures(measure_yaml(**fields))))
    (problem,) = [p for p in result.problems if p.rule == "unknown-reference"]
    assert problem.message.arguments["key"] == key


def test_unknown_reference_points_at_the_list_item_and_suggests(write_plan: PlanWriter) -> None:
    result = run_check(write_plan(measures(measure_yaml(partners="[beirat, amtt]"))))
    (problem,) = result.problems
    assert (problem.line, problem.column) == (9, 24)
    assert problem.message.arguments["suggestion"] == "amt"


def test_unknown_reference_in_events_and_actors(write_plan: PlanWriter) -> None:
    files = {
        "e.yaml": """\
        actors:
          - {id: sub, name: Team, kind: office, parent: nobody}
        events:
          - id: E-1
            title: Regionalkonferenz
            date: 2022-09-30
            kind: conference
            region: west
            participants: [amt, ghost]
            results: [M-7]
        """
    }
    keys = {
        p.message.arguments["key"]
        for p in run_check(write_plan(files)).problems
        if p.rule == "unknown-reference"
    }
    assert keys == {"parent", "region", "participants", "results"}


def test_dependency_cycle_prints_the_circle(write_plan: PlanWriter) -> None:
    result = run_check(
        write_plan(
            measures(
                measure_yaml("M-1", depends_on="[M-2]"),
                measure_yaml("M-2", depends_on="[M-3]"),
                measure_yaml("M-3", depends_on="[M-1]"),
            )
        )
    )
    (problem,) = [p for p in result.problems if p.rule == "dependency-cycle"]
    assert problem.message.arguments["cycle"] == "M-1 → M-2 → M-3 → M-1"


def test_self_dependency_is_a_cycle() -> None:
    assert find_cycles({"A": ("A",)}) == [["A"]]


def test_no_cycle_in_a_diamond() -> None:
    assert find_cycles({"A": ("B", "C"), "B": ("D",), "C": ("D",), "D": ()}) == []


def test_start_after_due(write_plan: PlanWriter) -> None:
    files = measures(measure_yaml(start="2027-01-01", due="2026-12-31"))
    assert ("m.yaml", 9, "start-after-due") in problems_of(write_plan, files)


def test_invalid_period(write_plan: PlanWriter) -> None:
    plan = MINIMAL_PLAN.replace("end: 2027-12-31", "end: 2024-12-31")
    assert ("plan.yaml", 4, "invalid-period") in problems_of(
        write_plan, {"plan.yaml": plan}, base=False
    )


def test_a_horizon_that_ends_before_it_starts(write_plan: PlanWriter) -> None:
    plan = MINIMAL_PLAN.replace(
        "  period: {start: 2025-01-01, end: 2027-12-31}\n",
        "  period: {start: 2025-01-01, end: 2027-12-31}\n"
        "  horizons:\n"
        "    - {id: kurz, label: kurzfristig, start: 2025, end: 2026}\n"
        "    - {id: lang, label: langfristig, start: 2032, end: 2029}\n",
    )
    result = run_check(write_plan({"plan.yaml": plan}, base=False))
    (problem,) = [p for p in result.problems if p.rule == "invalid-period"]
    assert (problem.path.name, problem.line, problem.column) == ("plan.yaml", 7, 56)
    assert i18n.render(problem.message, "de") == (
        "Der Zeithorizont lang endet (2029) vor seinem Beginn (2032). Korrigieren Sie `start` "
        "oder `end` des Horizonts."
    )
    assert "The horizon lang ends (2029) before it starts (2032)" in i18n.render(
        problem.message, "en"
    )


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("in_progress", True),
        ("planned", True),
        ("on_hold", True),
        ("done", False),
        ("dropped", False),
        ("ongoing", False),
    ],
)
def test_overdue_depends_on_status(write_plan: PlanWriter, status: str, expected: bool) -> None:
    files = measures(measure_yaml(due="2026-11-24", status=status))
    assert (("m.yaml", 6, "overdue") in problems_of(write_plan, files)) is expected


def test_overdue_counts_days_from_today(write_plan: PlanWriter) -> None:
    result = run_check(write_plan(measures(measure_yaml(due="2026-11-15"))), dt.date(2026, 11, 25))
    (problem,) = result.problems
    assert problem.message.arguments["days"] == 10
    assert i18n.render(problem.message, "de").startswith(
        "Maßnahme M-1 ist seit 10 Tagen überfällig (Frist 15.11.2026, Status „In Umsetzung“)"
    )


def test_due_today_is_not_overdue(write_plan: PlanWriter) -> None:
    assert problems_of(write_plan, measures(measure_yaml(due="2026-11-25"))) == []


def test_unowned_only_for_open_measures(write_plan: PlanWriter) -> None:
    files = measures(measure_yaml("M-1", owner="-"), measure_yaml("M-2", owner="-", status="done"))
    assert [r for r in problems_of(write_plan, files) if r[2] == "unowned"] == [
        ("m.yaml", 2, "unowned")
    ]


def test_no_due_date(write_plan: PlanWriter) -> None:
    files = measures(measure_yaml("M-1", due="-"), measure_yaml("M-2", due="-", status="ongoing"))
    assert [r for r in problems_of(write_plan, files) if r[2] == "no-due-date"] == [
        ("m.yaml", 2, "no-due-date")
    ]


def test_invalid_due_date_is_not_also_a_missing_one(write_plan: PlanWriter) -> None:
    rules = [r[2] for r in problems_of(write_plan, measures(measure_yaml(due="2026-02-30")))]
    assert rules == ["invalid-date"]


def test_stale_status_uses_the_plan_setting(write_plan: PlanWriter) -> None:
    plan = MINIMAL_PLAN.replace("period:", "settings: {stale_after_days: 30}\n  period:")
    files = {"plan.yaml": plan, **measures(measure_yaml(updated="2026-10-20"))}
    result = run_check(write_plan(files, base=False))
    (problem,) = result.problems
    assert (problem.rule, problem.message.arguments["days"]) == ("stale-status", 36)


def test_stale_default_is_90_days(write_plan: PlanWriter) -> None:
    files = measures(
        measure_yaml("M-1", updated="2026-08-27"), measure_yaml("M-2", updated="2026-08-26")
    )
    assert problems_of(write_plan, files) == [("m.yaml", 15, "stale-status")]


def test_never_reviewed_is_stale(write_plan: PlanWriter) -> None:
    result = run_check(write_plan(measures(measure_yaml(updated="-"))))
    assert [(p.rule, p.message.key) for p in result.problems] == [("stale-status", "stale_never")]


def test_unlinked_measure(write_plan: PlanWriter) -> None:
    files = measures(measure_yaml("M-1", goals="-"), measure_yaml("M-2", field="HF-1"))
    assert problems_of(write_plan, files) == [("m.yaml", 2, "unlinked-measure")]


def test_goal_without_measure(write_plan: PlanWriter) -> None:
    assert problems_of(write_plan, {}) == [("plan.yaml", 13, "goal-without-measure")]


def test_due_outside_period(write_plan: PlanWriter) -> None:
    files = measures(measure_yaml(due="2028-01-31"))
    assert problems_of(write_plan, files) == [("m.yaml", 6, "due-outside-period")]


def test_a_deadline_from_a_horizon_outside_the_period(write_plan: PlanWriter) -> None:
    plan = MINIMAL_PLAN.replace(
        "  period: {start: 2025-01-01, end: 2027-12-31}\n",
        "  period: {start: 2025-01-01, end: 2027-12-31}\n"
        "  horizons:\n"
        "    - {id: mittel, label: mittelfristig, end: 2027}\n"
        "    - {id: lang, label: langfristig, end: 2029}\n",
    )
    files = {
        "plan.yaml": plan,
        **measures(
            measure_yaml("M-1", due="-", horizon="lang"),
            measure_yaml("M-2", due="-", horizon="mittel"),
            measure_yaml("M-3", due="2026", horizon="lang"),  # its own due wins
        ),
    }
    result = run_check(write_plan(files, base=False))
    (problem,) = [p for p in result.problems if p.rule == "due-outside-period"]
    assert (problem.path.name, problem.line) == ("m.yaml", 8)
    assert i18n.render(problem.message, "de") == (
        "Maßnahme M-1: Die Frist aus dem Zeithorizont lang (2029) liegt außerhalb der Laufzeit "
        "des Plans (01.01.2025 bis 31.12.2027). Prüfen Sie das Ende des Horizonts oder geben "
        "Sie der Maßnahme eine eigene Frist (`due:`)."
    )
    assert "the deadline from the horizon lang (2029)" in i18n.render(problem.message, "en")
