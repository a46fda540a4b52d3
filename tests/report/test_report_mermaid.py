"""Every Mermaid chart of the Markdown report goes through the real Mermaid library.

GitLab and GitHub draw a ```mermaid block with Mermaid; a chart Mermaid cannot parse shows as
an error box. So each chart of the report – the timeline's ``gantt`` and the indicators'
``xychart-beta`` – is parsed and drawn by mermaid.min.js from tests/tools (npm, pinned in
package.json) in headless Chromium, loaded from the local file: nothing is fetched. Plans with
hostile titles, units and region names must give charts Mermaid still reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE_PLAN, INDICATOR_PLAN, TODAY, PlanWriter
from headless import CHROMIUM, CHROMIUM_ARGS, only_local_files, require
from helpers import cli
from test_report_hostile import HOSTILE
from test_report_indicators import hostile_plan

MERMAID = (
    Path(__file__).resolve().parent.parent
    / "tools"
    / "node_modules"
    / "mermaid"
    / "dist"
    / "mermaid.min.js"
)
BLOCK = re.compile(r"```mermaid\n(.*?)\n```", re.DOTALL)

# Parse, then draw: a chart that parses can still fail when Mermaid lays it out.
_CHECK_JS = """async (charts) => {
  mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});
  const results = [];
  for (const [index, chart] of charts.entries()) {
    try {
      const parsed = await mermaid.parse(chart);
      const drawn = await mermaid.render('chart' + index, chart);
      results.push({type: parsed.diagramType, svg: drawn.svg.length, error: null});
    } catch (error) {
      results.push({type: null, svg: 0, error: String(error && error.message || error)});
    }
  }
  return results;
}"""


@pytest.fixture(scope="module")
def mermaid_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    require(CHROMIUM.is_file() and MERMAID.is_file(), "chromium and mermaid (tests/tools)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "the playwright Python package")
        return
    blank = tmp_path_factory.mktemp("mermaid") / "blank.html"
    blank.write_text(
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Mermaid</title>'
        "</head><body></body></html>",
        encoding="utf-8",
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.route("**/*", only_local_files)
        page.goto(blank.as_uri())
        page.add_script_tag(path=str(MERMAID))
        yield page
        browser.close()


def _charts(plan: Path, *args: str) -> list[str]:
    command = ["report", str(plan), "--today", TODAY.isoformat(), "-f", "md", *args]
    result = cli(command)
    assert result.exit_code == 0, result.output
    return BLOCK.findall(result.stdout)


def _check(page: Any, charts: list[str]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = page.evaluate(_CHECK_JS, charts)
    failed = [(chart, r["error"]) for chart, r in zip(charts, results, strict=True) if r["error"]]
    assert failed == []
    return results


@pytest.mark.slow
@pytest.mark.parametrize("language", ["de", "en"])
def test_the_timeline_of_the_example_plan_is_a_gantt_mermaid_draws(
    mermaid_page: Any, language: str
) -> None:
    charts = _charts(EXAMPLE_PLAN, "--lang", language)
    results = _check(mermaid_page, charts)
    types = [r["type"] for r in results]
    assert types.count("gantt") == 1  # the timeline; the others chart the indicators
    assert types.count("xychart") == len(charts) - 1 >= 1
    assert results[types.index("gantt")]["svg"] > 1000


@pytest.mark.slow
@pytest.mark.parametrize("language", ["de", "en"])
def test_every_indicator_chart_is_an_xychart_mermaid_draws(
    mermaid_page: Any, language: str
) -> None:
    charts = _charts(INDICATOR_PLAN, "--lang", language)
    results = _check(mermaid_page, charts)
    types = [r["type"] for r in results]
    assert types.count("gantt") == 1
    assert types.count("xychart") == len(charts) - 1 >= 10


@pytest.mark.slow
def test_hostile_text_gives_charts_mermaid_still_reads(
    mermaid_page: Any, write_plan: PlanWriter
) -> None:
    plan = hostile_plan(write_plan)
    # the timeline too: every hostile text as a field's and a measure's title
    measures = ["measures:"]
    fields = ["fields:"]
    for number, text in enumerate(HOSTILE, start=1):
        quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        fields.append(f"  - {{id: HF-X{number}, title: {quoted}}}")
        measures += [
            f"  - {{id: M-{number}, title: {quoted}, field: HF-X{number}, owner: amt,",
            "     start: 2026-01, due: 2026-10-01, status: in_progress, updated: 2026-11-01}",
        ]
    (plan / "m.yaml").write_text("\n".join(measures) + "\n", encoding="utf-8")
    (plan / "f.yaml").write_text("\n".join(fields) + "\n", encoding="utf-8")
    charts = _charts(plan)
    results = _check(mermaid_page, charts)
    assert [r["type"] for r in results].count("xychart") >= len(HOSTILE)
    assert "gantt" in [r["type"] for r in results]


@pytest.mark.slow
def test_a_broken_chart_fails_the_check(mermaid_page: Any) -> None:
    # the same harness must see Mermaid's errors, or the tests above could not fail
    broken = ['xychart-beta\n    title ""\n    line [1]', "xychart-beta\n    line [1e5]"]
    results = mermaid_page.evaluate(_CHECK_JS, broken)
    assert all(r["error"] for r in results), results
