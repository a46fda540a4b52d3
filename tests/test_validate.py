"""Shape and type rules, driven by the format definition."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import PlanWriter, found, run_check

from werkplan import i18n
from werkplan.model import Status
from werkplan.timeframes import TimeFrame

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


def measure_with(line: str) -> str:
    return MEASURE + f"    {line}\n"


def test_valid_measure_becomes_a_typed_entity(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE}))
    assert result.problems == ()
    (measure,) = result.plan.measures
    assert measure.due == TimeFrame.day(dt.date(2026, 12, 31))
    assert measure.owner == ("amt",)
    assert measure.status is Status.IN_PROGRESS
    assert measure.goals == ("Z-1",)
    assert (measure.origin.line, measure.at("due").line) == (2, 6)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2025-02-30", "date_bad_day"),
        ("2025-13-01", "date_bad_month"),
        ("15.03.2026", "date_german"),
        ("2026-3-5", "date_padding"),
        ("2026-03-05T10:00:00", "date_with_time"),
        ("bald", "timeframe_not_iso"),
        ('"2025-02-29"', "date_bad_day"),
    ],
)
def test_invalid_dates(write_plan: PlanWriter, text: str, key: str) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.replace("2026-12-31", text)}))
    (problem,) = result.problems
    assert (problem.rule, problem.line, problem.column, problem.message.key) == (
        "invalid-date",
        6,
        10,
        key,
    )


def test_leap_day_message_names_the_month_length(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.replace("2026-12-31", "2025-02-29")}))
    text = i18n.render(result.problems[0].message, "de")
    assert text == "„2025-02-29“ ist kein gültiges Datum: Der Februar 2025 hat nur 28 Tage."


def test_quoted_iso_date_is_accepted(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.replace("2026-12-31", '"2026-12-31"')}))
    assert result.problems == ()


def test_a_status_label_stands_for_its_value(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.replace("in_progress", "In Umsetzung")}))
    assert result.problems == ()
    assert result.plan.measures[0].status is Status.IN_PROGRESS


def test_unknown_status_lists_allowed_and_suggests_by_spelling(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.replace("in_progress", "in_progres")}))
    (problem,) = result.problems
    assert problem.rule == "invalid-status"
    assert problem.message.arguments["suggestion"] == "in_progress"
    text = i18n.render(problem.message, "en")
    assert "Allowed: proposed, planned, preparing, in_progress" in text
    assert text.endswith("Did you mean `in_progress`?")


def test_unknown_status_lists_allowed_and_maps_a_usual_word(write_plan: PlanWriter) -> None:
    # Labels ("In Umsetzung") are accepted; a usual word is an error with the key suggested.
    result = run_check(write_plan({"m.yaml": MEASURE.replace("in_progress", "in Arbeit")}))
    (problem,) = result.problems
    assert problem.rule == "invalid-status"
    assert problem.message.arguments["suggestion"] == "in_progress"
    text = i18n.render(problem.message, "en")
    assert "Allowed: proposed, planned, preparing, in_progress" in text
    assert text.endswith("Did you mean `in_progress`?")


def test_unknown_key_suggests_the_closest(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": measure_with("ownr: amt")}))
    assert found(result) == [("m.yaml", 9, "unknown-key")]
    assert result.problems[0].message.arguments["suggestion"] == "owner"


def test_german_key_suggests_the_english_one(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": measure_with("frist: 2026-01-01")}))
    assert result.problems[0].message.arguments["suggestion"] == "due"


def test_invisible_character_in_key_is_named(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": measure_with("note\u200b: x")}))
    (problem,) = result.problems
    assert problem.message.arguments["invisible"] == ("U+200B",)


def test_missing_required_key(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.replace("    title: Treffpunkt\n", "")}))
    assert found(result) == [("m.yaml", 2, "missing-key")]
    assert "Maßnahme M-1: Die Angabe `title` fehlt" in i18n.render(result.problems[0].message, "de")


def test_empty_required_value_points_at_the_key(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.replace("title: Treffpunkt", "title:")}))
    assert found(result) == [("m.yaml", 3, "missing-key")]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("partners: amt", "invalid-type"),
        ("partners: {a: 1}", "invalid-type"),
        ("note: [a, b]", "invalid-type"),
        ("partners: [beirat, Sozial amt]", "invalid-id"),
        ("visibility: geheim", "invalid-choice"),
    ],
)
def test_wrong_types(write_plan: PlanWriter, line: str, rule: str) -> None:
    assert found(run_check(write_plan({"m.yaml": measure_with(line)}))) == [("m.yaml", 9, rule)]


def test_scalar_for_a_list_suggests_brackets(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": measure_with("partners: beirat")}))
    text = i18n.render(result.problems[0].message, "de")
    assert "`partners: [beirat]`" in text


@pytest.mark.parametrize(
    ("content", "rule", "line"),
    [
        ("- a\n- b\n", "invalid-shape", 1),
        ("just text\n", "invalid-shape", 1),
        ("measures:\n  id: M-1\n", "invalid-shape", 2),
        ("measures:\n  - M-1\n", "invalid-shape", 2),
        ("plan: [a]\n", "invalid-shape", 1),
        ("massnahmen: []\n", "unknown-key", 1),
        ("", "empty-file", 1),
        ("# nur ein Kommentar\n", "empty-file", 1),
    ],
)
def test_wrong_shapes(write_plan: PlanWriter, content: str, rule: str, line: int) -> None:
    assert ("x.yaml", line, rule) in found(run_check(write_plan({"x.yaml": content})))


def test_yaml_11_words_stay_text(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.replace("Treffpunkt", "no")}))
    assert result.plan.measures[0].title == "no"


def test_numbers_as_ids_keep_their_digits(write_plan: PlanWriter) -> None:
    content = MEASURE.replace("M-1", "012").replace("[Z-1]", "[Z-1]\n    depends_on: []")
    result = run_check(write_plan({"m.yaml": content}))
    assert result.plan.measures[0].id == "012"


def test_empty_section_is_an_empty_list(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": "measures:\nevents:\n"}))
    assert not result.errors
