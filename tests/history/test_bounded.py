"""`changes` over a long history holds two revisions at a time, reads each file version once,
and refuses a file over the size limit before reading it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from gitrepo import Repo, first_plan, measure
from helpers import cli

import werkplan.history.snapshot
import werkplan.load
from werkplan.history import collect_changes
from werkplan.history.snapshot import combine
from werkplan.load import load_plan_dir
from werkplan.load.files import MAX_FILE_BYTES
from werkplan.validate import build_plan, plan_knowledge

EXAMPLE = Path(__file__).resolve().parents[2] / "plans"


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    return first_plan(tmp_path / "repo")


def test_each_file_version_is_read_once(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    for number in range(1, 9):
        repo.write(
            f"e{number % 3}.yaml",
            f"events:\n  - {{id: E-{number}, title: T, date: 2026-10-0{number}, kind: meeting}}\n",
        )
        repo.commit(f"Termin {number}", f"2026-10-0{number}T08:00:00")
    read: list[str] = []
    original = werkplan.load.load_file

    def counting(found):  # type: ignore[no-untyped-def]
        read.append(found.shown.name)
        return original(found)

    monkeypatch.setattr(werkplan.history.snapshot, "load_file", counting)
    log = collect_changes(repo.plan, "HEAD~8", "HEAD")
    assert {c.id for c in log.changes} == {"E-6", "E-7", "E-8"}
    # plan.yaml and m.yaml once for the start, then one changed file per commit.
    assert sorted(read) == sorted(["plan.yaml", "m.yaml"] + [f"e{n % 3}.yaml" for n in range(1, 9)])


def test_plans_put_together_file_by_file_equal_the_whole() -> None:
    files = list(load_plan_dir(EXAMPLE))
    whole, _ = build_plan(files, EXAMPLE)
    # Each file is read with what the plan: section says (the example's priority attribute).
    knowledge = plan_knowledge(files)
    parts = [build_plan([loaded], EXAMPLE, knowledge=knowledge)[0] for loaded in files]
    assert combine(EXAMPLE, parts) == whole
    assert combine(EXAMPLE, parts).indexes == whole.indexes


def _oversize(repo: Repo) -> None:
    filler = "# " + "x" * 78 + "\n"
    repo.write("gross.yaml", filler * (MAX_FILE_BYTES // len(filler) + 10))


def test_an_oversize_file_between_is_skipped_and_at_the_start_named(repo: Repo) -> None:
    _oversize(repo)
    big = repo.commit("zu groß", "2026-10-02T08:00:00")
    (repo.plan / "gross.yaml").unlink()
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("aufgeräumt", "2026-10-03T08:00:00")
    result = cli(["changes", str(repo.plan), "--since", "HEAD~2", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["skipped_commits"] == [repo.git("rev-parse", big).strip()]
    assert [c["id"] for c in data["changes"]] == ["M-1"]
    refused = cli(["changes", str(repo.plan), "--since", big])
    assert refused.exit_code == 2
    assert big in refused.stderr
    assert "gross.yaml" in refused.stderr
    assert "[file-too-large]" in refused.stderr


def _peak_mebibytes(command: list[str], cwd: Path) -> int:
    with subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    ) as process:
        assert process.stderr is not None
        errors = process.stderr.read().decode()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    assert os.waitstatus_to_exitcode(status) in (0, 2), errors
    return usage.ru_maxrss // 1024


@pytest.mark.slow
def test_a_huge_blob_is_never_read(repo: Repo) -> None:
    """A 150 MB file in the plan's history: its size is read, its content is not."""
    huge = repo.plan / "riesig.yaml"
    with huge.open("wb") as out:
        block = b"# " + b"x" * 1021 + b"\n"
        for _ in range(150 * 1024):
            out.write(block)
    repo.commit("riesig", "2026-10-02T08:00:00")
    huge.unlink()
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("weg damit", "2026-10-03T08:00:00")
    werkplan = [sys.executable, "-m", "werkplan", "changes", str(repo.plan)]
    baseline = _peak_mebibytes([*werkplan, "--since", "HEAD~1"], repo.root)
    across = _peak_mebibytes([*werkplan, "--since", "HEAD~2"], repo.root)
    assert across < baseline + 40, (baseline, across)
