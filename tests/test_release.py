"""What a release is made of agrees with itself: one version, the type marker in the wheel.

The version has one source, `version` in pyproject.toml. The program reads it from the
installed package's metadata (werkplan.__version__, `werkplan --version`, SARIF, the JSON
Schema's id); publiccode.yml and CHANGELOG.md repeat it for readers and must say the same.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import tomllib
import zipfile
from importlib import resources
from pathlib import Path

import pytest
from conftest import REPO
from ruamel.yaml import YAML

import werkplan

# "## [0.1.0] - 2026-11-26", as keep-a-changelog writes a release.
_RELEASE = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})$", re.MULTILINE)


def project_version() -> str:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    return str(project["version"])


def latest_release(changelog: str) -> tuple[str, dt.date]:
    """The newest release of a keep-a-changelog file: the first dated version heading."""
    found = _RELEASE.search(changelog)
    if found is None:
        raise ValueError("no release heading '## [VERSION] - YYYY-MM-DD'")
    return found["version"], dt.date.fromisoformat(found["date"])


def test_latest_release_reads_the_first_dated_heading() -> None:
    text = "# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - 2027-01-31\n\n## [0.1.0] - 2026-11-26\n"
    assert latest_release(text) == ("0.2.0", dt.date(2027, 1, 31))
    with pytest.raises(ValueError, match="no release heading"):
        latest_release("# Changelog\n\n## [Unreleased]\n")


def test_the_installed_package_has_the_version_of_pyproject() -> None:
    assert werkplan.__version__ == project_version(), (
        "the installed metadata is older than pyproject.toml: pip install -e '.[test]' again"
    )


def test_publiccode_names_the_version_of_pyproject() -> None:
    publiccode = YAML(typ="safe").load((REPO / "publiccode.yml").read_text("utf-8"))
    assert publiccode["softwareVersion"] == project_version()


def test_changelog_latest_release_is_the_version_of_pyproject() -> None:
    changelog = (REPO / "CHANGELOG.md").read_text("utf-8")
    assert changelog.index("## [") == changelog.index("## [Unreleased]")  # newest on top
    version, date = latest_release(changelog)
    assert version == project_version()
    publiccode = YAML(typ="safe").load((REPO / "publiccode.yml").read_text("utf-8"))
    assert date == dt.date.fromisoformat(str(publiccode["releaseDate"]))


def test_the_package_says_it_is_typed() -> None:
    assert resources.files("werkplan").joinpath("py.typed").is_file()


@pytest.mark.slow
def test_the_wheel_holds_the_type_marker_and_templates(tmp_path: Path) -> None:
    """Built as a user's pip builds it (isolated, with hatchling from the index)."""
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = tmp_path.glob("werkplan-*.whl")
    assert wheel.name.startswith(f"werkplan-{project_version()}-")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read(f"werkplan-{project_version()}.dist-info/METADATA").decode()
    assert "werkplan/py.typed" in names
    assert "werkplan/templates/report.html.j2" in names
    # The development tools are a dependency group, not part of what the package publishes.
    assert "Provides-Extra: test" in metadata
    assert not re.search(r"^Requires-Dist: (ruff|mypy|pytest-cov)\b", metadata, re.MULTILINE)
