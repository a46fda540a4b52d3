"""The CI recipes in docs/ci.md and docs/history.md, run as their runners run them.

GitLab Runner writes a job's ``script`` lines into one bash script that starts with
``set -eo pipefail`` and exports the ``variables`` of the file and of the job; GitHub runs
every ``run:`` step as its own file with ``bash -e`` (the default shell on Linux), with the
``env`` of workflow, job and step, skips later steps after a failure unless their ``if:``
says otherwise, and fills in ``${{ … }}`` before the shell sees the script. Both are
imitated here in a git checkout of the example plan. ``pip`` is a stand-in that refuses an
empty package name (werkplan is installed already); ``uses:`` steps are not run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE_PLAN, REPO, find_tool
from ruamel.yaml import YAML

DOCS = REPO / "docs"
# GitLab's rule for artifacts:expose_as (lib/gitlab/ci/config/entry/artifacts.rb):
# /\A\w[-\w ]*\z/ with Ruby's ASCII-only \w, at most 100 characters, no '*' in paths.
EXPOSE_AS = re.compile(r"[A-Za-z0-9_][-A-Za-z0-9_ ]*")
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Sozialplanung",
    "GIT_AUTHOR_EMAIL": "sozialplanung@example.org",
    "GIT_COMMITTER_NAME": "Sozialplanung",
    "GIT_COMMITTER_EMAIL": "sozialplanung@example.org",
}
PIP_STAND_IN = """#!/bin/sh
# pip as the recipes call it: werkplan is installed already; an empty package name fails.
if [ "$1" != install ] || [ -z "$2" ]; then
    echo "pip: no package to install: '$*'" >&2
    exit 2
