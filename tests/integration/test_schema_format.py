"""The JSON Schema and `werkplan check` agree on the richer format: a plan using every key,
and the forms check accepts besides the canonical ones, validate with the real validator;
what check refuses, the schema refuses too."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import MINIMAL_PLAN, REPO, TODAY, PlanWriter, find_tool, run_check
from ruamel.yaml import YAML

from werkplan import schema
from werkplan.json_schema import plan_file_schema
from werkplan.model import Status

FULL = REPO / "tests" / "fixtures" / "full-format"
SCHEMA_FILE = REPO / "schema" / "plan-file.schema.json"


def _validate(schema_file: Path, files: list[Path]) -> dict[str, list[str]]:
    """File name → the paths the validator objects to."""
    done = subprocess.run(
        [find_tool("check-jsonschema"), "-o", "json", "--schemafile", str(schema_file)]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(done.stdout)
    assert not report.get("parse_errors"), report
    errors: dict[str, list[str]] = {}
    for error in report["errors"]:
        errors.setdefault(Path(error["filename"]).name, []).append(error["path"])
    return errors


def _key_paths(spec_fields: tuple[schema.KeySpec, ...], prefix: str) -> Iterator[str]:
    for spec in spec_fields:
        path = f"{prefix}.{spec.name}"
        yield path
        if spec.type in (schema.ValueType.MAPPING, schema.ValueType.RECORDS):
            yield from _key_paths(spec.fields, path)


def _written_paths(node: Any, prefix: str) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            path = f"{prefix}.{key}"
            yield path
            # values of attributes, labels and years are data, not keys of the format
            if key not in ("labels", "by_year") and (key != "attributes" or prefix == "plan"):
                yield from _written_paths(value, path)
    elif isinstance(node, list):
        for item in node:
            yield from _written_paths(item, prefix)


def test_the_fixture_uses_every_key_of_the_format() -> None:
    expected = {
        path for section in schema.SECTIONS for path in _key_paths(section.fields, section.key)
    }
    written: set[str] = set()
    for path in FULL.glob("*.yaml"):
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
        for key, value in data.items():
            written |= set(_written_paths(value, key))
    assert sorted(expected - written) == []


def test_check_accepts_the_fixture() -> None:
    result = run_check(FULL, TODAY)
    assert result.problems == ()
    plan = result.plan
    assert plan.measure("M-1") is not None
    assert plan.lookup("measures", "M-1").owner == ("amt", "verein")
    assert plan.lookup("measures", "M-11").status is Status.DONE
    assert plan.lookup("measures", "M-10").attribute("weich") is True
    indicator = plan.indicators[0]
    assert [str(v.date) for v in indicator.values] == ["2025", "2026-Q1", "2026-06-30"]
    assert plan.skipped == ()


@pytest.mark.slow
def test_the_schema_accepts_the_fixture(tmp_path: Path) -> None:
    generated = tmp_path / "schema.json"
    generated.write_text(json.dumps(plan_file_schema(), ensure_ascii=False), encoding="utf-8")
    files = sorted(FULL.glob("*.yaml"))
    assert len(files) == 3
    assert _validate(generated, files) == {}
    assert _validate(SCHEMA_FILE, files) == {}


REFUSED = {
    "status": "measures:\n  - {id: M-1, title: x, status: bald}\n",
    "url": "measures:\n  - {id: M-1, title: x, status: done, links: [{url: 'javascript:x'}]}\n",
    "amount": "measures:\n  - {id: M-1, title: x, status: done, costs: {total: '1.100.000 €'}}\n",
    "negative": "measures:\n  - {id: M-1, title: x, status: done, costs: {total: -5}}\n",
    "year": "measures:\n  - {id: M-1, title: x, status: done, costs: {by_year: {'26': 5}}}\n",
    "quarter": "measures:\n  - {id: M-1, title: x, status: done, due: Q4/2024}\n",
    "progress": "measures:\n  - {id: M-1, title: x, status: done, progress: 101}\n",
    "kind": "measures:\n  - {id: M-1, title: x, status: done, kind: projekt}\n",
    "owner": "measures:\n  - {id: M-1, title: x, status: done, owner: [Sozialamt Rostock]}\n",
    "milestone": "measures:\n  - {id: M-1, title: x, status: done, milestones: [{due: 2026}]}\n",
    "decision": "measures:\n  - {id: M-1, title: x, status: done, decisions: [{title: x}]}\n",
    "update": "measures:\n  - {id: M-1, title: x, status: done, updates: [{date: 2026}]}\n",
    "funding": "measures:\n  - {id: M-1, title: x, status: done, funding: [{source: B, "
    "status: x}]}\n",
    "target": "indicators:\n  - {id: K-1, title: x, targets: [{value: 5}]}\n",
    "direction": "indicators:\n  - {id: K-1, title: x, direction: rauf}\n",
    "decimals": "indicators:\n  - {id: K-1, title: x, decimals: 7}\n",
    "value": "indicators:\n  - {id: K-1, title: x, values: [{date: 2025, value: viel}]}\n",
    "actor": "actors:\n  - {id: a, name: A, kind: behoerden}\n",
}


@pytest.mark.slow
def test_what_check_refuses_the_schema_refuses(tmp_path: Path, write_plan: PlanWriter) -> None:
    files = []
    for name, text in REFUSED.items():
        path = tmp_path / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        files.append(path)
        checked = run_check(write_plan({"x.yaml": text, "plan.yaml": MINIMAL_PLAN}))
        assert checked.errors >= 1, name
    refused = _validate(SCHEMA_FILE, files)
    assert set(refused) == {f"{name}.yaml" for name in REFUSED}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_examples_are_single_problems(write_plan: PlanWriter, name: str) -> None:
    result = run_check(write_plan({"x.yaml": REFUSED[name]}))
    assert len(result.only_errors().problems) == 1, [p.rule for p in result.problems]
