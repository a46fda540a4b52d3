from __future__ import annotations

import datetime as dt
import gc
import os
import shutil
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
import typer.rich_utils
from once_per_run import _build_the_command_once, _compile_each_template_once  # noqa: F401

from werkplan.checker import CheckResult, check_plan

REPO = Path(__file__).resolve().parents[1]
EXAMPLE_PLAN = REPO / "plans"
# Indicators with every verdict on TODAY, region series, small multiples (tests/fixtures).
INDICATOR_PLAN = REPO / "tests" / "fixtures" / "indicators"
SHARED = REPO.parent / "shared"
TODAY = dt.date(2026, 11, 25)

MINIMAL_PLAN = """\
plan:
  title: Testplan
  organisation: Landkreis Test
  period: {start: 2025-01-01, end: 2027-12-31}
actors:
  - {id: amt, name: Sozialamt, kind: office}
  - {id: beirat, name: Kreisseniorenbeirat, kind: board}
regions:
  - {id: nord, name: Nord}
fields:
  - {id: HF-1, title: Begegnung}
goals:
  - {id: Z-1, field: HF-1, title: Mehr Orte der Begegnung}
"""


def find_tool(name: str) -> str:
    """A command-line tool from the test dependencies: beside this Python first, then PATH.

    Skips with the reason where it is missing, except under CI=true, where that is a failure.
    """
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.is_file() else shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is missing on CI; pip install '.[test]' should bring it")
        pytest.skip(f"{name} is not installed (pip install '.[test]')")
    return found


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-slow",
        action="store_true",
        help="also run the slow integration tests (always run under CI=true)",
    )


def pytest_sessionstart(session: pytest.Session) -> None:
    # Thousands of short tests each build plans and trees: the collector's young generation
    # would be scanned over and over. Fewer, larger collections keep the inner loop short;
    # werkplan's own pauses (werkplan/collector.py) are tested apart, in test_collector.py.
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow") or os.environ.get("CI") == "true":
        return
    skip = pytest.mark.skip(reason="slow integration test: run with --run-slow (CI runs it)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True, scope="session")
def _stable_terminal() -> None:
    # Typer forces a terminal when GITHUB_ACTIONS or FORCE_COLOR is set; keep help stable.
    typer.rich_utils.MAX_WIDTH = 3000
    typer.rich_utils.FORCE_TERMINAL = False


PlanWriter = Callable[..., Path]


@pytest.fixture
def write_plan(tmp_path: Path) -> PlanWriter:
    """Write files into a fresh plan directory; ``base=True`` adds a minimal valid plan."""

    def write(files: dict[str, str | bytes] | None = None, *, base: bool = True) -> Path:
        plan_dir = tmp_path / "plan"
        plan_dir.mkdir(exist_ok=True)
        if base:
            (plan_dir / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
        for name, content in (files or {}).items():
            path = plan_dir / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content), encoding="utf-8")
        return plan_dir

    return write


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    """A copy of the example plan that a test may change."""
    target = tmp_path / "plans"
    shutil.copytree(EXAMPLE_PLAN, target)
    return target


def run_check(plan_dir: Path, today: dt.date = TODAY, lang: str | None = None) -> CheckResult:
    return check_plan(plan_dir, today, lang)


def found(result: CheckResult) -> list[tuple[str, int, str]]:
    """(file name, line, rule) for every problem: the shape rule tests assert on."""
    return [(p.path.name, p.line, p.rule) for p in result.problems]


def rules_of(result: CheckResult) -> set[str]:
    return {p.rule for p in result.problems}
