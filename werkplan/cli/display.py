"""How plan values read on a terminal, shared by `list` and `show`: deadlines as written,
horizons, joint leads, amounts, percentages, attribute values and indicator verdicts.

Everything from the plan passes through safe_text before it reaches the terminal; what is
decided (deadlines, progress, verdicts) comes from werkplan.findings.
"""

from __future__ import annotations

import datetime as dt

from rich.text import Text

from werkplan import findings, i18n
from werkplan.model import (
    AttributeDefinition,
    AttributeValue,
    Horizon,
    Indicator,
    Measure,
    Plan,
    SeriesPoint,
)
from werkplan.safe_text import terminal_prose
from werkplan.validate.attributes import CHOICE_KINDS

# A sign beside each verdict, so it reads without colour (and in grey-scale print).
VERDICT_SIGNS = {
    "reached": "✔",
    "on_track": "●",
    "behind": "▼",
    "missed": "✖",
    "stale": "◌",
    "no_data": "○",
}
VERDICT_STYLES = {
    "reached": "green",
    "on_track": "green",
    "behind": "yellow",
    "missed": "bold red",
    "stale": "yellow",
    "no_data": "dim",
}
NONE = "–"


def cell(text: str, width: int | None = None) -> Text:
    """Plan text as a table cell: on one line, no control characters, never rich markup."""
    shown = terminal_prose(text)
    return Text(shown if width is None or len(shown) <= width else shown[: width - 1] + "…")


def horizon_text(horizon: Horizon, lang: str) -> str:
    """'kurzfristig (bis 2026)'."""
    return i18n.format_horizon(horizon.label.get(lang) or horizon.id, horizon.end, lang)


def deadline_text(measure: Measure, plan: Plan, lang: str, short: bool = False) -> str:
    """The deadline as written ('4. Quartal 2026'), or the horizon it comes from:
    'kurzfristig (bis 2026)', or with ``short`` just 'bis 2026' for a narrow column."""
    if measure.due is None and measure.horizon:
        horizon = plan.horizon(measure.horizon)
        if horizon is not None and horizon.end is not None:
            if short:
                return i18n.text("list.horizon_deadline", lang, end=horizon.end)
            return horizon_text(horizon, lang)
    frame = findings.deadline_frame(measure, plan)
    return i18n.format_timeframe(frame, lang) if frame else NONE


def owners_text(measure: Measure) -> str:
    """'amt' or, for a joint lead, 'amt, beirat' (the first coordinates)."""
    return ", ".join(measure.owner) or NONE


def percent(value: float | None, lang: str) -> str:
    if value is None:
        return NONE
    return i18n.format_percent(value, lang)


def amount(value: float | None, lang: str) -> str:
    return NONE if value is None else i18n.format_amount(value, lang)


def status_label(measure: Measure, plan: Plan, lang: str) -> str:
    return i18n.label("status", measure.status, lang, plan.labels) if measure.status else NONE


def attribute_text(definition: AttributeDefinition, value: AttributeValue, lang: str) -> str:
    """An attribute value in words: a choice by its label, a number with its unit."""
    if definition.kind in CHOICE_KINDS:
        choice = definition.choice(str(value))
        label = choice.label.get(lang) if choice is not None and choice.label else None
        return f"{label} ({value})" if label and label != str(value) else str(value)
    if isinstance(value, bool):
        return i18n.text("yes" if value else "no", lang)
    if isinstance(value, int | float):
        return i18n.format_quantity(value, definition.unit or "", lang)
    if isinstance(value, dt.date):
        return i18n.format_date(value, lang)
    return str(value)


def quantity(value: float | None, indicator: Indicator, lang: str) -> str:
    if value is None:
        return NONE
    return i18n.format_quantity(value, indicator.unit or "", lang, indicator.decimals)


def point_text(point: SeriesPoint | None, indicator: Indicator, lang: str) -> str:
    """'7 Orte (2025)': a value or target with its unit and date as written."""
    if point is None or point.value is None:
        return NONE
    shown = quantity(point.value, indicator, lang)
    return f"{shown} ({i18n.format_timeframe(point.date, lang)})" if point.date else shown


def verdict_text(verdict: str | None, plan: Plan, lang: str) -> Text:
    """'● Auf Kurs': the verdict as a sign and a word, coloured where colour shows."""
    if verdict is None:
        return Text(NONE)
    word = i18n.label("verdict", verdict, lang, plan.labels)
    return Text(f"{VERDICT_SIGNS[verdict]} {terminal_prose(word)}", style=VERDICT_STYLES[verdict])
