"""Write a synthetic plan of N measures in M files, shaped like a real Werkstattplan.

python bench/generate.py OUT_DIR --measures 10000 --files 100
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from pathlib import Path

STATUSES = ["planned", "preparing", "in_progress", "ongoing", "done", "on_hold", "dropped"]
ACTORS = 40
REGIONS = ["nord-ost", "nord-west", "sued-ost", "sued-west"]


def _measure(rng: random.Random, file_no: int, number: int, goal_ids: list[str]) -> str:
    start = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
    due = start + dt.timedelta(days=rng.randrange(30, 400))
    updated = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randrange(0, 170))
    partners = ", ".join(f"akteur-{rng.randrange(ACTORS)}" for _ in range(rng.randrange(0, 4)))
    mid = f"M-{file_no:03d}-{number:04d}"
    dependency = f"\n    depends_on: [M-{file_no:03d}-{number - 1:04d}]" if number % 7 == 3 else ""
    return (
        f"  - id: {mid}\n"
        f"    title: Maßnahme {number} im Handlungsfeld {file_no} – Begegnung vor Ort\n"
        f"    goals: [{rng.choice(goal_ids)}]\n"
        f"    owner: akteur-{rng.randrange(ACTORS)}\n"
        f"    partners: [{partners}]\n"
        f"    regions: [{rng.choice(REGIONS)}]\n"
        f"    start: {start.isoformat()}\n"
        f"    due: {due.isoformat()}\n"
        f"    status: {rng.choice(STATUSES)}\n"
        f"    updated: {updated.isoformat()}\n"
        "    note: >-\n"
        "      Der aktuelle Stand wird in einem Absatz beschrieben: was erreicht ist,\n"
        f"      was als Nächstes ansteht und wer daran mitwirkt.{dependency}\n"
    )


def generate(out: Path, measures: int, files: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    shutil.rmtree(out, ignore_errors=True)
    (out / "felder").mkdir(parents=True)
    actors = "".join(
        f"  - {{id: akteur-{n}, name: Stelle {n}, kind: office}}\n" for n in range(ACTORS)
    )
    regions = "".join(f"  - {{id: {r}, name: Region {r}}}\n" for r in REGIONS)
    (out / "plan.yaml").write_text(
        "plan:\n  title: Synthetischer Plan\n  organisation: Landkreis Beispiel\n"
        "  period: {start: 2025-01-01, end: 2027-12-31}\n"
        f"actors:\n{actors}regions:\n{regions}",
        encoding="utf-8",
    )
    per_file = measures // files
    for file_no in range(files):
        goal_ids = [f"Z-{file_no:03d}-{g}" for g in range(1, 4)]
        goals = "".join(
            f"  - {{id: {g}, field: HF-{file_no:03d}, title: Ziel {g}}}\n" for g in goal_ids
        )
        count = per_file + (1 if file_no < measures % files else 0)
        body = "".join(_measure(rng, file_no, n, goal_ids) for n in range(count))
        (out / "felder" / f"feld-{file_no:03d}.yaml").write_text(
            f"# Handlungsfeld {file_no}\nfields:\n  - id: HF-{file_no:03d}\n"
            f"    title: Handlungsfeld {file_no}\ngoals:\n{goals}measures:\n{body}",
            encoding="utf-8",
        )


def _indicator(rng: random.Random, number: int, goals: int, values: int, inline: bool) -> str:
    """One indicator: baseline, two targets, and its values inline or in a values file."""
    field = number % goals
    start = rng.randrange(5, 50)
    head = (
        f"  - id: K-{number:05d}\n"
        f"    title: Kennzahl {number} – Begegnungsorte mit offenem Angebot\n"
        "    unit: Orte\n"
        "    direction: increase\n"
        f"    goals: [Z-{field:03d}-1]\n"
        f"    regions: [{', '.join(REGIONS)}]\n"
        "    update_every_days: 400\n"
        f"    baseline: {{date: 2015, value: {start}}}\n"
        f"    targets: [{{date: 2030, value: {start + 40}}}, {{date: 2040, value: {start + 80}}}]\n"
    )
    if not inline:
        return head + f"    values_file: kennzahlen/k-{number:05d}.csv\n"
    rows = "".join(
        f"      - {{date: {2016 + n}, value: {start + n * 2 + rng.randrange(0, 3)}}}\n"
        for n in range(values)
    )
    return head + "    values:\n" + rows


def _values_file(rng: random.Random, values: int) -> str:
    start = rng.randrange(5, 50)
    rows = "".join(f"{2016 + n};{start + n * 2 + rng.randrange(0, 3)}\n" for n in range(values))
    return "date;value\n" + rows


def add_indicators(
    out: Path, indicators: int, values: int, goals: int, inline: bool, seed: int = 11
) -> None:
    """Indicators for the goals of a generated plan, in files of 100 indicators each."""
    rng = random.Random(seed)
    (out / "kennzahlen").mkdir(exist_ok=True)
    for first in range(0, indicators, 100):
        numbers = range(first, min(first + 100, indicators))
        body = "".join(_indicator(rng, n, goals, values, inline) for n in numbers)
        (out / "kennzahlen" / f"kennzahlen-{first // 100:03d}.yaml").write_text(
            f"indicators:\n{body}", encoding="utf-8"
        )
        if not inline:
            for number in numbers:
                path = out / "kennzahlen" / "kennzahlen" / f"k-{number:05d}.csv"
                path.parent.mkdir(exist_ok=True)
                path.write_text(_values_file(rng, values), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--measures", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--indicators", type=int, default=0)
    parser.add_argument("--values", type=int, default=20, help="values per indicator")
    parser.add_argument(
        "--values-files", action="store_true", help="values in CSV files, not inline YAML"
    )
    args = parser.parse_args()
    generate(args.out, args.measures, args.files)
    if args.indicators:
        add_indicators(args.out, args.indicators, args.values, args.files, not args.values_files)


if __name__ == "__main__":
    main()
