"""Cases where a first version of werkplan said something wrong or misleading."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE_PLAN, PlanWriter, found, rules_of, run_check
from helpers import cli

from werkplan import i18n
from werkplan.load import parser

MEASURE = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    due: 2026-12-31
    status: in_progress
    updated: 2026-11-01
"""


def texts(result_problems: object, lang: str = "de") -> list[str]:
    return [i18n.render(p.message, lang) for p in result_problems]  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_found_values_are_named_in_words(write_plan: PlanWriter, lang: str) -> None:
    files = {"a.yaml": "- a\n", "b.yaml": "measures:\n  - M-1\n", "c.yaml": "plan:\n"}
    rendered = " ".join(texts(run_check(write_plan(files)).problems, lang))
    for raw in ("a_list", "a_text", "a_mapping"):
        assert raw not in rendered


def test_empty_due_still_warns_about_the_missing_deadline(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.replace("due: 2026-12-31", "due:")}))
    assert rules_of(result) == {"no-due-date"}


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        (("owner: amt", 'owner: "bad id"'), "invalid-id"),
        (("updated: 2026-11-01", "updated: 01.11.2026"), "invalid-date"),
        (("goals: [Z-1]", "goals: Z-1"), "invalid-type"),
    ],
)
def test_a_broken_value_is_one_error_and_no_follow_up_warning(
    write_plan: PlanWriter, change: tuple[str, str], rule: str
) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.replace(*change)}))
    assert [p.rule for p in result.problems if p.path.name == "m.yaml"] == [rule]


def test_duplicate_key_through_an_alias_points_at_the_alias(write_plan: PlanWriter) -> None:
    content = MEASURE.replace("  - id: M-1", "  - &k id: M-1") + "    *k : M-2\n"
    result = run_check(write_plan({"m.yaml": content}))
    (problem,) = [p for p in result.problems if p.rule == "duplicate-key"]
    assert problem.line == 9
    assert problem.message.arguments["first_line"] == 2


def test_duplicate_id_through_an_alias_names_two_places(write_plan: PlanWriter) -> None:
    content = MEASURE.replace("  - id: M-1", "  - &m\n    id: M-1") + "  - *m\n"
    result = run_check(write_plan({"m.yaml": content}))
    (problem,) = [p for p in result.problems if p.rule == "duplicate-id"]
    assert problem.line == 10
    assert str(problem.message.arguments["first"]).endswith("m.yaml:2:5")


def test_an_anchor_name_may_be_reused() -> None:
    result = parser.parse("a: &x [ &x s, *x ]\nb: *x\n", Path("x.yaml"))
    assert result.problems == []


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("0000-01-01", "date_bad_year"),
        ("1800-01-01", "date_bad_year"),
        ("31.02.2026", "date_impossible"),
        ("2026-1-40", "date_impossible"),
        ("31.06.2026", "date_impossible"),
    ],
)
def test_date_messages_never_suggest_an_impossible_date(
    write_plan: PlanWriter, value: str, key: str
) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.replace("2026-12-31", value)}))
    assert [p.message.key for p in result.problems] == [key]


def test_values_with_line_breaks_stay_on_one_message_line(write_plan: PlanWriter) -> None:
    content = MEASURE.replace("status: in_progress", "status: >\n      fertig\n      ganz")
    (text,) = texts(run_check(write_plan({"m.yaml": content})).problems)
    assert "\n" not in text


def test_german_status_words_get_a_suggestion_and_labels(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.replace("in_progress", "erledigt")}))
    (text,) = texts(result.problems)
    assert "done (Abgeschlossen)" in text
    assert text.endswith("Meinten Sie `done`?")


def test_hash_in_a_value_is_explained(write_plan: PlanWriter) -> None:
    content = MEASURE.replace("title: Treffpunkt", "title: #WirAlle gemeinsam")
    (text,) = texts(run_check(write_plan({"m.yaml": content})).problems)
    assert "`#` beginnt in YAML einen Kommentar" in text


def test_tab_on_a_single_line_is_named(write_plan: PlanWriter) -> None:
    content = MEASURE.replace("    owner: amt", "\towner: amt")
    result = run_check(write_plan({"m.yaml": content}))
    assert [(p.line, p.message.key) for p in result.problems] == [(5, "yaml_tab")]


def test_setting_out_of_range_names_the_range(write_plan: PlanWriter) -> None:
    plan = (EXAMPLE_PLAN / "plan.yaml").read_text(encoding="utf-8")
    plan = plan.replace("due_soon_days: 42", "due_soon_days: 999999999")
    result = run_check(write_plan({"plan.yaml": plan}, base=False))
    (problem,) = [p for p in result.problems if p.rule == "invalid-type"]
    assert "von 1 bis 3650" in i18n.render(problem.message, "de")


def test_a_linked_file_is_read_once(write_plan: PlanWriter) -> None:
    plan_dir = write_plan({"m.yaml": MEASURE})
    (plan_dir / "again.yaml").symlink_to(plan_dir / "m.yaml")
    result = run_check(plan_dir)
    assert len(result.plan.files) == 2
    assert result.problems == ()


def test_a_link_loop_is_reported_and_the_rest_is_checked(write_plan: PlanWriter) -> None:
    plan_dir = write_plan({"m.yaml": MEASURE})
    (plan_dir / "loop.yaml").symlink_to("loop.yaml")
    result = run_check(plan_dir)
    assert [(p.path.name, p.message.key) for p in result.problems] == [("loop.yaml", "link_loop")]
    assert len(result.plan.measures) == 1


def test_too_many_values_without_aliases_does_not_blame_aliases(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parser, "MAX_EXPANDED_NODES", 50)
    result = parser.parse("swot: [" + ", ".join(["a"] * 60) + "]\n", Path("x.yaml"))
    assert [p.message.key for p in result.problems] == ["too_many_nodes"]


def test_one_unreadable_file_does_not_cause_errors_elsewhere(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(EXAMPLE_PLAN, plans)
    actors = plans / "akteure.yaml"
    actors.write_bytes(actors.read_text(encoding="utf-8").encode("cp1252", errors="replace"))
    result = cli(["check", str(plans), "--today", "2026-11-25", "-f", "json"])
    document = json.loads(result.stdout)
    errors = [p for p in document["problems"] if p["severity"] == "error"]
    assert [(Path(p["path"]).name, p["rule"]) for p in errors] == [
        ("akteure.yaml", "invalid-encoding")
    ]
    assert document["summary"]["unread_files"] == ["plans/akteure.yaml"]  # from the parent
    text = cli(["check", str(plans), "--today", "2026-11-25"]).output
    assert "prüft werkplan erst, wenn alles lesbar ist (nicht lesbar: 1 Datei)" in text


def test_missing_plan_section_is_reported_on_the_directory(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(EXAMPLE_PLAN, plans)
    (plans / "plan.yaml").unlink()
    result = run_check(plans)
    errors = [p for p in result.problems if p.severity == "error"]
    assert [(p.path, p.rule) for p in errors if p.rule == "missing-plan"] == [
        (plans, "missing-plan")
    ]
    assert "missing-plan" in rules_of(result)
    assert found(result)
