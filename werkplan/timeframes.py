"""Time frames: a day, a month, a quarter, a half-year or a year, as real plans state deadlines.

A value is a period. ``start: 2026-Q3`` means its first day, ``due: 2026-Q3`` its last day;
every finding, sort and chart uses those days, and output shows the form that was written.
This module knows nothing of the rest of werkplan, so the problem record can carry a time
frame and every stage can read one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import re
from dataclasses import dataclass, field

MIN_YEAR, MAX_YEAR = 1900, 2200


class Precision(enum.StrEnum):
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"


@dataclass(frozen=True, slots=True, order=True)
class TimeFrame:
    first: dt.date
    last: dt.date
    precision: Precision = field(default=Precision.DAY, compare=False)

    @classmethod
    def day(cls, value: dt.date) -> TimeFrame:
        return cls(value, value, Precision.DAY)

    @property
    def year(self) -> int:
        return self.first.year

    def __str__(self) -> str:
        """The canonical written form: 2026-06-30, 2026-06, 2026-Q4, 2026-H2, 2026."""
        year = self.first.year
        if self.precision is Precision.DAY:
            return self.first.isoformat()
        if self.precision is Precision.MONTH:
            return f"{year:04d}-{self.first.month:02d}"
        if self.precision is Precision.QUARTER:
            return f"{year:04d}-Q{(self.first.month - 1) // 3 + 1}"
        if self.precision is Precision.HALF:
            return f"{year:04d}-H{(self.first.month - 1) // 6 + 1}"
        return f"{year:04d}"

    @property
    def part(self) -> int:
        """The quarter (1–4), half (1–2) or month (1–12) number; 0 for days and years."""
        month = self.first.month
        return {
            Precision.MONTH: month,
            Precision.QUARTER: (month - 1) // 3 + 1,
            Precision.HALF: (month - 1) // 6 + 1,
        }.get(self.precision, 0)


def of_months(year: int, first_month: int, months: int, precision: Precision) -> TimeFrame:
    last_month = first_month + months - 1
    last_day = calendar.monthrange(year, last_month)[1]
    return TimeFrame(dt.date(year, first_month, 1), dt.date(year, last_month, last_day), precision)


def year_frame(year: int) -> TimeFrame:
    return of_months(year, 1, 12, Precision.YEAR)


def quarter(year: int, number: int) -> TimeFrame:
    return of_months(year, 3 * number - 2, 3, Precision.QUARTER)


def half(year: int, number: int) -> TimeFrame:
    return of_months(year, 6 * number - 5, 6, Precision.HALF)


def month(year: int, number: int) -> TimeFrame:
    return of_months(year, number, 1, Precision.MONTH)


# A day as people write it, German (31.12.2026) or ISO without leading zeros (2026-1-5), as
# pattern text: the one spelling that command-line dates (werkplan.dates) and plan values
# (werkplan.validate.values) read or suggest. Spreadsheet cells (werkplan.imports.values) and
# written time frames (parse_written) take more: times, short years, spaces.
GERMAN_DAY = r"(\d{1,2})\.(\d{1,2})\.(\d{4})"  # day, month, year
LOOSE_ISO_DAY = r"(\d{4})-(\d{1,2})-(\d{1,2})"  # year, month, day

_CANONICAL = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|Q(?P<quarter>[1-4])|H(?P<half>[12])))?\Z",
    re.ASCII,
)


@functools.lru_cache(maxsize=4096)  # a plan writes the same few hundred dates again and again
def parse(text: str) -> TimeFrame | None:
    """A time frame in its canonical form, or None (also for impossible days and years)."""
    match = _CANONICAL.match(text.strip())
    if match is None:
        return None
    year = int(match["year"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        if match["day"]:
            return TimeFrame.day(dt.date(year, int(match["month"]), int(match["day"])))
        if match["month"]:
            return month(year, int(match["month"]))
    except ValueError:
        return None
    if match["quarter"]:
        return quarter(year, int(match["quarter"]))
    if match["half"]:
        return half(year, int(match["half"]))
    return year_frame(year)


def year_out_of_range(text: str) -> bool:
    """Written like a time frame (9999-Q4), but with a year werkplan does not accept."""
    match = _CANONICAL.match(text.strip())
    return match is not None and not MIN_YEAR <= int(match["year"]) <= MAX_YEAR


def parse_day(text: str) -> dt.date | None:
    """An exact day in ISO form (2026-06-30) between the years werkplan accepts."""
    frame = parse(text)
    return frame.first if frame is not None and frame.precision is Precision.DAY else None


# --- what people write instead ----------------------------------------------------------------

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januar", "jan", "january", "jänner"),
            ("februar", "feb", "february"),
            ("märz", "maerz", "mär", "mrz", "march", "mar"),
            ("april", "apr"),
            ("mai", "may"),
            ("juni", "jun", "june"),
            ("juli", "jul", "july"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt", "october", "oct"),
            ("november", "nov"),
            ("dezember", "dez", "december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_YEAR = r"(?P<year>\d{4}|\d{2})"
_WRITTEN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + r"\Z", re.IGNORECASE), kind)
    for pattern, kind in (
        (rf"(?P<day>\d{{1,2}})\.\s*(?P<month>\d{{1,2}})\.\s*{_YEAR}", "day"),
        (rf"(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})/{_YEAR}", "us_day"),
        (r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})", "day"),
        (rf"q\s*(?P<part>[1-4])\s*[/.\- ]?\s*{_YEAR}", "quarter"),
        (rf"{_YEAR}\s*[/\- ]\s*q\s*(?P<part>[1-4])", "quarter"),
        (rf"(?P<part>[1-4])\s*\.?\s*(?:quartal|qu\.?|q)\s*\.?\s*{_YEAR}", "quarter"),
        (rf"(?P<roman>i{{1,3}}|iv)\s*[/.]\s*(?:quartal\s*)?{_YEAR}", "quarter"),
        (rf"(?P<roman>i{{1,3}}|iv)\.?\s+quartal\s+{_YEAR}", "quarter"),
        (rf"(?P<part>[12])\s*\.?\s*(?:halbjahr|hj|h)\s*\.?\s*{_YEAR}", "half"),
        (rf"h\s*(?P<part>[12])\s*[/.\- ]?\s*{_YEAR}", "half"),
        (rf"{_YEAR}\s*[/\- ]\s*h\s*(?P<part>[12])", "half"),
        (rf"(?P<half_word>erstes|zweites|first|second)\s+(?:halbjahr|half)\s+{_YEAR}", "half"),
        (rf"(?P<month_name>[a-zäö]+)\.?\s+{_YEAR}", "month_name"),
        (r"(?P<month>\d{1,2})\s*[/.]\s*(?P<year>\d{4})", "month"),
        (r"(?P<year>\d{4})\s*[/.\-]\s*(?P<month>\d{1,2})", "month"),  # 2026/06, 2026-6
        (rf"(?:ende|end|bis|bis\s+ende|end\s+of|jahr|year)\s+{_YEAR}", "year"),
        (r"(?P<year>\d{4})\s*\.0*", "year"),
    )
)


def parse_written(text: str) -> TimeFrame | None:
    """The canonical form, or a form people write in documents and spreadsheets.

    Two-digit years are read as 20xx (spreadsheets save 30.06.27). Used for the suggestion in
    check's message and as accepted input where people type or paste (imports, options).
    """
    cleaned = " ".join(text.replace("\u00a0", " ").split())
    found = parse(cleaned)
    if found is not None:
        return found
    for pattern, kind in _WRITTEN:
        match = pattern.match(cleaned)
        if match is None:
            continue
        try:
            frame = _from_match(match, kind)
        except (ValueError, KeyError):
            frame = None  # e.g. "Ende 2026" is no month name: try the other forms
        if frame is not None:
            return frame
    return None


def _year(match: re.Match[str]) -> int:
    written = match["year"]
    year = int(written) + 2000 if len(written) == 2 else int(written)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(written)
    return year


def _from_match(match: re.Match[str], kind: str) -> TimeFrame | None:
    year = _year(match)
    groups = match.groupdict()
    if kind in ("day", "us_day"):
        return TimeFrame.day(dt.date(year, int(groups["month"]), int(groups["day"])))
    if kind == "quarter":
        number = _ROMAN[groups["roman"].upper()] if groups.get("roman") else int(groups["part"])
        return quarter(year, number)
    if kind == "half":
        word = (groups.get("half_word") or "").lower()
        number = 1 if word in ("erstes", "first") else 2 if word else int(groups["part"])
        return half(year, number)
    if kind == "month_name":
        return month(year, _MONTHS[groups["month_name"].lower()])
    if kind == "month":
        number = int(groups["month"])
        return month(year, number) if 1 <= number <= 12 else None
    return year_frame(year)


def covers(frame: TimeFrame, day: dt.date) -> bool:
    return frame.first <= day <= frame.last
