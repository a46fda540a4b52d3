"""One way to show a percentage, everywhere: whole numbers rounded half up (1 of 8 is 13 %),
`13 %` in German and `13%` in English – in show, the report and the change log alike."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import PlanWriter, run_check
from helpers import cli

from werkplan import findings, i18n

EIGHT_MILESTONES = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    due: 2027
    status: in_progress
    updated: 2026-11-01
    milestones:
      - {title: Schritt 1, due: 2026-Q1, done: 2026-03-01}
""" + "".join(f"      - {{title: Schritt {n}, due: 2027}}\n" for n in range(2, 9))


@pytest.mark.parametrize(
    ("value", "german", "english"),
    [(12.5, "13 %", "13%"), (0.5, "1 %", "1%"), (2.5, "3 %", "3%"), (99.4, "99 %", "99%")],
)
def test_whole_percent_half_up(value: float, german: str, english: str) -> None:
    assert i18n.format_percent(value, "de") == german
    assert i18n.format_percent(value, "en") == english


def test_one_of_eight_milestones_is_13_percent(write_plan: PlanWriter) -> None:
    plan = write_plan({"m.yaml": EIGHT_MILESTONES})
    result = run_check(plan)
    assert findings.progress(result.plan.measures[0], result.plan) == 13
    shown = cli(["show", "M-1", str(plan), "--lang", "en"], env={"COLUMNS": "200"})
    assert "13%" in shown.output
    assert "13 %" not in shown.output


@pytest.mark.parametrize(("lang", "written"), [("en", "13% done"), ("de", "13 % umgesetzt")])
def test_the_report_writes_percentages_as_the_language_does(
    write_plan: PlanWriter, tmp_path: Path, lang: str, written: str
) -> None:
    plan = write_plan({"m.yaml": EIGHT_MILESTONES})
    report = tmp_path / "bericht.md"
    args = ["report", str(plan), "-o", str(report), "--lang", lang, "--today", "2026-11-25"]
    assert cli(args).exit_code == 0
    assert written in report.read_text(encoding="utf-8")


def test_the_change_log_writes_english_percentages_without_a_space(
    write_plan: PlanWriter,
) -> None:
    measure = EIGHT_MILESTONES.split("    milestones:")[0]
    plan = write_plan({"m.yaml": measure})
    identity = ["-c", "user.name=Amt", "-c", "user.email=amt@example.org"]

    def git(*args: str) -> None:
        subprocess.run(["git", *identity, *args], cwd=plan, check=True, capture_output=True)

    git("init", "-q")
    git("add", "-A")
    git("commit", "-q", "-m", "Plan")
    (plan / "m.yaml").write_text(measure + "    progress: 30\n", encoding="utf-8")
    git("commit", "-q", "-am", "Fortschritt")
    log = cli(["changes", str(plan), "--since", "HEAD~1", "--lang", "en"])
    assert log.exit_code == 0, log.output
    assert "30%" in log.output
    assert "30 %" not in log.output


def test_an_indicator_in_percent_follows_the_same_spacing() -> None:
    assert i18n.format_quantity(27.8, "%", "en") == "27.8%"
    assert i18n.format_quantity(27.8, "%", "de") == "27,8 %"
