"""`werkplan values add K-ID --date 2025 --value 7`: one measured value of an indicator.

Into the indicator's `values:` in its YAML file (comments and layout kept) or, where it has a
`values_file`, as a row of that CSV. Checked before writing like `new`: the whole plan with
the new value must have no new error; a value already there for that date and region is
refused (changed only with --replace)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    EXIT_USAGE,
    HELP_LANGUAGE,
    Lang,
    PlanDir,
    Today,
    fail,
    fail_in_file,
    help_text,
    new_change,
    note,
    parse_today,
    plan_to_change,
    write_change,
)
from werkplan.cli.help import LocalisedCommand, LocalisedGroup
from werkplan.problems import Message
from werkplan.safe_text import terminal_text

if TYPE_CHECKING:
    from werkplan.imports.indicator_values import ValueChange
    from werkplan.writers.plan_change import PlanChange

app = typer.Typer(cls=LocalisedGroup, help=help_text("values"), no_args_is_help=True)
Option = typer.Option


@app.command("add", help=help_text("values_add"), cls=LocalisedCommand)
def add(
    indicator: Annotated[
        str, typer.Argument(metavar="ID", help=help_text("values_indicator"), show_default=False)
    ],
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    date: Annotated[
        str, Option("--date", metavar=help_text("metavar_timeframe"), help=help_text("values_date"))
    ],
    value: Annotated[
        str,
        Option(
            "--value",
            metavar=i18n.text("value_name.int", HELP_LANGUAGE),
            help=help_text("values_value"),
        ),
    ],
    region: Annotated[
        str | None, Option("--region", metavar="ID", help=help_text("values_region"))
    ] = None,
    value_note: Annotated[
        str | None, Option("--note", metavar="TEXT", help=help_text("values_note"))
    ] = None,
    replace: Annotated[bool, Option("--replace", help=help_text("values_replace"))] = False,
    today: Today = None,
    lang: Lang = None,
) -> None:
    from werkplan.imports.indicator_values import Candidate, find_region, plan_values, read_frame
    from werkplan.imports.values import read_number
    from werkplan.model import Indicator, SeriesPoint
    from werkplan.suggest import closest

    day = parse_today(today)
    plan, language = plan_to_change(plan_dir, day, lang)
    errors = Console(stderr=True, highlight=False)

    def usage(option: str, written: str, reason: Message) -> None:
        text = i18n.render(reason, language)
        message = i18n.text(
            "values_bad_option", language, option=option, value=written, reason=text
        )
        fail(errors, message, EXIT_USAGE)

    if not isinstance(plan.lookup("indicators", indicator), Indicator):
        suggestion = closest(indicator, plan.indexes["indicators"]) or ""
        message = Message.of("values_unknown_indicator", value=indicator, suggestion=suggestion)
        fail(errors, i18n.render(message, language), EXIT_USAGE)
    frame = read_frame(date)
    if frame is None:
        usage("--date", date, Message.of("values_bad_date", value=date))
    number = read_number(value)
    if isinstance(number, Message):
        usage("--value", value, number)
    found_region = find_region(plan, region) if region is not None else None
    if isinstance(found_region, Message):
        usage("--region", str(region), found_region)
    assert frame is not None
    assert not isinstance(number, Message)
    assert not isinstance(found_region, Message)
    point = SeriesPoint(date=frame, value=number, region=found_region, note=value_note or None)
    changes, problems = plan_values(plan, [Candidate(indicator, point)], replace=replace)
    if problems:
        for problem in problems[:-1]:
            errors.print(terminal_text(i18n.render(problem.message, language)), markup=False)
        text = i18n.render(problems[-1].message, language)
        fail(errors, f"{text} {i18n.text('values_not_written', language)}", 1)
    change = prepared_change(plan_dir, day, changes, language)
    write_change(change, language, "values_refused")
    for value_change in changes:
        print(terminal_text(value_change.line(plan, language)))
    for path in [*change.new_texts, *change.new_companions]:
        note(i18n.text("export_written", language, path=str(path)))


def prepared_change(
    plan_dir: Path, day: dt.date, changes: Sequence[ValueChange], language: str
) -> PlanChange:
    """The values as one change of the plan, edited in memory; a file that cannot be edited
    losslessly (or a values file without a needed column) ends the command, nothing written."""
    from werkplan.writers.indicator_values import apply_values

    change = new_change(plan_dir, day, language)
    refused = apply_values(change, [(c.indicator, c.point, c.old_index) for c in changes])
    if refused is not None:
        fail_in_file(*refused, language)
    return change
