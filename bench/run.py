"""Time `werkplan check` cold (a new process each run) against the targets, and yamllint.

    python bench/run.py [--repeat 5]

Targets: `check` on 10,000 measures in 100 files under 3 s and at least 4x faster than
`yamllint -d relaxed` on the same files, the example plan under 0.5 s; the HTML report of
the 10,000 measures under 5 s, the example plan's under 1 s.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from generate import generate

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def _werkplan() -> list[str]:
    installed = shutil.which("werkplan")
    return [installed] if installed else [sys.executable, "-m", "werkplan"]


def _time(command: list[str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
        if done.returncode not in (0, 1):
            sys.exit(f"{command} failed with {done.returncode}: {done.stderr.decode()[:500]}")
    return times


def _row(name: str, times: list[float], target: str) -> str:
    return f"| {name} | {min(times):.2f} s | {statistics.median(times):.2f} s | {target} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    synthetic = HERE / "out" / "plan-10000"
    generate(synthetic, measures=10_000, files=100)
    size = sum(p.stat().st_size for p in synthetic.rglob("*.yaml")) / 1e6
    werkplan = _werkplan()
    rows = ["| what | best | median | target |", "| --- | --- | --- | --- |"]
    big = _time([*werkplan, "check", str(synthetic), "--today", "2026-11-25"], args.repeat)
    rows.append(_row(f"check, 10,000 measures in 100 files ({size:.1f} MB)", big, "< 3 s"))
    example = _time([*werkplan, "check", str(REPO / "plans"), "--today", "2026-11-25"], args.repeat)
    rows.append(_row("check, example plan", example, "< 0.5 s"))
    out = HERE / "out" / "bericht.html"
    options = ["--today", "2026-11-25", "-o", str(out)]
    big_report = _time([*werkplan, "report", str(synthetic), *options], args.repeat)
    rows.append(_row("report -f html, 10,000 measures", big_report, "< 5 s"))
    example_report = _time([*werkplan, "report", str(REPO / "plans"), *options], args.repeat)
    rows.append(_row("report -f html, example plan", example_report, "< 1 s"))
    yamllint = shutil.which("yamllint")
    if yamllint:
        lint = _time([yamllint, "-d", "relaxed", str(synthetic)], args.repeat)
        rows.append(_row("yamllint -d relaxed, same 100 files", lint, "reference"))
        ratio = statistics.median(lint) / statistics.median(big)
        rows.append(f"| werkplan faster than yamllint (median) | {ratio:.1f}x | | >= 4x |")
    else:
        rows.append("| yamllint | not installed (pip install '.[bench]') | | |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
