"""The values of one entry as `werkplan show` prints them: one line per key, in words.

Keys stay as they are written in the file (`status:`, `due:`), so a reader finds them there;
values read as a person says them: labels beside choice keys, time frames as written
("4. Quartal 2026"), amounts in euros, milestones with their state, decisions, the newest
updates first, attributes by their labels. Plan text passes through safe_text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from rich.text import Text

from werkplan import findings, i18n
from werkplan.cli.display import amount, attribute_text, horizon_text, percent, point_text
from werkplan.findings.costs import secured_funding, total_cost
from werkplan.model import (
    Costs,
    Decision,
    Entity,
    Funding,
    Indicator,
    Link,
    Measure,
    Plan,
    SeriesPoint,
    Source,
    Update,
    Wording,
)
from werkplan.safe_text import terminal_prose, terminal_text
from werkplan.schema import KeySpec, ValueType
from werkplan.timeframes import TimeFrame

UPDATES_SHOWN = 5  # the newest updates; the rest is counted


class Sheet:
    """An entry's lines: `  key: value`, or a key with one indented line per item."""

    def __init__(self) -> None:
        self.text = Text()

    def heading(self, text: str, style: str = "bold") -> None:
        self.text.append(text + "\n", style=style)

    def line(self, label: str, value: str | Text, style: str | None = None) -> None:
        self.text.append(f"  {label}: ", style="cyan")
        self.text.append(value, style=style)
        self.text.append("\n")

    def block(self, label: str, items: Iterable[str | Text]) -> None:
        self.text.append(f"  {label}:\n", style="cyan")
        for item in items:
            self.text.append("    ")
            self.text.append(item)
            self.text.append("\n")

    def note(self, text: str, style: str | None = None) -> None:
        self.text.append(f"  {text}\n", style=style)


def add_value(
    sheet: Sheet, spec: KeySpec, entity: Entity, plan: Plan, today: dt.date, lang: str
) -> None:
    """One key of an entry: a line, or a block for lists of records."""
    value = getattr(entity, spec.name)
    items = _record_lines(spec, value, entity, plan, today, lang)
    if items is not None:
        sheet.block(spec.name, items)
    elif isinstance(value, SeriesPoint) and isinstance(entity, Indicator):
        sheet.line(spec.name, target_line(value, entity, plan, lang))
    elif isinstance(value, Source):
        sheet.line(spec.name, source_text(value))
    else:
        sheet.line(spec.name, value_text(spec, value, plan, lang))


def value_text(spec: KeySpec, value: Any, plan: Plan, lang: str) -> str:
    """A value on one line: plan text never moves the cursor or starts a line."""
    if spec.vocabulary is not None:
        values = value if isinstance(value, tuple) else (value,)
        words = spec.vocabulary.name
        return ", ".join(f"{terminal_text(v)} ({_label(words, v, plan, lang)})" for v in values)
    if spec.ref == "measures":
        return ", ".join(_measure_ref(i, plan) for i in _ids(value))
    if spec.ref == "horizons":
        horizon = plan.horizon(value)
        if horizon is None:
            return terminal_text(value)
        shown = terminal_prose(horizon_text(horizon, lang))
        # the id only where the label does not say it already: "mittelfristig (bis 2028)"
        named = (horizon.label.get(lang) or horizon.id).casefold() == horizon.id.casefold()
        return shown if named else f"{terminal_text(value)} – {shown}"
    if spec.type is ValueType.ID_OR_IDS and len(value) > 1:
        joint = i18n.text("show.joint_lead", lang, lead=value[0])
        return f"{terminal_text(', '.join(value))} ({terminal_prose(joint)})"
    return plain(value, lang)


def plain(value: object, lang: str) -> str:
    if isinstance(value, TimeFrame):
        return i18n.format_timeframe(value, lang)
    if isinstance(value, dt.date):
        return i18n.format_date(value, lang)
    if isinstance(value, bool):
        return i18n.text("yes" if value else "no", lang)
    if isinstance(value, int | float):
        return i18n.format_number(value, lang)
    if isinstance(value, Wording):
        return terminal_prose(value.get(lang))
    if isinstance(value, tuple):
        return ", ".join(plain(v, lang) for v in value)
    return terminal_prose(value)


def _label(vocabulary: str, value: object, plan: Plan, lang: str) -> str:
    return terminal_prose(i18n.label(vocabulary, str(value), lang, plan.labels))


def _ids(value: object) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (str(value),)


def _measure_ref(measure_id: str, plan: Plan) -> str:
    """'M-4 (Rufbus)': a measure named with its title, as the file names it by id."""
    measure = plan.measure(measure_id)
    title = f" ({terminal_prose(measure.display_title)})" if measure is not None else ""
    return terminal_text(measure_id) + title


def _record_lines(
    spec: KeySpec, value: Any, entity: Entity, plan: Plan, today: dt.date, lang: str
) -> list[str | Text] | None:
    """Lines for keys that hold records; None for keys that fit one line."""
    if spec.type is ValueType.ATTRIBUTES:
        return [_attribute_line(name, v, plan, lang) for name, v in value]
    if isinstance(entity, Measure):
        if spec.name == "milestones":
            return milestone_lines(entity, today, lang)
        if spec.name == "costs":
            return cost_lines(entity, value, lang)
        if spec.name == "funding":
            return funding_lines(entity, plan, lang)
        if spec.name == "updates":
            return update_lines(entity.updates, plan, lang)
    if spec.name == "decisions":
        return [decision_line(d, plan, lang) for d in value]
    if spec.name == "links":
        return [link_line(link) for link in value]
    if isinstance(entity, Indicator) and spec.name == "targets":
        return [target_line(point, entity, plan, lang) for point in value]
    return None


