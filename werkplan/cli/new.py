"""`werkplan new measure|goal|actor`: add an entry with the next free id, comments kept."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path, PurePath
from typing import Annotated, Any

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    EXIT_USAGE,
    Lang,
    PlanDir,
    Today,
    fail,
    help_text,
    note,
    parse_date_option,
    parse_today,
    plan_to_change,
    require_ids,
    write_change,
)
from werkplan.cli.help import LocalisedCommand, LocalisedGroup
from werkplan.load import PlanDirError
from werkplan.model import Entity, Plan
from werkplan.rules.person_name import RULE as PERSON_NAME
from werkplan.rules.person_name import looks_like_person
from werkplan.schema import ACTOR_KINDS

app = typer.Typer(cls=LocalisedGroup, help=help_text("new"), no_args_is_help=True)
# The plan folder is an argument as in every other command; `--plan-dir`/`-p`, the older
# spelling, keeps working for scripts that use it.
PlanOption = Annotated[
    Path | None,
    typer.Option(
        "--plan-dir", "-p", metavar="PLAN_DIR", help=help_text("plan_dir_option"), hidden=True
    ),
]
Option = typer.Option
_NUMBERED = re.compile(r"^(.*?)(\d+)$")


@app.command("measure", help=help_text("new_measure"), cls=LocalisedCommand)
def measure(
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    field: Annotated[str, Option("--field", metavar="ID", help=help_text("new_field"))],
    title: Annotated[str, Option("--title", metavar="TEXT", help=help_text("new_title"))],
    goal: Annotated[
        str | None, Option("--goal", metavar="ID", help=help_text("new_measure_goal"))
    ] = None,
    owner: Annotated[
        str | None, Option("--owner", metavar="ID", help=help_text("new_measure_owner"))
    ] = None,
    due: Annotated[
        str | None, Option("--due", metavar=help_text("metavar_date"), help=help_text("new_due"))
    ] = None,
    plan_dir_option: PlanOption = None,
    today: Today = None,
    lang: Lang = None,
) -> None:
    plan_dir = plan_dir_option or plan_dir
    day = parse_today(today)
    plan, language = plan_to_change(plan_dir, day, lang)
    require_ids(
        plan,
        {"--field": ("fields", field), "--goal": ("goals", goal), "--owner": ("actors", owner)},
        language,
    )
    if goal is not None:
        goal_field = getattr(plan.lookup("goals", goal), "field", None)
        if goal_field != field:
            message = i18n.text("goal_in_other_field", language, goal=goal, field=str(goal_field))
            fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)
    in_field = [m for m in plan.measures if field in plan.fields_of(m)]
    entry: dict[str, Any] = {
        "id": next_id([m.id for m in in_field], f"M-{_suffix(field)}-", 2),
        "title": title,
        "goals": [goal] if goal else None,
        "field": None if goal else field,
        "owner": owner,
        "due": parse_date_option(due, "--due"),
        "status": "planned",
        "updated": day,
    }
    target = _home(in_field, plan, "fields", field)
    _apply(plan_dir, day, target, "measures", entry, language)


@app.command("goal", help=help_text("new_goal"), cls=LocalisedCommand)
def goal(
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    field: Annotated[str, Option("--field", metavar="ID", help=help_text("new_field"))],
    title: Annotated[str, Option("--title", metavar="TEXT", help=help_text("new_title"))],
    indicator: Annotated[
        str | None, Option("--indicator", metavar="TEXT", help=help_text("new_indicator"))
    ] = None,
    target_value: Annotated[
        str | None, Option("--target", metavar="TEXT", help=help_text("new_target"))
    ] = None,
    plan_dir_option: PlanOption = None,
    today: Today = None,
    lang: Lang = None,
) -> None:
    plan_dir = plan_dir_option or plan_dir
    day = parse_today(today)
    plan, language = plan_to_change(plan_dir, day, lang)
    require_ids(plan, {"--field": ("fields", field)}, language)
    goals = [g for g in plan.goals if g.field == field]
    entry = {
        "id": next_id([g.id for g in goals], f"Z-{_suffix(field)}-", 1),
        "field": field,
        "title": title,
        "indicator": indicator,
        "target": target_value,
    }
    _apply(plan_dir, day, _home(goals, plan, "fields", field), "goals", entry, language)


@app.command("actor", help=help_text("new_actor"), cls=LocalisedCommand)
def actor(
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    name: Annotated[str, Option("--name", metavar="TEXT", help=help_text("new_name"))],
    kind: Annotated[str, Option("--kind", metavar="KIND", help=help_text("new_kind"))],
    actor_id: Annotated[str | None, Option("--id", metavar="ID", help=help_text("new_id"))] = None,
    plan_dir_option: PlanOption = None,
    today: Today = None,
    lang: Lang = None,
) -> None:
    plan_dir = plan_dir_option or plan_dir
    day = parse_today(today)
    plan, language = plan_to_change(plan_dir, day, lang)
    if kind not in ACTOR_KINDS:
        message = i18n.text("bad_kind", language, value=kind, allowed=ACTOR_KINDS)
        fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)
    entry = {"id": actor_id or slug(name), "name": name, "kind": kind}
    target = _home(list(plan.actors), plan, "actors", None)
    _apply(plan_dir, day, target, "actors", entry, language)
    if looks_like_person(name):  # the same question `werkplan check` asks (actor-person-name)
        warning = i18n.text("actor_person_name", language, id=str(entry["id"]), name=name)
        note(f"{PERSON_NAME.severity} [{PERSON_NAME.id}] {warning}")


def next_id(existing: list[str], fallback_prefix: str, width: int) -> str:
    """The next number in the scheme most ids use: M-BEG-09 → M-BEG-10."""
    numbered = [(m.group(1), m.group(2)) for i in existing if (m := _NUMBERED.match(i))]
    if not numbered:
        return f"{fallback_prefix}{1:0{width}d}"
    prefix = Counter(p for p, _ in numbered).most_common(1)[0][0]
    numbers = [n for p, n in numbered if p == prefix]
    digits = max(len(n) for n in numbers)
    return f"{prefix}{max(int(n) for n in numbers) + 1:0{digits}d}"


def slug(name: str) -> str:
    plain = name.lower()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        plain = plain.replace(umlaut, spelled)
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "akteur"


def _suffix(field_id: str) -> str:
    return field_id.split("-", 1)[1] if "-" in field_id else field_id


def _home(siblings: list[Any], plan: Plan, section: str, entity_id: str | None) -> PurePath:
    """The file where entries like the new one live, else the file of the entity it joins."""
    if siblings:
        paths: Counter[PurePath] = Counter(s.origin.path for s in siblings)
        return paths.most_common(1)[0][0]
    owner = plan.lookup(section, entity_id) if entity_id else None
    if isinstance(owner, Entity):
        return owner.origin.path
    return plan.files[0] if plan.files else plan.directory / "plan.yaml"


def _apply(
    plan_dir: Path,
    day: dt.date,
    target: PurePath,
    section: str,
    entry: dict[str, Any],
    language: str,
) -> None:
    from werkplan.writers.edit import append_entry
    from werkplan.writers.plan_change import PlanChange

    errors = Console(stderr=True, highlight=False)
    try:
        change = PlanChange(plan_dir, day)
    except PlanDirError as error:
        fail(errors, i18n.render(error.message, language), EXIT_USAGE)
    reason = change.edit(target, lambda text: append_entry(text, target, section, entry))
    if reason is not None:
        fail(errors, f"{target}: {i18n.render(reason, language)}", 1)
    write_change(change, language, "new_refused")
    note(i18n.text("new_written", language, id=str(entry["id"]), path=str(target)))
