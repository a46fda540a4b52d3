"""Time frames: a day, month, quarter, half-year or year; how they are read, shown and judged."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import MINIMAL_PLAN, TODAY, PlanWriter, run_check

from werkplan import findings, i18n
from werkplan.timeframes import (
    MAX_YEAR,
    MIN_YEAR,
    Precision,
    TimeFrame,
    half,
    month,
    parse,
    parse_day,
    parse_written,
    quarter,
    year_frame,
)

D = dt.date


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("2026-06-30", D(2026, 6, 30), D(2026, 6, 30), Precision.DAY),
        ("2026-06", D(2026, 6, 1), D(2026, 6, 30), Precision.MONTH),
        ("2026-12", D(2026, 12, 1), D(2026, 12, 31), Precision.MONTH),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), Precision.MONTH),
        ("2023-02", D(2023, 2, 1), D(2023, 2, 28), Precision.MONTH),
        ("2000-02", D(2000, 2, 1), D(2000, 2, 29), Precision.MONTH),
        ("1900-02", D(1900, 2, 1), D(1900, 2, 28), Precision.MONTH),
        ("2026-Q1", D(2026, 1, 1), D(2026, 3, 31), Precision.QUARTER),
        ("2026-Q2", D(2026, 4, 1), D(2026, 6, 30), Precision.QUARTER),
        ("2026-Q3", D(2026, 7, 1), D(2026, 9, 30), Precision.QUARTER),
        ("2026-Q4", D(2026, 10, 1), D(2026, 12, 31), Precision.QUARTER),
        ("2026-H1", D(2026, 1, 1), D(2026, 6, 30), Precision.HALF),
        ("2026-H2", D(2026, 7, 1), D(2026, 12, 31), Precision.HALF),
        ("2026", D(2026, 1, 1), D(2026, 12, 31), Precision.YEAR),
        ("2024-02-29", D(2024, 2, 29), D(2024, 2, 29), Precision.DAY),
        (" 2026-Q4 ", D(2026, 10, 1), D(2026, 12, 31), Precision.QUARTER),
        (f"{MIN_YEAR}", D(MIN_YEAR, 1, 1), D(MIN_YEAR, 12, 31), Precision.YEAR),
        (f"{MAX_YEAR}-H2", D(MAX_YEAR, 7, 1), D(MAX_YEAR, 12, 31), Precision.HALF),
    ],
)
def test_every_canonical_form(
    text: str, first: dt.date, last: dt.date, precision: Precision
) -> None:
    frame = parse(text)
    assert frame is not None
    assert (frame.first, frame.last, frame.precision) == (first, last, precision)
    assert str(frame) == text.strip()
    assert parse(str(frame)) == frame


@pytest.mark.parametrize(
    "text",
    [
        "2023-02-29",
        "2026-02-30",
        "2026-04-31",
        "2026-13",
        "2026-00",
        "2026-13-01",
        "2026-00-10",
        "2026-Q0",
        "2026-Q5",
        "2026-H0",
        "2026-H3",
        "2026-q4",
        "2026-6",
        "2026-W05",
        "26",
        "02026",
        "1899",
        "2201",
        "0000",
        "9999-Q1",
        "",
        "   ",
        "2026-Q4x",
        "2026–Q4",  # en dash
        "\uff12\uff10\uff12\uff16",  # 2026 in full-width digits
        "Q4/2026",
    ],
)
def test_anything_else_is_no_canonical_time_frame(text: str) -> None:
    assert parse(text) is None


def test_builders_and_parts() -> None:
    assert quarter(2026, 4) == parse("2026-Q4")
    assert half(2026, 1) == parse("2026-H1")
    assert month(2026, 2) == parse("2026-02")
    assert year_frame(2026) == parse("2026")
    assert TimeFrame.day(D(2026, 6, 30)) == parse("2026-06-30")
    assert [quarter(2026, 3).part, half(2026, 2).part, month(2026, 11).part] == [3, 2, 11]
    assert (year_frame(2026).part, TimeFrame.day(D(2026, 1, 1)).part) == (0, 0)
    assert year_frame(2026).year == 2026


def test_order_is_by_first_then_last_day() -> None:
    frames = [year_frame(2026), quarter(2026, 1), month(2026, 1), half(2025, 2)]
    assert [str(f) for f in sorted(frames)] == ["2025-H2", "2026-01", "2026-Q1", "2026"]


def test_parse_day_takes_only_exact_days() -> None:
    assert parse_day("2026-06-30") == D(2026, 6, 30)
    assert parse_day("2026-06") is None
    assert parse_day("2026") is None
    assert parse_day("2026-02-30") is None


@pytest.mark.parametrize(
    ("frame", "de", "en"),
    [
        ("2026-06-30", "30.06.2026", "2026-06-30"),
        ("2026-06", "Juni 2026", "June 2026"),
        ("2026-03", "März 2026", "March 2026"),
        ("2026-Q4", "4. Quartal 2026", "Q4 2026"),
        ("2026-Q1", "1. Quartal 2026", "Q1 2026"),
        ("2026-H2", "2. Halbjahr 2026", "H2 2026"),
        ("2026-H1", "1. Halbjahr 2026", "H1 2026"),
        ("2026", "2026", "2026"),
    ],
)
def test_shown_as_written_in_german_and_english(frame: str, de: str, en: str) -> None:
    parsed = parse(frame)
    assert parsed is not None
    assert i18n.format_timeframe(parsed, "de") == de
    assert i18n.format_timeframe(parsed, "en") == en


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Q4/2024", "2024-Q4"),
        ("4. Quartal 2024", "2024-Q4"),
        ("IV/2024", "2024-Q4"),
        ("II. Quartal 2025", "2025-Q2"),
        ("2. Halbjahr 2026", "2026-H2"),
        ("2. HJ 2026", "2026-H2"),
        ("erstes Halbjahr 2026", "2026-H1"),
        ("H1 2026", "2026-H1"),
        ("Juni 2026", "2026-06"),
        ("Jan. 2027", "2027-01"),
        ("06/2026", "2026-06"),
        ("Ende 2026", "2026"),
        ("bis Ende 2030", "2030"),
        ("31.12.2026", "2026-12-31"),
        ("30.6.26", "2026-06-30"),
        ("4. Quartal 2026", "2026-Q4"),  # as werkplan exports it
        ("2026", "2026"),
        ("2026\u00a0-\u00a0Q3", "2026-Q3"),
        ("2026-6", "2026-06"),
        ("2026/06", "2026-06"),
    ],
)
def test_what_people_write_is_understood(written: str, canonical: str) -> None:
    frame = parse_written(written)
    assert frame is not None
    assert str(frame) == canonical


@pytest.mark.parametrize(
    "written", ["Sommer 2026", "bald", "", "Mitte 2026", "2026-2030", "Q5/2026", "32.12.2026"]
)
def test_what_cannot_be_understood(written: str) -> None:
    assert parse_written(written) is None


MEASURE = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    due: {due}
    status: in_progress
    updated: 2026-11-01
"""


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Q4/2024", "2024-Q4"),
        ("4. Quartal 2024", "2024-Q4"),
        ("IV/2024", "2024-Q4"),
        ("2. Halbjahr 2026", "2026-H2"),
        ("2. HJ 2026", "2026-H2"),
        ("Juni 2026", "2026-06"),
        ("06/2026", "2026-06"),
        ("Ende 2026", "2026"),
        ("2026-6", "2026-06"),
    ],
)
def test_check_names_the_right_spelling(
    write_plan: PlanWriter, written: str, canonical: str
) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.format(due=written)}))
    (problem,) = result.problems
    assert (problem.rule, problem.line, problem.column) == ("invalid-date", 6, 10)
    assert problem.message.key == "timeframe_written"
    assert problem.message.arguments["canonical"] == canonical
    assert i18n.render(problem.message, "de").endswith(f"Schreiben Sie `due: {canonical}`.")
    assert i18n.render(problem.message, "en").endswith(f"Write `due: {canonical}`.")


