"""`werkplan new measure|goal|actor`: add an entry with the next free id, comments kept.

The entry itself (values, id, file) comes from werkplan.writers.new_entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    EXIT_USAGE,
    Lang,
    Language,
    PlanDir,
    Today,
    choice_option,
    edit_or_fail,
    fail,
    help_text,
    new_change,
    note,
    parse_timeframe_option,
    parse_today,
    plan_to_change,
    require_ids,
    write_change,
)
from werkplan.cli.help import LocalisedCommand, LocalisedGroup
from werkplan.model import Plan
from werkplan.rules.person_name import RULE as PERSON_NAME
from werkplan.rules.person_name import looks_like_person
from werkplan.writers.new_entry import NewEntry, new_actor, new_goal, new_measure

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
ActionFieldOption = Annotated[str, Option("--field", metavar="ID", help=help_text("new_field"))]
TitleOption = Annotated[str, Option("--title", metavar="TEXT", help=help_text("new_title"))]


@app.command("measure", help=help_text("new_measure"), cls=LocalisedCommand)
def measure(
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    title: TitleOption,
    field: Annotated[
        str | None, Option("--field", metavar="ID", help=help_text("new_measure_field"))
    ] = None,
    goal: Annotated[
        str | None, Option("--goal", metavar="ID", help=help_text("new_measure_goal"))
    ] = None,
    parent: Annotated[
        str | None, Option("--parent", metavar="ID", help=help_text("new_parent"))
    ] = None,
    kind: Annotated[
        str, Option("--kind", metavar="KIND", help=help_text("new_measure_kind"))
    ] = "measure",
    owner: Annotated[
        list[str] | None, Option("--owner", metavar="ID", help=help_text("new_measure_owner"))
    ] = None,
    start: Annotated[
        str | None,
        Option("--start", metavar=help_text("metavar_timeframe"), help=help_text("new_start")),
    ] = None,
    due: Annotated[
        str | None,
        Option("--due", metavar=help_text("metavar_timeframe"), help=help_text("new_due")),
    ] = None,
    horizon: Annotated[
        str | None, Option("--horizon", metavar="ID", help=help_text("new_horizon"))
    ] = None,
    status: Annotated[
        str, Option("--status", metavar="STATUS", help=help_text("new_status"))
    ] = "planned",
    plan_dir_option: PlanOption = None,
    today: Today = None,
    lang: Lang = None,
) -> None:
    day = parse_today(today)
    start_frame = parse_timeframe_option(start, "--start")
    due_frame = parse_timeframe_option(due, "--due")
    plan_dir, plan, language = _plan_to_change(plan_dir, plan_dir_option, day, lang)
    owners = tuple(owner or ())
    require_ids(
        plan,
        {
            "--field": ("fields", field),
            "--goal": ("goals", goal),
            "--parent": ("measures", parent),
            "--horizon": ("horizons", horizon),
            "--owner": ("actors", owners),
        },
        language,
    )
    errors = Console(stderr=True, highlight=False)
    goal_field = getattr(plan.lookup("goals", goal), "field", None) if goal else None
    if goal is not None and field is not None and goal_field != field:
        message = i18n.text("goal_in_other_field", language, goal=goal, field=str(goal_field))
        fail(errors, message, EXIT_USAGE)
    if field is None and goal is None and parent is None:
        fail(errors, i18n.text("new.measure_needs_place", language), EXIT_USAGE)
    entry = new_measure(
        plan,
        day,
        field or goal_field,
        title,
        goal=goal,
        owner=owners[0] if len(owners) == 1 else owners or None,
        due=due_frame,
        start=start_frame,
        parent=parent,
        kind=choice_option("measure_kind", kind, "--kind", plan, language),
        horizon=horizon,
        status=choice_option("status", status, "--status", plan, language),
    )
    _apply(plan_dir, day, entry, language)


@app.command("goal", help=help_text("new_goal"), cls=LocalisedCommand)
def goal(
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    field: ActionFieldOption,
    title: TitleOption,
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
    day = parse_today(today)
    plan_dir, plan, language = _plan_to_change(plan_dir, plan_dir_option, day, lang)
    require_ids(plan, {"--field": ("fields", field)}, language)
    entry = new_goal(plan, field, title, indicator=indicator, target=target_value)
    _apply(plan_dir, day, entry, language)


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
    day = parse_today(today)
    plan_dir, plan, language = _plan_to_change(plan_dir, plan_dir_option, day, lang)
    entry = new_actor(
        plan, name, choice_option("actor_kind", kind, "--kind", plan, language), actor_id
    )
    _apply(plan_dir, day, entry, language)
    if looks_like_person(name):  # the same question `werkplan check` asks (actor-person-name)
        warning = i18n.text("actor_person_name", language, id=entry.id, name=name)
        note(f"{PERSON_NAME.severity} [{PERSON_NAME.id}] {warning}")


def _plan_to_change(
    plan_dir: Path, plan_dir_option: Path | None, day: dt.date, lang: Language | None
) -> tuple[Path, Plan, str]:
    """The plan folder (the older `--plan-dir` where it is given, else the argument) with
    its plan, read under the write lock."""
    chosen = plan_dir_option or plan_dir
    plan, language = plan_to_change(chosen, day, lang)
    return chosen, plan, language


def _apply(plan_dir: Path, day: dt.date, entry: NewEntry, language: str) -> None:
    """Append the entry to its file and write it, unless it brings a new error."""
    from werkplan.writers.edit import append_entry

    target = entry.target
    change = new_change(plan_dir, day, language)
    edit_or_fail(
        change,
        target,
        lambda text: append_entry(text, target, entry.section, entry.values),
        language,
    )
    write_change(change, language, "new_refused")
    note(i18n.text("new_written", language, id=entry.id, path=str(target)))
