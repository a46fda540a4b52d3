"""`werkplan list` and `werkplan show` on the example plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLE_PLAN
from helpers import cli

from werkplan import i18n
from werkplan.cli.show import link_text
from werkplan.model import ENTITY_TYPES
from werkplan.query import IncomingLinks
from werkplan.schema import SECTION_BY_KEY

TODAY = ["--today", "2026-11-25"]


def ids(*args: str) -> list[str]:
    result = cli(["list", str(EXAMPLE_PLAN), *TODAY, "-f", "json", *args])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["version"] == 1
    return [m["id"] for m in document["measures"]]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--overdue", "--sort", "due"],
            ["M-BEG-06", "M-JUG-04", "M-TEI-05", "M-MOB-04", "M-ALT-03"],
        ),
        (["--unowned"], ["M-BEG-09", "M-MOB-09"]),
        (["--stale"], ["M-BEG-06", "M-JUG-04", "M-MOB-08"]),
        (["--due-within", "42", "--sort", "due"], ["M-JUG-06", "M-TEI-08", "M-BEG-04", "M-ALT-05"]),
        (["--status", "on_hold"], ["M-BEG-06", "M-TEI-07"]),
        (["--status", "on_hold", "--status", "dropped"], ["M-BEG-06", "M-MOB-03", "M-TEI-07"]),
        (["--field", "HF-JUG", "--overdue"], ["M-JUG-04"]),
        (["--goal", "Z-BEG-2", "--status", "done"], ["KP-2024-02", "M-BEG-05"]),
        (["--owner", "kvhs", "--region", "sued-west"], ["M-ALT-03", "M-ALT-05"]),
        (["--owner", "kvhs", "--region", "sued-ost"], ["M-ALT-03"]),
        (["--due-before", "2025-04-01"], ["M-MOB-01"]),
    ],
)
def test_filters_combine(args: list[str], expected: list[str]) -> None:
    assert ids(*args) == expected


def test_json_rows_carry_findings_and_place() -> None:
    result = cli(["list", str(EXAMPLE_PLAN), *TODAY, "-f", "json", "--overdue"])
    row = json.loads(result.stdout)["measures"][0]
    assert row["overdue_days"] > 0
    assert row["path"].endswith(".yaml")
    assert row["line"] > 1
    assert row["status_label"]


def test_table_fits_80_columns_and_marks_overdue_beyond_colour() -> None:
    result = cli(["list", str(EXAMPLE_PLAN), *TODAY, "--color", "never"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    overdue = [line for line in lines if "M-BEG-06" in line]
    assert "⚠" in overdue[0]
    assert "⚠" not in next(line for line in lines if "M-BEG-01" in line)
    assert "Zurückgestellt" in overdue[0]
    # A horizon's deadline gives way to its year before a status is cut; wide, it is whole.
    assert "  bis 2027  " in next(line for line in lines if "M-BEG-09" in line)
    wide = cli(["list", str(EXAMPLE_PLAN), *TODAY, "--color", "never"], env={"COLUMNS": "200"})
    assert "mittelfristig (bis 2027)" in next(
        line for line in wide.stdout.splitlines() if "M-BEG-09" in line
    )


def test_csv_list() -> None:
    result = cli(["list", str(EXAMPLE_PLAN), *TODAY, "-f", "csv", "--unowned"])
    assert result.stdout_bytes.startswith("\ufeff".encode())
    assert len(result.stdout.strip().splitlines()) == 3


def test_bad_date_is_a_usage_error() -> None:
    result = cli(["list", str(EXAMPLE_PLAN), "--due-before", "2026-W53"])
    assert result.exit_code == 2


def show(*args: str) -> str:
    result = cli(["show", *args, str(EXAMPLE_PLAN), *TODAY])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_show_measure_with_both_directions() -> None:
    text = show("M-BEG-06")
    assert "handlungsfelder/begegnung.yaml:" in text
    assert "status: on_hold (Zurückgestellt)" in text
    assert "Darauf bauen auf: M-BEG-07" in text
    assert "⚠" in text


def test_show_goal_actor_and_event() -> None:
    assert "Maßnahmen zu diesem Ziel: M-BEG-01, M-BEG-02, M-BEG-03" in show("Z-BEG-1")
    actor = show("kreisjugendring")
    assert "Verantwortet: M-JUG-01" in actor
    assert "Teilgenommen an:" in actor
    event = show("E-2022-KICKOFF")
    assert "participants:" in event


def test_unknown_id_suggests() -> None:
    result = cli(["show", "M-BEG-6", str(EXAMPLE_PLAN)])
    assert result.exit_code == 2
    assert "M-BEG-06" in result.stderr


def test_every_reference_has_a_name_where_show_lists_who_points_here() -> None:
    """A sub-measure, an indicator or a supporter points at an entry: `show` names each kind
    of incoming link from the catalogue (an unnamed one would end the command)."""
    for section in ENTITY_TYPES:
        for spec in SECTION_BY_KEY[section].fields:
            if spec.ref in ENTITY_TYPES:
                key = link_text(IncomingLinks(section, spec.name, ("X-1",)))
                assert i18n.has_text(key), (section, spec.name)


def test_show_and_list_use_the_plans_own_status_label(plans: Path) -> None:
    measures = plans / "handlungsfelder" / "begegnung.yaml"
    text = measures.read_text(encoding="utf-8")
    measures.write_text(
        text.replace("  - id: M-BEG-02\n", "  - id: M-BEG-02\n    parent: M-BEG-06\n", 1),
        encoding="utf-8",
    )
    plan_file = plans / "plan.yaml"
    plan_file.write_text(
        plan_file.read_text(encoding="utf-8").replace(
            "\nplan:\n", "\nplan:\n  labels: {status: {on_hold: Ruht bis 2026}}\n", 1
        ),
        encoding="utf-8",
    )
    result = cli(["show", "M-BEG-06", str(plans), *TODAY])
    assert result.exit_code == 0, result.output
    assert "Teilmaßnahmen: M-BEG-02" in result.stdout
    assert "status: on_hold (Ruht bis 2026)" in result.stdout
    listed = cli(["list", str(plans), *TODAY, "-f", "json"])
    rows = {row["id"]: row for row in json.loads(listed.stdout)["measures"]}
    assert rows["M-BEG-06"]["status_label"] == "Ruht bis 2026"
