"""The CI recipes in docs/ci.md, run as their CI would run them, on the example plan.

Install steps are skipped (werkplan is already installed here); every other command runs in
bash in a copy of the example plan, with the variables the CI system would set.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE_PLAN, REPO
from ruamel.yaml import YAML

DOC = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")


def recipe(name: str) -> Any:
    match = re.search(rf"<!-- recipe: {name} -->\n```yaml\n(.*?)```", DOC, re.S)
    assert match, f"no recipe {name} in docs/ci.md"
    return YAML(typ="safe").load(match.group(1))


def run_commands(commands: list[str], cwd: Path, env: dict[str, str]) -> None:
    for command in commands:
        if command.startswith("pip install"):
            continue
        done = subprocess.run(
            ["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLE_PLAN, tmp_path / "plans")
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    return tmp_path


def ci_env(**extra: str) -> dict[str, str]:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    env = {**os.environ, "PATH": path, "CI": "true"}
    env.pop("GITHUB_ACTIONS", None)
    env.update(extra)
    return env


@pytest.mark.slow
def test_gitlab_recipe(checkout: Path) -> None:
    config = recipe("gitlab")
    env = ci_env(
        WERKPLAN_PACKAGE=config["variables"]["WERKPLAN_PACKAGE"],
        CI_COMMIT_BRANCH="main",
        CI_DEFAULT_BRANCH="main",
    )
    for job in ("werkplan-check", "werkplan-report", "pages"):
        run_commands(config[job]["script"], checkout, env)
    report = json.loads((checkout / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert (
        config["werkplan-check"]["artifacts"]["reports"]["codequality"]
        == "gl-code-quality-report.json"
    )
    assert {finding["check_name"] for finding in report} >= {"overdue", "unowned"}
    assert (
        (checkout / "werkplan-bericht.html")
        .read_text(encoding="utf-8")
        .startswith("<!DOCTYPE html>")
    )
    public = (checkout / "public" / "index.html").read_text(encoding="utf-8")
    assert "M-TEI-11" not in public


@pytest.mark.slow
def test_github_recipe(checkout: Path, tmp_path: Path) -> None:
    config = recipe("github")
    job = config["jobs"]["werkplan"]
    summary = tmp_path / "summary.md"
    env = ci_env(GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=str(summary), **job["env"])
    run_commands([step["run"] for step in job["steps"] if "run" in step], checkout, env)
    assert summary.read_text(encoding="utf-8").startswith("# Werkstattplan Demografie")
    assert (checkout / "werkplan-bericht.html").is_file()
    annotations = subprocess.run(
        ["bash", "-c", "werkplan check plans"],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    assert annotations.startswith("::group::plans/")
    assert "::warning file=plans/handlungsfelder/begegnung.yaml,line=" in annotations
