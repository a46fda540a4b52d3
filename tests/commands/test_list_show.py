"""`werkplan list` and `werkplan show` on the example plan."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLE_PLAN
from typer.testing import CliRunner

from werkplan.cli import app

runner = CliRunner()
TODAY = ["--today", "2026-11-25"]


def ids(*args: str) -> list[str]:
    result = runner.invoke(app, ["list", str(EXAMPLE_PLAN), *TODAY, "-f", "json", *args])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["version"] == 1
    return [m["id"] for m in document["measures"]]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--overdue", "--sort", "due"],
            ["M-BEG-06", "M-JUG-04", "M-TEI-05", "M-MOB-04", "M-ALT-03"],
        ),
        (["--unowned"], ["M-BEG-09", "M-MOB-09"]),
        (["--stale"], ["M-BEG-06", "M-JUG-04", "M-MOB-08"]),
        (["--due-within", "42", "--sort", "due"], ["M-JUG-06", "M-TEI-08", "M-BEG-04", "M-ALT-05"]),
        (["--status", "on_hold"], ["M-BEG-06", "M-TEI-07"]),
        (["--status", "on_hold", "--status", "dropped"], ["M-BEG-06", "M-MOB-03", "M-TEI-07"]),
        (["--field", "HF-JUG", "--overdue"], ["M-JUG-04"]),
        (["--goal", "Z-BEG-2", "--status", "done"], ["M-BEG-05"]),
        (["--owner", "kvhs", "--region", "sued-west"], ["M-ALT-03", "M-ALT-05"]),
        (["--owner", "kvhs", "--region", "sued-ost"], ["M-ALT-03"]),
        (["--due-before", "2025-04-01"], ["M-MOB-01"]),
    ],
)
def test_filters_combine(args: list[str], expected: list[str]) -> None:
    assert ids(*args) == expected


def test_json_rows_carry_findings_and_place() -> None:
    result = runner.invoke(app, ["list", str(EXAMPLE_PLAN), *TODAY, "-f", "json", "--overdue"])
    row = json.loads(result.stdout)["measures"][0]
    assert row["overdue_days"] > 0
    assert row["path"].endswith(".yaml")
    assert row["line"] > 1
    assert row["status_label"]


def test_table_fits_80_columns_and_marks_overdue_beyond_colour() -> None:
    result = runner.invoke(
        app, ["list", str(EXAMPLE_PLAN), *TODAY, "--color", "never"], env={"COLUMNS": "80"}
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    overdue = [line for line in lines if "M-BEG-06" in line]
    assert "⚠" in overdue[0]
    assert "⚠" not in next(line for line in lines if "M-BEG-01" in line)
    assert "Zurückgestellt" in overdue[0]


def test_csv_list() -> None:
    result = runner.invoke(app, ["list", str(EXAMPLE_PLAN), *TODAY, "-f", "csv", "--unowned"])
    assert result.stdout_bytes.startswith("\ufeff".encode())
    assert len(result.stdout.strip().splitlines()) == 3


def test_bad_date_is_a_usage_error() -> None:
    result = runner.invoke(app, ["list", str(EXAMPLE_PLAN), "--due-before", "2026-W53"])
    assert result.exit_code == 2


def show(*args: str) -> str:
    result = runner.invoke(app, ["show", *args, str(EXAMPLE_PLAN), *TODAY])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_show_measure_with_both_directions() -> None:
    text = show("M-BEG-06")
    assert "handlungsfelder/begegnung.yaml:" in text
    assert "status: on_hold (Zurückgestellt)" in text
    assert "Darauf bauen auf: M-BEG-07" in text
    assert "⚠" in text


def test_show_goal_actor_and_event() -> None:
    assert "Maßnahmen zu diesem Ziel: M-BEG-01, M-BEG-02, M-BEG-03" in show("Z-BEG-1")
    actor = show("kreisjugendring")
    assert "Verantwortet: M-JUG-01" in actor
    assert "Teilgenommen an:" in actor
    event = show("E-2022-KICKOFF")
    assert "participants:" in event


def test_unknown_id_suggests() -> None:
    result = runner.invoke(app, ["show", "M-BEG-6", str(EXAMPLE_PLAN)])
    assert result.exit_code == 2
    assert "M-BEG-06" in result.stderr
