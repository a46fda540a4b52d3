"""The JSON Schema for editors: generated from the format definition, checked by a validator."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path, PurePath
from typing import Any

import pytest
from conftest import EXAMPLE_PLAN, REPO, TODAY, find_tool
from helpers import cli
from ruamel.yaml import YAML

from werkplan import i18n
from werkplan.checker import check_loaded, read_plan
from werkplan.json_schema import plan_file_schema
from werkplan.load import LoadedFile, load_file
from werkplan.load.files import FoundFile
from werkplan.schema import SECTIONS, STATUSES, KeySpec

SCHEMA_FILE = REPO / "schema" / "plan-file.schema.json"
BROKEN = REPO / "tests" / "broken"


def _validator() -> str:
    return find_tool("check-jsonschema")


def test_schema_command_prints_the_schema() -> None:
    result = cli(["schema"])
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


@pytest.mark.slow
def test_schema_is_a_valid_json_schema() -> None:
    done = subprocess.run(
        [_validator(), "--check-metaschema", str(SCHEMA_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_every_example_file_validates() -> None:
    files = [str(p) for p in sorted(EXAMPLE_PLAN.rglob("*.yaml"))]
    done = subprocess.run(
        [_validator(), "--schemafile", str(SCHEMA_FILE), *files],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
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


# --- a plan's own schema: `werkplan schema PLAN_DIR` ----------------------------------------

EVERY_KEY = REPO / "tests" / "fixtures" / "every-key"


def _write_plan_schema(plan_dir: Path, output: Path) -> dict[str, Any]:
    result = cli(["schema", str(plan_dir), "-o", str(output)])
    assert result.exit_code == 0, result.output
    schema: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
    return schema


def _validate(schema: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_validator(), "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )


def _failing(schema: Path, files: list[Path]) -> set[str]:
    """The files that do not validate, by name (one validator run for all)."""
    done = subprocess.run(
        [_validator(), "-o", "json", "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(done.stdout)
    assert not report.get("parse_errors"), report
    return {Path(error["filename"]).name for error in report.get("errors", ())}


@pytest.fixture(scope="module")
def example_schema(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("example") / "plan.schema.json"
    _write_plan_schema(EXAMPLE_PLAN, output)
    return output


@pytest.fixture
def every_key(tmp_path: Path) -> Path:
    """A copy of the every-key plan with its own schema where its modelines point."""
    target = tmp_path / "every-key"
    shutil.copytree(EVERY_KEY, target)
    _write_plan_schema(target, target / ".werkplan" / "plan.schema.json")
    return target


@pytest.mark.slow
def test_plan_schema_is_a_valid_json_schema(example_schema: Path) -> None:
    done = subprocess.run(
        [_validator(), "--check-metaschema", str(example_schema)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_plan_schema_validates_every_example_file(example_schema: Path) -> None:
    done = _validate(example_schema, *sorted(EXAMPLE_PLAN.rglob("*.yaml")))
    assert done.returncode == 0, done.stdout + done.stderr


def test_plan_schema_lists_the_plans_ids_with_their_names(example_schema: Path) -> None:
    schema = json.loads(example_schema.read_text(encoding="utf-8"))
    assert schema["$id"].startswith("urn:werkplan:plan-schema:")
    owner = schema["properties"]["measures"]["items"]["properties"]["owner"]
    assert owner["anyOf"][0]["anyOf"][0] == {"$ref": "#/$defs/ids_actors"}
    actors = schema["$defs"]["ids_actors"]
    plan, _ = read_plan(EXAMPLE_PLAN)
    assert actors["enum"] == [actor.id for actor in plan.actors]
    assert actors["enumDescriptions"] == [actor.name for actor in plan.actors]
    goals = schema["properties"]["measures"]["items"]["properties"]["goals"]
    assert goals["anyOf"][0]["items"] == {"$ref": "#/$defs/ids_goals"}
    assert schema["$defs"]["ids_measures"]["enum"] == [m.id for m in plan.measures]


def _measure_file(tmp_path: Path, name: str, owner: str) -> Path:
    path = tmp_path / name
    path.write_text(
        "measures:\n"
        "  - id: M-NEU-01\n"
        "    title: Neue Maßnahme\n"
        "    goals: [Z-BEG-1]\n"
        f"    owner: {owner}\n"
        "    status: planned\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.slow
def test_plan_schema_rejects_an_unknown_owner(example_schema: Path, tmp_path: Path) -> None:
    unknown = _measure_file(tmp_path, "unbekannt.yaml", "unbekannt")
    done = _validate(example_schema, unknown)
    assert done.returncode == 1, done.stdout
    assert "owner" in done.stdout
    assert _validate(SCHEMA_FILE, unknown).returncode == 0  # the generic one cannot know


@pytest.mark.slow
def test_plan_schema_accepts_a_joint_lead(example_schema: Path, tmp_path: Path) -> None:
    plan, _ = read_plan(EXAMPLE_PLAN)
    first, second = plan.actors[0].id, plan.actors[1].id
    joint = _measure_file(tmp_path, "gemeinsam.yaml", f"[{first}, {second}]")
    done = _validate(example_schema, joint)
    assert done.returncode == 0, done.stdout + done.stderr
    half_known = _measure_file(tmp_path, "halb.yaml", f"[{first}, unbekannt]")
    assert _validate(example_schema, half_known).returncode == 1


def test_plan_schema_completes_attribute_choices(every_key: Path) -> None:
    schema = json.loads((every_key / ".werkplan" / "plan.schema.json").read_text("utf-8"))
    measure = schema["properties"]["measures"]["items"]
    assert "attributes" in measure["required"]  # prioritaet is required on measures
    attributes = measure["properties"]["attributes"]
    assert attributes["required"] == ["prioritaet"]
    assert attributes["additionalProperties"] is False
    priority = attributes["properties"]["prioritaet"]
    keys = priority["anyOf"][0]
    # What the editor offers: the values as YAML reads them (1), with their labels.
    assert keys["enum"] == [1, 2, 3]
    assert keys["enumDescriptions"] == ["niedrig", "mittel", "hoch"]
    assert "Priorität" in priority["description"]
    assert "3 = hoch" in priority["description"]
    # An attribute applies only where the plan says: not on regions' (none) or fields.
    fields = schema["properties"]["fields"]["items"]["properties"]["attributes"]
    assert set(fields["anyOf"][0]["properties"]) == {"zielgruppe"}
    assert schema["properties"]["plan"]["properties"]["report"]["anyOf"][0]["properties"][
        "columns"
    ]["anyOf"][0]["items"] == {"$ref": "#/$defs/ids_attributes"}


def test_the_every_key_plan_uses_every_key_of_the_format() -> None:
    yaml = YAML(typ="safe")
    used: set[str] = set()
    for path in EVERY_KEY.glob("*.yaml"):
        _collect_keys(yaml.load(path.read_text(encoding="utf-8")), "", used)
    missing = _format_keys() - used
    assert not missing, f"add these keys to {EVERY_KEY}/plan.yaml: {sorted(missing)}"


def _format_keys() -> set[str]:
    keys: set[str] = set()

    def visit(fields: tuple[KeySpec, ...], prefix: str) -> None:
        for spec in fields:
            keys.add(prefix + spec.name)
            visit(spec.fields, f"{prefix}{spec.name}.")

    for section in SECTIONS:
        keys.add(section.key)
        visit(section.fields, section.key + ".")
    return keys


def _collect_keys(node: object, prefix: str, used: set[str]) -> None:
    if isinstance(node, list):
        for item in node:
            _collect_keys(item, prefix, used)
    elif isinstance(node, dict):
        for key, value in node.items():
            used.add(prefix + str(key))
            _collect_keys(value, f"{prefix}{key}.", used)


@pytest.mark.slow
def test_the_every_key_plan_passes_check_and_both_schemas(every_key: Path) -> None:
    result = cli(["check", str(every_key), "--strict", "--today", "2026-11-25"])
    assert result.exit_code == 0, result.output
    plan_schema_file = every_key / ".werkplan" / "plan.schema.json"
    files = sorted(every_key.glob("*.yaml"))
    done = _validate(plan_schema_file, *files)
    assert done.returncode == 0, done.stdout + done.stderr
    # The generic schema cannot know the plan's own labels (eigene-bezeichnungen.yaml).
    done = _validate(SCHEMA_FILE, every_key / "plan.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert _validate(SCHEMA_FILE, every_key / "eigene-bezeichnungen.yaml").returncode == 1


# Values as people write them, each in its own small file next to the every-key plan.
# `check` accepts each of these, so both schemas must accept them too.
ACCEPTED = [
    ("measures", "due: 2026"),
    ("measures", "due: '2026'"),
    ("measures", "due: 2026-Q4"),
    ("measures", "due: 2026-H2"),
    ("measures", "due: 2026-06"),
    ("measures", "due: 2026-06-30"),
    ("measures", "start: '2025-06-30'"),
    ("measures", "progress: 40"),
    ("measures", "progress: '40'"),
    ("measures", "progress: 100"),
    ("measures", "costs: {total: 1100000}"),
    ("measures", "costs: {total: '1100000'}"),
    ("measures", "costs: {total: 1.5, staff: .5}"),
    ("measures", "costs: {per_year: ' 2.5 '}"),
    ("measures", "costs: {by_year: {2026: 450000, '2027': '1'}}"),
    ("measures", "status: done"),
    ("measures", "status: Done"),
    ("measures", "status: DONE"),
    ("measures", "status: abgeschlossen"),
    ("measures", "status: '  In   Umsetzung '"),
    ("measures", "status: on hold"),
    ("measures", "status: ZURÜCKGESTELLT"),
    ("measures", "kind: Kleinprojekt"),
    ("measures", "kind: SMALL PROJECT"),
    ("measures", "assessment: Gefährdet"),
    ("measures", "owner: amt"),
    ("measures", "owner: [amt, beirat]"),
    ("measures", "owner: 12"),
    ("measures", "owner: '12'"),
    ("measures", "partners: [kreistag, 12]"),
    ("measures", "supporters: []"),
    ("measures", "links: [{url: 'HTTP://example.org/a'}]"),
    ("measures", "links: [{url: 'mailto:a@example.org', title: 2026}]"),
    ("measures", "visibility: Intern"),
    ("measures", "attributes: {prioritaet: HOCH}"),
    ("measures", "attributes: {prioritaet: 3}"),
    ("measures", "attributes: {prioritaet: '3'}"),
    ("measures", "attributes: {prioritaet: 1, soft: Ja}"),
    ("measures", "attributes: {prioritaet: 1, soft: off}"),
    ("measures", "attributes: {prioritaet: 1, soft: false}"),
    ("measures", "attributes: {prioritaet: 1, co2_t: 1e3}"),
    ("measures", "attributes: {prioritaet: 1, co2_t: '2480'}"),
    ("measures", "attributes: {prioritaet: 1, beschluss_am: 2025-03-12}"),
    ("measures", "attributes: {prioritaet: 1, hinweis: 12, zielgruppe: ~}"),
    ("measures", "milestones: [{title: Start, due: 2026}]"),
    ("measures", "funding: [{source: Land, amount: '5', status: Bewilligt}]"),
    ("measures", "decisions: [{reference: DS 1}]"),
    ("measures", "decisions: [{date: 2025-01-01, body: kreistag}]"),
    ("measures", "updates: [{date: 2025-01-01, progress: '10', status: Abgeschlossen}]"),
    ("measures", "horizon: kurz"),
    ("measures", "number: 1"),
    ("measures", "note: true"),
    ("measures", "locations: [1, Rathaus]"),
    ("measures", "depends_on: [M-0]"),
    ("indicators", "min: '0'"),
    ("indicators", "decimals: '2'"),
    ("indicators", "baseline: {date: 2025, value: '4'}"),
    ("indicators", "targets: [{date: 2026-Q4, value: 5.5, region: nord}]"),
    ("indicators", "resolution: Quartal"),
    ("indicators", "direction: Soll steigen"),
    ("actors", "kind: Verein / Verband"),
    ("actors", "kind: ASSOCIATION"),
    ("actors", "parent: 12"),
    ("events", "kind: Zukunftswerkstatt"),
]
# The plan's own labels: check and the plan's schema accept them, the generic one cannot.
ACCEPTED_BY_PLAN = [
    ("measures", "status: Nicht begonnen"),
    ("measures", "status: läuft"),
    ("measures", "funding: [{source: Land, status: antrag  gestellt}]"),
    ("measures", "attributes: {prioritaet: 1, zielgruppe: Ältere}"),
]
# check refuses these; the plan's schema knows enough to refuse them as well.
REFUSED = [
    ("measures", "owner: unbekannt"),
    ("measures", "status: erledigt"),
    ("measures", "due: 31.12.2026"),
    ("measures", "due: 2026-Q5"),
    ("measures", "progress: 140"),
    ("measures", "progress: '-1'"),
    ("measures", "costs: {total: '1.100.000 €'}"),
    ("measures", "links: [{url: 'ftp://example.org'}]"),
    ("measures", "links: [{url: 'javascript:alert(1)'}]"),
    ("measures", "attributes: {prioritaet: 4}"),
    ("measures", "attributes: {prioritaet: 1, unbekannt: 1}"),
    ("measures", "attributes: {zielgruppe: alt}"),
    ("measures", "horizon: lang"),
    ("measures", "parent: M-99"),
    ("regions", "name: [Nord]"),
    ("events", "region: west"),
]
_ENTITY = {
    "measures": {
        "id": "X-1",
        "title": "Fall",
        "status": "planned",
        "attributes": "{prioritaet: 1}",
    },
    "indicators": {"id": "X-1", "title": "Fall"},
    "actors": {"id": "X-1", "name": "Fall", "kind": "office"},
    "regions": {"id": "X-1", "name": "Fall"},
    "events": {"id": "X-1", "title": "Fall", "date": "2025-05-14", "kind": "meeting"},
}


def _case_text(section: str, line: str) -> str:
    key = line.split(":", 1)[0]
    fields = {k: v for k, v in _ENTITY[section].items() if k != key}
    body = "".join(f"    {k}: {v}\n" for k, v in fields.items() if k != "id")
    return f"{section}:\n  - id: {fields['id']}\n{body}    {line}\n"


def _check_errors(plan_file: LoadedFile, name: str, text: str) -> list[str]:
    case = load_file(FoundFile(PurePath(name), text.encode("utf-8")))
    result = check_loaded([plan_file, case], PurePath(), TODAY)
    return [f"{p.rule}: {p.message.key}" for p in result.problems if p.severity.value == "error"]


@pytest.mark.slow
def test_the_schemas_accept_what_check_accepts(every_key: Path) -> None:
    plan_text = (every_key / "plan.yaml").read_bytes()
    plan_file = load_file(FoundFile(PurePath("plan.yaml"), plan_text))
    assert _check_errors(plan_file, "leer.yaml", "events: []\n") == []
    cases: dict[str, tuple[str, str, str]] = {}
    for group, items in (("ok", ACCEPTED), ("own", ACCEPTED_BY_PLAN), ("no", REFUSED)):
        for index, (section, line) in enumerate(items):
            name = f"{group}-{index:02d}.yaml"
            cases[name] = (group, section, line)
            text = _case_text(section, line)
            (every_key / name).write_text(text, encoding="utf-8")
            errors = _check_errors(plan_file, name, text)
            assert bool(errors) == (group == "no"), (line, errors)
    plan_schema_file = every_key / ".werkplan" / "plan.schema.json"
    files = [every_key / name for name in cases]
    by_plan = _failing(plan_schema_file, files)
    by_generic = _failing(SCHEMA_FILE, [f for f in files if f.name.startswith("ok-")])
    wrong = [("plan", cases[n][2]) for n in cases if (n in by_plan) != (cases[n][0] == "no")]
    wrong += [("generic", cases[n][2]) for n in sorted(by_generic)]
    assert not wrong, wrong


def test_schema_of_a_missing_plan_dir_is_a_usage_error(tmp_path: Path) -> None:
    result = cli(["schema", str(tmp_path / "fehlt")])
    assert result.exit_code == 2
    assert "fehlt" in result.stderr
    assert "Traceback" not in result.output


def test_schema_of_a_plan_with_errors_says_so_and_writes_what_it_read(tmp_path: Path) -> None:
    plan_dir = tmp_path / "plan"
    shutil.copytree(EXAMPLE_PLAN, plan_dir)
    (plan_dir / "kaputt.yaml").write_text("measures:\n  - id: [kaputt\n", encoding="utf-8")
    output = tmp_path / "neu" / "plan.schema.json"  # the folder is made
    schema = _write_plan_schema(plan_dir, output)
    plan, _ = read_plan(EXAMPLE_PLAN)
    assert schema["$defs"]["ids_actors"]["enum"] == [actor.id for actor in plan.actors]
    result = cli(["schema", str(plan_dir)])
    assert i18n.text("plan_has_errors", plan.language, errors=1) in result.stderr
    assert json.loads(result.stdout) == schema


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "actor"), [("de", "sozialplanung"), ("en", "social-planning")])
def test_init_writes_the_new_plans_schema(tmp_path: Path, lang: str, actor: str) -> None:
    target = tmp_path / "neu"
    assert cli(["init", str(target), "--lang", lang]).exit_code == 0
    written = target / ".werkplan" / "plan.schema.json"
    schema = json.loads(written.read_text(encoding="utf-8"))
    assert schema["$defs"]["ids_actors"]["enum"] == [actor]
    result = cli(["schema", str(target)])
    assert result.stdout == written.read_text(encoding="utf-8")
    for path in target.rglob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        named = first.removeprefix("# yaml-language-server: $schema=")
        assert (path.parent / named).resolve() == written.resolve(), path
    done = _validate(written, *sorted(target.rglob("*.yaml")))
    assert done.returncode == 0, done.stdout + done.stderr
