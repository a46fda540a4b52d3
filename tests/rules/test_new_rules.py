"""The rules of the richer format: sub-measures, relations, milestones, money, status history.

One small inline plan per case, in the style of test_plan_rules.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TODAY, PlanWriter, run_check
from helpers import measure_yaml

from werkplan import findings, i18n
from werkplan.checker import CheckResult


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
        measure_yaml("M-1"),
        measure_yaml("M-2", goals="-", parent="M-1", kind="project"),
        measure_yaml("M-3", goals="-", parent="M-2", kind="Kleinprojekt"),
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
    result = check(
        write_plan, measure_yaml("M-1", goals="-"), measure_yaml("M-2", goals="-", parent="M-1")
    )
    assert rules(result) == [("unlinked-measure", "M-1"), ("unlinked-measure", "M-2")]


def test_an_unknown_parent_is_an_unknown_reference_and_nothing_else(
    write_plan: PlanWriter,
) -> None:
    result = check(write_plan, measure_yaml("M-2", goals="-", parent="M-9"))
    assert rules(result) == [("unknown-reference", "M-2")]


def test_parent_cycle_names_the_loop(write_plan: PlanWriter) -> None:
    result = check(
        write_plan,
        measure_yaml("M-1", parent="M-3"),
        measure_yaml("M-2", parent="M-1"),
        measure_yaml("M-3", parent="M-2"),
        measure_yaml("M-4", parent="M-1"),
    )
    (problem,) = result.problems
    assert (problem.rule, problem.line) == ("parent-cycle", 9)
    assert problem.message.arguments["cycle"] == "M-1 → M-3 → M-2 → M-1"
    assert i18n.render(problem.message, "de") == (
        "Die Maßnahmen sind im Kreis einander untergeordnet: M-1 → M-3 → M-2 → M-1. "
        "Korrigieren Sie eines der `parent`."
    )


def test_a_measure_that_is_its_own_parent(write_plan: PlanWriter) -> None:
    (problem,) = check(write_plan, measure_yaml("M-1", parent="M-1")).problems
    assert problem.rule == "parent-cycle"
    assert problem.message.arguments["cycle"] == "M-1 → M-1"


def test_parent_and_depends_on_are_different_circles(write_plan: PlanWriter) -> None:
    result = check(
        write_plan,
        measure_yaml("M-1", depends_on="[M-2]"),
        measure_yaml("M-2", parent="M-1", depends_on="[M-1]"),
    )
    assert [p.rule for p in result.problems] == ["dependency-cycle"]


def test_a_sub_measure_is_not_blocked_by_its_parent(write_plan: PlanWriter) -> None:
    # Modelled with depends_on, later steps were "blocked" while the first was overdue.
    result = check(
        write_plan,
        measure_yaml("M-1", due="2026-06-30"),
        measure_yaml("M-2", goals="-", parent="M-1"),
    )
    assert rules(result) == [("overdue", "M-1")]
    assert findings.compute_findings(result.plan, TODAY).blocked == ()


# --- statuses --------------------------------------------------------------------------------


def test_a_proposal_is_never_overdue_unowned_stale_blocking_or_without_deadline(
    write_plan: PlanWriter,
) -> None:
    result = check(
        write_plan,
        measure_yaml("M-1", status="proposed", owner="-", due="2025-06-30", updated="-"),
        measure_yaml("M-2", status="Vorgeschlagen", owner="-", due="-", updated="-"),
        measure_yaml("M-3", depends_on="[M-1, M-2]"),
    )
    assert rules(result) == []
    found = findings.compute_findings(result.plan, TODAY)
    assert [m.id for m in found.proposals] == ["M-1", "M-2"]
    assert (found.overdue, found.unowned, found.stale, found.blocked) == ((), (), (), ())


def test_a_proposal_depending_on_a_late_measure_is_not_blocked(write_plan: PlanWriter) -> None:
    result = check(
        write_plan,
        measure_yaml("M-1", due="2026-01-31"),
        measure_yaml("M-2", status="proposed", depends_on="[M-1]"),
    )
    assert rules(result) == [("overdue", "M-1")]
    assert findings.compute_findings(result.plan, TODAY).blocked == ()


def test_merged_is_closed_like_done(write_plan: PlanWriter) -> None:
    result = check(
        write_plan,
        measure_yaml("M-1"),
        measure_yaml("M-2", status="merged", merged_into="M-1", due="2025-06-30", owner="-"),
        measure_yaml("M-3", depends_on="[M-2]"),
    )
    assert rules(result) == []
    merged = result.plan.measures[1]
    assert findings.is_closed(merged)
    assert not findings.is_open(merged)
    assert findings.progress(merged, result.plan) == 100
    assert [m.id for m in result.plan.referrers("merged_into", "M-1")] == ["M-2"]


def test_merged_needs_merged_into(write_plan: PlanWriter) -> None:
    result = check(write_plan, measure_yaml("M-1", status="Zusammengeführt"))
    (problem,) = result.problems
    assert (problem.rule, problem.line, problem.column) == ("merged-without-target", 7, 13)
    assert i18n.render(problem.message, "en") == (
        "Measure M-1: status 'merged' needs `merged_into: <id>` – the measure it continues in."
    )


def test_a_broken_merged_into_is_reported_once(write_plan: PlanWriter) -> None:
    result = check(write_plan, measure_yaml("M-1", status="merged", merged_into="'M 2'"))
    assert [p.rule for p in result.problems] == ["invalid-id"]


def test_assessment(write_plan: PlanWriter) -> None:
    result = check(
        write_plan,
        measure_yaml("M-1", assessment="at_risk"),
        measure_yaml("M-2", assessment="Kritisch"),
        measure_yaml("M-3", assessment="on_track"),
        measure_yaml("M-4", assessment="off_track", status="done"),
        measure_yaml("M-5", assessment="rot"),
    )
    # a done measure still off track is a warning of its own (closed-with-risk)
    expected = [("closed-with-risk", 33), ("invalid-choice", 41)]
    assert [(p.rule, p.line) for p in result.problems] == expected
    found = findings.compute_findings(result.plan, TODAY)
    assert [m.id for m in found.at_risk] == ["M-2", "M-1"]


# --- responsibility ----------------------------------------------------------------------


def test_a_joint_lead_and_supporters(write_plan: PlanWriter) -> None:
    result = check(write_plan, measure_yaml("M-1", owner="[beirat, amt]"))
    assert result.problems == ()
    (m,) = result.plan.measures
    assert (m.owner, m.lead) == (("beirat", "amt"), "beirat")
    helped = check(write_plan, measure_yaml("M-1", owner="amt", supporters="[beirat]"))
    assert helped.problems == ()
    assert helped.plan.measures[0].supporters == ("beirat",)


@pytest.mark.parametrize(
    ("owner", "found"),
    [
        ("[amt, ghost]", [("unknown-reference", "owner", 5, 18)]),
        ("[]", [("unowned", "", 5, 12)]),
        ("{a: 1}", [("invalid-type", "owner", 5, 12)]),
        ("[[amt]]", [("invalid-type", "owner", 5, 13)]),
    ],
)
def test_owner_lists_that_do_not_fit(
    write_plan: PlanWriter, owner: str, found: list[tuple[str, str, int, int]]
) -> None:
    result = check(write_plan, measure_yaml("M-1", owner=owner))
    assert [
        (p.rule, p.message.arguments.get("key", ""), p.line, p.column) for p in result.problems
    ] == found


def test_an_invalid_owner_id_suggests_adding_the_actor(write_plan: PlanWriter) -> None:
    result = check(write_plan, measure_yaml("M-1", owner="Sozialamt Rostock"))
    (problem,) = result.problems
    assert problem.rule == "invalid-id"
    assert i18n.render(problem.message, "de").endswith(
        'legt `werkplan new actor --name "Sozialamt Rostock" --kind office` sie an und nennt '
        "ihre ID."
    )
    assert "`werkplan new actor --name" in i18n.render(problem.message, "en")
    partners = check(write_plan, measure_yaml("M-1", partners="[Sozialamt Rostock]"))
    assert "werkplan new actor" in i18n.render(partners.problems[0].message, "de")


def test_unknown_supporters(write_plan: PlanWriter) -> None:
    result = check(write_plan, measure_yaml("M-1", supporters="[beirat, alle]"))
    (problem,) = result.problems
    assert (problem.rule, problem.message.arguments["key"]) == ("unknown-reference", "supporters")


# --- relations ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["related", "merged_into", "superseded_by"])
def test_relations_are_references(write_plan: PlanWriter, key: str) -> None:
    value = "[M-9]" if key == "related" else "M-9"
    status = "merged" if key == "merged_into" else "in_progress"
    result = check(write_plan, measure_yaml("M-1", status=status, **{key: value}))
    (problem,) = [p for p in result.problems if p.rule == "unknown-reference"]
    assert (problem.message.arguments["key"], problem.line) == (key, 9)


@pytest.mark.parametrize(
    ("key", "value", "column"),
    [("related", "[M-2, M-1]", 20), ("merged_into", "M-1", 18), ("superseded_by", "M-1", 20)],
)
def test_a_measure_naming_itself(write_plan: PlanWriter, key: str, value: str, column: int) -> None:
    status = "merged" if key == "merged_into" else "in_progress"
    result = check(
        write_plan, measure_yaml("M-1", status=status, **{key: value}), measure_yaml("M-2")
    )
    (problem,) = result.problems
    assert (problem.rule, problem.line, problem.column) == ("self-reference", 9, column)
    assert problem.message.arguments["key"] == key


def test_relations_both_ways(write_plan: PlanWriter) -> None:
    result = check(
        write_plan,
        measure_yaml("M-1", related="[M-2]"),
        measure_yaml("M-2", superseded_by="M-3", status="dropped"),
        measure_yaml("M-3"),
    )
    assert result.problems == ()
    plan = result.plan
    assert [m.id for m in plan.referrers("related", "M-2")] == ["M-1"]
    assert [m.id for m in plan.referrers("superseded_by", "M-3")] == ["M-2"]
    assert plan.referrers("related", "M-3") == ()


def test_original_numbers(write_plan: PlanWriter) -> None:
    result = check(
        write_plan,
        measure_yaml("M-1", number="Ü1"),
        measure_yaml("M-2", number="'B5+6'"),
        measure_yaml("M-3", number="' Ü1 '"),
        measure_yaml("M-4", number="AW1.1"),
        measure_yaml("M-5", number="12"),
        measure_yaml("M-6", number="'12'"),
    )
    assert [(p.rule, p.line, p.severity.value) for p in result.problems] == [
        ("duplicate-number", 25, "warning"),
        ("duplicate-number", 49, "warning"),
    ]
    first = result.problems[0]
    assert i18n.render(first.message, "de") == (
        "Maßnahme M-3: Die Nummer „Ü1“ trägt schon Maßnahme M-1. Vergeben Sie jede Nummer nur "
        "einmal."
    )
    assert result.plan.measures[1].display_title == "B5+6 Treffpunkt"


def test_locations_and_target_groups(write_plan: PlanWriter) -> None:
    result = check(
        write_plan,
        measure_yaml("M-1", locations="[Rathaus, 'Hamburger Straße/Maurepasstraße', 57 Gebäude]"),
    )
    assert result.problems == ()
    assert result.plan.measures[0].locations == (
        "Rathaus",
        "Hamburger Straße/Maurepasstraße",
        "57 Gebäude",
    )
    (problem,) = check(write_plan, measure_yaml("M-1", locations="Rathaus")).problems
    assert (problem.rule, problem.message.key) == ("invalid-type", "scalar_for_list")


# --- milestones --------------------------------------------------------------------------


def with_milestones(*lines: str, **fields: str) -> str:
    return (
        measure_yaml("M-1", **fields) + "    milestones:\n" + "".join(f"      {x}\n" for x in lines)
    )


@pytest.mark.parametrize(
    ("today", "days"),
    [(dt.date(2026, 9, 30), None), (dt.date(2026, 10, 1), 1), (dt.date(2026, 11, 25), 56)],
)
def test_milestone_overdue_after_its_last_day(
    write_plan: PlanWriter, today: dt.date, days: int | None
) -> None:
    text = with_milestones("- {title: Konzept, due: 2026-Q3}", updated="2026-09-01")
    result = check(write_plan, text, today=today)
    late = [p for p in result.problems if p.rule == "milestone-overdue"]
    assert [p.message.arguments["days"] for p in late] == ([] if days is None else [days])
    if late:
        assert (late[0].line, late[0].column) == (10, 31)
        assert i18n.render(late[0].message, "de").startswith(
            f"Maßnahme M-1: Der Meilenstein „Konzept“ ist seit {days} "
            f"{'Tag' if days == 1 else 'Tagen'} überfällig "
            "(bis 3. Quartal 2026)."
        )


@pytest.mark.parametrize(
    "fields",
    [{"status": "done"}, {"status": "dropped"}, {"status": "proposed"}, {"status": "merged"}],
)
def test_no_milestone_overdue_when_the_measure_is_closed(
    write_plan: PlanWriter, fields: dict[str, str]
) -> None:
    extra = {"merged_into": "M-2"} if fields["status"] == "merged" else {}
    text = with_milestones("- {title: Konzept, due: 2026-Q2}", **fields, **extra)
    result = check(write_plan, text, measure_yaml("M-2"))
    assert "milestone-overdue" not in {p.rule for p in result.problems}


def test_no_milestone_overdue_when_done_or_without_due(write_plan: PlanWriter) -> None:
    text = with_milestones(
        "- {title: Konzept, due: 2026-Q2, done: 2026-06-12}",
        "- {title: Irgendwann}",
        "- {title: Später, due: 2027}",
    )
    assert check(write_plan, text).problems == ()


@pytest.mark.parametrize(
    "milestones",
    [
        "[Konzept]",
        "[~]",
        "[{}]",
        "Konzept",
        "{title: Konzept}",
        "[{title: [a]}]",
        "[{title: K, due: .inf, done: 1e400}]",
        "[{title: K, done: 2026-Q2}]",
    ],
)
def test_milestones_that_do_not_fit_are_errors(write_plan: PlanWriter, milestones: str) -> None:
    result = check(write_plan, measure_yaml("M-1") + f"    milestones: {milestones}\n")
    assert result.errors >= 1
    assert "milestone-overdue" not in {p.rule for p in result.problems}


# --- status history ----------------------------------------------------------------------


def test_update_in_future(write_plan: PlanWriter) -> None:
    text = (
        measure_yaml("M-1")
        + "    updates:\n      - {date: 2026-11-25}\n      - {date: 2062-11-02}\n"
    )
    result = check(write_plan, text)
    (problem,) = result.problems
    assert (problem.rule, problem.severity.value, problem.line) == ("update-in-future", "error", 11)
    assert i18n.render(problem.message, "de") == (
        "Maßnahme M-1: Der Sachstand ist auf den 02.11.2062 datiert, nach heute (25.11.2026). "
        "Sachstände halten fest, was war; prüfen Sie das Datum."
    )


def test_the_newest_update_is_the_last_review_without_updated(write_plan: PlanWriter) -> None:
    text = measure_yaml("M-1", updated="-") + (
        "    updates:\n"
        "      - {date: 2026-01-10, status: planned, note: Sachstand 2026}\n"
        "      - {date: 2013-05-01, status: planned, assessment: on_track, progress: 0}\n"
    )
    result = check(write_plan, text)
    (problem,) = result.problems
    assert (problem.rule, problem.line) == ("stale-status", 9)
    assert problem.message.arguments["updated"] == dt.date(2026, 1, 10)
    assert problem.message.arguments["days"] == 319
    measure_ = result.plan.measures[0]
    assert findings.last_review(measure_) == dt.date(2026, 1, 10)
    fresh = measure_yaml("M-1", updated="-") + "    updates: [{date: 2026-11-01}]\n"
    assert check(write_plan, fresh).problems == ()


def test_updated_wins_over_the_updates(write_plan: PlanWriter) -> None:
    text = measure_yaml("M-1", updated="2026-01-01") + "    updates: [{date: 2026-11-01}]\n"
    (problem,) = check(write_plan, text).problems
    assert (problem.rule, problem.message.arguments["updated"]) == (
        "stale-status",
        dt.date(2026, 1, 1),
    )


def test_updates_are_records(write_plan: PlanWriter) -> None:
    text = measure_yaml("M-1") + (
        "    updates:\n"
        "      - date: 2025-06-30\n"
        "        status: In Vorbereitung\n"
        "        assessment: Gefährdet\n"
        "        progress: 10\n"
        "        note: Start\n"
        "      - {date: 2025-07-01, status: bald, progress: 101}\n"
    )
    result = check(write_plan, text)
    assert [(p.rule, p.line) for p in result.problems] == [
        ("invalid-status", 15),
        ("invalid-type", 15),
    ]
    first = result.plan.measures[0].updates[0]
    assert (first.status, first.assessment, first.progress) == ("preparing", "at_risk", 10)
