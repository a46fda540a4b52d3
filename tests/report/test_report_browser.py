"""The HTML report in real tools: the Nu Html Checker, and axe-core in headless Chromium.

The checkers come from tests/tools (npm) and Debian's chromium; `.ci/run` installs them.
Without them these tests skip with the reason, except under CI=true, where a missing tool
is a failure: the accessibility promise is only kept if it is checked.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import measure_plan
import pytest
from conftest import EXAMPLE_PLAN, INDICATOR_PLAN, REPO
from headless import CHROMIUM, CHROMIUM_ARGS, only_local_files, require
from helpers import cli

TOOLS = Path(__file__).resolve().parent.parent / "tools" / "node_modules"
VNU = TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = TOOLS / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


FULL_FORMAT = REPO / "tests" / "fixtures" / "full-format"
REPORTS = {
    "example-de": (EXAMPLE_PLAN, "de"),
    "example-en": (EXAMPLE_PLAN, "en"),
    # Every key of the format: proposals, assessments, sub-measures, milestones, relations,
    # costs, funding, attributes, decisions, links and updates in every section they reach.
    "full-de": (FULL_FORMAT, "de"),
    "full-en": (FULL_FORMAT, "en"),
    "measures-de": (None, "de"),
    # Every verdict, region series and small multiples (SVG charts with tables as their text
    # alternative).
    "indicators-de": (INDICATOR_PLAN, "de"),
    "indicators-en": (INDICATOR_PLAN, "en"),
}


@pytest.fixture(scope="module", params=sorted(REPORTS))
def report(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    plan, language = REPORTS[request.param]
    if plan is None:  # the measures of issues 13 and 14 in a plan of their own
        plan = folder / "plan"
        plan.mkdir()
        (plan / "plan.yaml").write_text(measure_plan.PLAN, encoding="utf-8")
        (plan / "m.yaml").write_text(measure_plan.MEASURES, encoding="utf-8")
    out = folder / f"bericht-{request.param}.html"
    args = ["report", str(plan), "--today", "2026-11-25", "--lang", language]
    result = cli([*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.slow
def test_html_is_valid(report: Path) -> None:
    java = shutil.which("java")
    require(java is not None and VNU.is_file(), "java and vnu-jar")
    assert java is not None
    done = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--also-check-svg", str(report)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(done.stderr or done.stdout)["messages"]
    assert messages == [], messages


@pytest.mark.slow
@pytest.mark.parametrize("width", [1024, 390], ids=["projector", "phone"])
def test_no_accessibility_violations(report: Path, width: int) -> None:
    require(CHROMIUM.is_file() and AXE.is_file(), "chromium and axe-core")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "the playwright Python package")
        return
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        # On a phone the tables are laid out as blocks: they must stay tables to a reader.
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.route("**/*", only_local_files)
        page.goto(report.as_uri())
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        results = page.evaluate(
            """tags => axe.run(document, {
                runOnly: {type: 'tag', values: tags},
                rules: {'td-has-header': {enabled: true}}
            })""",
            AXE_TAGS,
        )
        browser.close()
    violations = [(v["id"], [n["target"] for n in v["nodes"]]) for v in results["violations"]]
    assert violations == []
    ran = {r["id"] for key in ("passes", "incomplete", "inapplicable") for r in results[key]}
    assert {"td-has-header", "color-contrast", "html-has-lang", "svg-img-alt"} <= ran
