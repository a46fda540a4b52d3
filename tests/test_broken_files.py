"""Each file in tests/broken/, dropped into a valid plan: exit 1, the right file and line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import MINIMAL_PLAN
from typer.testing import CliRunner

from werkplan.cli import app

BROKEN = Path(__file__).parent / "broken"
EXPECTED: dict[str, list[object]] = json.loads((BROKEN / "expected.json").read_text())
runner = CliRunner()


def test_every_broken_file_has_an_expectation() -> None:
    assert sorted(EXPECTED) == sorted(p.name for p in BROKEN.glob("*.yaml"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file(tmp_path: Path, name: str) -> None:
    rule, line = EXPECTED[name]
    (tmp_path / "plan.yaml").write_text(MINIMAL_PLAN + "measures: []\n", encoding="utf-8")
    shutil.copy(BROKEN / name, tmp_path / name)
    result = runner.invoke(
        app, ["check", str(tmp_path), "--format", "json", "--today", "2026-11-25"]
    )
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    problems = json.loads(result.stdout)["problems"]
    here = [(p["rule"], p["line"]) for p in problems if p["path"].endswith("/" + name)]
    assert (rule, line) in here, problems
    assert all(p["path"].endswith("/" + name) for p in problems if p["severity"] == "error")
