"""The formats CI systems read: GitHub annotations, GitLab Code Quality, SARIF; and -o."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import cli

from werkplan.reporters import REPORTERS
from werkplan.reporters.github import escape_data, escape_property
from werkplan.rules import RULES

BROKEN = Path(__file__).resolve().parent.parent / "fixtures" / "broken-plan"
GOLDEN = Path(__file__).resolve().parent.parent / "golden"
SARIF_SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "sarif-schema-2.1.0.json"
CHECK_DOC = Path(__file__).resolve().parents[2] / "docs" / "check.md"
FORMATS = {
    "github": "check-broken.github.txt",
    "gitlab": "check-broken.gitlab.json",
    "sarif": "check-broken.sarif.json",
    "text": "check-broken.txt",
}


@pytest.fixture
def in_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The broken plan at ``plans/`` below the working directory, as in a CI checkout."""
    shutil.copytree(BROKEN, tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def check(*args: str) -> tuple[int, str, str]:
    result = cli(["check", "plans", "--today", "2026-11-25", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden(in_repo: Path, fmt: str) -> None:
    code, out, _ = check("--format", fmt, "--color", "never")
    assert code == 1
    path = GOLDEN / FORMATS[fmt]
    if os.environ.get("WERKPLAN_UPDATE_GOLDEN"):
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")


def test_github_escaping() -> None:
    assert escape_data("100% a\r\nb") == "100%25 a%0D%0Ab"
    assert escape_property("a,b: 100%\n") == "a%2Cb%3A 100%25%0A"


def test_github_annotations_are_grouped_and_escaped(in_repo: Path) -> None:
    _, out, _ = check("--format", "github")
    lines = out.splitlines()
    assert "::group::plans/massnahmen, 100% neu: Entwurf.yaml".replace("%", "%25") in lines
    assert lines.count("::endgroup::") == 2
    overdue = next(line for line in lines if "title=werkplan overdue" in line)
    assert overdue.startswith(
        "::warning file=plans/massnahmen%2C 100%25 neu%3A Entwurf.yaml,line=12,col=10,"
    )
    assert all("\n" not in line for line in lines)


def test_auto_picks_github_inside_actions(in_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out, _ = check()
    assert out.startswith("::group::")
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    _, out, _ = check()
    assert out.startswith("plans/")


def test_gitlab_report_has_every_required_field(in_repo: Path) -> None:
    _, out, _ = check("--format", "gitlab")
    report = json.loads(out)
    assert isinstance(report, list)
    assert report
    for finding in report:
        assert isinstance(finding["description"], str)
        assert finding["description"]
        assert finding["check_name"] in RULES
        assert finding["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert not finding["location"]["path"].startswith("/")
        assert finding["location"]["lines"]["begin"] >= 1
    fingerprints = [finding["fingerprint"] for finding in report]
    assert len(set(fingerprints)) == len(fingerprints)
    assert not out.startswith("\ufeff")


def test_sarif_shape(in_repo: Path) -> None:
    _, out, _ = check("--format", "sarif")
    log = json.loads(out)
    assert log["version"] == "2.1.0"
    assert log["$schema"] == json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))["id"]
    (run,) = log["runs"]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert set(rules) == set(RULES)
    for rule in rules.values():
        for key in ("shortDescription", "fullDescription", "help"):
            assert rule[key]["text"]
    for result in run["results"]:
        assert result["ruleId"] in rules
        assert result["message"]["text"]
        location = result["locations"][0]["physicalLocation"]
        assert not location["artifactLocation"]["uri"].startswith("/")
        assert location["region"]["startLine"] >= 1
        assert location["region"]["startColumn"] >= 1


def test_output_file_and_text_on_the_terminal(in_repo: Path) -> None:
    code, out, _ = check("--format", "gitlab", "-o", "gl-code-quality-report.json")
    assert code == 1
    assert "error [invalid-date]" in out
    assert json.loads((in_repo / "gl-code-quality-report.json").read_text(encoding="utf-8"))


def test_machine_formats_are_never_coloured(in_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    for fmt in ("json", "github", "gitlab", "sarif"):
        _, out, _ = check("--format", fmt)
        assert "\x1b[" not in out


def test_force_color_and_no_color(in_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    _, forced, _ = check("--format", "text")
    assert "\x1b[" in forced
    monkeypatch.setenv("NO_COLOR", "1")
    _, plain, _ = check("--format", "text")
    assert "\x1b[31" not in plain


def test_every_format_is_documented() -> None:
    documented = CHECK_DOC.read_text(encoding="utf-8")
    for name in ("auto", *REPORTERS):
        assert f"| `{name}` |" in documented


OVERDUE = """\
  - id: M-{number}
    title: Maßnahme {number}
    goals: [Z-1]
    owner: amt
    due: 2026-01-31
    status: in_progress
    updated: 2026-11-01
"""


@pytest.mark.parametrize(("measures", "notice"), [(10, False), (11, True)])
def test_github_says_when_annotations_run_past_its_limit(
    write_plan: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    measures: int,
    notice: bool,
) -> None:
    entries = "".join(OVERDUE.format(number=number) for number in range(measures))
    plan = write_plan({"m.yaml": "measures:\n" + entries})
    monkeypatch.chdir(plan.parent)
    result = cli(["check", "plan", "--today", "2026-11-25", "-f", "github"])
    lines = result.stdout.splitlines()
    assert sum(line.startswith("::warning ") for line in lines) == measures
    notices = [line for line in lines if line.startswith("::notice title=werkplan::")]
    assert len(notices) == notice
    if notice:
        assert f"{measures} Warnungen" in notices[0]
        assert "nur 10 Fehler und 10 Warnungen als Annotation" in notices[0]
