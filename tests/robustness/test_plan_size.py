"""Bounded memory for any plan directory: a total size limit, and one file's tree at a time."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from conftest import PlanWriter, run_check
from helpers import cli

import werkplan.load
from werkplan.load import LoadedFile
from werkplan.load.files import MAX_FILE_BYTES, MAX_PLAN_BYTES, FoundFile
from werkplan.load.tree import Mapping

MIB = 1024 * 1024


def sparse(path: Path, size: int) -> None:
    """A file of that size that takes no disk space (werkplan refuses before reading it)."""
    with path.open("wb") as file:
        file.truncate(size)


def test_a_plan_over_the_total_limit_is_refused_before_reading(write_plan: PlanWriter) -> None:
    plan = write_plan()
    for number in range(MAX_PLAN_BYTES // MAX_FILE_BYTES + 1):
        sparse(plan / f"teil-{number:02d}.yaml", MAX_FILE_BYTES)
    result = cli(["check", str(plan), "--lang", "en"])
    assert result.exit_code == 2, result.output
    total = -(-sum(p.stat().st_size for p in plan.iterdir()) // MIB)
    assert f"take {total} MiB together" in result.stderr
    assert f"at most {MAX_PLAN_BYTES // MIB} MiB per plan" in result.stderr
    assert "Move *.yaml files that are not part of the plan" in result.stderr


def test_files_too_large_on_their_own_do_not_count(write_plan: PlanWriter) -> None:
    plan = write_plan()
    for number in range(MAX_PLAN_BYTES // MAX_FILE_BYTES + 1):
        sparse(plan / f"export-{number:02d}.yaml", MAX_FILE_BYTES + 1)
    result = run_check(plan)
    assert {p.rule for p in result.problems} == {"file-too-large"}


def test_the_limit_counts_all_plan_files_together(
    write_plan: PlanWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("werkplan.load.files.MAX_PLAN_BYTES", 4096)
    plan = write_plan({"a.yaml": "measures: []\n" + "# " + "x" * 2000 + "\n"})
    assert cli(["check", str(plan)]).exit_code == 0
    (plan / "sub").mkdir()
    (plan / "sub" / "b.yaml").write_text("actors: []\n# " + "y" * 2000 + "\n")
    result = cli(["check", str(plan), "--lang", "de"])
    assert result.exit_code == 2
    assert "Die Plan-Dateien in" in result.stderr


@pytest.mark.slow  # counts every object of the whole test process, once per file
def test_each_files_tree_is_freed_before_the_next_file_is_read(
    write_plan: PlanWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    measures = "".join(
        f"  - {{id: M-{n}, title: T, goals: [Z-1], owner: amt, status: planned}}\n"
        for n in range(50)
    )
    plan = write_plan(
        {f"feld-{f:02d}.yaml": measures.replace("M-", f"M{f}-") for f in range(12)},
    )
    for path in plan.glob("feld-*.yaml"):
        path.write_text("measures:\n" + path.read_text())
    live_trees: list[int] = []
    load_file = werkplan.load.load_file

    def counting(found: FoundFile) -> LoadedFile:
        gc.collect()
        live_trees.append(sum(isinstance(o, Mapping) for o in gc.get_objects()))
        return load_file(found)

    monkeypatch.setattr(werkplan.load, "load_file", counting)
    result = run_check(plan)
    assert len(result.plan.measures) == 12 * 50
    per_file = 51  # the file's mapping and one per measure
    assert len(live_trees) == 13
    assert max(live_trees) < 2 * per_file, live_trees  # never more than one file's tree
