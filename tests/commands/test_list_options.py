"""`werkplan list` on a plan with sub-measures, assessments, attributes, costs and
indicators: every filter and sort, the table and the JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import PlanWriter
from helpers import cli
from rich_plan import TODAY, write_rich_plan


@pytest.fixture
def plan(write_plan: PlanWriter) -> Path:
    return write_rich_plan(write_plan)


def listed(plan: Path, *args: str) -> dict[str, Any]:
    result = cli(["list", str(plan), *TODAY, "-f", "json", *args])
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def ids(plan: Path, *args: str) -> list[str]:
    return [row["id"] for row in listed(plan, *args)["measures"]]


def refused(plan: Path, *args: str) -> str:
    result = cli(["list", str(plan), *TODAY, *args], env={"WERKPLAN_LANG": "de"})
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    return " ".join(result.stderr.split())


def table(plan: Path, *args: str, columns: int = 100) -> str:
    result = cli(
        ["list", str(plan), *TODAY, "--color", "never", *args],
        env={"COLUMNS": str(columns)},
    )
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--parent", "M-BEG-01"], ["M-BEG-02"]),
        (["--parent", "M-BEG-01", "--descendants"], ["M-BEG-02", "M-BEG-03"]),
        (["--parent", "M-BEG-02"], ["M-BEG-03"]),
        (["--kind", "project"], ["M-BEG-02"]),
        (["--kind", "Kleinprojekt"], ["M-BEG-02"]),
        (["--kind", "measure", "--parent", "M-BEG-01", "--descendants"], ["M-BEG-03"]),
        (["--assessment", "at_risk"], ["M-BEG-01"]),
        (["--assessment", "Gefährdet", "--assessment", "kritisch"], ["M-BEG-01", "M-MOB-01"]),
        (["--assessment", "off_track", "--overdue"], ["M-MOB-01"]),
        # A sub-measure without goals belongs to its parent's goal.
        (["--goal", "Z-BEG-1"], ["M-BEG-01", "M-BEG-02", "M-BEG-03"]),
        (["--status", "Vorgeschlagen"], ["M-MOB-03"]),
    ],
)
def test_filters(plan: Path, args: list[str], expected: list[str]) -> None:
    assert ids(plan, *args) == expected


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        (["prioritaet=3"], ["M-BEG-01"]),
        (["prioritaet=hoch"], ["M-BEG-01"]),  # a choice by its label
        (["prioritaet>=mittel"], ["M-BEG-01", "M-BEG-03"]),  # ordered choices by rank
        (["prioritaet<2"], ["M-BEG-02"]),
        (["prioritaet!=1"], ["M-BEG-01", "M-BEG-03"]),  # without a value: never matches
        (["co2_t>=1000"], ["M-BEG-01"]),
        (["co2_t < 100"], ["M-BEG-03"]),
        (["co2_t>-5"], ["M-BEG-01", "M-BEG-03"]),  # a filter may go beyond the allowed range
        (["zielgruppe=Alt"], ["M-BEG-01"]),
        (["zielgruppe!=jung"], ["M-BEG-01"]),
        (["prioritaet>=2", "co2_t<=100"], ["M-BEG-03"]),  # repeated: all must hold
        (["weich=ja"], ["M-MOB-01"]),
        (["weich!=yes"], ["M-BEG-01"]),
        (["beschluss>=01.01.2025"], ["M-BEG-01"]),  # a date also German
        (["beschluss<2025-01-01"], ["M-MOB-01"]),
    ],
)
def test_where(plan: Path, conditions: list[str], expected: list[str]) -> None:
    args = [part for condition in conditions for part in ("--where", condition)]
    assert ids(plan, *args) == expected


@pytest.mark.parametrize(
    ("condition", "says"),
    [
        ("prioritat=3", "Ein Merkmal `prioritat` legt der Plan"),
        ("prioritat=3", "Meinten Sie `prioritaet`?"),
        ("prioritaet", "Schreiben Sie eine Bedingung wie"),
        ("=3", "Schreiben Sie eine Bedingung wie"),
        ("prioritaet=", "Schreiben Sie eine Bedingung wie"),
        ("zielgruppe>jung", "haben keine Rangfolge"),
        ("weich>nein", "haben keine Rangfolge"),
        ("beschluss>2025", "braucht einen genauen Tag"),
        ("co2_t>=viel", "erwartet eine Zahl"),
        ("prioritaet=4", "ist keiner der festgelegten Werte"),
        ("quelle=Zählung", "gilt nicht für Maßnahmen"),
    ],
)
def test_where_refuses_what_it_cannot_read(plan: Path, condition: str, says: str) -> None:
    assert says in refused(plan, "--where", condition)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # Costs: highest first, the total of by_year counts; without costs last, by id.
        (["--sort", "costs"], ["M-BEG-01", "M-MOB-01", "M-BEG-02", "M-BEG-03", "M-MOB-02"]),
        (
            ["--sort", "costs", "--reverse"],
            ["M-MOB-01", "M-BEG-01", "M-BEG-02", "M-BEG-03", "M-MOB-02"],
        ),
        # Progress as findings derive it: done and merged 100, the mean of the children,
        # milestones (1 of 3), written; the proposal has none.
        (
            ["--sort", "progress"],
            ["M-BEG-02", "M-BEG-03", "M-MOB-02", "M-BEG-01", "M-MOB-01", "M-MOB-03"],
        ),
        # Ordered choices by rank, highest first.
        (["--sort", "prioritaet"], ["M-BEG-01", "M-BEG-03", "M-BEG-02", "M-MOB-01"]),
        (["--sort", "prioritaet", "--reverse"], ["M-BEG-02", "M-BEG-03", "M-BEG-01", "M-MOB-01"]),
        (["--sort", "co2_t"], ["M-BEG-01", "M-BEG-03", "M-BEG-02"]),
        (["--sort", "weich"], ["M-MOB-01", "M-BEG-01", "M-BEG-02"]),  # yes first
        (["--sort", "beschluss"], ["M-MOB-01", "M-BEG-01", "M-BEG-02"]),  # earliest first
        (["--sort", "zielgruppe"], ["M-MOB-01", "M-BEG-01", "M-BEG-02"]),  # as `choices` lists
        # Deadlines as the last day of the time frame, a horizon's end without `due`.
        (
            ["--sort", "due"],
            ["M-MOB-01", "M-BEG-01", "M-BEG-02", "M-BEG-03", "M-MOB-03", "M-MOB-02"],
        ),
    ],
)
def test_sort(plan: Path, args: list[str], expected: list[str]) -> None:
    assert ids(plan, *args)[: len(expected)] == expected


def test_sort_names_what_it_takes(plan: Path) -> None:
    message = refused(plan, "--sort", "prioritat")
    assert "Meinten Sie `prioritaet`?" in message
    assert "costs, progress, prioritaet, co2_t, zielgruppe, weich, beschluss" in message
    assert "quelle" not in message  # it applies to indicators only


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--descendants"], "--descendants gilt mit --parent"),
        (["--parent", "M-BEG-1"], "Meinten Sie `M-BEG-01`?"),
        (["--kind", "projekt"], "Meinten Sie `project`?"),
        (["--assessment", "gut"], "on_track (Im Plan), at_risk (Gefährdet), off_track (Kritisch)"),
        (["--indicators", "--status", "done"], "--status wählt Maßnahmen aus"),
        (["--indicators", "--overdue"], "--overdue wählt Maßnahmen aus"),
        (["--indicators", "-f", "csv"], "CSV gibt es für Maßnahmen"),
        (["--indicators", "--sort", "costs"], "Möglich: id, title, progress, verdict, quelle"),
    ],
)
def test_usage_errors(plan: Path, args: list[str], says: str) -> None:
    assert says in refused(plan, *args)


def test_where_in_a_plan_without_attributes(write_plan: PlanWriter) -> None:
    plan = write_plan()
    assert "Der Plan legt keine Merkmale fest" in refused(plan, "--where", "prioritaet=3")


def test_the_plans_own_assessment_labels_are_accepted(write_plan: PlanWriter) -> None:
    relabelled = write_rich_plan(
        write_plan,
        {"  horizons:": "  labels: {assessment: {off_track: Rote Ampel}}\n  horizons:"},
    )
    assert ids(relabelled, "--assessment", "rote ampel") == ["M-MOB-01"]


def test_table_shows_deadlines_as_written_joint_leads_and_numbers(plan: Path) -> None:
    lines = table(plan).splitlines()
    row = {line.split()[0]: line for line in lines if line.startswith("M-")}
    assert "Ü1 Treffpunkte im Dorf" in row["M-BEG-01"]
    assert "amt, beirat" in row["M-BEG-01"]
    assert "4. Quartal 2026" in row["M-BEG-01"]
    assert "kurzfristig (bis 2026)" in row["M-BEG-02"]
    assert "  2027  " in row["M-BEG-03"]
    assert "⚠ Juni 2026" in row["M-MOB-01"]
    assert "mittelfristig (bis 2028)" in row["M-MOB-03"]
    english = table(plan, "--lang", "en")
    assert "Q4 2026" in english
    assert "medium term (by 2028)" in english


def test_table_fits_80_columns_and_shows_what_it_is_sorted_by(plan: Path) -> None:
    for args in ([], ["--sort", "costs"], ["--sort", "prioritaet"], ["--sort", "progress"]):
        text = table(plan, *args, columns=80)
        assert all(len(line) <= 80 for line in text.splitlines()), text
    costs = table(plan, "--sort", "costs").splitlines()
    assert costs[0].split()[-1] == "Kosten"
    assert costs[1].endswith("1.100.000 €")
    assert costs[3].endswith("–")
    ranks = table(plan, "--sort", "prioritaet").splitlines()
    assert ranks[0].split()[-1] == "Priorität"
    assert ranks[1].endswith("hoch (3)")
    assert table(plan, "--sort", "progress").splitlines()[4].endswith("40 %")  # newest update


def test_json_carries_every_new_key(plan: Path) -> None:
    rows = {row["id"]: row for row in listed(plan)["measures"]}
    first = rows["M-BEG-01"]
    assert first["number"] == "Ü1"
    assert first["owner"] == "amt"
    assert first["owners"] == ["amt", "beirat"]
    assert first["supporters"] == ["kreistag"]
    assert first["children"] == ["M-BEG-02"]
    assert (first["due"], first["deadline"], first["deadline_as_written"]) == (
        "2026-Q4",
        "2026-12-31",
        "2026-Q4",
    )
    assert (first["assessment"], first["assessment_label"]) == ("at_risk", "Gefährdet")
    assert first["at_risk"] is True
    assert (first["progress"], first["progress_basis"]) == (40, "update")  # newest update
    assert first["costs_total"] == 1100000
    assert first["costs"]["by_year"] == {"2026": 450000, "2027": 650000}
    assert first["costs"]["staff"] == 1.5
    assert first["funding_secured"] == 200000
    assert first["funding"][0] == {
        "source": "Bundesprogramm",
        "amount": 200000,
        "status": "approved",
        "note": None,
    }
    assert [m["overdue_days"] for m in first["milestones"]] == [0, 56, 0]
    assert first["milestones"][1]["due"] == "2026-Q3"
    assert first["milestones"][0]["done"] == "2026-02-20"
    assert first["decisions"][0]["reference"] == "DS 2025/12"
    assert first["links"][0]["url"] == "https://example.org/konzept.pdf"
    assert [u["date"] for u in first["updates"]] == ["2026-05-01", "2025-06-01"]
    assert first["attributes"] == {
        "prioritaet": "3",
        "co2_t": 2480,
        "zielgruppe": "alt",
        "weich": False,
        "beschluss": "2025-03-13",
    }
    project = rows["M-BEG-02"]
    assert (project["kind"], project["kind_label"], project["parent"]) == (
        "project",
        "Kleinprojekt",
        "M-BEG-01",
    )
    assert (project["horizon"], project["horizon_label"]) == ("kurz", "kurzfristig")
    assert (project["due"], project["deadline"], project["deadline_as_written"]) == (
        None,
        "2026-12-31",
        "2026",
    )
    assert project["goals"] == ["Z-BEG-1"]  # its parent's
    assert (project["progress"], project["progress_basis"]) == (100, "children")
    bus = rows["M-MOB-01"]
    assert (bus["progress"], bus["progress_basis"]) == (20, "written")
    assert bus["costs_total"] == 30000
    assert bus["related"] == ["M-BEG-01"]
    assert rows["M-MOB-02"]["merged_into"] == "M-MOB-01"
    assert rows["M-MOB-03"]["superseded_by"] == "M-MOB-01"
    assert rows["M-MOB-03"]["proposal"] is True
    assert rows["M-MOB-03"]["progress"] is None


def indicator_ids(plan: Path, *args: str) -> list[str]:
    return [row["id"] for row in listed(plan, "--indicators", *args)["indicators"]]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], ["K-ALTER", "K-BUS", "K-TREFF"]),
        (["--goal", "Z-BEG-1"], ["K-TREFF"]),
        (["--field", "HF-MOB"], ["K-BUS"]),
        (["--region", "sued"], ["K-BUS"]),
        (["--where", "quelle=zählung"], ["K-TREFF"]),
        (["--sort", "verdict"], ["K-BUS", "K-TREFF", "K-ALTER"]),  # worst first
        (["--sort", "progress"], ["K-TREFF", "K-ALTER", "K-BUS"]),
    ],
)
def test_indicator_filters(plan: Path, args: list[str], expected: list[str]) -> None:
    assert indicator_ids(plan, *args) == expected


def test_indicator_table(plan: Path) -> None:
    text = table(plan, "--indicators")
    row = {line.split()[0]: line for line in text.splitlines() if line.startswith("K-")}
    for shown in ("7 Orte (2025)", "9 Orte (2026)", "50 %", "● Auf Kurs"):
        assert shown in row["K-TREFF"]
    assert "je Region (2)" in row["K-BUS"]
    assert "▼ Im Rückstand" in row["K-BUS"]
    assert "28,4 % (2024)" in row["K-ALTER"]
    assert "3 Kennzahlen" in text
    english = table(plan, "--indicators", "--lang", "en")
    assert "● On track" in english
    assert "Latest value" in english
    narrow = table(plan, "--indicators", columns=80)
    assert all(len(line) <= 80 for line in narrow.splitlines())
    assert "● Auf Kurs" in narrow


def test_indicator_json(plan: Path) -> None:
    rows = {row["id"]: row for row in listed(plan, "--indicators")["indicators"]}
    meeting = rows["K-TREFF"]
    assert meeting["latest"] == {"date": "2025", "value": 7, "region": None, "note": None}
    assert meeting["next_target"]["value"] == 9
    assert meeting["baseline"]["date"] == "2024"
    assert meeting["expected"] == 7
    assert meeting["progress"] == 50
    assert (meeting["verdict"], meeting["verdict_label"]) == ("on_track", "Auf Kurs")
    assert meeting["direction"] == "increase"
    assert meeting["source"]["name"] == "Sozialplanung"
    bus = rows["K-BUS"]
    assert bus["latest"] is None
    assert bus["verdict"] == "behind"
    assert [s["region"] for s in bus["series"]] == ["nord", "sued"]
    assert bus["series"][0]["expected"] == 600
    assert rows["K-ALTER"]["verdict"] is None
