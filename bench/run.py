"""Time `werkplan check` and `werkplan report` cold (a new process each run) against the targets.

    python bench/run.py [--repeat 5] [--only indicators] [--werkplan "python -m werkplan"]

Each case runs in a new process ``--repeat`` times; the table shows the median wall time, the
median CPU time of that process (user + system, less disturbed by other work on a shared
machine than wall time) and the highest peak resident memory (from ``os.wait4``, as in
``bench/changes.py``). Reports also show the size of what they wrote.

The plans, written to bench/out/ by ``generate.py``:

- 10,000 measures in 100 files (the plan of the original targets);
- the same plus 200 indicators with 50 values each, inline in YAML;
- the same plus 2,000 indicators with 20 values each, inline in YAML;
- the same plus 2,000 indicators with 20 values each, in 2,000 CSV values files;
- the example plan in plans/.

Targets: `check` on 10,000 measures in 100 files under 3 s and at least 4x faster than
`yamllint -d relaxed` on the same files, the example plan under 0.5 s; the HTML report of
the 10,000 measures under 5 s, the example plan's under 1 s; 2,000 indicators with 20 values
each add at most 15 % to the check of the 10,000 measures (issue 15).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generate import add_indicators, generate

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "out"
TODAY = "2026-11-25"


@dataclass(frozen=True)
class Plan:
    """A plan to measure: its folder and how to write it."""

    name: str
    folder: Path
    write: Callable[[Path], None] | None  # None: an existing plan (the example)


@dataclass(frozen=True)
class Run:
    """The measurements of one command: one entry per repetition."""

    seconds: list[float]
    cpu: list[float]
    peak_kib: list[int]
    output_bytes: int | None

    def row(self, name: str, target: str) -> str:
        size = "" if self.output_bytes is None else f"{self.output_bytes / 1e6:.1f} MB"
        return (
            f"| {name} | {statistics.median(self.seconds):.2f} s | "
            f"{statistics.median(self.cpu):.2f} s | {max(self.peak_kib) // 1024} MiB | "
            f"{size} | {target} |"
        )


def _with_indicators(indicators: int, values: int, inline: bool) -> Callable[[Path], None]:
    def write(folder: Path) -> None:
        generate(folder, measures=10_000, files=100)
        add_indicators(folder, indicators, values, goals=100, inline=inline)

    return write


PLANS = [
    Plan("10,000 measures", OUT / "plan-10000", lambda f: generate(f, 10_000, 100)),
    Plan(
        "10,000 measures + 200 indicators x 50 values",
        OUT / "plan-10000-i200x50",
        _with_indicators(200, 50, inline=True),
    ),
    Plan(
        "10,000 measures + 2,000 indicators x 20 values",
        OUT / "plan-10000-i2000x20",
        _with_indicators(2000, 20, inline=True),
    ),
    Plan(
        "10,000 measures + 2,000 indicators x 20 values in CSV files",
        OUT / "plan-10000-i2000x20-csv",
        _with_indicators(2000, 20, inline=False),
    ),
    Plan("example plan", REPO / "plans", None),
]

TARGETS = {
    ("check", "10,000 measures"): "< 3 s",
    ("check", "example plan"): "< 0.5 s",
    ("report html", "10,000 measures"): "< 5 s",
    ("report html", "example plan"): "< 1 s",
}


def _werkplan(given: str | None) -> list[str]:
    if given:
        return shlex.split(given)
    installed = shutil.which("werkplan")
    return [installed] if installed else [sys.executable, "-m", "werkplan"]


def measure(command: list[str], repeat: int, output: Path | None = None) -> Run:
    """Run ``command`` ``repeat`` times in a new process; exit codes 0 and 1 count as done."""
    seconds, cpu, peaks = [], [], []
    for _ in range(repeat):
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        seconds.append(time.perf_counter() - started)
        assert process.stderr is not None
        errors = process.stderr.read().decode(errors="replace")
        process.stderr.close()
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            sys.exit(f"{shlex.join(command)} failed: {errors[:500]}")
        cpu.append(usage.ru_utime + usage.ru_stime)
        peaks.append(usage.ru_maxrss)  # KiB on Linux
    size = output.stat().st_size if output is not None else None
    return Run(seconds, cpu, peaks, size)


def _commands(werkplan: list[str], plan: Plan) -> dict[str, tuple[list[str], Path | None]]:
    html = OUT / f"report-{plan.folder.name}.html"
    markdown = OUT / f"report-{plan.folder.name}.md"
    folder = str(plan.folder)
    return {
        "check": ([*werkplan, "check", folder, "--today", TODAY], None),
        "report html": ([*werkplan, "report", folder, "--today", TODAY, "-o", str(html)], html),
        "report md": (
            [*werkplan, "report", folder, "--today", TODAY, "-o", str(markdown)],
            markdown,
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", help="measure only the plans whose name contains this text")
    parser.add_argument("--werkplan", help="command that runs werkplan, e.g. 'python -m werkplan'")
    args = parser.parse_args()
    werkplan = _werkplan(args.werkplan)
    plans = [p for p in PLANS if not args.only or args.only in p.name]
    rows = [
        f"load average before: {', '.join(f'{n:.2f}' for n in os.getloadavg())}",
        "",
        "| what | median wall | median CPU | peak memory | output | target |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    checks: dict[str, Run] = {}
    for plan in plans:
        if plan.write is not None:
            plan.write(plan.folder)
        size = sum(p.stat().st_size for p in plan.folder.rglob("*") if p.is_file()) / 1e6
        for what, (command, output) in _commands(werkplan, plan).items():
            done = measure(command, args.repeat, output)
            if what == "check":
                checks[plan.name] = done
            name = f"{what}, {plan.name} ({size:.1f} MB)"
            rows.append(done.row(name, TARGETS.get((what, plan.name), "")))
            print(rows[-1], file=sys.stderr, flush=True)
    rows.extend(_comparisons(checks, args.repeat))
    rows.append("")
    rows.append(f"load average after: {', '.join(f'{n:.2f}' for n in os.getloadavg())}")
    print("\n".join(rows))


def _comparisons(checks: dict[str, Run], repeat: int) -> list[str]:
    rows: list[str] = []
    plain = checks.get("10,000 measures")
    if plain is None:
        return rows
    base = statistics.median(plain.cpu)
    for name, run in checks.items():
        if "indicators" in name:
            extra = statistics.median(run.cpu) / base - 1
            target = "<= 15 %" if "2,000 indicators x 20 values" in name else ""
            rows.append(
                f"| check time added by indicators: {name} | | {extra:+.0%} (CPU) | | | {target} |"
            )
    yamllint = shutil.which("yamllint") or shutil.which(
        "yamllint", path=str(Path(sys.executable).parent)
    )
    if yamllint:
        lint = measure([yamllint, "-d", "relaxed", str(PLANS[0].folder)], repeat)
        rows.append(lint.row("yamllint -d relaxed, 10,000 measures", "reference"))
        ratio = statistics.median(lint.seconds) / statistics.median(plain.seconds)
        rows.append(
            f"| werkplan check faster than yamllint (median wall) | {ratio:.1f}x | | | | >= 4x |"
        )
    else:
        rows.append("| yamllint | not installed (pip install '.[bench]') | | | | |")
    return rows


if __name__ == "__main__":
    main()