def test_the_written_form_is_explained_in_words(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.format(due="IV/2024")}))
    assert i18n.render(result.problems[0].message, "de") == (
        "„IV/2024“ (4. Quartal 2024): Zeiträume werden in der Datei als `2024-Q4` geschrieben. "
        "Schreiben Sie `due: 2024-Q4`."
    )


@pytest.mark.parametrize(
    ("due", "key"),
    [
        ("2026-02-29", "date_bad_day"),
        ("2026-04-31", "date_bad_day"),
        ("2026-13-01", "date_bad_month"),
        ("1899-12-31", "date_bad_year"),
        ("2201-01-01", "date_bad_year"),
        ("1899", "timeframe_bad_year"),
        ("2201", "timeframe_bad_year"),
        ("2026-Q5", "timeframe_not_iso"),
        ("2026-H3", "timeframe_not_iso"),
        ("2026-13", "timeframe_not_iso"),
        ("Sommer 2026", "timeframe_not_iso"),
        ("2026-06-30T10:00", "date_with_time"),
        ("2026-6-5", "date_padding"),
        ("31.12.2026", "date_german"),
        (".nan", "timeframe_not_iso"),
        ("-2026", "timeframe_not_iso"),
    ],
)
def test_impossible_or_unknown_time_frames(write_plan: PlanWriter, due: str, key: str) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.format(due=due)}))
    (problem,) = result.problems
    assert (problem.rule, problem.message.key) == ("invalid-date", key)
    assert "due" in result.plan.measures[0].broken


