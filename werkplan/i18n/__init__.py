"""German and English texts, labels and date formats for everything a person reads."""

from __future__ import annotations

import datetime as dt
import os
import string
from dataclasses import dataclass
from typing import Any

from werkplan.i18n.catalog import (
    AMBIGUOUS_WORDS,
    DE,
    EN,
    NOUNS,
    SYNONYMS,
    TEXTS,
    VOCABULARIES,
)
from werkplan.problems import Choices, Label, Message, MessageArg

LANGUAGES = (DE, EN)

__all__ = [
    "LANGUAGES",
    "ChoiceReading",
    "choice_for_label",
    "count",
    "fill",
    "format_date",
    "format_number",
    "label",
    "quote",
    "read_choice",
    "render",
    "system_language",
    "text",
]


def text(key: str, lang: str, /, **args: MessageArg) -> str:
    return render(Message.of(key, **args), lang)


def render(message: Message, lang: str) -> str:
    args = {name: _format_arg(value, lang) for name, value in message.args}
    rendered = fill(TEXTS[message.key][lang], **args)
    for name, value in args.items():
        continuation = TEXTS.get(f"{message.key}+{name}") or TEXTS.get(f"*+{name}")
        if continuation is not None and value:
            rendered += fill(continuation[lang], **args)
    return rendered


class _CountingFormatter(string.Formatter):
    """``str.format`` that also knows plural forms: ``{days:Tag|Tage}`` is the word that fits
    the number in ``days``; a ``#`` in the chosen form stands for the number itself, so
    ``{days:nächster Tag|nächste # Tage}`` reads "nächster Tag" or "nächste 42 Tage"."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" not in format_spec:
            return str(super().format_field(value, format_spec))
        one, other = format_spec.split("|", 1)
        number = int(value)  # an int, or its text after escaping for Markdown
        return (one if number == 1 else other).replace("#", str(number))


_FORMATTER = _CountingFormatter()


def fill(template: str, /, **args: Any) -> str:
    """A catalogue text with its arguments filled in, plural forms chosen by the numbers."""
    return _FORMATTER.format(template, **args)


def label(vocabulary: str, value: str, lang: str) -> str:
    labels = VOCABULARIES.get(vocabulary, {}).get(value)
    return labels[lang] if labels else value


@dataclass(frozen=True, slots=True)
class ChoiceReading:
    """What a written word means in a vocabulary.

    ``value`` is the key when the word names exactly one; ``how`` says whether it was the key
    itself, one of its labels ('Abgeschlossen', 'Done') or a usual word for it ('erledigt').
    ``candidates`` lists the keys an ambiguous word could mean ('läuft': in_progress, ongoing).
    """

    value: str | None
    how: str = ""  # "key", "label", "synonym" or "" when nothing matched
    candidates: tuple[str, ...] = ()


def read_choice(vocabulary: str, written: str) -> ChoiceReading:
    """The one reading of status words and the like, for `check`, `import-status` and `list`."""
    wanted = " ".join(written.split()).casefold()
    values = VOCABULARIES.get(vocabulary, {})
    for value in values:
        if wanted == value.casefold():
            return ChoiceReading(value, "key")
    for value, labels in values.items():
        if wanted in (labels[DE].casefold(), labels[EN].casefold()):
            return ChoiceReading(value, "label")
    candidates = AMBIGUOUS_WORDS.get(vocabulary, {}).get(wanted)
    if candidates:
        return ChoiceReading(None, "", candidates)
    synonym = SYNONYMS.get(vocabulary, {}).get(wanted)
    return ChoiceReading(synonym, "synonym") if synonym else ChoiceReading(None)


def choice_for_label(vocabulary: str, written: str) -> str | None:
    """The key someone meant with a label or a usual word, e.g. 'Abgeschlossen' → 'done'."""
    return read_choice(vocabulary, written).value


def quote(text: str, lang: str) -> str:
    return f"„{text}“" if lang == DE else f"'{text}'"


def count(number: int, noun: str, lang: str) -> str:
    """'1 Datei', '3 Dateien'."""
    singular, plural = NOUNS[noun][lang]
    return f"{number} {singular if number == 1 else plural}"


def format_number(number: int, lang: str) -> str:
    """'9.940' in German, '9,940' in English."""
    grouped = f"{number:,}"
    return grouped.replace(",", ".") if lang == DE else grouped


def format_date(value: dt.date, lang: str) -> str:
    if lang == DE:
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    return value.isoformat()


def system_language() -> str:
    """The language for texts before a plan is read (help, usage errors): from the locale."""
    for variable in ("WERKPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return DE if value.lower().startswith("de") else EN
    return DE


def _format_arg(value: MessageArg, lang: str) -> str:
    if isinstance(value, Label):
        return label(value.vocabulary, value.value, lang)
    if isinstance(value, Choices):
        if lang == EN:
            return ", ".join(value.values)
        return ", ".join(f"{v} ({label(value.vocabulary, v, lang)})" for v in value.values)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)
