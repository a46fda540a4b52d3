"""Each file in tests/broken/, dropped into a valid plan: exit 1, the right file, line and message.

The files are the mistakes people make when they edit YAML by hand. expected.json names, for
each, the rule, the line where the mistake is (not where the parser gave up) and the message
key. A message that proposes a corrected line must be right: applying it makes the file
readable.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path, PurePath

import pytest
from conftest import MINIMAL_PLAN, TODAY
from helpers import cli

from werkplan import i18n
from werkplan.checker import check_plan
from werkplan.load.parser import parse
from werkplan.problems import Problem

BROKEN = Path(__file__).parent / "broken"
EXPECTED: dict[str, list[object]] = json.loads((BROKEN / "expected.json").read_text())

# libyaml's own words, which no German message may contain.
LIBYAML_WORDS = re.compile(
    r"did not find|could not find|while (scanning|parsing)|expected|found character|"
    r"mapping values|not allowed|end of stream|block (end|mapping|sequence)",
    re.IGNORECASE,
)


def test_every_broken_file_has_an_expectation() -> None:
    assert sorted(EXPECTED) == sorted(p.name for p in BROKEN.glob("*.yaml"))


def _plan_with(tmp_path: Path, name: str) -> Path:
    (tmp_path / "plan.yaml").write_text(MINIMAL_PLAN + "measures: []\n", encoding="utf-8")
    shutil.copy(BROKEN / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file(tmp_path: Path, name: str) -> None:
    rule, line, _ = EXPECTED[name]
    result = cli(
        ["check", str(_plan_with(tmp_path, name)), "--format", "json", "--today", "2026-11-25"]
    )
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    problems = json.loads(result.stdout)["problems"]
    here = [(p["rule"], p["line"]) for p in problems if p["path"].endswith("/" + name)]
    assert (rule, line) in here, problems
    assert all(p["path"].endswith("/" + name) for p in problems if p["severity"] == "error")


def _problem(tmp_path: Path, name: str) -> Problem:
    rule, line, key = EXPECTED[name]
    result = check_plan(_plan_with(tmp_path, name), TODAY)
    found = [p for p in result.problems if p.path.name == name and p.rule == rule]
    assert [(p.line, p.message.key) for p in found][:1] == [(line, key)], found
    return found[0]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_names_the_line_with_the_mistake_and_its_message(
    tmp_path: Path, name: str
) -> None:
    problem = _problem(tmp_path, name)
    german = i18n.render(problem.message, "de")
    assert not LIBYAML_WORDS.search(german), german
    assert not re.search(r"\{[a-z_]+\}", german), german  # every placeholder filled in


SYNTAX = sorted(name for name, (rule, *_) in EXPECTED.items() if rule == "yaml-syntax")


@pytest.mark.parametrize("name", SYNTAX)
def test_the_advice_repairs_the_file(tmp_path: Path, name: str) -> None:
    problem = _problem(tmp_path, name)
    text = (BROKEN / name).read_text(encoding="utf-8")
    repaired = _follow(problem, text)
    if repaired is None:  # a text over several lines: where it ends, only its author knows
        assert (problem.message.key, problem.message.arguments["fix"]) == ("yaml_colon", "")
        return
    syntax = [p for p in parse(repaired, PurePath(name)).problems if p.rule == "yaml-syntax"]
    assert syntax == [], (repaired, [i18n.render(p.message, "de") for p in syntax])


def _follow(problem: Problem, text: str) -> str | None:
    """The file after doing what the message says, where it says it exactly."""
    lines = text.split("\n")
    row = lines[problem.line - 1]
    indent = row[: len(row) - len(row.lstrip(" \t"))]
    args = problem.message.arguments
    key = problem.message.key
    if key == "multi_document":  # "remove the `---` line"
        del lines[problem.line - 1]
    elif key == "yaml_empty_key":  # "... or delete the colon"
        lines[problem.line - 1] = row.replace(":", "", 1)
    elif key == "yaml_tab":
        lines[problem.line - 1] = row.replace("\t", "  ")
    elif key in ("yaml_over_indented", "yaml_line_without_colon"):
        lines[problem.line - 1] = " " * int(str(args["spaces"])) + row.lstrip()
    elif key == "yaml_indentation":
        lines[problem.line - 1] = " " * int(str(args["expected"])) + row.lstrip()
    elif key == "yaml_unclosed_quote":
        lines[problem.line - 1] = row + str(args["quote"])
    elif args.get("fix"):
        lines[problem.line - 1] = indent + str(args["fix"])
    else:
        return None
    return "\n".join(lines)
