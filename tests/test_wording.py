"""Counts read as German and English: "1 Tag", "216 Tage", never "1 Ziele" or "216 T."."""

from __future__ import annotations

import re
import string

import pytest

from werkplan import i18n
from werkplan.i18n.catalog import DE, EN, TEXTS

# Plural nouns that must never follow the number 1.
_PLURALS = (
    r"Tage|Tagen|Ziele|Dateien|Maßnahmen|Fehlern|Warnungen|Ebenen|Werte|Zeilen|"
    r"days|goals|files|measures|errors|warnings|levels|values|rows|lines"
)
ONE_WITH_PLURAL = re.compile(rf"(?<![\d.,])1 (?:{_PLURALS})\b")


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# import-status words its summary with its own rework of that command.
_ELSEWHERE = {"import_summary", "import_summary_dry"}
# The help names exit codes ("1 errors"): numbers there count nothing.
_NOT_COUNTING = ("help.",)


def _all_texts() -> list[tuple[str, str]]:
    texts = [
        item
        for item in TEXTS.items()
        if item[0] not in _ELSEWHERE and not item[0].startswith(_NOT_COUNTING)
    ]
    return [(f"{key}/{lang}", text) for key, by_lang in texts for lang, text in by_lang.items()]


def test_no_text_puts_a_plural_noun_after_one() -> None:
    """Every text of the catalogue, in one test: the offenders are listed together."""
    wrong = []
    for name, template in _all_texts():
        rendered = i18n.fill(template, **dict.fromkeys(_placeholders(template), "1"))
        if ONE_WITH_PLURAL.search(rendered):
            wrong.append((name, rendered))
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("key", "args", "de", "en"),
    [
        ("late_by", {"days": 1}, "1 Tag überfällig", "1 day late"),
        ("late_by", {"days": 216}, "216 Tage überfällig", "216 days late"),
        (
            "fmt_summary_dry",
            {"changed": 1, "unchanged": 4, "left_alone": 0},
            "1 Datei würde umformatiert, 4 unverändert, 0 nicht angefasst.",
            "1 file would be reformatted, 4 unchanged, 0 left alone.",
        ),
        (
            "fmt_summary",
            {"changed": 2, "unchanged": 1, "left_alone": 0},
            "2 Dateien umformatiert, 1 unverändert, 0 nicht angefasst.",
            "2 files reformatted, 1 unchanged, 0 left alone.",
        ),
    ],
)
def test_counted_texts(key: str, args: dict[str, int], de: str, en: str) -> None:
    assert i18n.text(key, DE, **args) == de
    assert i18n.text(key, EN, **args) == en


def test_overdue_message_counts_days_in_the_dative() -> None:
    assert "seit 1 Tag überfällig" in i18n.text("overdue", DE, id="M-1", days=1, due="x", status="")
    assert "seit 2 Tagen überfällig" in i18n.text(
        "overdue", DE, id="M-1", days=2, due="x", status=""
    )
    assert "is 1 day overdue" in i18n.text("overdue", EN, id="M-1", days=1, due="x", status="")


def test_report_texts_count_goals_and_days() -> None:
    assert i18n.fill(TEXTS["gaps_counted"][DE], count=1) == "Ziel ohne Maßnahme"
    assert i18n.fill(TEXTS["gaps_counted"][DE], count=3) == "Ziele ohne Maßnahme"
    assert i18n.fill(TEXTS["due_soon"][DE], days=42) == "Bald fällig (nächste 42 Tage)"
    assert i18n.fill(TEXTS["due_soon"][DE], days=1) == "Bald fällig (nächster Tag)"
    # Markdown hands the numbers in as escaped text
    assert i18n.fill(TEXTS["late_by"][EN], days="1") == "1 day late"
