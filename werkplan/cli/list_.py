"""`werkplan list`: find measures fast, as a table, JSON for scripts, or CSV."""

from __future__ import annotations

import datetime as dt
import enum
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from werkplan import findings, i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    EXIT_USAGE,
    Color,
    ColorMode,
    Lang,
    PlanDir,
    Today,
    console_for,
    fail,
    help_text,
    parse_date_option,
    parse_today,
    plan_to_read,
    require_ids,
)
from werkplan.i18n import choice_for_label
from werkplan.model import Measure, Plan
from werkplan.problems import Choices
from werkplan.query import Criteria, SortKey, select
from werkplan.safe_text import terminal_prose
from werkplan.schema import STATUSES

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
        str | None, Option("--region", metavar="ID", help=help_text("region"))
    ] = None,
    overdue: Annotated[bool, Option("--overdue", help=help_text("list_overdue"))] = False,
    unowned: Annotated[bool, Option("--unowned", help=help_text("list_unowned"))] = False,
    stale: Annotated[bool, Option("--stale", help=help_text("list_stale"))] = False,
    due_before: Annotated[
        str | None,
        Option("--due-before", metavar=help_text("metavar_date"), help=help_text("due_before")),
    ] = None,
    due_within: Annotated[
        int | None,
        Option(
            "--due-within", metavar=help_text("metavar_days"), min=0, help=help_text("due_within")
        ),
    ] = None,
    sort: Annotated[SortKey, Option("--sort", help=help_text("sort"))] = SortKey.ID,
    output_format: Annotated[
        ListFormat, Option("--format", "-f", help=help_text("list_format"))
    ] = ListFormat.TABLE,
    today: Today = None,
    lang: Lang = None,
    color: Color = ColorMode.AUTO,
) -> None:
    from werkplan.exports import ExportContext
    from werkplan.exports.data import measure_list
    from werkplan.exports.sheet import to_csv

    day = parse_today(today)
    plan, language = plan_to_read(plan_dir, day, lang)
    require_ids(
        plan,
        {
            "--owner": ("actors", owner),
            "--field": ("fields", field),
            "--goal": ("goals", goal),
            "--region": ("regions", region),
        },
        language,
    )
    criteria = Criteria(
        statuses=tuple(_status(s, language) for s in status or ()),
        owner=owner,
        field=field,
        goal=goal,
        region=region,
        overdue=overdue,
        unowned=unowned,
        stale=stale,
        due_before=parse_date_option(due_before, "--due-before"),
        due_within=due_within,
    )
    measures = select(plan, day, criteria, sort)
    if output_format is ListFormat.JSON:
        sys.stdout.write(measure_list(plan, measures, day, language))
    elif output_format is ListFormat.CSV:
        sys.stdout.buffer.write(to_csv(ExportContext(plan, measures, day, language)))
    else:
        console = console_for(color)
        console.print(table(plan, measures, day, language, console.size.width))


def _status(written: str, language: str) -> str:
    """A status by key, German or English label, or a usual word ('erledigt')."""
    found = written if written in STATUSES else choice_for_label("status", written)
    if found is None:
        message = i18n.text(
            "invalid_choice",
            language,
            key="--status",
            value=written,
            allowed=Choices("status", STATUSES),
            suggestion="",
        )
        fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)
    return found


def table(plan: Plan, measures: list[Measure], today: dt.date, lang: str, width: int) -> Table:
    """Fits the terminal (80 columns and up): the title gives way; overdue rows carry a ⚠."""
    title_width = max(12, width - 58)
    grid = Table(box=None, header_style="bold", caption_justify="left", pad_edge=False)
    for key in ("col_id", "measure", "owner", "due", "status"):
        grid.add_column(i18n.text(key, lang), no_wrap=True)
    for measure in measures:
        late = findings.days_overdue(measure, plan, today)
        status = i18n.label("status", measure.status, lang, plan.labels) if measure.status else ""
        frame = findings.deadline_frame(measure, plan)
        due = i18n.format_timeframe(frame, lang) if frame else "–"
        grid.add_row(
            _cell(measure.id),
            _cell(measure.title, title_width),
            _cell(", ".join(measure.owner) or "–", 14),
            f"⚠ {due}" if late else f"  {due}",
            _cell(status, 15),
            style="bold red" if late else None,
        )
    marker = any(findings.is_overdue(m, plan, today) for m in measures)
    grid.caption = i18n.count(len(measures), "measure", lang) + (
        " · ⚠ " + i18n.text("overdue_marker", lang) if marker else ""
    )
    return grid


def _cell(text: str, width: int | None = None) -> Text:
    """Plan text as a table cell: on one line, no control characters, never rich markup."""
    shown = terminal_prose(text)
    return Text(shown if width is None or len(shown) <= width else shown[: width - 1] + "…")
