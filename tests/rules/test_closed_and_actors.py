"""A closed measure whose progress or assessment still says open (done-with-progress,
closed-with-risk); the same actor twice on a measure (actor-twice); progress from the newest
update; an ongoing measure is never due soon."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import TODAY, PlanWriter, run_check
from helpers import cli, measure_yaml

from werkplan import findings, i18n
from werkplan.checker import CheckResult
from werkplan.rules import RULES

NEW_RULES = ("done-with-progress", "closed-with-risk", "actor-twice")


def measure(**fields: str) -> str:
    return "measures:\n" + measure_yaml(**fields)


def check(write_plan: PlanWriter, **fields: str) -> CheckResult:
    return run_check(write_plan({"m.yaml": measure(**fields)}))


def problems(result: CheckResult, rule: str) -> list[str]:
    return [i18n.render(p.message, "de") for p in result.problems if p.rule == rule]


UPDATES_35 = "[{date: 2026-03-01, progress: 20}, {date: 2026-10-01, progress: 35}]"


@pytest.mark.parametrize("rule", NEW_RULES)
def test_the_rules_are_registered_as_warnings_in_both_languages(rule: str) -> None:
    assert RULES[rule].severity.value == "warning"
    assert RULES[rule].de
    assert RULES[rule].de != RULES[rule].en


# --- progress from updates (6a) --------------------------------------------------------------


def test_the_newest_update_with_progress_counts_where_progress_is_absent(
    write_plan: PlanWriter,
) -> None:
    # written out of order, and the newest entry states no progress
    updates = (
        "[{date: 2026-10-01, progress: 35}, {date: 2026-03-01, progress: 20},"
        " {date: 2026-11-01, note: Sitzung}]"
    )
    result = check(write_plan, updates=updates)
    m = result.plan.measures[0]
    assert findings.progress(m, result.plan) == 35
    assert findings.progress_basis(m, result.plan) == "update"
    assert findings.mean_progress([m], result.plan) == 35


def test_progress_itself_goes_before_the_updates(write_plan: PlanWriter) -> None:
    result = check(write_plan, progress="50", updates=UPDATES_35)
    m = result.plan.measures[0]
    assert (findings.progress(m, result.plan), findings.progress_basis(m, result.plan)) == (
        50,
        "written",
    )


def test_show_names_the_update_the_progress_comes_from(write_plan: PlanWriter) -> None:
    plan = write_plan({"m.yaml": measure(updates=UPDATES_35)})
    result = cli(["show", "M-1", str(plan), "--lang", "de", "--today", TODAY.isoformat()])
    assert result.exit_code == 0, result.output
    assert "35 % (laut Sachstand vom 01.10.2026)" in result.stdout


# --- done-with-progress, closed-with-risk (6b) -----------------------------------------------


def test_a_done_measure_with_progress_below_100_is_a_warning(write_plan: PlanWriter) -> None:
    messages = problems(check(write_plan, status="done", progress="30"), "done-with-progress")
    assert messages == [
        "Maßnahme M-1 ist abgeschlossen, nennt aber einen Fortschritt von 30 %. Setzen "
        "Sie `progress: 100` (oder streichen Sie ihn) oder korrigieren Sie den Status."
    ]


def test_a_done_measure_is_done_whatever_an_older_update_said(write_plan: PlanWriter) -> None:
    result = check(write_plan, status="done", updates=UPDATES_35)
    m = result.plan.measures[0]
    assert findings.progress(m, result.plan) == 100
    assert findings.progress_basis(m, result.plan) == "status"


@pytest.mark.parametrize(
    "fields",
    [
        {"status": "done", "progress": "100"},
        {"status": "done"},
        {"status": "in_progress", "progress": "30"},
        {"status": "done", "progress": "100", "updates": UPDATES_35},
        {"status": "done", "updates": UPDATES_35},
    ],
)
def test_done_with_full_or_no_progress_passes(
    write_plan: PlanWriter, fields: dict[str, str]
) -> None:
    assert problems(check(write_plan, **fields), "done-with-progress") == []


@pytest.mark.parametrize("status", ["done", "dropped"])
@pytest.mark.parametrize("assessment", ["off_track", "at_risk"])
def test_a_closed_measure_still_at_risk_is_a_warning(
    write_plan: PlanWriter, status: str, assessment: str
) -> None:
    result = check(write_plan, status=status, assessment=assessment)
    [problem] = [p for p in result.problems if p.rule == "closed-with-risk"]
    assert problem.position.line == 9
    text = i18n.render(problem.message, "en")
    assert text.startswith("Measure M-1 is '")
    assert "still assessed '" in text
    assert "Update `assessment` or remove it." in text


@pytest.mark.parametrize(
    ("status", "assessment"),
    [("done", "on_track"), ("in_progress", "off_track"), ("on_hold", "at_risk")],
)
def test_open_or_on_track_measures_pass(
    write_plan: PlanWriter, status: str, assessment: str
) -> None:
    assert (
        problems(check(write_plan, status=status, assessment=assessment), "closed-with-risk") == []
    )


# --- actor-twice (27) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"owner": "[amt, beirat, amt]"}, "`owner` nennt amt zweimal"),
        (
            {"partners": "[beirat, amt]"},
            "amt ist verantwortlich (`owner`) und zugleich unter `partners`",
        ),
        (
            {"owner": "[beirat, amt]", "supporters": "[amt]"},
            "amt ist verantwortlich (`owner`) und zugleich unter `supporters`",
        ),
    ],
)
def test_the_same_actor_twice_is_a_warning(
    write_plan: PlanWriter, fields: dict[str, str], expected: str
) -> None:
    [message] = problems(check(write_plan, **fields), "actor-twice")
    assert expected in message


def test_distinct_actors_pass(write_plan: PlanWriter) -> None:
    result = check(write_plan, owner="[amt]", partners="[beirat]", supporters="[beirat]")
    assert problems(result, "actor-twice") == []


# --- ongoing is never due soon (36) ----------------------------------------------------------


def test_an_ongoing_measure_is_never_due_soon(write_plan: PlanWriter) -> None:
    due = (TODAY + dt.timedelta(days=10)).isoformat()
    result = check(write_plan, status="ongoing", due=due)
    m = result.plan.measures[0]
    assert not findings.is_due_soon(m, result.plan, TODAY)
    assert findings.compute_findings(result.plan, TODAY).due_soon == ()
    open_one = check(write_plan, status="in_progress", due=due)
    assert findings.compute_findings(open_one.plan, TODAY).due_soon != ()
