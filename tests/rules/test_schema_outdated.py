"""schema-outdated: the plan's schema that a file's modeline names is older than the plan."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import MINIMAL_PLAN, PlanWriter, found, run_check
from helpers import cli

from werkplan import i18n
from werkplan.json_schema import plan_file_schema, plan_schema, schema_text
from werkplan.model import Plan
from werkplan.rules import RULES, schema_outdated
from werkplan.rules.schema_outdated import find_modeline, local_path

MODELINE = "# yaml-language-server: $schema=.werkplan/plan.schema.json\n"
SCHEMA = ".werkplan/plan.schema.json"
MEASURES = """\
measures:
  - {id: M-1, title: Treffpunkt, goals: [Z-1], owner: amt, due: 2026-12-31,
     status: in_progress, updated: 2026-11-01}
"""


def write_schema(plan_dir: Path, output: str = SCHEMA) -> None:
    result = cli(["schema", str(plan_dir), "-o", str(plan_dir / output)])
    assert result.exit_code == 0, result.output


def outdated(plan_dir: Path) -> list[tuple[str, int, str]]:
    return [p for p in found(run_check(plan_dir)) if p[2] == "schema-outdated"]


@pytest.fixture
def plan_with_schema(write_plan: PlanWriter) -> Path:
    plan_dir = write_plan({"plan.yaml": MODELINE + MINIMAL_PLAN, "m.yaml": MODELINE + MEASURES})
    write_schema(plan_dir)
    return plan_dir


def test_registered_as_a_warning() -> None:
    assert RULES["schema-outdated"].severity.value == "warning"


def test_a_fresh_schema_is_quiet(plan_with_schema: Path) -> None:
    assert outdated(plan_with_schema) == []


def test_a_new_actor_outdates_it_once_at_the_first_file(plan_with_schema: Path) -> None:
    plan_file = plan_with_schema / "plan.yaml"
    plan_file.write_text(
        plan_file.read_text(encoding="utf-8") + "  - {id: neu, name: Bauamt, kind: office}\n",
        encoding="utf-8",
    )
    result = run_check(plan_with_schema, lang="de")
    (problem,) = [p for p in result.problems if p.rule == "schema-outdated"]
    # m.yaml is the first file (in the order check reads them) that names the schema.
    assert (problem.path.name, problem.line, problem.column) == ("m.yaml", 1, 33)
    schema_path = plan_with_schema / SCHEMA
    command = f"werkplan schema {plan_with_schema} -o {schema_path}"
    assert problem.message.arguments["command"] == command
    text = i18n.render(problem.message, "de")
    assert "passt nicht mehr zum Plan" in text
    assert command in text
    assert command in i18n.render(problem.message, "en")
    # The command the warning names makes it go away.
    done = cli(shlex.split(command)[1:])
    assert done.exit_code == 0, done.output
    assert outdated(plan_with_schema) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("", "  - {id: M-2, title: Neu, status: planned}\n"),
        ("{id: nord, name: Nord}", "{id: nord, name: Norden}"),
    ],
    ids=["new measure", "region renamed"],
)
def test_ids_and_their_names_count(plan_with_schema: Path, old: str, new: str) -> None:
    for path in plan_with_schema.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if old:
            text = text.replace(old, new)
        elif path.name == "m.yaml":
            text += new
        path.write_text(text, encoding="utf-8")
    assert outdated(plan_with_schema) == [("m.yaml", 1, "schema-outdated")]


def test_quiet_while_a_file_cannot_be_read(plan_with_schema: Path) -> None:
    broken = plan_with_schema / "m.yaml"
    broken.write_text(MODELINE + MEASURES + "  - id: [kaputt\n", encoding="utf-8")
    rules = {p[2] for p in found(run_check(plan_with_schema))}
    assert "yaml-syntax" in rules
    assert "schema-outdated" not in rules


def test_content_counts_not_layout_or_date(plan_with_schema: Path) -> None:
    schema_file = plan_with_schema / SCHEMA
    compact = json.dumps(json.loads(schema_file.read_text(encoding="utf-8")))
    schema_file.write_text(compact, encoding="utf-8")
    os.utime(schema_file, (0, 0))  # older than every plan file: still the same content
    assert outdated(plan_with_schema) == []


def test_a_missing_schema_file_is_a_warning(write_plan: PlanWriter) -> None:
    plan_dir = write_plan({"plan.yaml": MODELINE + MINIMAL_PLAN})
    result = run_check(plan_dir, lang="en")
    (problem,) = [p for p in result.problems if p.rule == "schema-outdated"]
    assert problem.message.key == "schema_missing"
    assert "no such file" in i18n.render(problem.message, "en")
    # The command it names also makes the missing .werkplan folder.
    done = cli(shlex.split(str(problem.message.arguments["command"]))[1:])
    assert done.exit_code == 0, done.output
    assert outdated(plan_dir) == []


@pytest.mark.parametrize(
    "modeline",
    [
        "# yaml-language-server: $schema=https://example.org/plan.schema.json\n",
        "# yaml-language-server: $schema=generic.schema.json\n",
        "# yaml-language-server: $schema=other.schema.json\n",
        "# yaml-language-server: $schema=not-json.schema.json\n",
        "# a comment that names $schema=.werkplan/missing.json but is no modeline\n",
    ],
    ids=["url", "generic", "someone else's", "not json", "no modeline"],
)
def test_other_schemas_are_not_looked_at(write_plan: PlanWriter, modeline: str) -> None:
    plan_dir = write_plan(
        {
            "plan.yaml": modeline + MINIMAL_PLAN,
            "generic.schema.json": schema_text(plan_file_schema()),
            "other.schema.json": '{"$id": "https://example.org/other", "type": "object"}',
            "not-json.schema.json": "{ not json",
        }
    )
    assert outdated(plan_dir) == []


def test_a_modeline_after_the_content_names_no_schema(write_plan: PlanWriter) -> None:
    plan_dir = write_plan({"plan.yaml": MINIMAL_PLAN + MODELINE})
    assert outdated(plan_dir) == []


def test_each_schema_file_once_and_each_on_its_own(write_plan: PlanWriter) -> None:
    other = "# yaml-language-server: $schema=../.werkplan/zweit.schema.json\n"
    plan_dir = write_plan(
        {
            "plan.yaml": MODELINE + MINIMAL_PLAN,
            "a.yaml": MODELINE + MEASURES,
            "b.yaml": MODELINE + "events: []\n",
            "sub/c.yaml": other + "events: []\n",
            "sub/d.yaml": other + "events: []\n",
        }
    )
    write_schema(plan_dir)
    write_schema(plan_dir, ".werkplan/zweit.schema.json")
    assert outdated(plan_dir) == []
    (plan_dir / "b.yaml").write_text(
        MODELINE + "regions: [{id: sued, name: Süd}]\n", encoding="utf-8"
    )
    assert outdated(plan_dir) == [
        ("a.yaml", 1, "schema-outdated"),
        ("c.yaml", 1, "schema-outdated"),
    ]


def test_the_plan_schema_is_built_only_when_a_file_names_one(
    write_plan: PlanWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[object] = []

    def counting(plan: Plan) -> dict[str, Any]:
        built.append(plan)
        return plan_schema(plan)

    monkeypatch.setattr(schema_outdated, "plan_schema", counting)
    generic = "# yaml-language-server: $schema=generic.schema.json\n"
    plan_dir = write_plan(
        {
            "plan.yaml": generic + MINIMAL_PLAN,
            "generic.schema.json": schema_text(plan_file_schema()),
        }
    )
    run_check(plan_dir)
    assert built == []
    for name in ("a.yaml", "b.yaml", "c.yaml"):
        (plan_dir / name).write_text(MODELINE + "events: []\n", encoding="utf-8")
    write_schema(plan_dir)
    built.clear()
    run_check(plan_dir)
    assert len(built) == 1


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_as_schema_is_never_opened(write_plan: PlanWriter) -> None:
    plan_dir = write_plan({"plan.yaml": MODELINE + MINIMAL_PLAN})
    (plan_dir / ".werkplan").mkdir()
    os.mkfifo(plan_dir / SCHEMA)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "werkplan", "check", str(plan_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "schema-outdated" not in done.stdout
    assert time.monotonic() - started < 60


def test_find_modeline_reads_what_yaml_language_server_reads() -> None:
    path = Path("p.yaml")
    line = find_modeline(path, b"\xef\xbb\xbf\n#   yaml-language-server :  $schema=a%20b.json x\n")
    assert line is not None
    assert (line.position.line, line.position.column, line.target) == (2, 37, "a%20b.json")
    assert local_path(line) == Path("a b.json")  # percent-encoded, as editors decode it
    assert find_modeline(path, b"#yaml-language-server: $schema=x.json\n") is None
    assert find_modeline(path, b"plan:\n# yaml-language-server: $schema=x.json\n") is None
