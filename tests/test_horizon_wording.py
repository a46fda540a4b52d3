"""A deadline that comes from a horizon is named the same way everywhere – check's overdue
warning, show, the change log: "mittelfristig (bis 2028)", "medium term (by 2028)"."""

from __future__ import annotations

import subprocess

from conftest import MINIMAL_PLAN, PlanWriter, run_check
from helpers import cli

from werkplan import i18n

PLAN = MINIMAL_PLAN.replace(
    "  period:",
    "  horizons:\n"
    "    - {id: mittelfristig, label: mittelfristig, end: 2025}\n"
    "    - {id: lang, label: {de: langfristig, en: long term}, end: 2028}\n"
    "  period:",
)
MEASURE = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    horizon: {horizon}
    status: in_progress
    updated: 2026-11-01
"""


def test_overdue_by_its_horizon_names_the_horizon(write_plan: PlanWriter) -> None:
    plan = write_plan({"plan.yaml": PLAN, "m.yaml": MEASURE.format(horizon="mittelfristig")})
    (problem,) = [p for p in run_check(plan).problems if p.rule == "overdue"]
    assert i18n.render(problem.message, "de").startswith(
        "Maßnahme M-1 ist seit 329 Tagen überfällig: Ihr Zeithorizont mittelfristig (bis 2025) "
        "ist vorbei"
    )
    assert "its horizon mittelfristig (by 2025) is over" in i18n.render(problem.message, "en")


def test_show_names_a_horizon_once(write_plan: PlanWriter) -> None:
    plan = write_plan({"plan.yaml": PLAN, "m.yaml": MEASURE.format(horizon="mittelfristig")})
    shown = cli(["show", "M-1", str(plan)], env={"COLUMNS": "200"}).output
    assert "horizon: mittelfristig (bis 2025)\n" in shown
    plan.joinpath("m.yaml").write_text(MEASURE.format(horizon="lang"), encoding="utf-8")
    shown = cli(["show", "M-1", str(plan), "--lang", "en"]).output
    assert "horizon: lang – long term (by 2028)\n" in shown


def test_the_change_log_says_by_as_list_and_show_do(write_plan: PlanWriter) -> None:
    plan = write_plan({"plan.yaml": PLAN, "m.yaml": MEASURE.format(horizon="mittelfristig")})
    identity = ["-c", "user.name=Amt", "-c", "user.email=amt@example.org"]

    def git(*args: str) -> None:
        subprocess.run(["git", *identity, *args], cwd=plan, check=True, capture_output=True)

    git("init", "-q")
    git("add", "-A")
    git("commit", "-q", "-m", "Plan")
    plan.joinpath("m.yaml").write_text(MEASURE.format(horizon="lang"), encoding="utf-8")
    git("commit", "-q", "-am", "Horizont")
    log = cli(["changes", str(plan), "--since", "HEAD~1", "--lang", "en"]).output
    assert "long term (by 2028)" in log
    assert "(until" not in log
