"""`werkplan show ID`: one entity, where it is defined, and its links in both directions."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from werkplan import findings, i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    EXIT_USAGE,
    Lang,
    PlanDir,
    Today,
    fail,
    help_text,
    parse_today,
    plan_to_read,
)
from werkplan.model import ENTITY_TYPES, Entity, Measure, Plan, value_keys
from werkplan.query import IncomingLinks, links_to
from werkplan.safe_text import terminal_prose, terminal_text
from werkplan.schema import SECTION_BY_KEY
from werkplan.suggest import closest

NAME = "show"
HELP_KEY = "show"
# Incoming links whose label other outputs share; the others are named link_SECTION_KEY.
_SHARED_LINK_TEXTS = {
    ("measures", "owner"): "leads",
    ("measures", "partners"): "supports",
    ("goals", "field"): "goals",
}


def run(
    entity_id: Annotated[str, typer.Argument(metavar="ID", help=help_text("show_id"))],
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    today: Today = None,
    lang: Lang = None,
) -> None:
    day = parse_today(today)
    plan, language = plan_to_read(plan_dir, day, lang)
    matches = [(key, e) for key in ENTITY_TYPES if (e := plan.lookup(key, entity_id)) is not None]
    console = Console(highlight=False)
    if not matches:
        known = [i for key in ENTITY_TYPES for i in plan.indexes[key]]
        suggestion = closest(entity_id, known) or ""
        message = i18n.text("unknown_id", language, id=entity_id, suggestion=suggestion)
        fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)
    for key, entity in matches:
        console.print(describe(plan, key, entity, day, language), soft_wrap=True)


def describe(plan: Plan, key: str, entity: Entity, day: dt.date, lang: str) -> Text:
    kind = i18n.label("entity", SECTION_BY_KEY[key].entity, lang)
    out = Text()
    out.append(f"{kind} {terminal_text(entity.id)}\n", style="bold")
    out.append(f"{i18n.text('defined_at', lang)}: {terminal_text(entity.origin)}\n", style="dim")
    for name in value_keys(entity)[1:]:  # the id heads the entry
        value = getattr(entity, name)
        if value in (None, (), ""):
            continue
        out.append(f"  {name}: ", style="cyan")
        out.append(_value(name, value, plan, lang) + "\n")
    if isinstance(entity, Measure):
        late = findings.days_overdue(entity, plan, day)
        if late:
            out.append("  ⚠ " + i18n.text("late_by", lang, days=late) + "\n", style="bold red")
    for links in links_to(plan, key, entity):
        out.append(f"  {i18n.text(link_text(links), lang)}: ", style="cyan")
        out.append(terminal_text(", ".join(links.ids)) + "\n")
    return out


def link_text(links: IncomingLinks) -> str:
    """The catalogue key that names entries pointing here ("Verantwortet", "Teilmaßnahmen")."""
    shared = _SHARED_LINK_TEXTS.get((links.section, links.key))
    return shared or f"link_{links.section}_{links.key}"


def _value(name: str, value: object, plan: Plan, lang: str) -> str:
    """A value on one line: plan text never moves the cursor or starts a line."""
    if name == "status":
        return f"{value} ({i18n.label('status', str(value), lang, plan.labels)})"
    if isinstance(value, tuple):
        return ", ".join(terminal_prose(v) for v in value)
    if hasattr(value, "isoformat"):
        return i18n.format_date(value, lang)  # type: ignore[arg-type]
    return terminal_prose(value)
