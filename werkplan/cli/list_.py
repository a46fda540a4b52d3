"""`werkplan list`: find measures (or indicators) fast, as a table, JSON for scripts, or CSV."""

from __future__ import annotations

import datetime as dt
import enum
import sys
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    EXIT_USAGE,
    Color,
    ColorMode,
    Lang,
    PlanDir,
    Today,
    choice_option,
    console_for,
    fail,
    help_text,
    parse_timeframe_option,
    parse_today,
    plan_to_read,
    require_ids,
)
from werkplan.cli.list_table import Column, indicator_table, measure_table, sort_column
from werkplan.conditions import Condition, parse_condition
from werkplan.model import Plan
from werkplan.query import (
    Criteria,
    IndicatorCriteria,
    order_for,
    region_named,
    select,
    select_indicators,
    sort_names,
)
from werkplan.suggest import closest

NAME = "list"
HELP_KEY = "list"
Option = typer.Option


class ListFormat(enum.StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


def run(
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    status: Annotated[list[str] | None, Option("--status", help=help_text("list_status"))] = None,
    owner: Annotated[str | None, Option("--owner", metavar="ID", help=help_text("owner"))] = None,
    field: Annotated[str | None, Option("--field", metavar="ID", help=help_text("field"))] = None,
    goal: Annotated[str | None, Option("--goal", metavar="ID", help=help_text("list_goal"))] = None,
    region: Annotated[
        str | None, Option("--region", metavar="REGION", help=help_text("region"))
    ] = None,
    parent: Annotated[
        str | None, Option("--parent", metavar="ID", help=help_text("list_parent"))
    ] = None,
    descendants: Annotated[
        bool, Option("--descendants", help=help_text("list_descendants"))
    ] = False,
    kind: Annotated[
        list[str] | None, Option("--kind", metavar="KIND", help=help_text("list_kind"))
    ] = None,
    assessment: Annotated[
        list[str] | None,
        Option("--assessment", metavar="ASSESSMENT", help=help_text("list_assessment")),
    ] = None,
    where: Annotated[
        list[str] | None, Option("--where", metavar="EXPR", help=help_text("list_where"))
    ] = None,
    overdue: Annotated[bool, Option("--overdue", help=help_text("list_overdue"))] = False,
    unowned: Annotated[bool, Option("--unowned", help=help_text("list_unowned"))] = False,
    stale: Annotated[bool, Option("--stale", help=help_text("list_stale"))] = False,
    due_before: Annotated[
        str | None,
        Option(
            "--due-before", metavar=help_text("metavar_timeframe"), help=help_text("due_before")
        ),
    ] = None,
    due_within: Annotated[
        int | None,
        Option(
            "--due-within", metavar=help_text("metavar_days"), min=0, help=help_text("due_within")
        ),
    ] = None,
    indicators: Annotated[bool, Option("--indicators", help=help_text("list_indicators"))] = False,
    sort: Annotated[str, Option("--sort", metavar="KEY", help=help_text("sort"))] = "id",
    reverse: Annotated[bool, Option("--reverse", help=help_text("list_reverse"))] = False,
    output_format: Annotated[
        ListFormat, Option("--format", "-f", help=help_text("list_format"))
    ] = ListFormat.TABLE,
    today: Today = None,
    lang: Lang = None,
    color: Color = ColorMode.AUTO,
) -> None:
    day = parse_today(today)
    plan, language = plan_to_read(plan_dir, day, lang)
    region = region_named(plan, region) or region if region is not None else None
    require_ids(
        plan,
        {
            "--owner": ("actors", owner),
            "--field": ("fields", field),
            "--goal": ("goals", goal),
            "--region": ("regions", region),
            "--parent": ("measures", parent),
        },
        language,
    )
    section = "indicators" if indicators else "measures"
    if indicators:
        _refuse_measure_options(
            language,
            {
                "--status": bool(status),
                "--owner": owner is not None,
                "--parent": parent is not None,
                "--descendants": descendants,
                "--kind": bool(kind),
                "--assessment": bool(assessment),
                "--overdue": overdue,
                "--unowned": unowned,
                "--stale": stale,
                "--due-before": due_before is not None,
                "--due-within": due_within is not None,
            },
        )
        if output_format is ListFormat.CSV:
            _usage_error(i18n.text("list.indicators_csv", language))
    if descendants and parent is None:
        _usage_error(i18n.text("list.descendants_need_parent", language))
    conditions = tuple(_condition(plan, written, section, language) for written in where or ())
    _check_sort(plan, day, sort, section, language)
    if indicators:
        chosen = IndicatorCriteria(goal=goal, field=field, region=region, conditions=conditions)
        _show_indicators(plan, day, language, chosen, sort, reverse, output_format, color)
        return

    def choices(vocabulary: str, option: str, written: list[str] | None) -> tuple[str, ...]:
        return tuple(choice_option(vocabulary, w, option, plan, language) for w in written or ())

    criteria = Criteria(
        statuses=choices("status", "--status", status),
        owner=owner,
        field=field,
        goal=goal,
        region=region,
        overdue=overdue,
        unowned=unowned,
        stale=stale,
        due_before=_before(due_before),
        due_within=due_within,
        parent=parent,
        descendants=descendants,
        kinds=choices("measure_kind", "--kind", kind),
        assessments=choices("assessment", "--assessment", assessment),
        conditions=conditions,
    )
    _show_measures(plan, day, language, criteria, sort, reverse, output_format, color)


def _before(written: str | None) -> dt.date | None:
    """`--due-before 2027-Q1`: deadlines before the first day of that time frame (a day is a
    time frame of one day, so `--due-before 2027-01-15` keeps what it always meant)."""
    frame = parse_timeframe_option(written, "--due-before")
    return frame.first if frame is not None else None


def _show_measures(
    plan: Plan,
    day: dt.date,
    language: str,
    criteria: Criteria,
    sort: str,
    reverse: bool,
    output_format: ListFormat,
    color: ColorMode,
) -> None:
    from werkplan.exports import ExportContext
    from werkplan.exports.data import measure_list
    from werkplan.exports.sheet import to_csv

    measures = select(plan, day, criteria, sort, reverse=reverse)
    if output_format is ListFormat.JSON:
        sys.stdout.write(measure_list(plan, measures, day, language))
    elif output_format is ListFormat.CSV:
        sys.stdout.buffer.write(to_csv(ExportContext(plan, measures, day, language)))
    else:
        console = console_for(color)
        extra: Column | None = sort_column(plan, sort, language)
        console.print(measure_table(plan, measures, day, language, console.size.width, extra))


def _show_indicators(
    plan: Plan,
    day: dt.date,
    language: str,
    criteria: IndicatorCriteria,
    sort: str,
    reverse: bool,
    output_format: ListFormat,
    color: ColorMode,
) -> None:
    from werkplan.exports.data import indicator_list

    chosen = select_indicators(plan, day, criteria, sort, reverse=reverse)
    if output_format is ListFormat.JSON:
        sys.stdout.write(indicator_list(plan, chosen, day, language))
    else:
        console = console_for(color)
        console.print(indicator_table(plan, chosen, day, language, console.size.width))


def _refuse_measure_options(language: str, given: dict[str, bool]) -> None:
    """Options that ask about measures say nothing about indicators: name them, not ignore."""
    for option, present in given.items():
        if present:
            _usage_error(i18n.text("list.not_for_indicators", language, option=option))


def _condition(plan: Plan, written: str, section: str, language: str) -> Condition:
    condition = parse_condition(plan, written, section)
    if not isinstance(condition, Condition):
        _usage_error(i18n.render(condition, language, plan.labels))
    return condition


def _check_sort(plan: Plan, day: dt.date, sort: str, section: str, language: str) -> None:
    if order_for(plan, day, sort, section) is not None:
        return
    known = sort_names(plan, section)
    message = i18n.text(
        "list.unknown_sort",
        language,
        value=sort,
        known=tuple(known),
        suggestion=closest(sort, known) or "",
    )
    _usage_error(message)


def _usage_error(message: str) -> NoReturn:
    fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)
