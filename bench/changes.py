"""Time and peak memory of `werkplan changes` over a long history.

    python bench/changes.py [--commits 1000] [--big-commits 20] [--repeat 3]

Builds two repositories under bench/out/ with `git fast-import`: the example plan with
``--commits`` commits (each changes one measure), and a synthetic plan of about 5 MiB with
``--big-commits`` commits. Then runs `werkplan changes` from the first commit to the last in a
new process and reports wall time and the peak resident memory of that process (from
``os.wait4``, the same figure as ``resource.getrusage``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from generate import generate

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
_UPDATED = re.compile(rb"updated: \d{4}-\d{2}-\d{2}")


def _werkplan() -> list[str]:
    installed = shutil.which("werkplan")
    return [installed] if installed else [sys.executable, "-m", "werkplan"]


def _plan_files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*.yaml"))
    }


def build_repository(target: Path, plan: Path, commits: int) -> None:
    """A repository with the plan under plans/, then ``commits`` commits that each change the
    review date of one measure (a different one each time), all written by fast-import."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    subprocess.run(["git", "init", "-q", "-b", "main", str(target)], check=True)
    files = _plan_files(plan)
    with_measures = [name for name, data in files.items() if _UPDATED.search(data)]
    stream = bytearray()
    for number in range(commits + 1):
        changed = files if number == 0 else _change(files, with_measures, number)
        message = f"Stand {number}".encode()
        stamp = 1_780_000_000 + number * 3600
        stream += b"commit refs/heads/main\n"
        stream += f"committer Bench <bench@example.org> {stamp} +0100\n".encode()
        stream += b"data %d\n%s\n" % (len(message), message)
        for name, data in changed.items():
            stream += b"M 100644 inline plans/%s\ndata %d\n%s\n" % (name.encode(), len(data), data)
    subprocess.run(["git", "fast-import", "--quiet"], cwd=target, input=bytes(stream), check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=target, check=True)


def _change(files: dict[str, bytes], names: list[str], number: int) -> dict[str, bytes]:
    name = names[number % len(names)]
    day = f"2026-{1 + number % 12:02d}-{1 + number % 28:02d}".encode()
    occurrence = number // len(names)
    matches = list(_UPDATED.finditer(files[name]))
    match = matches[occurrence % len(matches)]
    data = files[name][: match.start()] + b"updated: " + day + files[name][match.end() :]
    files[name] = data
    return {name: data}


def measure(repository: Path, repeat: int) -> tuple[list[float], list[int]]:
    first = subprocess.run(
        ["git", "rev-list", "--max-parents=0", "HEAD"],
        cwd=repository,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[0]
    command = [*_werkplan(), "changes", "plans", "--since", first, "--until", "HEAD", "-f", "json"]
    times, peaks = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=repository, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        _, status, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - started)
        if os.waitstatus_to_exitcode(status) != 0:
            assert process.stderr is not None
            sys.exit(f"{command} failed: {process.stderr.read().decode()[:500]}")
        peaks.append(usage.ru_maxrss // 1024)  # KiB on Linux
    return times, peaks


def _row(name: str, times: list[float], peaks: list[int]) -> str:
    return f"| {name} | {statistics.median(times):.2f} s | {max(peaks)} MiB |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--commits", type=int, default=1000)
    parser.add_argument("--big-commits", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = ["| what | median time | peak memory |", "| --- | --- | --- |"]
    example = HERE / "out" / "changes-example"
    build_repository(example, REPO / "plans", args.commits)
    times, peaks = measure(example, args.repeat)
    rows.append(_row(f"changes, example plan, {args.commits} commits", times, peaks))
    if args.big_commits:
        synthetic = HERE / "out" / "plan-5mib"
        generate(synthetic, measures=12_000, files=100)
        size = sum(len(data) for data in _plan_files(synthetic).values()) / 1024 / 1024
        big = HERE / "out" / "changes-5mib"
        build_repository(big, synthetic, args.big_commits)
        times, peaks = measure(big, args.repeat)
        name = f"changes, {size:.1f} MiB plan, {args.big_commits} commits"
        rows.append(_row(name, times, peaks))
    print("\n".join(rows))


if __name__ == "__main__":
    main()
