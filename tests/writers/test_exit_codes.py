"""Inputs that ended in a traceback or exit code 3 give exit 1 or 2 with a message."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import MINIMAL_PLAN
from helpers import cli
from processes import TODAY, werkplan

from werkplan.load.files import MAX_FOLDER_DEPTH


@pytest.fixture
def deep_plan(tmp_path: Path) -> Iterator[Callable[[int], Path]]:
    """A plan with a chain of sub-folders; removed from the bottom up afterwards, since
    pytest's own clean-up (shutil.rmtree) would run out of recursion on it."""
    plan_dir = tmp_path / "plan"
    chain: list[Path] = []

    def make(depth: int) -> Path:
        plan_dir.mkdir()
        (plan_dir / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
        folder = plan_dir
        for _ in range(depth):  # os.makedirs would itself run out of recursion here
            folder = folder / "d"
            folder.mkdir()
            chain.append(folder)
        return plan_dir

    yield make
    for folder in reversed(chain):
        for path in folder.iterdir():
            if not path.is_dir():
                path.unlink()
        folder.rmdir()


@pytest.mark.slow
def test_folders_nested_a_thousand_deep_are_a_message(deep_plan: Callable[[int], Path]) -> None:
    plan_dir = deep_plan(1100)
    commands = {
        "check": ["check", str(plan_dir), *TODAY],
        "fmt": ["fmt", str(plan_dir)],
        "new": ["new", "actor", "-p", str(plan_dir), "--name", "Verein", "--kind", "association"],
        "init": ["init", str(plan_dir), "--lang", "de"],
    }
    for name, args in commands.items():
        result = cli([*args, "--lang", "de"] if name != "init" else args)
        assert result.exit_code == 2, (name, result.output)
        assert f"mehr als {MAX_FOLDER_DEPTH} Ebenen" in result.stderr, name


def test_a_plan_as_deep_as_the_limit_is_read(deep_plan: Callable[[int], Path]) -> None:
    plan_dir = deep_plan(MAX_FOLDER_DEPTH)
    (plan_dir.joinpath(*["d"] * MAX_FOLDER_DEPTH) / "tief.yaml").write_text(
        "regions:\n  - {id: sued, name: Süd}\n", encoding="utf-8"
    )
    result = cli(["check", str(plan_dir), *TODAY])
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_check_of_the_whole_disk_stops_with_a_message() -> None:
    started = time.monotonic()
    done = werkplan("check", "/", *TODAY)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("werkplan: ")
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr
    assert time.monotonic() - started < 60


def test_a_due_window_beyond_the_calendar_lists_every_later_deadline(plans: Path) -> None:
    wide = cli(["list", str(plans), *TODAY, "--due-within", "3000000"])
    assert wide.exit_code == 0, wide.output
    year = cli(["list", str(plans), *TODAY, "--due-within", "3650"])
    assert wide.stdout == year.stdout  # no deadline in the example lies beyond ten years
    assert "M-" in wide.stdout


@pytest.mark.parametrize("days", ["999999999", "10000000000"])
def test_due_windows_past_any_date_are_no_crash(plans: Path, days: str) -> None:
    result = cli(["list", str(plans), *TODAY, "--due-within", days])
    assert result.exit_code == 0, result.output
