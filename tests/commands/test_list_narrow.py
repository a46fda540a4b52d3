"""At 80 columns `list --sort costs` never cuts the id or the sort column: only title, owner,
deadline and status give way, their headers too when needed (cli.list_table.fit)."""

from __future__ import annotations

from conftest import PlanWriter
from helpers import cli

ACTORS = """\
actors:
  - {id: sozialplanung-kreisverwaltung, name: Sozialplanung, kind: office}
"""
MEASURE = """\
  - id: KP-2024-{n:03d}
    title: Dorftreffs in allen Planungsregionen einrichten und betreiben
    goals: [Z-1]
    owner: sozialplanung-kreisverwaltung
    horizon: mittel
    status: preparing
    updated: 2026-11-01
    costs: {{total: {total}}}
"""
HORIZONS = """\
  horizons:
    - {id: mittel, label: mittelfristig, end: 2028}
"""


def narrow_table(write_plan: PlanWriter, *args: str) -> list[str]:
    from conftest import MINIMAL_PLAN

    measures = "".join(MEASURE.format(n=n, total=t) for n, t in ((101, 12345678), (102, 5000)))
    plan = write_plan(
        {
            "plan.yaml": MINIMAL_PLAN.replace("  period:", HORIZONS + "  period:"),
            "akteure.yaml": ACTORS,
            "m.yaml": "measures:\n" + measures,
        }
    )
    result = cli(
        ["list", str(plan), "--today", "2026-11-25", "--color", "never", *args],
        env={"COLUMNS": "80", "WERKPLAN_LANG": "de"},
    )
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_id_and_costs_stay_whole_at_80_columns(write_plan: PlanWriter) -> None:
    lines = narrow_table(write_plan, "--sort", "costs")
    assert all(len(line) <= 80 for line in lines), "\n".join(lines)
    assert lines[0].split()[0] == "ID"
    assert lines[0].endswith("Kosten")
    assert lines[1].startswith("KP-2024-101 ")
    assert lines[1].endswith("12.345.678 €")
    assert lines[2].startswith("KP-2024-102 ")
    assert lines[2].endswith("5.000 €")


def test_without_a_sort_column_nothing_is_squeezed_that_fits(write_plan: PlanWriter) -> None:
    lines = narrow_table(write_plan)
    assert lines[0].split()[:2] == ["ID", "Maßnahme"]
    assert "Verantwortlich" in lines[0]  # room enough: the header stays whole
    assert lines[1].startswith("KP-2024-101 ")
