"""German and English texts, labels and date formats for everything a person reads.

Two lookups serve everything: ``text(key, lang, **args)`` for a text of the one catalogue
(werkplan.i18n.catalog; ``{n:Tag|Tage}`` chooses the form that fits a number), and
``label(vocabulary, value, lang, plan.labels)`` for the label of a value, the plan's own first.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import os
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from werkplan.i18n.catalog import (
    AMBIGUOUS_WORDS,
    DE,
    EN,
    SYNONYMS,
    TEXTS,
    VOCABULARIES,
)
from werkplan.percent import whole_percent
from werkplan.problems import (
    Choices,
    HorizonName,
    KeyPath,
    Label,
    Message,
    MessageArg,
    Quantity,
)
from werkplan.timeframes import Precision, TimeFrame

# The plan's own labels (plan.labels): vocabulary → value → an object with .get(lang).
PlanLabels = Mapping[str, Mapping[str, object]]

LANGUAGES = (DE, EN)

__all__ = [
    "LANGUAGES",
    "ChoiceReading",
    "choice_for_label",
    "count",
    "fill",
    "format_amount",
    "format_date",
    "format_horizon",
    "format_key_path",
    "format_number",
    "format_percent",
    "format_quantity",
    "format_timeframe",
    "has_text",
    "label",
    "quote",
    "read_choice",
    "render",
    "system_language",
    "text",
]


def text(key: str, lang: str, /, **args: MessageArg) -> str:
    """The catalogue's text for ``key`` in ``lang``, with its arguments filled in."""
    return render(Message.of(key, **args), lang)


def has_text(key: str) -> bool:
    return key in TEXTS


def render(message: Message, lang: str, labels: PlanLabels | None = None) -> str:
    """A message (a key with arguments, as problems carry it) in ``lang``."""
    args = {name: _format_arg(value, lang, labels) for name, value in message.args}
    template = TEXTS[message.key][lang]
    rendered = fill(template, **args)
    for name, value in args.items():
        continuation = TEXTS.get(f"{message.key}+{name}")
        if continuation is None and name not in _names_in(template):
            continuation = TEXTS.get(f"*+{name}")
        if continuation is not None and value:
            rendered += fill(continuation[lang], **args)
    return rendered


@functools.lru_cache(maxsize=1024)  # asked for each argument of every message
def _names_in(template: str) -> frozenset[str]:
    """The arguments a text shows itself: a ``*+name`` continuation would repeat them."""
    return frozenset(name for _, name, _, _ in _FORMATTER.parse(template) if name)


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
    if "|" not in template:  # no plural form: str.format gives the same text, in C
        return template.format(**args)
    return _FORMATTER.format(template, **args)


def label(vocabulary: str, value: str, lang: str, plan_labels: PlanLabels | None = None) -> str:
    """A value's label: the plan's own (plan.labels) if it gives one, else werkplan's."""
    own = (plan_labels or {}).get(vocabulary, {}).get(value)
    if own is not None:
        return str(own.get(lang))  # type: ignore[attr-defined]
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
    return text(f"count.{noun}", lang, n=number)


def format_date(value: dt.date, lang: str) -> str:
    if lang == DE:
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    return value.isoformat()


def format_timeframe(frame: TimeFrame, lang: str) -> str:
    """As written: '30.06.2026', 'Juni 2026', '4. Quartal 2026', '2. Halbjahr 2026', '2026'."""
    year = frame.first.year
    if frame.precision is Precision.DAY:
        return format_date(frame.first, lang)
    if frame.precision is Precision.MONTH:
        return f"{label('month', str(frame.part), lang)} {year}"
    if frame.precision is Precision.QUARTER:
        return f"{frame.part}. Quartal {year}" if lang == DE else f"Q{frame.part} {year}"
    if frame.precision is Precision.HALF:
        return f"{frame.part}. Halbjahr {year}" if lang == DE else f"H{frame.part} {year}"
    return str(year)