@pytest.mark.parametrize("due", ["2026", '"2026"', "'2026-Q4'", "2026-H2", "2026-12", "2026-12-31"])
def test_numbers_and_quoted_forms_are_read(write_plan: PlanWriter, due: str) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.format(due=due)}))
    assert result.problems == ()
    frame = result.plan.measures[0].due
    assert frame is not None
    assert frame.last == D(2026, 12, 31)


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("updated: 2026-Q4", "date_needs_day"),
        ("updated: 2026", "date_needs_day"),
        ("milestones: [{title: A, done: 2026-06}]", "date_needs_day"),
    ],
)
def test_exact_days_stay_exact(write_plan: PlanWriter, line: str, key: str) -> None:
    text = MEASURE.format(due="2026-12-31").replace("updated: 2026-11-01", line)
    result = run_check(write_plan({"m.yaml": text}))
    assert [p.message.key for p in result.problems if p.rule == "invalid-date"] == [key]


def test_events_keep_exact_dates(write_plan: PlanWriter) -> None:
    event = "events:\n  - {id: E-1, title: Werkstatt, date: 2026-03, kind: workshop}\n"
    (problem,) = run_check(write_plan({"e.yaml": event})).only_errors().problems
    assert (problem.rule, problem.message.key) == ("invalid-date", "date_needs_day")


@pytest.mark.parametrize(
    ("today", "overdue_days"),
    [(D(2026, 10, 1), 0), (D(2026, 12, 31), 0), (D(2027, 1, 1), 1), (D(2027, 3, 1), 60)],
)
def test_overdue_means_the_last_day_has_passed(
    write_plan: PlanWriter, today: dt.date, overdue_days: int
) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.format(due="2026-Q4")}), today)
    measure = result.plan.measures[0]
    assert findings.days_overdue(measure, result.plan, today) == overdue_days
    overdue = [p for p in result.problems if p.rule == "overdue"]
    assert len(overdue) == (1 if overdue_days else 0)
    if overdue:
        assert i18n.render(overdue[0].message, "de").startswith(
            f"Maßnahme M-1 ist seit {overdue_days} {'Tag' if overdue_days == 1 else 'Tagen'} "
            "überfällig (Frist 4. Quartal 2026,"
        )
        assert "(deadline Q4 2026," in i18n.render(overdue[0].message, "en")


def test_due_soon_counts_to_the_last_day(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.format(due="2026-12")}))
    measure, plan = result.plan.measures[0], result.plan
    assert findings.deadline(measure, plan) == D(2026, 12, 31)
    assert findings.is_due_soon(measure, plan, D(2026, 11, 25))  # 36 days, limit 42
    assert not findings.is_due_soon(measure, plan, D(2026, 11, 18))  # 43 days
    assert findings.days_until_due(measure, plan, D(2026, 11, 25)) == 36


@pytest.mark.parametrize(
    ("start", "due", "error"),
    [
        ("2026-Q4", "2026", False),
        ("2026", "2026-Q1", False),  # starts on 1 January, due by 31 March
        ("2026-12", "2026-12-01", False),
        ("2026-12-31", "2026-H2", False),
        ("2026-12", "2026-11-30", True),
        ("2027", "2026-Q4", True),
        ("2026-H2", "2026-06", True),
    ],
)
def test_start_after_due_compares_the_first_with_the_last_day(
    write_plan: PlanWriter, start: str, due: str, error: bool
) -> None:
    text = MEASURE.format(due=due) + f"    start: {start}\n"
    result = run_check(write_plan({"m.yaml": text}), D(2026, 1, 1))
    assert ("start-after-due" in {p.rule for p in result.problems}) is error


def test_the_plan_period_takes_time_frames(write_plan: PlanWriter) -> None:
    plan = MINIMAL_PLAN.replace("{start: 2025-01-01, end: 2027-12-31}", "{start: 2025, end: 2030}")
    result = run_check(write_plan({"plan.yaml": plan, "m.yaml": MEASURE.format(due="2030-Q4")}))
    assert result.problems == ()
    reversed_period = MINIMAL_PLAN.replace(
        "{start: 2025-01-01, end: 2027-12-31}", "{start: 2027-Q2, end: 2027-Q1}"
    )
    result = run_check(write_plan({"plan.yaml": reversed_period}))
    assert "invalid-period" in {p.rule for p in result.problems}
    outside = run_check(write_plan({"plan.yaml": plan, "m.yaml": MEASURE.format(due="2031")}))
    assert [p.rule for p in outside.problems] == ["due-outside-period"]


