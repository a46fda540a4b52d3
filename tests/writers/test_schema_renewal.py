"""Every command that adds to a plan renews the plan's schema for editors
(`.werkplan/plan.schema.json`, written by `werkplan init`), so `werkplan check` right after
the change reports no `schema-outdated` (writers.plan_change)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import cli

TODAY = ["--today", "2026-12-06"]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    target = tmp_path / "plan"
    assert cli(["init", str(target), "--lang", "de"]).exit_code == 0
    return target


ADDITIONS = {
    "actor": ["new", "actor", "--name", "Dorfverein", "--kind", "association"],
    "measure": ["new", "measure", "--title", "Treffpunkt öffnen", "--field", "HF-BEG"],
    "goal": ["new", "goal", "--title", "Mehr Begegnung", "--field", "HF-BEG"],
}


@pytest.mark.parametrize("what", sorted(ADDITIONS))
def test_check_right_after_an_addition_finds_the_schema_current(plan: Path, what: str) -> None:
    schema = plan / ".werkplan" / "plan.schema.json"
    before = schema.read_text(encoding="utf-8")
    added = cli([*ADDITIONS[what], str(plan), *TODAY])
    assert added.exit_code == 0, added.output
    checked = cli(["check", str(plan), "--lang", "de", *TODAY])
    assert "schema-outdated" not in checked.output
    assert checked.exit_code == 0, checked.output
    assert schema.read_text(encoding="utf-8") != before


def test_the_new_id_is_one_the_schema_offers(plan: Path) -> None:
    added = cli([*ADDITIONS["actor"], "--id", "dorfverein", str(plan), *TODAY])
    assert added.exit_code == 0, added.output
    schema = (plan / ".werkplan" / "plan.schema.json").read_text(encoding="utf-8")
    assert '"dorfverein"' in schema
    assert json.loads(schema)["$id"].startswith("urn:werkplan:plan-schema:")


def test_a_schema_werkplan_did_not_write_is_left_alone(plan: Path) -> None:
    schema = plan / ".werkplan" / "plan.schema.json"
    schema.write_text('{"title": "vom Team"}\n', encoding="utf-8")
    added = cli([*ADDITIONS["actor"], str(plan), *TODAY])
    assert added.exit_code == 0, added.output
    assert schema.read_text(encoding="utf-8") == '{"title": "vom Team"}\n'


def test_a_refused_addition_leaves_the_schema_as_it_was(plan: Path) -> None:
    schema = plan / ".werkplan" / "plan.schema.json"
    before = schema.read_text(encoding="utf-8")
    refused = cli(["new", "measure", "--title", "X", "--field", "HF-FEHLT", str(plan), *TODAY])
    assert refused.exit_code != 0
    assert schema.read_text(encoding="utf-8") == before