def format_horizon(label: str, end: TimeFrame | None, lang: str) -> str:
    """A horizon as a deadline, in every output: 'mittelfristig (bis 2028)', 'medium term
    (by 2028)'; its label alone where it has no end."""
    if end is None:
        return label
    return text("show.horizon_until", lang, label=label, end=end)


def format_key_path(path: str, lang: str) -> str:
    """A key inside lists of entries as people count: `milestones.1.title` → "`title` in
    Meilenstein 2" ("`title` in milestone 2"); entries inside entries from the inside out
    ("Auswahlwert 2 in Merkmal 1"). A path without a list is shown as written."""
    parts = path.split(".")
    entries: list[str] = []
    key_parts: list[str] = []
    for position, part in enumerate(parts):
        list_key = parts[position - 1] if position else ""
        if part.isdigit() and list_key in VOCABULARIES["entry"]:
            entries.insert(0, f"{label('entry', list_key, lang)} {int(part) + 1}")
            key_parts = []
        elif not (position + 1 < len(parts) and parts[position + 1].isdigit()):
            key_parts.append(part)
    if not entries:
        return f"`{path}`"
    where = " in ".join(entries)
    return f"`{'.'.join(key_parts)}` in {where}" if key_parts else where


def format_number(value: float, lang: str, decimals: int | None = None) -> str:
    """1100000 → '1.100.000' (de) or '1,100,000' (en); decimals as given, else as needed."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else _decimals_written(float(value))
    text = f"{value:,.{decimals}f}"
    if lang == DE:
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_percent(value: float, lang: str, space: str = " ") -> str:
    """A whole percentage, rounded half up: '13 %' (de), '13%' (en) – everywhere werkplan
    shows one (list, show, report, change log). The report keeps number and sign together
    with a no-break ``space``."""
    number = format_number(whole_percent(value), lang, 0)
    return f"{number}{space}%" if lang == DE else f"{number}%"


def _decimals_written(value: float) -> int:
    """The decimals of the shortest way to write a number (1.25 → 2, 1e-07 → 7), at most 6;
    0 for infinity and NaN."""
    exponent = decimal.Decimal(repr(value)).as_tuple().exponent
    return min(max(-exponent, 0), 6) if isinstance(exponent, int) else 0


def format_amount(value: float, lang: str) -> str:
    """Euros: '1.100.000 €' (de), '€1,100,000' (en); cents only where there are any."""
    decimals = 0 if float(value).is_integer() else 2
    number = format_number(value, lang, decimals)
    return f"{number} €" if lang == DE else f"€{number}"


def format_quantity(value: float, unit: str, lang: str, decimals: int | None = None) -> str:
    """A value with its unit; euros as an amount ('1.100.000 €')."""
    if unit == "€":
        return format_amount(value, lang)
    number = format_number(value, lang, decimals)
    if unit == "%" and lang == EN:
        return f"{number}%"  # as format_percent: 27.8% in English, 27,8 % in German
    return f"{number} {unit}" if unit else number


def system_language() -> str:
    """The language for texts before a plan is read (help, usage errors): from the locale."""
    for variable in ("WERKPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return DE if value.lower().startswith("de") else EN
    return DE


def _format_arg(value: MessageArg, lang: str, labels: PlanLabels | None = None) -> str:
    if isinstance(value, Label):
        return label(value.vocabulary, value.value, lang, labels)
    if isinstance(value, Choices):
        if lang == EN:
            return ", ".join(value.values)
        return ", ".join(f"{v} ({label(value.vocabulary, v, lang, labels)})" for v in value.values)
    if isinstance(value, TimeFrame):
        return format_timeframe(value, lang)
    if isinstance(value, Quantity):
        return format_quantity(value.value, value.unit, lang, value.decimals)
    if isinstance(value, KeyPath):
        return format_key_path(value.path, lang)
    if isinstance(value, HorizonName):
        return format_horizon(value.label(lang), value.end, lang)
    if isinstance(value, float):
        return format_number(value, lang)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)
