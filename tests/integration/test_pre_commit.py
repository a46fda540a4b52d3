"""The pre-commit hooks, installed by pre-commit itself from this checkout (`try-repo`)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLE_PLAN, REPO, find_tool
from ruamel.yaml import YAML

MANIFEST = REPO / ".pre-commit-hooks.yaml"


def test_manifest_declares_both_hooks() -> None:
    hooks = {hook["id"]: hook for hook in YAML(typ="safe").load(MANIFEST.read_text())}
    assert set(hooks) == {"werkplan-check", "werkplan-fmt"}
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["pass_filenames"] is False
        assert hook["entry"].startswith("werkplan ")


@pytest.fixture(scope="module")
def pre_commit(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    executable = find_tool("pre-commit")
    if not (REPO / ".git").exists():
        pytest.skip("try-repo needs this checkout to be a git repository")
    untracked = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    if any(line.startswith("??") for line in untracked.splitlines()):
        pytest.skip("try-repo leaves out files git does not track yet; commit them first")
    home = tmp_path_factory.mktemp("pre-commit-home")
    return executable, {**os.environ, "PRE_COMMIT_HOME": str(home)}


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "kreis"
    shutil.copytree(EXAMPLE_PLAN, project / "plans")
    shutil.copytree(REPO / "schema", project / "schema")
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    for command in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "Plan"]):
        subprocess.run(["git", *command], cwd=project, env=env, check=True)
    return project


def _try(
    pre_commit: tuple[str, dict[str, str]], project: Path, hook: str
) -> subprocess.CompletedProcess[str]:
    executable, env = pre_commit
    return subprocess.run(
        [executable, "try-repo", str(REPO), hook, "--all-files"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
def test_hooks_pass_on_the_example_plan(
    pre_commit: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    project = _project(tmp_path)
    for hook in ("werkplan-check", "werkplan-fmt"):
        done = _try(pre_commit, project, hook)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Passed" in done.stdout


@pytest.mark.slow
def test_check_hook_fails_on_a_broken_plan(
    pre_commit: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    project = _project(tmp_path)
    (project / "plans" / "kaputt.yaml").write_text("measures:\n  - id: X-1\n    status: bald\n")
    done = _try(pre_commit, project, "werkplan-check")
    assert done.returncode == 1
    assert "kaputt.yaml:3:13: error [invalid-status]" in done.stdout
