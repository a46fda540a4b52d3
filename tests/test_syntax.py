"""The quoting that syntax messages propose reads back as exactly the text meant."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from werkplan import i18n
from werkplan.load.parser import parse
from werkplan.load.syntax import quoted
from werkplan.load.tree import Mapping, Scalar


@pytest.mark.parametrize(
    "text",
    [
        "Ziel: mehr Begegnung",
        "„Wir: gemeinsam“ im Landkreis",
        '"Sprechtage" im Amt',
        "Rostock's Bürgerbus",
        '"Rostock\'s" Bürgerbus',
        "Sprechtage #2 in Amtsgebäuden",
        "C:\\Daten\\plan",
        "@LandkreisRostock",
        "[Entwurf] Dorfladen",
    ],
)
def test_quoted_text_reads_back_unchanged(text: str) -> None:
    result = parse(f"title: {quoted(text)}\n", PurePath("x.yaml"))
    assert result.problems == []
    assert isinstance(result.root, Mapping)
    value = result.root.items[0][1]
    assert isinstance(value, Scalar)
    assert value.text == text


def test_an_unknown_libyaml_problem_keeps_its_words_in_english_only() -> None:
    result = parse("measures:\n  - id: X\n...\nfoo: 1\n", PurePath("x.yaml"))
    (problem,) = result.problems
    assert problem.message.key == "yaml_unreadable"
    assert "document start" in i18n.render(problem.message, "en")
    assert "document" not in i18n.render(problem.message, "de")
