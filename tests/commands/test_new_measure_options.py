"""`werkplan new measure` with sub-measures, kinds, time frames, horizons and statuses, and
`new actor` with the newer kinds: what is written, where, and what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PlanWriter, run_check
from helpers import cli
from matrix import representative
from rich_plan import TODAY, write_rich_plan

from werkplan.i18n import text
from werkplan.schema import ACTOR_KINDS


@pytest.fixture
def plan(write_plan: PlanWriter) -> Path:
    return write_rich_plan(write_plan)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))}


def new(plan: Path, *args: str) -> str:
    """Add an entry; return what the file it went into gained."""
    before = snapshot(plan)
    result = cli(["new", *args, str(plan), *TODAY], env={"WERKPLAN_LANG": "de"})
    assert result.exit_code == 0, result.output
    after = snapshot(plan)
    (changed,) = [name for name in after if after[name] != before.get(name)]
    added = after[changed].decode()[len(before[changed].decode()) :]
    assert run_check(plan).errors == 0
    return f"{changed}\n{added}"


def refused(plan: Path, *args: str) -> str:
    before = snapshot(plan)
    result = cli(["new", *args, str(plan), *TODAY], env={"WERKPLAN_LANG": "de"})
    assert result.exit_code == 2, result.output
    assert snapshot(plan) == before
    return " ".join(result.stderr.split())


def test_a_small_project_under_its_parent(plan: Path) -> None:
    added = new(
        plan, "measure", "--parent", "M-BEG-01", "--title", "Sitzbank", "--kind", "Kleinprojekt"
    )
    assert added == (
        "massnahmen/begegnung.yaml\n"
        "  - id: M-BEG-04\n"
        "    title: Sitzbank\n"
        "    parent: M-BEG-01\n"
        "    kind: project\n"
        "    status: planned\n"
        "    updated: 2026-11-25\n"
    )
    project = next(m for m in run_check(plan).plan.measures if m.id == "M-BEG-04")
    assert run_check(plan).plan.goals_of(project) == ("Z-BEG-1",)


def test_a_sub_measure_with_its_own_goal_and_field_goes_to_its_parents_file(plan: Path) -> None:
    added = new(plan, "measure", "--parent", "M-BEG-02", "--goal", "Z-MOB-1", "--title", "Shuttle")
    assert added.startswith("massnahmen/begegnung.yaml\n  - id: M-MOB-04\n")
    assert "    goals: [Z-MOB-1]\n    parent: M-BEG-02\n" in added
    other_field = new(plan, "measure", "--parent", "M-BEG-01", "--field", "HF-MOB", "--title", "B")
    assert "    field: HF-MOB\n    parent: M-BEG-01\n" in other_field
    same_field = new(plan, "measure", "--parent", "M-BEG-01", "--field", "HF-BEG", "--title", "C")
    assert "field:" not in same_field  # it belongs there through its parent


@pytest.mark.parametrize(
    ("written", "stored"),
    representative(
        every=3,
        cases=[
            ("4. Quartal 2026", "2026-Q4"),
            ("2026-Q4", "2026-Q4"),
            ("Q4/2026", "2026-Q4"),
            ("2. Halbjahr 2027", "2027-H2"),
            ("Juni 2027", "2027-06"),
            ("06/2027", "2027-06"),
            ("2027", "2027"),
            ("Ende 2027", "2027"),
            ("31.12.2026", "2026-12-31"),
            ("2026-12-31", "2026-12-31"),
        ],
    ),
)
def test_time_frames_are_written_in_canonical_form(plan: Path, written: str, stored: str) -> None:
    added = new(plan, "measure", "--field", "HF-MOB", "--title", "Neu", "--due", written)
    assert f"    due: {stored}\n" in added
    started = new(plan, "measure", "--goal", "Z-MOB-1", "--title", "Neu", "--start", written)
    assert f"    start: {stored}\n" in started


@pytest.mark.parametrize(
    ("written", "says"),
    [
        ("irgendwann", "ist kein Zeitraum für --due"),
        ("31.12.26", "2026-12-31"),  # a misspelt day: the day it probably means
        ("20261231", "2026-12-31"),
        ("2026-Q5", "ist kein Zeitraum für --due"),
        ("06/30/2026", "ist kein Zeitraum für --due"),  # never guessed as a US date
    ],
)
def test_what_is_no_time_frame_is_refused(plan: Path, written: str, says: str) -> None:
    message = refused(plan, "measure", "--field", "HF-MOB", "--title", "Neu", "--due", written)
    assert says in message


def test_horizon_status_and_joint_lead(plan: Path) -> None:
    added = new(
        plan,
        "measure",
        "--goal",
        "Z-MOB-1",
        "--title",
        "Haltestellen",
        "--owner",
        "amt",
        "--owner",
        "beirat",
        "--horizon",
        "mittel",
        "--status",
        "Vorgeschlagen",
    )
    assert added == (
        "massnahmen/mobilitaet.yaml\n"
        "  - id: M-MOB-04\n"
        "    title: Haltestellen\n"
        "    goals: [Z-MOB-1]\n"
        "    owner: [amt, beirat]\n"
        "    horizon: mittel\n"
        "    status: proposed\n"
        "    updated: 2026-11-25\n"
    )


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--title", "X"], "Nennen Sie --field (Handlungsfeld), --goal (Ziel) oder --parent"),
        (["--title", "X", "--parent", "M-BEG-1"], "Meinten Sie `M-BEG-01`?"),
        (["--title", "X", "--field", "HF-MOB", "--horizon", "lang"], "--horizon lang"),
        (["--title", "X", "--field", "HF-MOB", "--kind", "Vorhaben"], "project (Kleinprojekt)"),
        (
            ["--title", "X", "--field", "HF-MOB", "--status", "irgendwie"],
            "proposed (Vorgeschlagen)",
        ),
        (["--title", "X", "--field", "HF-MOB", "--owner", "amt", "--owner", "nix"], "nix"),
        (["--title", "X", "--field", "HF-BEG", "--goal", "Z-MOB-1"], "Handlungsfeld HF-MOB"),
    ],
)
def test_usage_errors_write_nothing(plan: Path, args: list[str], says: str) -> None:
    assert says in refused(plan, "measure", *args)


def test_a_new_id_is_never_one_another_field_uses(write_plan: PlanWriter) -> None:
    """Where fields share an id scheme (M-1, M-2 …), the next id of one field may be taken."""
    plan = write_plan(
        {
            "m.yaml": """\
            measures:
              - {id: M-1, title: Eins, goals: [Z-1], owner: amt, status: planned}
              - {id: M-2, title: Zwei, field: HF-2, owner: amt, status: planned}
            """,
            "f.yaml": "fields:\n  - {id: HF-2, title: Mobilität}\n",
        }
    )
    added = new(plan, "measure", "--field", "HF-1", "--title", "Drei")
    assert "  - id: M-3\n" in added


@pytest.mark.parametrize(
    ("kind", "stored"),
    [
        ("politics", "politics"),
        ("Politik", "politics"),
        ("citizens", "citizens"),
        ("group", "group"),
    ],
)
def test_actors_of_the_newer_kinds(plan: Path, kind: str, stored: str) -> None:
    result = cli(["new", "actor", str(plan), "--name", "Fraktionen", "--kind", kind])
    assert result.exit_code == 0, result.output
    checked = run_check(plan)
    assert checked.errors == 0
    assert checked.plan.lookup("actors", "fraktionen").kind == stored


def test_an_unknown_actor_kind_names_all_kinds(plan: Path) -> None:
    message = refused(plan, "actor", "--name", "X", "--kind", "partei")
    assert all(kind in message for kind in ACTOR_KINDS)


def test_the_help_names_every_actor_kind() -> None:
    for lang in ("de", "en"):
        assert all(kind in text("help.new_kind", lang) for kind in ACTOR_KINDS)
