"""`werkplan import-values FILE`: indicator values from a sheet (long or wide form) into the
plan, all or nothing; the reading is werkplan.imports.indicator_values."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    EXIT_USAGE,
    Lang,
    PlanDir,
    Today,
    check_change,
    fail,
    help_text,
    note,
    parse_today,
    plan_to_change,
    write_change,
)
from werkplan.problems import Message
from werkplan.safe_text import terminal_text

NAME = "import-values"
HELP_KEY = "import_values"


def run(
    sheet: Annotated[Path, typer.Argument(metavar="FILE", help=help_text("import_file"))],
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=help_text("dry_run"))] = False,
    replace: Annotated[
        bool, typer.Option("--replace", help=help_text("import_values_replace"))
    ] = False,
    today: Today = None,
    lang: Lang = None,
) -> None:
    from werkplan.cli.values import prepared_change
    from werkplan.imports import MAX_LISTED_ERRORS
    from werkplan.imports.indicator_values import plan_values, read_value_sheet

    day = parse_today(today)
    plan, language = plan_to_change(plan_dir, day, lang)
    errors = Console(stderr=True, highlight=False)
    read = read_value_sheet(sheet, plan, day)
    if isinstance(read, Message):
        fail(errors, i18n.render(read, language), EXIT_USAGE)
    candidates, problems = read
    changes, more = plan_values(plan, candidates, replace=replace)
    problems = sorted([*problems, *more], key=lambda e: (e.row, e.column or 0))
    for problem in problems[:MAX_LISTED_ERRORS]:
        text = f"{sheet}: {problem.place(language)}: {i18n.render(problem.message, language)}"
        errors.print(terminal_text(text), soft_wrap=True, markup=False)
    if len(problems) > MAX_LISTED_ERRORS:
        count = i18n.format_number(len(problems) - MAX_LISTED_ERRORS, language)
        errors.print(i18n.text("import_more_errors", language, count=count), markup=False)
    if problems:
        fail(errors, i18n.text("import_nothing_written", language), 1)
    if not changes:
        note(i18n.text("values_no_changes", language))
        return
    change = prepared_change(plan_dir, day, changes, language)
    for value_change in changes:
        print(terminal_text(value_change.line(plan, language)))  # from the sheet: one line each
    added = sum(1 for c in changes if c.old is None)
    counts = {"added": added, "replaced": len(changes) - added}
    if dry_run:
        check_change(change, language, "values_refused")  # what a real run would refuse
        note(i18n.text("values_summary_dry", language, **counts))
        return
    write_change(change, language, "values_refused")
    note(i18n.text("values_summary", language, **counts))
