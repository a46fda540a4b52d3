"""comment-in-text: `title: Sprechtage #2 in Amtsgebäuden` warns; ordinary comments do not."""

from __future__ import annotations

import pytest
from conftest import PlanWriter, run_check

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.model import Measure

MEASURE = """\
measures:
  - id: M-1
    goals: [Z-1]
    owner: amt
    status: in_progress
    updated: 2026-11-01
    due: 2026-12-31
"""


def file_with(line: str) -> str:
    """The measure above with one more line (indented as a key of the measure)."""
    title = "" if line.lstrip().startswith("title:") else "    title: Treffpunkt\n"
    return MEASURE + title + line + "\n"


def check_line(write_plan: PlanWriter, line: str) -> CheckResult:
    return run_check(write_plan({"m.yaml": file_with(line)}))


def warnings(result: CheckResult) -> list[tuple[int, int]]:
    return [(p.line, p.column) for p in result.problems if p.rule == "comment-in-text"]


@pytest.mark.parametrize(
    "line",
    [
        "    title: Sprechtage #2 in Amtsgebäuden",  # a number after one space
        "    title: Kampagne #WirAlle im Landkreis",  # a hashtag
        "    note: Treffpunkt für  # Jung und Alt",  # the sentence goes on
        "    note: Busse, Bahnen,   # Rufbusse",  # after a comma
        "    description: Fahrdienst –  # auch am Wochenende",  # after a dash
        "    target_groups:\n      - Familien #1",  # an item of a text list
    ],
)
def test_a_comment_that_continues_the_text_is_reported(write_plan: PlanWriter, line: str) -> None:
    result = check_line(write_plan, line)
    lines = file_with(line).split("\n")
    hashed = next(number for number, text in enumerate(lines, start=1) if "#" in text)
    # reported where the text was cut: at the `#`
    assert warnings(result) == [(hashed, lines[hashed - 1].index("#") + 1)], result.problems
    assert result.errors == 0


@pytest.mark.parametrize(
    "line",
    [
        "    title: Foo  # TODO",  # an ordinary trailing comment
        "    title: Foo #TODO klären",  # a marker, however it is spaced
        "    title: Foo # verschoben",  # set apart by a space after the #
        "    title: Foo   #zweiter Versuch",  # set apart by several spaces
        "    note: Alles erledigt.  # siehe Protokoll",
        "    start: 2026-06-30  # verschoben",  # dates are not text
        "    start: 2026-06-30 #verschoben",
        "    partners: [beirat] #Beirat",  # ids are not text
        '    title: "Sprechtage #2 in Amtsgebäuden"',  # quoted: the whole text
        "    title: Sprechtage#2",  # no space: not a comment at all
        "    note: >-\n      Sprechtage #2 in Amtsgebäuden",  # a block text
        "    title: Foo #",  # an empty comment
    ],
)
def test_ordinary_comments_and_other_fields_are_left_alone(
    write_plan: PlanWriter, line: str
) -> None:
    result = check_line(write_plan, line)
    assert warnings(result) == [], result.problems


def test_the_message_says_what_was_read_and_how_to_quote(write_plan: PlanWriter) -> None:
    result = check_line(write_plan, "    title: Sprechtage #2 in Amtsgebäuden")
    (problem,) = [p for p in result.problems if p.rule == "comment-in-text"]
    assert str(problem.severity) == "warning"
    german = i18n.render(problem.message, "de")
    assert "„Sprechtage“" in german
    assert "„#2 in Amtsgebäuden“" in german
    assert '`title: "Sprechtage #2 in Amtsgebäuden"`' in german
    assert '`title: "Sprechtage #2 in Amtsgebäuden"`' in i18n.render(problem.message, "en")


@pytest.mark.parametrize(
    "line",
    [
        "    title: Sprechtage #2 in Amtsgebäuden",
        '    title: Der "Dorfladen" #1 im Kreis',
        "    target_groups:\n      - Familien #1",
    ],
)
def test_the_proposed_line_keeps_the_whole_text(write_plan: PlanWriter, line: str) -> None:
    result = check_line(write_plan, line)
    (problem,) = [p for p in result.problems if p.rule == "comment-in-text"]
    indent = " " * (6 if "- " in line else 4)
    fixed_line = line.rsplit("\n", 1)[0] + "\n" + indent if "\n" in line else indent
    fixed = check_line(write_plan, fixed_line + str(problem.message.arguments["fix"]))
    assert warnings(fixed) == []
    (measure,) = fixed.plan.measures
    assert isinstance(measure, Measure)
    whole = line.split(": ", 1)[1] if "\n" not in line else "Familien #1"
    assert whole in (measure.title, *measure.target_groups)
