"""Without a PLAN_DIR, commands find the plan: `plans` if it exists, else the current folder
when it holds the `plan:` section; `new` takes the folder as an argument like the others."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE_PLAN, MINIMAL_PLAN
from helpers import cli

from werkplan.cli.common import find_plan_dir

TODAY = ["--today", "2026-11-25"]


@pytest.fixture
def inside_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder is a plan folder (as `werkplan init` lays one out)."""
    folder = tmp_path / "werkstattplan"
    shutil.copytree(EXAMPLE_PLAN, folder)
    monkeypatch.chdir(folder)
    return folder


def test_check_inside_a_plan_folder_finds_the_plan(inside_plan: Path) -> None:
    here = cli(["check", *TODAY])
    named = cli(["check", ".", *TODAY])
    assert here.exit_code == named.exit_code == 0, here.output
    assert here.stdout == named.stdout
    assert "50 Maßnahmen geprüft" in here.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["list", "--overdue"],
        ["show", "M-BEG-06"],
        ["report"],
        ["export", "-f", "json"],
        ["fmt", "--check"],
    ],
)
def test_every_command_finds_the_plan_in_the_current_folder(
    inside_plan: Path, command: list[str]
) -> None:
    result = cli([*command, *TODAY] if command[0] != "fmt" else command)
    assert result.exit_code == 0, result.output


def test_plans_below_the_current_folder_stays_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(EXAMPLE_PLAN, tmp_path / "plans")
    (tmp_path / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")  # not this one
    monkeypatch.chdir(tmp_path)
    assert find_plan_dir() == Path("plans")
    result = cli(["check", *TODAY])
    assert "50 Maßnahmen geprüft" in result.stdout


@pytest.mark.parametrize(
    "text",
    [
        "measures: []\n",  # plan files, but not the one with `plan:`
        "# plan: kommt noch\nmeasures: []\n",
        "actors:\n  - id: a\n    plan: x\n",
    ],
)
def test_a_folder_without_a_plan_section_is_not_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    (tmp_path / "massnahmen.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert find_plan_dir() == Path("plans")
    result = cli(["check", *TODAY], env={"WERKPLAN_LANG": "de"})
    assert result.exit_code == 2
    assert "„plans“ gibt es nicht" in result.stderr
    assert "`plan:`" in result.stderr  # says where werkplan looks


def test_the_plan_section_after_comments_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "plan.yml").write_text("# Kopf\n\nplan:   # Angaben\n  title: x\n")
    monkeypatch.chdir(tmp_path)
    assert find_plan_dir() == Path()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_like_a_plan_file_does_not_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    os.mkfifo(tmp_path / "aaa.yaml")
    (tmp_path / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert find_plan_dir() == Path()


def test_new_takes_the_plan_folder_as_argument(tmp_path: Path) -> None:
    plans = tmp_path / "mein-plan"
    shutil.copytree(EXAMPLE_PLAN, plans)
    args = ["new", "goal", str(plans), "--field", "HF-ALT", "--title", "Neues Ziel", *TODAY]
    result = cli(args)
    assert result.exit_code == 0, result.output
    assert "Neues Ziel" in (plans / "handlungsfelder" / "wohnen-alter.yaml").read_text()


def test_new_inside_a_plan_folder_needs_no_folder(inside_plan: Path) -> None:
    args = ["new", "actor", "--name", "Bürgerverein Laage", "--kind", "association", *TODAY]
    result = cli(args)
    assert result.exit_code == 0, result.output
    assert "buergerverein-laage" in (inside_plan / "akteure.yaml").read_text()


def test_new_keeps_the_older_plan_dir_option(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(EXAMPLE_PLAN, plans)
    for flag in ("-p", "--plan-dir"):
        args = [
            "new",
            "actor",
            flag,
            str(plans),
            "--name",
            f"Verein {flag}",
            "--kind",
            "association",
        ]
        assert cli([*args, *TODAY]).exit_code == 0
    assert (plans / "akteure.yaml").read_text().count("name: Verein") == 2


def test_new_help_shows_the_plan_folder_argument() -> None:
    result = cli(["new", "measure", "--help"], env={"LANG": "C"})
    assert "[PLAN_DIR]" in result.stdout
    assert "--plan-dir" not in result.stdout  # the older spelling works but is not advertised
