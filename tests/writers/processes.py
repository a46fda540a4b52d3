"""Real werkplan processes for the writer tests: started, held at a chosen moment, signalled.

``held_werkplan`` runs the program through its real entry point (werkplan.entry) with one
change: the first ``os.fsync`` (or the first rename of a plan file) waits until the test says
go. At that moment the temporary file is written and the plan lock is held, so a test can
start a second writer, or send a signal, exactly then.
"""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from helpers import cli

from werkplan.writers.atomic import TEMP_MARK

TODAY = ["--today", "2026-11-25"]
ENV = {**os.environ, "WERKPLAN_LANG": "de", "NO_COLOR": "1"}

_HOLD = """
import os, pathlib, sys, time
held = pathlib.Path(sys.argv[1])
go = pathlib.Path(sys.argv[2])
moment = sys.argv[3]


def wait_for_go():
    if not held.exists():
        held.touch()
        deadline = time.monotonic() + 60
        while not go.exists() and time.monotonic() < deadline:
            time.sleep(0.01)


real_fsync = os.fsync
real_replace = pathlib.Path.replace


def fsync(handle):
    wait_for_go()
    real_fsync(handle)


def replace(self, target):
    if str(target).endswith(".yaml"):
        wait_for_go()
    return real_replace(self, target)


if moment == "fsync":
    os.fsync = fsync
else:
    pathlib.Path.replace = replace
sys.argv = ["werkplan", *sys.argv[4:]]
from werkplan.entry import main
main()
"""


def werkplan(
    *args: str, cwd: Path | None = None, stdout: IO[str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The program in its own process, through its entry point (werkplan.entry)."""
    command = [sys.executable, "-m", "werkplan", *args]
    return subprocess.run(
        command,
        stdout=stdout or subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        cwd=cwd,
        check=False,
        timeout=120,
    )


@dataclass
class Held:
    process: subprocess.Popen[str]
    held: Path
    go: Path

    def wait_until_held(self) -> None:
        wait_for(lambda: self.held.exists() or self.process.poll() is not None)
        assert self.held.exists(), self.finish()

    def release(self) -> None:
        self.go.touch()

    def finish(self) -> tuple[int, str, str]:
        out, err = self.process.communicate(timeout=120)
        return self.process.returncode, out, err


@contextmanager
def held_werkplan(tmp_path: Path, *args: str, at: str = "fsync") -> Iterator[Held]:
    """werkplan ARGS, held at its first fsync (the temporary file is written, the plan lock
    held) or, with ``at="rename"``, at its first rename of a plan file into place."""
    held, go = tmp_path / "held.marker", tmp_path / "go.marker"
    for marker in (held, go):
        marker.unlink(missing_ok=True)
    command = [sys.executable, "-c", _HOLD, str(held), str(go), at, *args]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV
    )
    try:
        yield Held(process, held, go)
    finally:
        go.touch()
        if process.poll() is None:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.005)


def handlers_installed(pid: int) -> bool:
    """werkplan's own handlers are in place: SIGTERM is caught (Python leaves it alone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)))


def temporary_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if TEMP_MARK in p.name)


def status_sheet(plans: Path, target: Path, statuses: dict[str, str]) -> Path:
    """The plan's CSV export with some statuses changed, as a colleague sends it back."""
    exported = cli(["export", str(plans), *TODAY, "-f", "csv"]).stdout_bytes
    rows = list(csv.reader(io.StringIO(exported.decode("utf-8-sig")), delimiter=";"))
    column = rows[0].index("Status")
    for row in rows[1:]:
        if row[0] in statuses:
            row[column] = statuses[row[0]]
    with target.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)
    return target
