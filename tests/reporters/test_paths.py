"""Paths in every format start at the repository root, wherever werkplan is started from.

Outside a repository they start at the plan folder's parent (see docs/check.md).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import cli

from werkplan.reporters import REPORTERS
from werkplan.reporters.base import repository_root

BROKEN = Path(__file__).resolve().parent.parent / "fixtures" / "broken-plan"


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def check(plan: str, fmt: str) -> str:
    result = cli(["check", plan, "--today", "2026-11-25", "-f", fmt])
    assert result.exit_code == 1, result.output
    return result.stdout


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with the broken plan two folders down, at ``verwaltung/plans``."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    repo = tmp_path / "repo"
    shutil.copytree(BROKEN, repo / "verwaltung" / "plans")
    git(repo, "init", "-q")
    return repo


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_same_paths_from_any_working_directory(
    repository: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repository)
    from_root = check("verwaltung/plans", fmt)
    monkeypatch.chdir(repository / "verwaltung" / "plans")
    from_inside = check(".", fmt)
    monkeypatch.chdir(repository.parent)
    absolute = check(str(repository / "verwaltung" / "plans"), fmt)
    assert from_root == from_inside == absolute
    assert "verwaltung/plans/syntax.yaml" in from_root
    assert str(repository) not in from_root


def test_every_format_names_the_file_from_the_root(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repository / "verwaltung")
    wanted = "verwaltung/plans/syntax.yaml"
    assert f"{wanted}:3:12: error [yaml-syntax]" in check("plans", "text")
    paths = {problem["path"] for problem in json.loads(check("plans", "json"))["problems"]}
    assert wanted in paths
    assert f"::error file={wanted},line=3," in check("plans", "github")
    assert wanted in {item["location"]["path"] for item in json.loads(check("plans", "gitlab"))}
    (run,) = json.loads(check("plans", "sarif"))["runs"]
    uris = {
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for result in run["results"]
    }
    assert wanted in uris


def test_a_worktree_has_its_root_where_its_git_file_is(tmp_path: Path) -> None:
    main = tmp_path / "main"
    shutil.copytree(BROKEN, main / "plans")
    git(main, "init", "-q")
    git(main, "add", ".")
    git(main, "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "Plan")
    git(main, "worktree", "add", "-q", str(tmp_path / "zweig"))
    assert (tmp_path / "zweig" / ".git").is_file()
    assert repository_root(tmp_path / "zweig" / "plans") == tmp_path / "zweig"


def test_outside_a_repository_paths_start_with_the_plan_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(BROKEN, tmp_path / "ablage" / "Werkstattplan")
    monkeypatch.chdir(tmp_path / "ablage" / "Werkstattplan")
    assert repository_root(Path()) == tmp_path / "ablage"
    assert check(".", "text").startswith("Werkstattplan/massnahmen, 100% neu: Entwurf.yaml:6:10:")
