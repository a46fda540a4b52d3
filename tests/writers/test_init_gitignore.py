"""`werkplan init` writes a `.gitignore` that keeps reports and exports out of git, a README
that writes the report beside the plan folder, and a message for a file given as DIR."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from helpers import cli


def git(folder: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(folder), *args], check=True, capture_output=True, text=True
    )
    return done.stdout


@pytest.mark.parametrize(("lang", "report"), [("de", "bericht.html"), ("en", "report.html")])
def test_outputs_in_the_plan_folder_stay_out_of_git(tmp_path: Path, lang: str, report: str) -> None:
    plan = tmp_path / "plan"
    assert cli(["init", str(plan), "--lang", lang]).exit_code == 0
    git(plan, "init", "-q")
    readme = (plan / "README.md").read_text(encoding="utf-8")
    assert f"werkplan report . -o ../{report}" in readme
    written = cli(["report", str(plan), "-o", str(plan / report)])
    assert written.exit_code == 0, written.output
    (plan / "massnahmen.xlsx").write_bytes(b"")
    (plan / "werte.csv").write_text("date;value\n", encoding="utf-8")
    untracked = set(git(plan, "status", "--porcelain", "--untracked-files=all").splitlines())
    assert f"?? {report}" not in untracked
    assert "?? massnahmen.xlsx" not in untracked
    assert "?? werte.csv" in untracked  # values files belong to the plan
    assert "?? .werkplan/plan.schema.json" in untracked
    assert "?? .gitignore" in untracked


def test_an_existing_gitignore_is_kept(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    plan.mkdir()
    (plan / ".gitignore").write_text("*.log\n", encoding="utf-8")
    result = cli(["init", str(plan), "--lang", "de"])
    assert result.exit_code == 0, result.output
    assert (plan / ".gitignore").read_text(encoding="utf-8") == "*.log\n"
    assert (plan / "plan.yaml").is_file()


def test_a_file_as_dir_gets_a_message_that_fits_init(tmp_path: Path) -> None:
    target = tmp_path / "m.csv"
    target.write_text("a;b\n", encoding="utf-8")
    result = cli(["init", str(target), "--lang", "de"])
    assert result.exit_code == 2
    assert "`werkplan init` legt einen neuen Plan in einem Ordner an" in result.stderr
    assert "in dem die Datei liegt" not in result.stderr
    assert target.read_text(encoding="utf-8") == "a;b\n"