def _attribute_line(attribute_id: str, value: Any, plan: Plan, lang: str) -> str:
    definition = plan.attribute_definition(attribute_id)
    if definition is None:
        return f"{terminal_text(attribute_id)}: {plain(value, lang)}"
    label = definition.label.get(lang) or attribute_id
    return f"{terminal_prose(label)}: {terminal_prose(attribute_text(definition, value, lang))}"


def milestone_lines(measure: Measure, today: dt.date, lang: str) -> list[str | Text]:
    """✔ reached, ⚠ overdue (with the days), ○ open – each with its dates as written."""
    late = {index: days for index, _, days in findings.overdue_milestones(measure, today)}
    lines: list[str | Text] = []
    for index, milestone in enumerate(measure.milestones):
        parts = []
        if milestone.due is not None:
            parts.append(i18n.text("show.due", lang, due=milestone.due))
        if milestone.done is not None:
            sign, style = "✔", "green"
            parts.append(i18n.text("report.milestone_reached", lang, date=milestone.done))
        elif index in late:
            sign, style = "⚠", "bold red"
            parts.append(i18n.text("late_by", lang, days=late[index]))
        else:
            sign, style = "○", None
            parts.append(i18n.text("report.milestone_open", lang))
        text = f"{sign} {terminal_prose(milestone.title)} – {', '.join(parts)}"
        if milestone.note:
            text += f" ({terminal_prose(milestone.note)})"
        lines.append(Text(text, style=style or ""))
    return lines


def cost_lines(measure: Measure, costs: Costs, lang: str) -> list[str | Text]:
    total = total_cost(measure)
    lines: list[str | Text] = []
    if total is not None:
        key = "show.costs_total" if costs.total is not None else "show.costs_total_of_years"
        lines.append(i18n.text(key, lang, amount=amount(total, lang)))
    if costs.per_year is not None:
        lines.append(i18n.text("show.costs_per_year", lang, amount=amount(costs.per_year, lang)))
    lines.extend(f"{year}: {amount(value, lang)}" for year, value in costs.by_year)
    if costs.staff is not None:
        staff = i18n.format_number(costs.staff, lang)
        lines.append(i18n.text("show.costs_staff", lang, staff=staff))
    if costs.note:
        lines.append(terminal_prose(costs.note))
    return lines


def funding_lines(measure: Measure, plan: Plan, lang: str) -> list[str | Text]:
    lines: list[str | Text] = [_funding_line(f, plan, lang) for f in measure.funding]
    secured = secured_funding(measure)
    total = total_cost(measure)
    key = "show.funding_secured_of" if total else "show.funding_secured"
    shown = amount(total, lang) if total else ""
    lines.append(i18n.text(key, lang, amount=amount(secured, lang), total=shown))
    return lines


def _funding_line(funding: Funding, plan: Plan, lang: str) -> str:
    text = terminal_prose(funding.source)
    if funding.amount is not None:
        text += f": {amount(funding.amount, lang)}"
    if funding.status:
        text += f" ({_label('funding_status', funding.status, plan, lang)})"
    if funding.note:
        text += f" – {terminal_prose(funding.note)}"
    return text


def decision_line(decision: Decision, plan: Plan, lang: str) -> str:
    """'Kreistag: Beschluss vom 13.03.2025 (DS 2025/12) – Grundsatzbeschluss – https://…': the
    body's name leads, as in the report, so no name needs a case the plan cannot give."""
    words = [i18n.text("report.decision", lang)]
    if decision.date:
        words.append(i18n.text("report.decision_on", lang, date=decision.date))
    if decision.reference:
        words.append(f"({terminal_prose(decision.reference)})")
    text = " ".join(words)
    if decision.body:
        actor = plan.lookup("actors", decision.body)
        text = f"{terminal_prose(getattr(actor, 'name', '') or decision.body)}: {text}"
    if decision.title:
        text += f" – {terminal_prose(decision.title)}"
    if decision.url:
        text += f" – {terminal_text(decision.url)}"
    return text


def link_line(link: Link) -> str:
    url = terminal_text(link.url)
    return f"{terminal_prose(link.title)}: {url}" if link.title else url


def update_lines(updates: tuple[Update, ...], plan: Plan, lang: str) -> list[str | Text]:
    """The newest entries first; older ones are counted."""
    newest = sorted(updates, key=lambda u: u.date or dt.date.min, reverse=True)
    lines: list[str | Text] = [_update_line(u, plan, lang) for u in newest[:UPDATES_SHOWN]]
    older = len(newest) - UPDATES_SHOWN
    if older > 0:
        lines.append(i18n.text("show.older_updates", lang, n=older))
    return lines


def _update_line(update: Update, plan: Plan, lang: str) -> str:
    parts = [i18n.format_date(update.date, lang) if update.date else "–"]
    if update.status:
        parts.append(i18n.label("status", update.status, lang, plan.labels))
    if update.assessment:
        parts.append(i18n.label("assessment", update.assessment, lang, plan.labels))
    if update.progress is not None:
        parts.append(percent(update.progress, lang))
    if update.note:
        parts.append(update.note)
    return terminal_prose(" · ".join(parts))


def target_line(point: SeriesPoint, indicator: Indicator, plan: Plan, lang: str) -> str:
    text = point_text(point, indicator, lang)
    if point.region:
        text = f"{region_name(point.region, plan)}: {text}"
    if point.note:
        text += f" – {point.note}"
    return terminal_prose(text)


def source_text(source: Source) -> str:
    parts = [terminal_prose(p) for p in (source.name, source.license) if p]
    if source.url:
        parts.insert(1 if source.name else 0, terminal_text(source.url))
    return ", ".join(parts)


def region_name(region_id: str, plan: Plan) -> str:
    return terminal_prose(plan.region_name(region_id))
