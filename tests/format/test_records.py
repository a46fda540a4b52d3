"""Lists of records inside entities (milestones, funding, decisions, links, updates, horizons):
their shape, what is kept, and that every position follows the model's index."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import PlanWriter, run_check

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.model import Milestone
from werkplan.timeframes import quarter

HEAD = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    due: 2026-12-31
    status: in_progress
    updated: 2026-11-01
"""


def with_lines(*lines: str) -> dict[str, str]:
    """The measure above with more lines (the first of them is line 9)."""
    return {"m.yaml": HEAD + "".join(f"    {line}\n" for line in lines)}


def placed(result: CheckResult) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.rule) for p in result.problems]


def test_milestones_become_records_with_positions(write_plan: PlanWriter) -> None:
    result = run_check(
        write_plan(
            with_lines(
                "milestones:",
                "  - {title: Konzept, due: 2026-Q2, done: 2026-06-12, note: fertig}",
                "  - title: Eröffnung",
                "    due: 2027",
            )
        )
    )
    assert result.problems == ()
    (measure,) = result.plan.measures
    assert measure.milestones[0] == Milestone(
        title="Konzept", due=quarter(2026, 2), done=dt.date(2026, 6, 12), note="fertig"
    )
    assert measure.milestones[1].title == "Eröffnung"
    assert (measure.at("milestones.1").line, measure.at("milestones.1.due").line) == (11, 12)
    assert measure.at("milestones.1.note") == measure.at("milestones.1")


def test_a_record_after_one_left_out_keeps_its_own_line(write_plan: PlanWriter) -> None:
    # Old code pointed the second milestone's and update's problems at the first entry.
    result = run_check(
        write_plan(
            with_lines(
                "milestones:",
                "  - {due: 2026-Q1}",
                "  - {title: Konzept, due: 2026-Q2}",
                "updates:",
                "  - {status: planned}",
                "  - {date: 2027-01-05, note: Tippfehler}",
            )
        )
    )
    assert placed(result) == [
        (10, 9, "missing-key"),
        (11, 31, "milestone-overdue"),
        (13, 9, "missing-key"),
        (14, 16, "update-in-future"),
    ]
    assert [m.title for m in result.plan.measures[0].milestones] == ["Konzept"]


def test_a_list_item_after_an_invalid_one_keeps_its_own_column(write_plan: PlanWriter) -> None:
    result = run_check(write_plan(with_lines("partners: [Sozialamt Rostock, ghost]")))
    assert placed(result) == [(9, 16, "invalid-id"), (9, 35, "unknown-reference")]


def test_a_missing_key_in_a_record_names_the_measure_and_what_to_write(
    write_plan: PlanWriter,
) -> None:
    result = run_check(write_plan(with_lines("milestones:", "  - {due: 2026-Q1}")))
    (problem,) = result.problems
    assert i18n.render(problem.message, "de") == (
        "Maßnahme M-1: Die Angabe `title` in Meilenstein 1 fehlt oder ist leer. "
        "Ergänzen Sie `title: …`."
    )
    assert i18n.render(problem.message, "en") == (
        "Measure M-1: `title` in milestone 1 is missing or empty. Add `title: …`."
    )


def test_an_unknown_key_in_an_entry_names_the_entry_counted_from_one(
    write_plan: PlanWriter,
) -> None:
    lines = ("milestones:", "  - {title: A}", "  - {titel: B}")
    result = run_check(write_plan(with_lines(*lines)))
    rendered = {i18n.render(p.message, "de") for p in result.problems}
    assert "Unbekannter Schlüssel `titel` (Meilenstein 2). Meinten Sie `title`?" in rendered
    assert (
        "Maßnahme M-1: Die Angabe `title` in Meilenstein 2 fehlt oder ist leer. "
        "Ergänzen Sie `title: …`." in rendered
    )
    english = {i18n.render(p.message, "en") for p in result.problems}
    assert "Unknown key `titel` (milestone 2). Did you mean `title`?" in english


@pytest.mark.parametrize(
    ("path", "german", "english"),
    [
        ("updates.0.date", "`date` in Sachstand 1", "`date` in status entry 1"),
        ("horizons.3.end", "`end` in Zeithorizont 4", "`end` in horizon 4"),
        ("attributes.0.choices.2.label", "`label` in Auswahlwert 3 in Merkmal 1", None),
        ("funding.1", "Finanzierung 2", "funding entry 2"),
        ("baseline.value", "`baseline.value`", "`baseline.value`"),
    ],
)
def test_key_paths_are_shown_as_people_count(path: str, german: str, english: str | None) -> None:
    assert i18n.format_key_path(path, "de") == german
    if english:
        assert i18n.format_key_path(path, "en") == english


def test_a_decision_needs_a_date_or_a_reference_and_is_left_out_without(
    write_plan: PlanWriter,
) -> None:
    result = run_check(
        write_plan(
            with_lines(
                "decisions:",
                "  - {body: amt, title: Grundsatzbeschluss}",
                "  - {body: amt, reference: V/0021/2019}",
                "  - {date: 2025-03-13}",
            )
        )
    )
    (problem,) = result.problems
    assert (problem.line, problem.rule) == (10, "missing-key")
    assert i18n.render(problem.message, "de") == (
        "Maßnahme M-1: Dieser Eintrag braucht mindestens eine dieser Angaben: date, reference."
    )
    decisions = result.plan.measures[0].decisions
    assert [(d.reference, d.date) for d in decisions] == [
        ("V/0021/2019", None),
        (None, dt.date(2025, 3, 13)),
    ]


def test_an_owner_list_without_any_valid_id_is_an_error_not_also_unowned(
    write_plan: PlanWriter,
) -> None:
    files = with_lines()
    files["m.yaml"] = files["m.yaml"].replace("owner: amt", "owner: [Sozialamt Rostock]")
    result = run_check(write_plan(files))
    assert [p.rule for p in result.problems] == ["invalid-id"]
    assert "owner" in result.plan.measures[0].broken