HORIZONS = MINIMAL_PLAN.replace(
    "  period:",
    """\
  horizons:
    - {id: kurz, label: kurzfristig, end: 2026}
    - {id: mittel, label: {de: mittelfristig, en: medium term}, start: 2027, end: 2028-H1}
  period:""",
)

IN_HORIZON = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    status: in_progress
    updated: 2026-11-01
    horizon: {horizon}
"""


def check_horizon(
    write_plan: PlanWriter, horizon: str, extra: str = "", today: dt.date = TODAY
) -> tuple[list[str], findings.Findings]:
    files = {"plan.yaml": HORIZONS, "m.yaml": IN_HORIZON.format(horizon=horizon) + extra}
    result = run_check(write_plan(files), today)
    return [p.rule for p in result.problems], findings.compute_findings(result.plan, today)


def test_a_horizon_gives_its_end_as_deadline(write_plan: PlanWriter) -> None:
    rules, found = check_horizon(write_plan, "kurz")
    assert rules == []
    assert [m.id for m in found.due_soon] == ["M-1"]
    rules, found = check_horizon(write_plan, "kurz", today=D(2027, 1, 1))
    assert rules == ["overdue"]
    assert [m.id for m in found.overdue] == ["M-1"]


def test_the_overdue_message_shows_the_horizon_end(write_plan: PlanWriter) -> None:
    files = {"plan.yaml": HORIZONS, "m.yaml": IN_HORIZON.format(horizon="kurz")}
    result = run_check(write_plan(files), D(2027, 1, 10))
    (problem,) = result.problems
    assert (problem.line, problem.column) == (8, 14)
    german = i18n.render(problem.message, "de")
    assert "Ihr Zeithorizont kurzfristig (bis 2026) ist vorbei" in german


def test_due_wins_over_the_horizon(write_plan: PlanWriter) -> None:
    rules, found = check_horizon(write_plan, "kurz", "    due: 2027-06\n", D(2027, 1, 10))
    assert rules == []
    assert found.overdue == ()


def test_a_horizon_start_is_the_start(write_plan: PlanWriter) -> None:
    files = {"plan.yaml": HORIZONS, "m.yaml": IN_HORIZON.format(horizon="mittel")}
    result = run_check(write_plan(files))
    measure = result.plan.measures[0]
    assert findings.start_day(measure, result.plan) == D(2027, 1, 1)
    assert findings.deadline(measure, result.plan) == D(2028, 6, 30)
    horizon = result.plan.horizon("mittel")
    assert horizon is not None
    assert (horizon.label.get("de"), horizon.label.get("en")) == ("mittelfristig", "medium term")


def test_an_unknown_horizon_is_an_unknown_reference_and_nothing_else(
    write_plan: PlanWriter,
) -> None:
    rules, found = check_horizon(write_plan, "kurzfrist")
    assert rules == ["unknown-reference"]
    assert found.due_soon == ()


def test_a_horizon_without_end_is_reported_once(write_plan: PlanWriter) -> None:
    plan = HORIZONS.replace("end: 2026}", "}")
    files = {"plan.yaml": plan, "m.yaml": IN_HORIZON.format(horizon="kurz")}
    result = run_check(write_plan(files))
    assert [(p.path.name, p.rule) for p in result.problems] == [("plan.yaml", "missing-key")]


def test_a_horizon_defined_twice(write_plan: PlanWriter) -> None:
    plan = HORIZONS.replace("  period:", "    - {id: kurz, label: doppelt, end: 2025}\n  period:")
    result = run_check(write_plan({"plan.yaml": plan}))
    (problem,) = result.only_errors().problems
    assert (problem.rule, problem.line) == ("duplicate-id", 7)
    assert i18n.render(problem.message, "de").startswith("Zeithorizont kurz ist doppelt vergeben")
    assert str(problem.message.arguments["first"]).endswith("plan.yaml:5:7")


def test_without_due_and_horizon_an_open_measure_has_no_deadline(write_plan: PlanWriter) -> None:
    text = IN_HORIZON.format(horizon="~")
    result = run_check(write_plan({"plan.yaml": HORIZONS, "m.yaml": text}))
    assert [p.rule for p in result.problems] == ["no-due-date"]
