"""Single written values → typed values, or the reason they are not valid and how to fix it.

Pure functions of the text: the reader attaches positions. Each returns the value, or an
``Issue`` with a rule id and a message that names the right spelling where there is one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from werkplan import timeframes
from werkplan.problems import Label, MessageArg, Quantity

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z", re.ASCII)
_LOOSE_ISO = re.compile(timeframes.LOOSE_ISO_DAY + r"\Z", re.ASCII)
_GERMAN_DATE = re.compile(timeframes.GERMAN_DAY + r"\Z", re.ASCII)
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})[Tt ]")
# Between the two ends of a range as people write it: 2026–2028, 2026 - 2028, 2026 bis 2028.
_RANGE_WORD = re.compile(r"\s*(?:–|—|\bbis\b|\bto\b)\s*|\s+-\s+", re.IGNORECASE)
# The written forms check reads; the JSON Schema for editors accepts the same (json_schema.py).
WHOLE_NUMBER_TEXT = r"\d{1,9}"
NUMBER_TEXT = r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?"
_WHOLE_NUMBER = re.compile(WHOLE_NUMBER_TEXT + r"\Z", re.ASCII)
_NUMBER = re.compile(NUMBER_TEXT + r"\Z", re.ASCII)
_GERMAN_THOUSANDS = re.compile(r"[+-]?\d{1,3}(\.\d{3})+(,\d+)?\Z", re.ASCII)
_GERMAN_DECIMAL = re.compile(r"[+-]?\d+,\d+\Z", re.ASCII)
# In an amount of euros, three digits after a point or comma are a thousands group: nobody
# writes tenths of a cent, but many write 12.000 € (which YAML would read as 12.0).
_THOUSANDS_DOT = re.compile(r"[+-]?[1-9]\d{0,2}\.\d{3}\Z", re.ASCII)
_THOUSANDS_COMMA = re.compile(r"[+-]?[1-9]\d{0,2}(,\d{3})+\Z", re.ASCII)
_UNIT_NOISE = re.compile(r"(€|eur(o)?|/a|/jahr|p\.\s?a\.|t/a|%|vzä|vza|fte)", re.IGNORECASE)
YES_WORDS = frozenset({"true", "yes", "ja", "on", "y", "j"})
NO_WORDS = frozenset({"false", "no", "nein", "off", "n"})
LINK_SCHEMES = ("http", "https", "mailto")
LARGEST_NUMBER = 1e15  # amounts, values and attributes; beyond it a float loses whole units


@dataclass(frozen=True)
class Issue:
    rule: str
    message: str
    args: dict[str, MessageArg]


def issue(rule: str, message: str, **args: MessageArg) -> Issue:
    return Issue(rule, message, args)


def exact_date(text: str) -> dt.date | Issue:
    match = _ISO_DAY.match(text)
    if match is None:
        frame = timeframes.parse(text)
        if frame is not None:  # a month, quarter or year where a day is needed
            return issue("invalid-date", "date_needs_day", value=text)
        return _hint_issue(text)
    day = timeframes.parse_day(text)
    if day is not None:
        return day
    return _impossible_date(text, int(match[1]), int(match[2]))


def time_frame(text: str) -> timeframes.TimeFrame | Issue:
    frame = timeframes.parse(text)
    if frame is not None:
        return frame
    match = _ISO_DAY.match(text)
    if match is not None:
        return _impossible_date(text, int(match[1]), int(match[2]))
    if timeframes.year_out_of_range(text):
        return issue(
            "invalid-date",
            "timeframe_bad_year",
            value=_short(text),
            minimum=timeframes.MIN_YEAR,
            maximum=timeframes.MAX_YEAR,
        )
    if _GERMAN_DATE.match(text) or _LOOSE_ISO.match(text):
        return _hint_issue(text)
    written = timeframes.parse_written(text)
    if written is not None:
        return issue(
            "invalid-date",
            "timeframe_written",
            value=text,
            canonical=str(written),
            meaning=written,
        )
    if (timestamp := _DATETIME.match(text)) is not None:
        return issue("invalid-date", "date_with_time", value=text, iso=timestamp.group(1))
    if (ends := time_range(text)) is not None:
        first, last = ends
        return issue("invalid-date", "timeframe_range", value=text, first=first, last=last)
    return issue("invalid-date", "timeframe_not_iso", value=_short(text))


def time_range(text: str) -> tuple[str, str] | None:
    """Both ends, canonical, of a range written where one time frame belongs: `2026–2028`,
    `2026-2028`, `2026 - 2028`, `2026 bis 2028`, `2026-Q1 – 2026-Q3`; None for anything else."""
    pieces = _RANGE_WORD.split(text.strip())
    if len(pieces) != 2:  # a plain hyphen: try each one as the place where the range turns
        hyphens = [i for i, char in enumerate(text) if char == "-"]
        pieces = next(
            ([text[:i], text[i + 1 :]] for i in hyphens if _both_ends(text[:i], text[i + 1 :])),
            [],
        )
    if len(pieces) != 2 or not _both_ends(*pieces):
        return None
    first, last = (timeframes.parse_written(piece.strip()) for piece in pieces)
    return str(first), str(last)


def _both_ends(first: str, last: str) -> bool:
    ends = (timeframes.parse_written(first.strip()), timeframes.parse_written(last.strip()))
    return all(end is not None for end in ends)


def whole_number(text: str, minimum: float, maximum: float) -> int | Issue:
    cleaned = text.strip()
    if _WHOLE_NUMBER.match(cleaned) and minimum <= int(cleaned) <= maximum:
        return int(cleaned)
    return issue(
        "invalid-type",
        "not_whole_number",
        value=_short(text),
        minimum=_plain(minimum),
        maximum=_plain(maximum),
    )


def number(text: str, minimum: float | None = None, maximum: float | None = None) -> Any:
    cleaned = text.strip()
    if _NUMBER.match(cleaned):
        value: int | float = float(cleaned) if re.search(r"[.eE]", cleaned) else int(cleaned)
        if not abs(value) < LARGEST_NUMBER:  # exports and sums stay exact below
            return issue("invalid-type", "number_too_large", value=_short(cleaned))
        if isinstance(value, float) and value.is_integer() and "." not in cleaned:
            value = int(value)
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            return issue(
                "invalid-type",
                "number_out_of_range",
                value=cleaned,
                range=_range_text(minimum, maximum),
            )
        return value
    suggestion = written_number(cleaned)
    if suggestion is not None:
        return issue("invalid-type", "number_written", value=_short(text), number=suggestion)
    return issue("invalid-type", "not_a_number", value=_short(text))


def amount(text: str, minimum: float | None = None, maximum: float | None = None) -> Any:
    """A sum of euros: a number, except that `12.000` is taken for twelve thousand written
    with a thousands point and refused with the plain spelling; `12.5` and `12.50` are cents."""
    cleaned = text.strip()
    if _THOUSANDS_DOT.match(cleaned):
        return issue(
            "invalid-type",
            "amount_thousands_point",
            value=cleaned,
            read=Quantity(float(cleaned), "€"),
            number=cleaned.replace(".", ""),
        )
    if _NUMBER.match(cleaned):
        return number(cleaned, minimum, maximum)
    suggestion = written_number(cleaned, amount=True)
    if suggestion is not None:
        return issue("invalid-type", "number_written", value=_short(text), number=suggestion)
    return number(text, minimum, maximum)


def written_number(text: str, amount: bool = False) -> str | None:
    """The plain number behind '1.100.000 €', '110.000 €/a', '1,5 VZÄ' or '2.480 t/a'; in an
    amount, '5,000 €' is five thousand."""
    core = _UNIT_NOISE.sub("", text).replace("\u00a0", " ").replace(" ", "").strip()
    core = core.rstrip(".-")  # "1.100.000,-"
    if core.endswith(","):
        core = core[:-1]
    if amount and _THOUSANDS_COMMA.match(core):
        core = core.replace(",", "")
    elif _GERMAN_THOUSANDS.match(core):
        core = core.replace(".", "").replace(",", ".")
    elif _GERMAN_DECIMAL.match(core):
        core = core.replace(",", ".")
    elif re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", core):
        core = core.replace(",", "")
    elif re.fullmatch(r"[+-]?\d+(_\d+)+", core):
        core = core.replace("_", "")
    if core != text and _NUMBER.match(core):
        return core
    return None


def yes_no(text: str) -> bool | Issue:
    lowered = text.strip().lower()
    if lowered in YES_WORDS:
        return True
    if lowered in NO_WORDS:
        return False
    return issue("invalid-type", "not_yes_no", value=_short(text))


def link(text: str) -> str | Issue:
    url = text.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return issue("invalid-url", "invalid_url", value=_short(text))
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES or any(ord(c) < 33 for c in url):
        return issue("invalid-url", "invalid_url", value=_short(text))
    if scheme != "mailto" and not parts.netloc:
        return issue("invalid-url", "invalid_url", value=_short(text))
    if scheme == "mailto" and "@" not in parts.path:
        return issue("invalid-url", "invalid_url", value=_short(text))
    return url


def _range_text(minimum: float | None, maximum: float | None) -> str:
    low = "" if minimum is None else _plain(minimum)
    high = "" if maximum is None else _plain(maximum)
    return f"{low} … {high}".strip()


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _short(text: str) -> str:
    return printable(text[:60])


def printable(text: str) -> str:
    return "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in text)


def _hint_issue(text: str) -> Issue:
    key, args = _date_hint(text)
    return Issue("invalid-date", key, args)


def _date_hint(text: str) -> tuple[str, dict[str, MessageArg]]:
    german, loose = _GERMAN_DATE.match(text), _LOOSE_ISO.match(text)
    if german or loose:
        key = "date_german" if german else "date_padding"
        if german:
            day, month, year = german.groups()
        else:
            year, month, day = loose.groups()  # type: ignore[union-attr]
        iso = f"{year}-{int(month):02d}-{int(day):02d}"
        if timeframes.parse_day(iso) is None:
            return "date_impossible", {"value": text}
        return key, {"value": text, "iso": iso}
    if timestamp := _DATETIME.match(text):
        return "date_with_time", {"value": text, "iso": timestamp.group(1)}
    return "date_not_iso", {"value": _short(text[:40])}


def _impossible_date(text: str, year: int, month: int) -> Issue:
    if not timeframes.MIN_YEAR <= year <= timeframes.MAX_YEAR:
        return issue("invalid-date", "date_bad_year", value=text)
    if not 1 <= month <= 12:
        return issue("invalid-date", "date_bad_month", value=text, month=month)
    days = calendar.monthrange(year, month)[1]
    return issue(
        "invalid-date",
        "date_bad_day",
        value=text,
        month=Label("month", str(month)),
        year=year,
        days=days,
    )
