"""`--help` in the reader's language: German frame words under LANG=de_DE.UTF-8, value names a
person understands, and no choice list broken in the middle of a word on a narrow terminal."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from helpers import cli

from werkplan import i18n
from werkplan.cli.help import LANGUAGE

COMMANDS = [
    [],
    ["check"],
    ["report"],
    ["list"],
    ["show"],
    ["export"],
    ["import-status"],
    ["import-values"],
    ["changes"],
    ["fmt"],
    ["init"],
    ["schema"],
    ["rules"],
    ["new"],
    ["new", "measure"],
    ["new", "goal"],
    ["new", "actor"],
    ["values"],
    ["values", "add"],
]

# One process per language: the help language is fixed when the app is built.
_SCRIPT = """
import sys
from typer.testing import CliRunner
from werkplan.cli import app
for command in {commands!r}:
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0, (command, result.output)
    print("=== " + " ".join(command))
    print(result.stdout)
"""

TYPE_NAMES = ("<bool>", "<list[", "<str>", "<path>", "<int", "<text>")
# Single words, so that wrapping on a narrow terminal cannot hide them.
ENGLISH_FRAME = (
    "Usage:",
    "Options",
    "Arguments",
    "Commands",
    "[default:",
    "[required]",
    "Show",
    "[OPTIONS]",
    "COMMAND",
    "completion",
)


def all_help(lang: str, columns: int, commands: list[list[str]] = COMMANDS) -> dict[str, str]:
    env = {**os.environ, "LANG": lang, "COLUMNS": str(columns), "TERMINAL_WIDTH": str(columns)}
    for variable in ("WERKPLAN_LANG", "LC_ALL", "LC_MESSAGES", "GITHUB_ACTIONS", "FORCE_COLOR"):
        env.pop(variable, None)
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT.format(commands=commands)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    pages = done.stdout.split("=== ")[1:]
    return {page.split("\n", 1)[0] or "werkplan": page.split("\n", 1)[1] for page in pages}


@pytest.fixture(scope="module")
def german() -> dict[str, str]:
    return all_help("de_DE.UTF-8", 60)


@pytest.fixture(scope="module")
def english() -> dict[str, str]:
    return all_help("C", 60)


@pytest.mark.slow
def test_check_help_under_a_german_locale() -> None:
    """The quick look; the sweep over every command in both languages is marked slow."""
    (page,) = all_help("de_DE.UTF-8", 80, [["check"]]).values()
    assert "Aufruf: werkplan check [OPTIONEN] [PLAN_DIR]" in page
    assert "─ Argumente ─" in page
    assert "─ Optionen ─" in page
    assert "[Standard: auto]" in page
    assert "--strict  " in page
    for word in (*ENGLISH_FRAME, *TYPE_NAMES):
        assert word not in page


@pytest.mark.slow
def test_every_command_has_help_in_both_languages(
    german: dict[str, str], english: dict[str, str]
) -> None:
    assert len(german) == len(english) == len(COMMANDS)


@pytest.mark.slow
def test_german_help_has_no_english_frame_words(german: dict[str, str]) -> None:
    for command, page in german.items():
        words = set(page.split())
        for word in ENGLISH_FRAME:
            assert word not in words, (command, word)
    assert "Aufruf: werkplan check [OPTIONEN] [PLAN_DIR]" in german["check"]
    assert "─ Optionen ─" in german["check"]
    assert "─ Befehle ─" in german["werkplan"]
    assert "[Standard: auto]" in german["check"]
    assert "[Pflicht]" in german["new measure"]


@pytest.mark.slow
def test_english_help_keeps_english_frame_words(english: dict[str, str]) -> None:
    assert "Usage: werkplan check [OPTIONS] [PLAN_DIR]" in english["check"]
    assert "[required]" in english["new measure"]


@pytest.mark.slow
@pytest.mark.parametrize("language", ["german", "english"])
def test_no_type_names_and_no_broken_choice_lists(
    language: str, request: pytest.FixtureRequest
) -> None:
    pages: dict[str, str] = request.getfixturevalue(language)
    for command, page in pages.items():
        for name in TYPE_NAMES:
            assert name not in page, (command, name)
        for line in page.splitlines():
            # a value name or choice list is whole on its line: "<auto|alw" + "ays>" is broken
            assert not re.search(r"<[^>\s]*(\s|│|$)", line), (command, line)
            assert not re.search(r"(^|\s)[a-z|]*[a-z]>", line.replace("->", "")), (command, line)


@pytest.mark.slow
def test_switches_show_no_value(german: dict[str, str]) -> None:
    assert re.search(r"^│ --strict +Auch bei Warnungen", german["check"], re.MULTILINE)
    assert re.search(r"^│ --help +-h +Diese Hilfe", german["list"], re.MULTILINE)


def test_new_measure_describes_its_own_options() -> None:
    """Not the filter texts of `list` ("Nur Maßnahmen zu diesem Ziel")."""
    page = cli(["new", "measure", "--help"]).stdout
    for own, borrowed in (("new_measure_goal", "list_goal"), ("new_measure_owner", "owner")):
        assert i18n.text(f"help.{own}", LANGUAGE) in page
        assert i18n.text(f"help.{borrowed}", LANGUAGE) not in page
