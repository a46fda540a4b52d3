"""Control characters written as YAML escapes are refused like raw ones (`invalid-character`).

``"\\e"`` in a double-quoted string is ESC once YAML has read it; it would reach terminals
through ``show``, ``list`` and ``report`` as a raw escape sequence.
"""

from __future__ import annotations

import pytest
from conftest import PlanWriter, run_check

MEASURE = """\
measures:
  - id: M-1
    title: {title}
    goals: [Z-1]
    owner: amt
    status: planned
    due: 2026-12-31
    updated: 2026-11-01
"""


@pytest.mark.parametrize(
    ("escape", "code"),
    [
        ("\\e", "U+001B"),
        ("\\x01", "U+0001"),
        ("\\0", "U+0000"),
        ("\\a", "U+0007"),
        ("\\b", "U+0008"),
        ("\\v", "U+000B"),
        ("\\f", "U+000C"),
        ("\\r", "U+000D"),
        ("\\x7f", "U+007F"),
        ("\\x9b", "U+009B"),
        ("\\N", "U+0085"),
        ("\\L", "U+2028"),
        ("\\P", "U+2029"),
        ("\\u001B", "U+001B"),
        ("\\U0000001b", "U+001B"),
        ("\\uFFFE", "U+FFFE"),
    ],
)
def test_an_escaped_control_character_is_an_error_at_the_escape(
    write_plan: PlanWriter, escape: str, code: str
) -> None:
    plan = write_plan({"m.yaml": MEASURE.format(title=f'"Treff {escape}punkt"')})
    result = run_check(plan)
    problems = [p for p in result.problems if p.rule == "invalid-character"]
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.path.name, problem.line, problem.column) == ("m.yaml", 3, 19)
    assert dict(problem.message.args)["code"] == code
    assert dict(problem.message.args)["escape"] == escape
    assert plan / "m.yaml" in result.plan.unread  # like a raw one: the file is not used


@pytest.mark.parametrize(
    "title",
    [
        '"Tab\\tund Zeile\\nzwei"',  # tab and line break are text
        '"\\u202eRTL\\u202c"',  # bidi characters are allowed, shown as codes in output
        '"Backslash \\\\e bleibt Text"',  # an escaped backslash, then the letter e
        "'\\e in einfachen Anführungszeichen ist Text'",
        "Ohne Anführungszeichen \\e ist Text",
        '"Schön \\u00fc \\x41 \\/ \\" \\_"',
    ],
)
def test_harmless_escapes_and_backslashes_stay_allowed(write_plan: PlanWriter, title: str) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.format(title=title)}))
    assert result.errors == 0, [p.message for p in result.problems]


def test_the_position_is_found_in_keys_and_on_later_lines(write_plan: PlanWriter) -> None:
    text = 'measures: []\n"ke\\x1by": 1\nnotes: "eins\n  zwei \\\\ drei \\e"\n'
    result = run_check(write_plan({"m.yaml": text}))
    problems = [p for p in result.problems if p.rule == "invalid-character"]
    assert [(p.line, p.column) for p in problems] == [(2, 4)]
    text = 'measures:\n  - id: M-1\n    title: "eins\n      zwei \\\\ drei \\e"\n'
    result = run_check(write_plan({"m.yaml": text}))
    problems = [p for p in result.problems if p.rule == "invalid-character"]
    assert [(p.line, p.column) for p in problems] == [(4, 20)]


def test_the_message_names_the_escape_and_the_code(write_plan: PlanWriter) -> None:
    from werkplan import i18n

    result = run_check(write_plan({"m.yaml": MEASURE.format(title='"a\\eb"')}))
    problem = next(p for p in result.problems if p.rule == "invalid-character")
    english = i18n.render(problem.message, "en")
    assert "\\e" in english
    assert "U+001B" in english
    assert "\x1b" not in english + i18n.render(problem.message, "de")
