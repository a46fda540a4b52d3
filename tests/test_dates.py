"""Dates on the command line: ISO and German dates everywhere, other spellings refused."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLE_PLAN, MINIMAL_PLAN
from helpers import cli

from werkplan import i18n
from werkplan.dates import looks_like_date, read_date
from werkplan.problems import Message

SOURCE = Path(__file__).resolve().parents[1] / "werkplan"


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2026-12-31", dt.date(2026, 12, 31)),
        ("31.12.2026", dt.date(2026, 12, 31)),
        ("02.12.2026", dt.date(2026, 12, 2)),
        ("2.1.2026", dt.date(2026, 1, 2)),
        (" 2026-1-5 ", dt.date(2026, 1, 5)),
    ],
)
def test_iso_and_german_dates_are_read(written: str, day: dt.date) -> None:
    assert read_date(written, "--due") == day


@pytest.mark.parametrize(
    ("written", "key", "meant"),
    [
        ("20261231", "date_option_spelling", "2026-12-31"),
        ("2026-W01-1", "date_option_week", "2025-12-29"),
        ("2026W011", "date_option_week", "2025-12-29"),
        ("2026-365", "date_option_week", "2026-12-31"),
        ("31.12.26", "date_option_spelling", "2026-12-31"),
        ("2026-12-31T10:00", "date_option_spelling", "2026-12-31"),
        ("31.02.2026", "date_option_impossible", None),
        ("2026-13-01", "date_option_impossible", None),
        ("1.1.1800", "date_option_year", None),
        ("morgen", "date_option_unknown", None),
        ("2026-366", "date_option_unknown", None),
    ],
)
def test_other_spellings_are_refused_with_the_right_one(
    written: str, key: str, meant: str | None
) -> None:
    message = read_date(written, "--due")
    assert isinstance(message, Message)
    assert message.key == key
    assert message.arguments.get("iso") == meant


def test_the_message_names_both_spellings_in_either_language() -> None:
    message = read_date("20261231", "--due")
    assert isinstance(message, Message)
    assert "31.12.2026 oder 2026-12-31" in i18n.render(message, "de")
    assert "2026-12-31 or 31.12.2026" in i18n.render(message, "en")


@pytest.mark.parametrize(
    ("value", "is_date"),
    [
        ("31.12.2026", True),
        ("2026-10-01", True),
        ("2026-W40", True),
        ("HEAD~2", False),
        ("v1.0", False),
        ("main", False),
        ("20261231", False),  # could be an abbreviated commit hash
        ("a1b2c3d", False),
    ],
)
def test_revision_options_tell_dates_from_revisions(value: str, is_date: bool) -> None:
    assert looks_like_date(value) is is_date


def test_today_takes_a_german_date() -> None:
    result = cli(["check", str(EXAMPLE_PLAN), "--today", "02.12.2026"])
    assert result.exit_code == 0, result.output
    assert "(Stand 02.12.2026)" in result.stdout
    iso = cli(["check", str(EXAMPLE_PLAN), "--today", "2026-12-02"])
    assert iso.stdout == result.stdout


@pytest.mark.parametrize("written", ["20261202", "2026-W49-3"])
def test_today_refuses_compact_and_week_dates_naming_the_day(written: str) -> None:
    result = cli(["check", str(EXAMPLE_PLAN), "--today", written], env={"WERKPLAN_LANG": "de"})
    assert result.exit_code == 2
    assert "02.12.2026 oder 2026-12-02" in result.stderr
    assert "1900" not in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "command",
    [
        ["list", str(EXAMPLE_PLAN), "--due-before", "{date}"],
        ["list", str(EXAMPLE_PLAN), "--today", "{date}", "--overdue"],
        ["show", "M-BEG-06", str(EXAMPLE_PLAN), "--today", "{date}"],
        ["report", str(EXAMPLE_PLAN), "--today", "{date}"],
        ["export", str(EXAMPLE_PLAN), "-f", "json", "--today", "{date}"],
    ],
    ids=lambda command: " ".join(command[:1] + command[-2:-1]),
)
def test_every_date_option_reads_both_spellings_alike(command: list[str]) -> None:
    def run(date: str) -> str:
        result = cli([part.format(date=date) for part in command])
        assert result.exit_code == 0, result.output
        return result.stdout

    assert run("31.12.2026") == run("2026-12-31")
    refused = cli([part.format(date="20261231") for part in command])
    assert refused.exit_code == 2
    assert "2026-12-31" in refused.stderr


def test_no_command_reads_a_date_itself() -> None:
    """One function reads every date option (cli.common.parse_date_option)."""
    for path in (SOURCE / "cli").glob("*.py"):
        assert "fromisoformat" not in path.read_text(encoding="utf-8"), path


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    target = tmp_path / "plans"
    target.mkdir()
    (target / "plan.yaml").write_text(MINIMAL_PLAN + "measures: []\n", encoding="utf-8")
    return target


@pytest.mark.parametrize(
    ("written", "stored"), [("31.12.2026", "2026-12-31"), ("2026-12-31", "2026-12-31")]
)
def test_new_measure_due_takes_both_spellings(plans: Path, written: str, stored: str) -> None:
    args = ["new", "measure", str(plans), "--field", "HF-1", "--title", "Neu", "--due", written]
    result = cli(args)
    assert result.exit_code == 0, result.output
    assert f"due: {stored}" in (plans / "plan.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("written", ["20261231", "2026-W01-1", "31.12.26"])
def test_new_measure_due_refuses_other_spellings_and_writes_nothing(
    plans: Path, written: str
) -> None:
    before = (plans / "plan.yaml").read_bytes()
    args = ["new", "measure", str(plans), "--field", "HF-1", "--title", "Neu", "--due", written]
    result = cli(args)
    assert result.exit_code == 2
    assert re.search(r"\d{4}-\d{2}-\d{2}", result.stderr)
    assert (plans / "plan.yaml").read_bytes() == before


def _git(root: Path, *args: str, date: str = "2026-09-01T09:00:00") -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Sozialplanung",
        "GIT_AUTHOR_EMAIL": "sozialplanung@example.org",
        "GIT_COMMITTER_NAME": "Sozialplanung",
        "GIT_COMMITTER_EMAIL": "sozialplanung@example.org",
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
    }
    done = subprocess.run(
        ["git", *args], cwd=root, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def _measures(status: str) -> str:
    return (
        "measures:\n  - {id: M-1, title: Eins, goals: [Z-1], owner: amt, due: 2026-12-31, "
        f"status: {status}, updated: 2026-09-01}}\n"
    )


@pytest.fixture
def history(tmp_path: Path) -> Path:
    plan = tmp_path / "repo" / "plans"
    plan.mkdir(parents=True)
    root = plan.parent
    _git(root, "init", "-q", "-b", "main")
    (plan / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    for status, date in (("planned", "09-01"), ("in_progress", "10-15"), ("done", "11-15")):
        (plan / "m.yaml").write_text(_measures(status), encoding="utf-8")
        _git(root, "add", "-A")
        _git(root, "commit", "-q", "-m", status, date=f"2026-{date}T10:00:00")
    return plan


def _changes(plan: Path, *args: str) -> str:
    result = cli(["changes", str(plan), "-f", "json", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_changes_since_and_until_take_german_dates(history: Path) -> None:
    assert _changes(history, "--since", "01.10.2026") == _changes(history, "--since", "2026-10-01")
    middle = _git(history.parent, "rev-parse", "HEAD~1").strip()
    until_day = _changes(history, "--since", "01.10.2026", "--until", "15.10.2026")
    by_revision = _changes(history, "--since", "2026-10-01", "--until", middle)
    assert json.loads(until_day)["changes"] == json.loads(by_revision)["changes"]
    assert json.loads(until_day)["requested"]["until"] == "2026-10-15"
    assert '"subject": "in_progress"' in until_day
    assert '"new": "done"' not in until_day


def test_changes_refuses_a_week_as_since(history: Path) -> None:
    result = cli(["changes", str(history), "--since", "2026-W40"])
    assert result.exit_code == 2
    assert "2026-09-28" in result.stderr


def test_report_since_takes_a_german_date(history: Path) -> None:
    def report(since: str) -> str:
        args = ["report", str(history), "--since", since, "--today", "2026-11-25"]
        result = cli(args)
        assert result.exit_code == 0, result.output
        return result.stdout

    german = report("01.10.2026")
    assert german == report("2026-10-01")
    assert "Änderungen seit" in german or "Changes since" in german
