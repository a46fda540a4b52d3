"""`list --due-before` takes time frames (before the frame's first day); `list --region` and
`report --region` take a region's name as `values add --region` does (query.region_named)."""

from __future__ import annotations

import datetime as dt
import json

from conftest import EXAMPLE_PLAN
from helpers import cli

from werkplan.checker import check_plan
from werkplan.findings import deadline
from werkplan.query import region_named

TODAY = "2026-11-25"
DAY = dt.date(2026, 11, 25)
FIRST_2027 = dt.date(2027, 1, 1)


def ids(*args: str) -> list[str]:
    result = cli(["list", str(EXAMPLE_PLAN), "--today", TODAY, "-f", "json", *args])
    assert result.exit_code == 0, result.output
    return [row["id"] for row in json.loads(result.stdout)["measures"]]


def test_due_before_a_quarter_means_before_its_first_day() -> None:
    plan = check_plan(EXAMPLE_PLAN, DAY).plan
    expected = [m.id for m in plan.measures if (deadline(m, plan) or dt.date.max) < FIRST_2027]
    assert expected  # the example plan has deadlines on both sides
    assert len(expected) < len(plan.measures)
    assert sorted(ids("--due-before", "2027-Q1")) == sorted(expected)
    assert sorted(ids("--due-before", "2027-01-01")) == sorted(expected)
    assert sorted(ids("--due-before", "2027")) == sorted(expected)
    assert sorted(ids("--due-before", "1. Quartal 2027")) == sorted(expected)


def test_a_wrong_time_frame_is_a_usage_error() -> None:
    result = cli(["list", str(EXAMPLE_PLAN), "--due-before", "2027-Q5"])
    assert result.exit_code == 2
    assert "--due-before" in result.stderr
    assert "Traceback" not in result.output


def test_region_by_name_lists_what_the_id_lists() -> None:
    plan = check_plan(EXAMPLE_PLAN, DAY).plan
    region = next(iter(plan.indexes["regions"].values()))
    by_id = ids("--region", region.id)
    assert by_id
    assert ids("--region", region.name) == by_id
    assert ids("--region", f"  {region.name.upper()} ") == by_id
    assert region_named(plan, region.name) == region.id


def test_an_unknown_region_name_is_a_usage_error_with_a_suggestion() -> None:
    result = cli(["list", str(EXAMPLE_PLAN), "--region", "Nordost"], env={"WERKPLAN_LANG": "de"})
    assert result.exit_code == 2
    assert "--region Nordost" in result.stderr
    assert "nord-ost" in result.stderr


def test_report_takes_the_region_name_too() -> None:
    plan = check_plan(EXAMPLE_PLAN, DAY).plan
    region = next(iter(plan.indexes["regions"].values()))
    result = cli(
        ["report", str(EXAMPLE_PLAN), "--today", TODAY, "--region", region.name, "-f", "md"],
    )
    assert result.exit_code == 0, result.output
