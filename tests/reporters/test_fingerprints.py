"""Fingerprints (GitLab ``fingerprint``, SARIF ``werkplanFinding/v2``) follow the finding.

They come from what the finding is and which entry and key it is about, not from its line or
its rank among similar findings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import MINIMAL_PLAN
from helpers import cli

TWO_TYPOS = """\
measures:
  - id: M-1
    titel: Sprechstunde im Rathaus
    goals: [Z-1]
    owner: amt
  - id: M-2
    titel: Sprechstunde im Rathaus
    goals: [Z-1]
    owner: amt
"""
A_THIRD_ABOVE = """\
measures:
  - id: M-0
    titel: Sprechstunde im Rathaus
    goals: [Z-1]
    owner: amt
"""


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (folder / "massnahmen.yaml").write_text(TWO_TYPOS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def findings(fmt: str = "gitlab", today: str = "2026-11-25") -> list[dict[str, object]]:
    result = cli(["check", "plans", "--today", today, "-f", fmt])
    if fmt == "sarif":
        results: list[dict[str, object]] = json.loads(result.stdout)["runs"][0]["results"]
        return results
    report: list[dict[str, object]] = json.loads(result.stdout)
    return report


def typo_fingerprints() -> list[str]:
    """The unknown-key findings for `titel`, in file order: identical apart from the entry."""
    return [str(f["fingerprint"]) for f in findings() if f["check_name"] == "unknown-key"]


def test_a_new_duplicate_above_two_old_ones_takes_over_no_fingerprint(plan: Path) -> None:
    first, second = typo_fingerprints()
    path = plan / "massnahmen.yaml"
    path.write_text(A_THIRD_ABOVE + TWO_TYPOS.removeprefix("measures:\n"), encoding="utf-8")
    new, old_first, old_second = typo_fingerprints()
    assert (old_first, old_second) == (first, second)
    assert new not in {first, second}


def test_removing_the_first_of_two_keeps_the_second(plan: Path) -> None:
    _, second = typo_fingerprints()
    path = plan / "massnahmen.yaml"
    only_second = "measures:\n  - id: M-2\n" + TWO_TYPOS.split("  - id: M-2\n")[1]
    path.write_text(only_second, encoding="utf-8")
    assert typo_fingerprints() == [second]


def test_fingerprints_survive_moved_lines_and_a_new_day(plan: Path) -> None:
    before = {str(f["fingerprint"]) for f in findings()}
    path = plan / "massnahmen.yaml"
    moved = "# Maßnahmen der Sozialplanung\n\n" + path.read_text(encoding="utf-8")
    path.write_text(moved, encoding="utf-8")
    assert {str(f["fingerprint"]) for f in findings(today="2026-12-01")} == before


def test_fingerprints_are_unique_and_shared_with_sarif(plan: Path) -> None:
    gitlab = [str(f["fingerprint"]) for f in findings()]
    sarif = [
        r["partialFingerprints"]["werkplanFinding/v2"]  # type: ignore[index]
        for r in findings("sarif")
    ]
    assert len(set(gitlab)) == len(gitlab)
    assert sorted(sarif) == sorted(gitlab)


def test_entries_identical_in_everything_are_numbered(plan: Path) -> None:
    (plan / "massnahmen.yaml").write_text(TWO_TYPOS.replace("M-2", "M-1"), encoding="utf-8")
    first, second = typo_fingerprints()
    assert second == f"{first}-2"