fi
echo "$2" >> "$PIP_LOG"
"""


def recipe(doc: str, name: str) -> Any:
    text = (DOCS / doc).read_text(encoding="utf-8")
    match = re.search(rf"<!-- recipe: {name} -->\n```yaml\n(.*?)```", text, re.S)
    assert match, f"no recipe {name} in docs/{doc}"
    return YAML(typ="safe").load(match.group(1))


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args],
        cwd=cwd,
        env={**os.environ, **GIT_IDENTITY},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@dataclass
class Runner:
    """A machine with werkplan on the PATH, a pip stand-in, and a checkout to work in."""

    checkout: Path
    tools: Path
    pip_log: Path
    predefined: dict[str, str] = field(default_factory=dict)

    def environment(self, variables: dict[str, Any]) -> dict[str, str]:
        path = os.pathsep.join([str(self.tools), str(Path(sys.executable).parent)])
        env = {**os.environ, **GIT_IDENTITY, "CI": "true", "PIP_LOG": str(self.pip_log)}
        env["PATH"] = f"{path}{os.pathsep}{os.environ.get('PATH', '')}"
        env.pop("GITHUB_ACTIONS", None)
        env.update(self.predefined)
        env.update({name: str(value) for name, value in variables.items()})
        return env

    def installed(self) -> list[str]:
        return self.pip_log.read_text(encoding="utf-8").split() if self.pip_log.exists() else []


@pytest.fixture
def runner(tmp_path: Path) -> Runner:
    checkout = tmp_path / "checkout"
    shutil.copytree(EXAMPLE_PLAN, checkout / "plans")
    shutil.copytree(REPO / "schema", checkout / "schema")
    git(checkout, "init", "-q", "-b", "main")
    git(checkout, "add", ".")
    git(checkout, "commit", "-qm", "Werkstattplan")
    tools = tmp_path / "tools"
    tools.mkdir()
    (tools / "pip").write_text(PIP_STAND_IN, encoding="utf-8")
    (tools / "pip").chmod(0o755)
    return Runner(checkout, tools, tmp_path / "pip.log")


# --- GitLab ----------------------------------------------------------------------------------


def gitlab_rules_allow(job: dict[str, Any], env: dict[str, str]) -> bool:
    """The `if:` forms the recipes use: `$A == $B` and `$A == "text"`."""
    if "rules" not in job:
        return True
    for rule in job["rules"]:
        match = re.fullmatch(r'\$(\w+) == (?:\$(\w+)|"([^"]*)")', rule["if"])
        assert match, f"rule not understood here: {rule['if']}"
        left = env.get(match.group(1), "")
        right = env.get(match.group(2), "") if match.group(2) else match.group(3)
        if left == right:
            return True
    return False


def run_gitlab_job(
    runner: Runner, config: dict[str, Any], name: str
) -> subprocess.CompletedProcess[str]:
    job = config[name]
    env = runner.environment({**config.get("variables", {}), **job.get("variables", {})})
    assert gitlab_rules_allow(job, env), f"{name} would not run"
    lines = [*config.get("default", {}).get("before_script", []), *job["script"]]
    return subprocess.run(
        ["bash", "-c", "set -eo pipefail\n" + "\n".join(lines)],
        cwd=runner.checkout,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def gitlab_report(runner: Runner) -> list[dict[str, Any]]:
    path = runner.checkout / "gl-code-quality-report.json"
    report: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return report


def misformat(checkout: Path) -> None:
    """A difference `werkplan fmt` would undo, and nothing `werkplan check` minds."""
    path = checkout / "plans" / "handlungsfelder" / "jugend.yaml"
    old = "    swot: [SWOT-T2, SWOT-S1, SWOT-O2]\n"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, "    swot: [ SWOT-T2,SWOT-S1, SWOT-O2 ]\n"), "utf-8")


def break_plan(checkout: Path) -> None:
    path = checkout / "plans" / "handlungsfelder" / "jugend.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("status: done", "status: erledigt", 1), encoding="utf-8")


@pytest.mark.slow
def test_gitlab_recipe(runner: Runner) -> None:
    config = recipe("ci.md", "gitlab")
    runner.predefined = {"CI_COMMIT_BRANCH": "main", "CI_DEFAULT_BRANCH": "main"}
    for job in ("werkplan-check", "werkplan-report", "pages"):
        done = run_gitlab_job(runner, config, job)
        assert done.returncode == 0, f"{job}\n{done.stdout}\n{done.stderr}"
    assert runner.installed() == [config["variables"]["WERKPLAN_PACKAGE"]] * 3
    artifacts = config["werkplan-check"]["artifacts"]
    assert artifacts["reports"]["codequality"] == "gl-code-quality-report.json"
    assert artifacts["when"] == "always"
    assert {finding["check_name"] for finding in gitlab_report(runner)} >= {"overdue", "unowned"}
    report = (runner.checkout / "werkplan-bericht.html").read_text(encoding="utf-8")
    assert report.startswith("<!DOCTYPE html>")
    public = (runner.checkout / "public" / "index.html").read_text(encoding="utf-8")
    assert "M-TEI-11" not in public


@pytest.mark.slow
def test_gitlab_check_job_writes_the_report_when_the_format_check_fails(runner: Runner) -> None:
    misformat(runner.checkout)
    done = run_gitlab_job(runner, recipe("ci.md", "gitlab"), "werkplan-check")
    assert done.returncode == 1
    assert "plans/handlungsfelder/jugend.yaml" in done.stdout  # named by fmt --check
    assert {finding["check_name"] for finding in gitlab_report(runner)} >= {"overdue"}


@pytest.mark.slow
def test_gitlab_check_job_fails_on_plan_errors_after_both_checks(runner: Runner) -> None:
    break_plan(runner.checkout)
    misformat(runner.checkout)
    done = run_gitlab_job(runner, recipe("ci.md", "gitlab"), "werkplan-check")
    assert done.returncode == 1
    assert "invalid-status" in {finding["check_name"] for finding in gitlab_report(runner)}
    assert "würde umformatiert" in done.stdout + done.stderr  # fmt --check ran as well


# --- GitHub ----------------------------------------------------------------------------------

ALWAYS = {"${{ !cancelled() }}", "!cancelled()", "${{ always() }}", "always()"}


@dataclass
class StepResult:
    run: str
    returncode: int | None  # None: skipped
    stdout: str = ""
    stderr: str = ""


def github_expressions(script: str, contexts: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        assert name in contexts, f"expression not provided here: {name}"
        return contexts[name]

    return re.sub(r"\$\{\{\s*([\w.]+)\s*\}\}", value, script)


def run_github_job(
    runner: Runner,
    workflow: dict[str, Any],
    job: dict[str, Any],
    contexts: dict[str, str] | None = None,
    extra_steps: list[dict[str, Any]] | None = None,
) -> list[StepResult]:
    results: list[StepResult] = []
    failed = False
    for number, step in enumerate([*job["steps"], *(extra_steps or [])]):
        condition = step.get("if")
        assert condition is None or condition in ALWAYS, f"if: not understood here: {condition}"
        if "run" not in step:
            continue  # actions (checkout, setup-python, upload) are not run here
        if failed and condition is None:
            results.append(StepResult(step["run"], None))
            continue
        script = runner.checkout.parent / f"step-{number}.sh"
        script.write_text(github_expressions(step["run"], contexts or {}), encoding="utf-8")
        variables = {**workflow.get("env", {}), **job.get("env", {}), **step.get("env", {})}
        done = subprocess.run(
            ["bash", "-e", str(script)],
            cwd=runner.checkout,
            env=runner.environment(variables),
            capture_output=True,
            text=True,
            check=False,
        )
        results.append(StepResult(step["run"], done.returncode, done.stdout, done.stderr))
        failed = failed or done.returncode != 0
    return results


def github_job(runner: Runner, workflow: dict[str, Any], name: str) -> dict[str, Any]:
    summary = runner.checkout.parent / "summary.md"
    runner.predefined = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    job: dict[str, Any] = workflow["jobs"][name]
    return job


def outcome(results: list[StepResult], command: str) -> StepResult:
    (result,) = [result for result in results if result.run.startswith(command)]
    return result


@pytest.mark.slow
def test_github_recipe(runner: Runner) -> None:
    workflow = recipe("ci.md", "github")
    job = github_job(runner, workflow, "werkplan")
    results = run_github_job(runner, workflow, job)
    assert all(result.returncode == 0 for result in results), results
    assert runner.installed() == [job["env"]["WERKPLAN_PACKAGE"]]
    summary = (runner.checkout.parent / "summary.md").read_text(encoding="utf-8")
    assert summary.startswith("# Werkstattplan Demografie")
    assert (runner.checkout / "werkplan-bericht.html").is_file()
    annotations = outcome(results, "werkplan check plans").stdout
    assert annotations.startswith("::group::plans/")
    assert "::warning file=plans/handlungsfelder/begegnung.yaml,line=" in annotations


@pytest.mark.slow
def test_github_recipe_annotates_before_the_format_check_fails(runner: Runner) -> None:
    misformat(runner.checkout)
    workflow = recipe("ci.md", "github")
    results = run_github_job(runner, workflow, github_job(runner, workflow, "werkplan"))
    assert outcome(results, "werkplan check plans").stdout.startswith("::group::")
    assert outcome(results, "werkplan fmt plans --check").returncode == 1
    assert (runner.checkout / "werkplan-bericht.html").is_file()


@pytest.mark.slow
def test_github_recipe_with_plan_errors_still_checks_the_format(runner: Runner) -> None:
    break_plan(runner.checkout)
    misformat(runner.checkout)
    workflow = recipe("ci.md", "github")
    results = run_github_job(runner, workflow, github_job(runner, workflow, "werkplan"))
    assert outcome(results, "werkplan check plans").returncode == 1
    assert outcome(results, "werkplan report plans -o").returncode is None  # skipped
    assert outcome(results, "werkplan fmt plans --check").returncode == 1


@pytest.mark.slow
def test_github_sarif_steps_write_a_sarif_file(runner: Runner) -> None:
    workflow = recipe("ci.md", "github")
    job = github_job(runner, workflow, "werkplan")
    break_plan(runner.checkout)
    extra = recipe("ci.md", "github-sarif")["steps"]
    results = run_github_job(runner, workflow, job, extra_steps=extra)
    assert outcome(results, "werkplan check plans --format sarif").returncode == 0
    log = json.loads((runner.checkout / "werkplan.sarif").read_text(encoding="utf-8"))
    assert "invalid-status" in {result["ruleId"] for result in log["runs"][0]["results"]}


# --- docs/history.md: the merge-request recipes --------------------------------------------


@pytest.fixture
def merge_request(runner: Runner, tmp_path: Path) -> Runner:
    """The checkout as a CI job sees a merge request: a clone of `origin`, on a branch that
    changed a measure since it left `main`, and main has moved on since."""
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(runner.checkout), str(origin))
    clone = tmp_path / "mr"
    git(tmp_path, "clone", "-q", str(origin), str(clone))
    git(clone, "switch", "-q", "-c", "sprechstunden")
    path = clone / "plans" / "handlungsfelder" / "jugend.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("status: done", "status: on_hold", 1), encoding="utf-8")
    git(clone, "commit", "-qam", "Maßnahme zurückgestellt")
    git(clone, "switch", "-q", "main")
    path = clone / "plans" / "handlungsfelder" / "begegnung.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("status: planned", "status: preparing", 1), encoding="utf-8")
    git(clone, "commit", "-qam", "Auf main: Maßnahme in Vorbereitung")
    git(clone, "push", "-q", "origin", "main")
    git(clone, "switch", "-q", "sprechstunden")
    runner.checkout = clone
    return runner


@pytest.mark.slow
def test_history_gitlab_recipe(merge_request: Runner) -> None:
    config = recipe("history.md", "history-gitlab")
    merge_request.predefined = {
        "CI_PIPELINE_SOURCE": "merge_request_event",
        "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main",
    }
    done = run_gitlab_job(merge_request, config, "werkplan")
    assert done.returncode == 0, done.stdout + done.stderr
    assert merge_request.installed() == [config["werkplan"]["variables"]["WERKPLAN_PACKAGE"]]
    changes = (merge_request.checkout / "aenderungen.md").read_text(encoding="utf-8")
    assert "Zurückgestellt" in changes
    assert "In Vorbereitung" not in changes  # main's own change is not the merge request's
    assert config["werkplan"]["artifacts"]["when"] == "always"


@pytest.mark.slow
def test_history_gitlab_recipe_keeps_the_change_list_when_checks_fail(
    merge_request: Runner,
) -> None:
    misformat(merge_request.checkout)
    merge_request.predefined = {
        "CI_PIPELINE_SOURCE": "merge_request_event",
        "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main",
    }
    done = run_gitlab_job(merge_request, recipe("history.md", "history-gitlab"), "werkplan")
    assert done.returncode == 1
    assert "Zurückgestellt" in (merge_request.checkout / "aenderungen.md").read_text("utf-8")


@pytest.mark.slow
def test_history_github_recipe(merge_request: Runner) -> None:
    workflow = recipe("history.md", "history-github")
    job = github_job(merge_request, workflow, "werkplan")
    results = run_github_job(merge_request, workflow, job, {"github.base_ref": "main"})
    assert all(result.returncode == 0 for result in results), results
    assert merge_request.installed() == [job["env"]["WERKPLAN_PACKAGE"]]
    summary = (merge_request.checkout.parent / "summary.md").read_text(encoding="utf-8")
    assert "Zurückgestellt" in summary


# --- the files themselves ------------------------------------------------------------------

RECIPES = {
    ("ci.md", "gitlab"): "vendor.gitlab-ci",
    ("history.md", "history-gitlab"): "vendor.gitlab-ci",
    ("ci.md", "github"): "vendor.github-workflows",
    ("history.md", "history-github"): "vendor.github-workflows",
    ("ci.md", "github-sarif"): "vendor.github-workflows",
}


@pytest.mark.slow
@pytest.mark.parametrize(("doc", "name"), sorted(RECIPES))
def test_recipes_validate_against_the_ci_schemas(doc: str, name: str, tmp_path: Path) -> None:
    """GitLab's CI schema and GitHub's workflow schema, as check-jsonschema ships them."""
    content = recipe(doc, name)
    if name == "github-sarif":  # steps to append: as a job of their own
        content = {"on": "push", "jobs": {"sarif": {"runs-on": "ubuntu-latest", **content}}}
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    done = subprocess.run(
        [find_tool("check-jsonschema"), "--builtin-schema", RECIPES[doc, name], str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def expose_as_problems(artifacts: dict[str, Any]) -> list[str]:
    """What GitLab would refuse in a job's artifacts:expose_as."""
    name = artifacts.get("expose_as")
    if name is None:
        return []
    problems = []
    if not isinstance(name, str) or not EXPOSE_AS.fullmatch(name) or len(name) > 100:
        problems.append(f"expose_as {name!r}: only letters, digits, '-', '_' and spaces")
    if not artifacts.get("paths") or any("*" in path for path in artifacts["paths"]):
        problems.append("expose_as needs paths without '*'")
    return problems


