"""The JSON Schema for editors: generated from the format definition, checked by a validator."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import EXAMPLE_PLAN, REPO, find_tool
from typer.testing import CliRunner

from werkplan.cli import app
from werkplan.json_schema import plan_file_schema
from werkplan.schema import SECTIONS, STATUSES

SCHEMA_FILE = REPO / "schema" / "plan-file.schema.json"
BROKEN = REPO / "tests" / "broken"
runner = CliRunner()


def _validator() -> str:
    return find_tool("check-jsonschema")


def test_schema_command_prints_the_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(schema["properties"]) == {section.key for section in SECTIONS}
    status = schema["properties"]["measures"]["items"]["properties"]["status"]
    assert status["anyOf"][0]["enum"] == list(STATUSES)
    assert "Abgeschlossen" in status["anyOf"][1]["enum"]
    assert "done = Abgeschlossen" in status["description"]


def test_committed_schema_is_up_to_date() -> None:
    generated = json.dumps(plan_file_schema(), ensure_ascii=False, indent=2) + "\n"
    assert SCHEMA_FILE.read_text(encoding="utf-8") == generated, (
        "run: werkplan schema -o schema/plan-file.schema.json"
    )


def test_schema_is_a_valid_json_schema() -> None:
    done = subprocess.run(
        [_validator(), "--check-metaschema", str(SCHEMA_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_example_file_validates() -> None:
    files = [str(p) for p in sorted(EXAMPLE_PLAN.rglob("*.yaml"))]
    done = subprocess.run(
        [_validator(), "--schemafile", str(SCHEMA_FILE), *files],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    "name",
    ["invalid-status.yaml", "wrong-type-list-for-text.yaml", "list-where-mapping-belongs.yaml"],
)
def test_broken_files_fail(name: str) -> None:
    done = subprocess.run(
        [_validator(), "--schemafile", str(SCHEMA_FILE), str(BROKEN / name)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stdout


def test_example_files_carry_the_editor_modeline() -> None:
    for path in EXAMPLE_PLAN.rglob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        target = first.removeprefix("# yaml-language-server: $schema=")
        assert target != first, path
        assert (path.parent / target).resolve() == SCHEMA_FILE.resolve()
