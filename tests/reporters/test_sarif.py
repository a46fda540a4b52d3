"""SARIF output checked against the official OASIS schema (tests/schemas), formats enforced."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from conftest import MINIMAL_PLAN, REPO, find_tool
from helpers import cli
from hypothesis import given, settings
from hypothesis import strategies as st

from werkplan.reporters.line_hash import line_hashes
from werkplan.reporters.sarif import rule_name, uri_reference
from werkplan.reporters.source import value_end
from werkplan.rules import RULES

SCHEMA = REPO / "tests" / "schemas" / "sarif-schema-2.1.0.json"
BROKEN = REPO / "tests" / "fixtures" / "broken-plan"
AWKWARD_NAMES = [
    "Ärger mit Leerzeichen.yaml",
    "100% sicher.yaml",
    "[Entwurf] #2.yaml",
    "Maßnahmen 2026/Übersicht?.yaml",
]
UNOWNED = """\
measures:
  - id: {id}
    title: Sprechtage in Amtsgebäuden
    goals: [Z-1]
    due: 2027-06-30
    status: planned
    updated: 2026-11-01
"""


def sarif(plan: str = "plans") -> dict[str, Any]:
    result = cli(["check", plan, "--today", "2026-11-25", "-f", "sarif"])
    log: dict[str, Any] = json.loads(result.stdout)
    return log


def validate(log: dict[str, Any], folder: Path) -> subprocess.CompletedProcess[str]:
    path = folder / "werkplan.sarif"
    path.write_text(json.dumps(log, ensure_ascii=False), encoding="utf-8")
    return subprocess.run(
        [find_tool("check-jsonschema"), "--schemafile", str(SCHEMA), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def awkward(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A plan whose file names need percent-encoding in a URI."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    for number, name in enumerate(AWKWARD_NAMES):
        (plans / name).parent.mkdir(exist_ok=True)
        (plans / name).write_text(UNOWNED.format(id=f"M-{number}"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def locations(log: dict[str, Any]) -> list[dict[str, Any]]:
    return [result["locations"][0]["physicalLocation"] for result in log["runs"][0]["results"]]


@pytest.mark.slow
def test_the_schema_check_enforces_uri_formats(tmp_path: Path) -> None:
    """Without a URI format checker the schema test below could not fail: make sure it can."""
    location = {"artifactLocation": {"uri": "plans/100% sicher.yaml"}}
    result = {"message": {"text": "m"}, "locations": [{"physicalLocation": location}]}
    log = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [result]}]}
    done = validate(log, tmp_path)
    assert done.returncode == 1
    assert "is not a 'uri-reference'" in done.stdout


@pytest.mark.slow
def test_awkward_file_names_are_valid_uri_references(awkward: Path) -> None:
    log = sarif()
    done = validate(log, awkward)
    assert done.returncode == 0, done.stdout + done.stderr
    named = {
        unquote(location["artifactLocation"]["uri"]): location["artifactLocation"]["uri"]
        for location in locations(log)
    }
    assert set(named) == {f"plans/{name}" for name in AWKWARD_NAMES}
    for uri in named.values():  # unreserved characters and percent-encoded UTF-8 only
        assert re.fullmatch(r"(?:[A-Za-z0-9._~/-]|%[0-9A-F]{2})+", uri), uri
    assert named["plans/[Entwurf] #2.yaml"] == "plans/%5BEntwurf%5D%20%232.yaml"


@pytest.mark.slow
def test_broken_plan_validates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(BROKEN, tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    done = validate(sarif(), tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_a_missing_plan_section_points_at_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "m.yaml").write_text(UNOWNED.format(id="M-1"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    log = sarif()
    (folder,) = [
        location
        for location, result in zip(locations(log), log["runs"][0]["results"], strict=True)
        if result["ruleId"] == "missing-plan"
    ]
    assert folder == {"artifactLocation": {"uri": "plans/", "uriBaseId": "%SRCROOT%"}}
    assert validate(log, tmp_path).returncode == 0


def test_locations_are_relative_to_the_source_root(awkward: Path) -> None:
    (run,) = sarif()["runs"]
    assert set(run["originalUriBaseIds"]) == {"%SRCROOT%"}
    assert "uri" not in run["originalUriBaseIds"]["%SRCROOT%"]  # differs per machine
    assert run["columnKind"] == "unicodeCodePoints"
    for location in locations({"runs": [run]}):
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"


def test_regions_end_where_the_value_ends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(BROKEN, tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    log = sarif()
    text = (tmp_path / "plans" / "massnahmen, 100% neu: Entwurf.yaml").read_text(encoding="utf-8")
    lines = text.splitlines()
    covered = {}
    for result, location in zip(log["runs"][0]["results"], locations(log), strict=True):
        region = location["region"]
        if "massnahmen" in location["artifactLocation"]["uri"]:
            assert region["endLine"] == region["startLine"]
            line = lines[region["startLine"] - 1]
            covered[result["ruleId"]] = line[region["startColumn"] - 1 : region["endColumn"] - 1]
    assert covered == {
        "invalid-date": "2026-02-30",
        "unowned": "id: M-2",
        "overdue": "2026-10-01",
        "missing-key": "id: M-3",
        "unknown-key": "titel: Tippfehler",
        "invalid-status": "erledigt",
    }


def test_primary_location_line_hash_is_githubs(awkward: Path) -> None:
    log = sarif()
    for result, location in zip(log["runs"][0]["results"], locations(log), strict=True):
        path = awkward / unquote(location["artifactLocation"]["uri"])
        hashes = line_hashes(path.read_bytes().decode("utf-8"))
        line = location["region"]["startLine"]
        assert result["partialFingerprints"]["primaryLocationLineHash"] == hashes[line - 1]


def test_rules_have_a_name_apart_from_the_id(awkward: Path) -> None:
    rules = sarif()["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == list(RULES)
    names = {rule["id"]: rule["name"] for rule in rules}
    assert names["unknown-key"] == "UnknownKey"
    assert names["yaml-syntax"] == "YamlSyntax"
    assert all(name != rule_id and name.isalnum() for rule_id, name in names.items())
    assert len(set(names.values())) == len(names)
    assert rule_name("goal-without-measure") == "GoalWithoutMeasure"


def test_uri_reference() -> None:
    assert uri_reference("plans/a b.yaml") == "plans/a%20b.yaml"
    assert uri_reference("plans/100%.yaml") == "plans/100%25.yaml"
    assert uri_reference("neu: Entwurf.yaml") == "neu%3A%20Entwurf.yaml"
    assert uri_reference("plans", directory=True) == "plans/"


def test_a_windows_file_with_bom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CRLF line ends, a byte order mark, umlauts and an emoji: the region still covers the
    key and value, and the line hashes are those GitHub's own hash() gives for this file
    (src/fingerprints.ts of github/codeql-action, run under Node on these bytes)."""
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    measures = "measures:\r\n  - id: M-1\r\n    titel: Grüße 😀 # Kommentar\r\n"
    (plans / "m.yaml").write_bytes(("\ufeff" + measures + "    goals: [Z-1]\r\n").encode())
    monkeypatch.chdir(tmp_path)
    log = sarif()
    found = {
        result["ruleId"]: (location["region"], result["partialFingerprints"])
        for result, location in zip(log["runs"][0]["results"], locations(log), strict=True)
        if location["artifactLocation"]["uri"] == "plans/m.yaml"
    }
    region, fingerprints = found["unknown-key"]
    assert region == {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 19}
    assert fingerprints["primaryLocationLineHash"] == "246662e02a002ce:1"
    assert found["missing-key"][1]["primaryLocationLineHash"] == "16e8e0c6fd063623:1"


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab :#\t\"'[]{},\\ä😀")), max_size=80), st.data())
def test_a_region_ends_inside_its_line(line: str, data: st.DataObject) -> None:
    column = data.draw(st.integers(min_value=1, max_value=len(line) + 2))
    end = value_end(line, column)
    assert column <= end <= max(len(line) + 1, column)
