"""publiccode.yml: valid for the SchemaStore schema and free of what the official parser
(italia/publiccode-parser-go) reports as deprecated."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, find_tool
from ruamel.yaml import YAML

from werkplan import __version__

PUBLICCODE = REPO / "publiccode.yml"
SCHEMA = REPO / "tests" / "schemas" / "publiccode.json"  # source and licence: README.md there
# Keys the official parser warns about as DEPRECATED (fields.go of publiccode-parser-go).
DEPRECATED = ("monochromeLogo", "inputTypes", "outputTypes", "it")
DEPRECATED_LEGAL = ("authorsFile", "repoOwner")


def load() -> dict[str, Any]:
    data: dict[str, Any] = YAML(typ="safe").load(PUBLICCODE.read_text(encoding="utf-8"))
    return data


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [find_tool("check-jsonschema"), "--schemafile", str(SCHEMA), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
def test_publiccode_validates_against_the_schemastore_schema() -> None:
    done = validate(PUBLICCODE)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_the_schema_rejects_a_category_outside_the_list(tmp_path: Path) -> None:
    """The check above can fail: the category list of the standard is enforced."""
    wrong = tmp_path / "publiccode.yml"
    text = PUBLICCODE.read_text(encoding="utf-8")
    wrong.write_text(text.replace("  - data-analytics\n", "  - reporting-issues\n"), "utf-8")
    done = validate(wrong)
    assert done.returncode == 1
    assert "reporting-issues" in done.stdout


def test_publiccode_uses_no_deprecated_keys() -> None:
    data = load()
    assert not set(DEPRECATED) & set(data)
    assert not set(DEPRECATED_LEGAL) & set(data["legal"])
    for description in data["description"].values():
        assert "genericName" not in description
    assert "conforme" not in data.get("IT", {})


def test_publiccode_has_the_fields_the_catalogue_shows() -> None:
    data = load()
    assert data["publiccodeYmlVersion"] == "0"  # the parser's advice: the latest 0.x
    assert dt.date.fromisoformat(str(data["releaseDate"]))
    assert data["legal"]["license"] == "EUPL-1.2"
    for lang in ("de", "en"):
        description = data["description"][lang]
        assert description["shortDescription"]
        assert len(description["shortDescription"]) <= 150
        assert 150 <= len(description["longDescription"]) <= 10000
    assert data["softwareVersion"] == __version__ or __version__.startswith("0.0.0")
