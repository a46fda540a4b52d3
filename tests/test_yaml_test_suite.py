"""Every case of the official YAML test suite, dropped into the example plan as an extra file.

Whatever the case holds, werkplan answers with problems and exit 0 or 1, never a traceback.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE_PLAN, SHARED
from helpers import cli
from matrix import representative

SUITE = SHARED / "corpus" / "yaml-test-suite"
CASES = sorted(SUITE.glob("*.yaml")) if SUITE.is_dir() else []


@pytest.fixture(scope="module")
def plan_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("suite") / "plans"
    shutil.copytree(EXAMPLE_PLAN, target)
    return target


@pytest.mark.skipif(not CASES, reason="../shared/corpus/yaml-test-suite is not next to this clone")
# Each case checks the whole example plan again: one in 20 runs by default, all under --run-slow.
@pytest.mark.parametrize("case", representative(CASES, every=20, ids=lambda c: c.stem))
def test_suite_case(plan_copy: Path, case: Path) -> None:
    extra = plan_copy / "zz-suite-case.yaml"
    shutil.copyfile(case, extra)
    result = cli(["check", str(plan_copy), "--today", "2026-11-25"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output
    if result.exit_code == 1:
        assert "zz-suite-case.yaml:" in result.output


def test_suite_is_complete_when_present() -> None:
    if not SUITE.is_dir():
        pytest.skip("../shared/corpus/yaml-test-suite is not next to this clone")
    assert len(CASES) > 400
