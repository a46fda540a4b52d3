"""Dates typed on the command line: ISO (2026-12-31) or German (31.12.2026), nothing else.

Every date option reads its value here, so `--today`, `--due`, `--due-before`, `--since` and
`--until` accept the same spellings the messages about plan files suggest. Other spellings
that a library would happily read (20261231, 2026-W01-1, 2026-365) are refused with the
spelling that was probably meant, because a silent guess would be worse than a question.
"""

from __future__ import annotations

import datetime as dt
import re

from werkplan.problems import Message
from werkplan.timeframes import GERMAN_DAY, LOOSE_ISO_DAY, MAX_YEAR, MIN_YEAR

_ISO = re.compile(LOOSE_ISO_DAY, re.ASCII)
_GERMAN = re.compile(GERMAN_DAY, re.ASCII)
_GERMAN_SHORT_YEAR = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})", re.ASCII)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})", re.ASCII)
_WEEK = re.compile(r"\d{4}-?W\d{2}(-?\d)?", re.ASCII | re.IGNORECASE)
_ORDINAL = re.compile(r"(\d{4})-?(\d{3})", re.ASCII)  # year and day of the year
_WITH_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\S+", re.ASCII)

# What a revision option (`--since`, `--until`) treats as an attempt at a date rather than
# a git revision. Eight digits alone could be an abbreviated commit hash, so they stay one.
_DATE_LIKE = re.compile(
    rf"{_ISO.pattern}|{_GERMAN.pattern}|{_GERMAN_SHORT_YEAR.pattern}|\d{{4}}-W.*",
    re.ASCII | re.IGNORECASE,
)


def read_date(text: str, option: str) -> dt.date | Message:
    """The date written, or a message that says how to write it."""
    written = text.strip()
    parts = _parts(written)
    if parts is None:
        return _misspelt(written, option)
    try:
        day = dt.date(*parts)
    except ValueError:
        return Message.of("date_option_impossible", value=written, option=option)
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return Message.of("date_option_year", value=written, option=option)
    return day


def looks_like_date(text: str) -> bool:
    """Whether a value of a revision option is meant as a date (then it must be one)."""
    return _DATE_LIKE.fullmatch(text.strip()) is not None


def _parts(written: str) -> tuple[int, int, int] | None:
    """Year, month, day of an ISO or German date."""
    if match := _ISO.fullmatch(written):
        year, month, day = match.groups()
    elif match := _GERMAN.fullmatch(written):
        day, month, year = match.groups()
    else:
        return None
    return int(year), int(month), int(day)


def _misspelt(written: str, option: str) -> Message:
    meant = _meant(written)
    if meant is None or not MIN_YEAR <= meant.year <= MAX_YEAR:
        return Message.of("date_option_unknown", value=written[:40], option=option)
    numbered = _WEEK.fullmatch(written) or _ORDINAL.fullmatch(written)
    key = "date_option_week" if numbered else "date_option_spelling"
    german = f"{meant.day:02d}.{meant.month:02d}.{meant.year}"
    return Message.of(key, value=written, option=option, iso=meant.isoformat(), german=german)


def _meant(written: str) -> dt.date | None:
    """The day a spelling werkplan does not take most likely stands for."""
    try:
        if match := _COMPACT.fullmatch(written):
            return dt.date(*(int(part) for part in match.groups()))
        if _WEEK.fullmatch(written):
            return dt.date.fromisoformat(written.upper())
        if match := _ORDINAL.fullmatch(written):
            year, number = (int(part) for part in match.groups())
            counted = dt.date(year, 1, 1) + dt.timedelta(days=number - 1)
            return counted if number >= 1 and counted.year == year else None
        if match := _WITH_TIME.fullmatch(written):
            return dt.date.fromisoformat(match.group(1))
        if match := _GERMAN_SHORT_YEAR.fullmatch(written):
            day, month, short_year = (int(part) for part in match.groups())
            return dt.date(2000 + short_year, month, day)
    except ValueError:
        return None
    return None
