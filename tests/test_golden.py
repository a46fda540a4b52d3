"""Golden output of `werkplan check` on the example plan at a pinned date.

Regenerate after an intended change with ``WERKPLAN_UPDATE_GOLDEN=1 pytest tests/test_golden.py``
and review the diff like any other change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import REPO
from helpers import cli

GOLDEN = Path(__file__).parent / "golden"
CASES = {
    "check-example.de.txt": ["--format", "text"],
    "check-example.en.txt": ["--format", "text", "--lang", "en"],
    "check-example.de.json": ["--format", "json"],
    "check-example.en.json": ["--format", "json", "--lang", "en"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    args = ["check", "plans", "--today", "2026-11-25", "--color", "never", *CASES[name]]
    result = cli(args)
    assert result.exit_code == 0, result.output
    path = GOLDEN / name
    if os.environ.get("WERKPLAN_UPDATE_GOLDEN"):
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8")


def test_golden_json_parses_and_agrees_with_the_text() -> None:
    document = json.loads((GOLDEN / "check-example.de.json").read_text(encoding="utf-8"))
    text = (GOLDEN / "check-example.de.txt").read_text(encoding="utf-8")
    for problem in document["problems"]:
        prefix = f"{problem['path']}:{problem['line']}:{problem['column']}: "
        assert f"{prefix}{problem['severity']} [{problem['rule']}] {problem['message']}" in text
    assert document["summary"]["errors"] == 0
    assert {p["rule"] for p in document["problems"]} == {
        "overdue",
        "unowned",
        "stale-status",
        "goal-without-measure",
        "milestone-overdue",
        "indicator-behind",
        "indicator-target-missed",
        "indicator-stale",
    }
