"""`werkplan show ID`: one entity, where it is defined, its values in words, what findings
say about it, and its links in both directions."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from werkplan import i18n
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
from werkplan.cli.show_details import (
    child_list,
    goal_details,
    indicator_details,
    measure_details,
)
from werkplan.cli.show_text import Sheet, add_value
from werkplan.model import (
    ENTITY_TYPES,
    Actor,
    Decision,
    Entity,
    Goal,
    Indicator,
    Measure,
    Plan,
    value_keys,
)
from werkplan.query import IncomingLinks, decisions_by, links_to
from werkplan.safe_text import terminal_prose, terminal_text
from werkplan.schema import SECTION_BY_KEY
from werkplan.suggest import closest

NAME = "show"
HELP_KEY = "show"
# Incoming links whose label other outputs share; the others are named link_SECTION_KEY.
# Values shown with what findings make of them: a measure's progress (written or derived),
# an indicator's values (as series per region).
_SHOWN_APART = frozenset({("measures", "progress"), ("indicators", "values")})
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
    sheet = Sheet()
    sheet.heading(f"{_kind(plan, key, entity, lang)} {terminal_text(entity.id)}")
    sheet.heading(f"{i18n.text('defined_at', lang)}: {terminal_text(entity.origin)}", "dim")
    section = SECTION_BY_KEY[key]
    for name in value_keys(entity)[1:]:  # the id heads the entry
        value = getattr(entity, name)
        spec = section.field(name)
        if value in (None, (), "") or spec is None or (key, name) in _SHOWN_APART:
            continue
        if spec.default is not None and value == spec.default:
            continue  # `kind: measure`, `visibility: public` go without saying
        add_value(sheet, spec, entity, plan, day, lang)
    if isinstance(entity, Measure):
        measure_details(sheet, entity, plan, day, lang)
    elif isinstance(entity, Indicator):
        indicator_details(sheet, entity, plan, day, lang)
    elif isinstance(entity, Goal):
        goal_details(sheet, entity, plan, day, lang)
    for links in links_to(plan, key, entity):
        if (key, links.section, links.key) == ("goals", "indicators", "goals"):
            continue  # listed with their verdicts above
        if isinstance(entity, Measure) and (links.section, links.key) == ("measures", "parent"):
            shown = child_list(entity, plan, lang)
        else:
            shown = terminal_text(", ".join(links.ids))
        sheet.line(i18n.text(link_text(links), lang), shown)
    if isinstance(entity, Actor):
        taken = decisions_by(plan, entity.id)
        if taken:
            lines = [_decision_taken(m, d, lang) for m, d in taken]
            sheet.block(i18n.text("show.decisions_taken", lang), lines)
    return sheet.text


def _decision_taken(measure: Measure, decision: Decision, lang: str) -> str:
    """'M-BEG-01 – 13.03.2025 (DS 2025/12): Grundsatzbeschluss': a decision a body took."""
    text = terminal_text(measure.id)
    if decision.date:
        text += f" – {i18n.format_date(decision.date, lang)}"
    if decision.reference:
        text += f" ({terminal_prose(decision.reference)})"
    if decision.title:
        text += f": {terminal_prose(decision.title)}"
    return text


def _kind(plan: Plan, key: str, entity: Entity, lang: str) -> str:
    """'Maßnahme', 'Kleinprojekt', 'Kennzahl' …: what the entry is, in the plan's words."""
    if isinstance(entity, Measure):
        return i18n.label("measure_kind", entity.kind, lang, plan.labels)
    return i18n.label("entity", SECTION_BY_KEY[key].entity, lang)


def link_text(links: IncomingLinks) -> str:
    """The catalogue key that names entries pointing here ("Verantwortet", "Teilmaßnahmen")."""
    shared = _SHARED_LINK_TEXTS.get((links.section, links.key))
    return shared or f"link_{links.section}_{links.key}"
