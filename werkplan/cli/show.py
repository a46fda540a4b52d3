"""`werkplan show ID`: one entity, where it is defined, and its links in both directions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from werkplan import findings, i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    EXIT_USAGE,
    HELP,
    Lang,
    PlanDir,
    Today,
    fail,
    parse_today,
    plan_or_fail,
)
from werkplan.model import ENTITY_TYPES, Entity, Measure, Plan
from werkplan.safe_text import terminal_prose, terminal_text
from werkplan.schema import SECTION_BY_KEY
from werkplan.suggest import closest

NAME = "show"
HELP_KEY = "show"
_BOOKKEEPING = {"id", "origin", "where", "broken"}


def run(
    entity_id: Annotated[str, typer.Argument(metavar="ID", help=HELP["show_id"])],
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    today: Today = None,
    lang: Lang = None,
) -> None:
    day = parse_today(today)
    plan, language = plan_or_fail(plan_dir, day, lang)
    found = [(key, e) for key in ENTITY_TYPES if (e := plan.lookup(key, entity_id)) is not None]
    console = Console(highlight=False)
    if not found:
        known = [i for key in ENTITY_TYPES for i in plan.indexes[key]]
        suggestion = closest(entity_id, known) or ""
        message = i18n.text("unknown_id", language, id=entity_id, suggestion=suggestion)
        fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)
    for key, entity in found:
        console.print(describe(plan, key, entity, day, language), soft_wrap=True)


def describe(plan: Plan, key: str, entity: Entity, day: dt.date, lang: str) -> Text:
    kind = i18n.label("entity", SECTION_BY_KEY[key].entity, lang)
    out = Text()
    out.append(f"{kind} {terminal_text(entity.id)}\n", style="bold")
    out.append(f"{i18n.text('defined_at', lang)}: {terminal_text(entity.origin)}\n", style="dim")
    for field in dataclasses.fields(entity):
        value = getattr(entity, field.name)
        if field.name in _BOOKKEEPING or value in (None, (), ""):
            continue
        out.append(f"  {field.name}: ", style="cyan")
        out.append(_value(field.name, value, plan, lang) + "\n")
    if isinstance(entity, Measure):
        late = findings.days_overdue(entity, plan, day)
        if late:
            out.append("  ⚠ " + i18n.text("late", lang, days=late) + "\n", style="bold red")
    for label, ids in _links(plan, key, entity):
        out.append(f"  {i18n.text(label, lang)}: ", style="cyan")
        out.append(terminal_text(", ".join(ids)) + "\n")
    return out


def _value(name: str, value: object, plan: Plan, lang: str) -> str:
    """A field's value on one line: plan text never moves the cursor or starts a line."""
    if name == "status":
        return f"{value} ({i18n.label('status', str(value), lang)})"
    if isinstance(value, tuple):
        return ", ".join(terminal_prose(v) for v in value)
    if hasattr(value, "isoformat"):
        return i18n.format_date(value, lang)  # type: ignore[arg-type]
    return terminal_prose(value)


def _links(plan: Plan, key: str, entity: Entity) -> list[tuple[str, list[str]]]:
    """Who points at this entity: measures of a goal, dependants, an actor's measures …"""
    incoming: dict[str, list[str]] = {}
    for other_key in ENTITY_TYPES:
        for spec in SECTION_BY_KEY[other_key].fields:
            if spec.ref != key:
                continue
            for other in plan.indexes[other_key].values():
                value = getattr(other, spec.name)
                if entity.id == value or (isinstance(value, tuple) and entity.id in value):
                    label = f"link_{other_key}_{spec.name}"
                    incoming.setdefault(label, []).append(other.id)
    return sorted(incoming.items())
