"""Golden Markdown and HTML reports of the example plan at a pinned date, German and English,
and of the plan whose indicators show every verdict (tests/fixtures/indicators).

Regenerate after an intended change with
``WERKPLAN_UPDATE_GOLDEN=1 pytest tests/report/test_report_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import EXAMPLE_PLAN, INDICATOR_PLAN
from helpers import cli

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
CASES = {
    "report-example.de.md": ["-f", "md"],
    "report-example.en.md": ["-f", "md", "--lang", "en"],
    "report-example.de.html": ["-f", "html"],
    "report-example.en.html": ["-f", "html", "--lang", "en"],
    "report-indicators.de.md": ["-f", "md"],
    "report-indicators.en.md": ["-f", "md", "--lang", "en"],
    "report-indicators.de.html": ["-f", "html"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_report_golden(name: str) -> None:
    plan = INDICATOR_PLAN if name.startswith("report-indicators") else EXAMPLE_PLAN
    args = ["report", str(plan), "--today", "2026-11-25", *CASES[name]]
    result = cli(args)
    assert result.exit_code == 0, result.output
    path = GOLDEN / name
    if os.environ.get("WERKPLAN_UPDATE_GOLDEN"):
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8")


def test_html_golden_is_self_contained() -> None:
    html = (GOLDEN / "report-example.de.html").read_text(encoding="utf-8")
    assert "<script" not in html
    assert "src=" not in html
    assert "@import" not in html
    assert "url(http" not in html
    assert 'rel="stylesheet"' not in html