def test_expose_as_is_what_gitlab_accepts() -> None:
    for doc, name in (("ci.md", "gitlab"), ("history.md", "history-gitlab")):
        for job in recipe(doc, name).values():
            if isinstance(job, dict) and "artifacts" in job:
                assert expose_as_problems(job["artifacts"]) == [], (doc, name)
    refused = {"expose_as": "Änderungen am Werkstattplan", "paths": ["aenderungen.md"]}
    assert expose_as_problems(refused)


PREDEFINED = re.compile(r"(?:CI_|GITHUB_)\w+")


@pytest.mark.parametrize(("doc", "name"), sorted(RECIPES))
def test_every_variable_a_recipe_uses_is_defined(doc: str, name: str) -> None:
    content = recipe(doc, name)
    text = json.dumps(content)
    defined = set(content.get("variables", {}))
    for job in [*content.get("jobs", {}).values(), *content.values()]:
        if isinstance(job, dict):
            defined |= set(job.get("variables", {})) | set(job.get("env", {}))
    assigned = set(re.findall(r"(?:^|[\s\"])(\w+)=", text))  # set by the script itself
    used = set(re.findall(r"\$\{?(\w+)", text))
    missing = {v for v in used - defined - assigned if not PREDEFINED.fullmatch(v)}
    assert not missing, f"{doc} {name}: {missing}"
