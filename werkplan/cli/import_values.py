"""`werkplan import-values FILE`: indicator values from a sheet (long or wide form) into the
plan, all or nothing; the reading is werkplan.imports.indicator_values."""

from __future__ import annotations

from typing import Annotated

import typer

from werkplan import i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    Lang,
    PlanDir,
    Today,
    check_change,
    help_text,
    note,
    parse_today,
    plan_to_change,
    write_change,
)
from werkplan.cli.sheet_import import DryRun, Sheet, refuse_row_errors, sheet_or_fail
from werkplan.safe_text import terminal_text

NAME = "import-values"
HELP_KEY = "import_values"


def run(
    sheet: Sheet,
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    dry_run: DryRun = False,
    replace: Annotated[
        bool, typer.Option("--replace", help=help_text("import_values_replace"))
    ] = False,
    today: Today = None,
    lang: Lang = None,
) -> None:
    from werkplan.cli.values import prepared_change
    from werkplan.imports.indicator_values import plan_values, read_value_sheet

    day = parse_today(today)
    plan, language = plan_to_change(plan_dir, day, lang)
    candidates, problems = sheet_or_fail(read_value_sheet(sheet, plan, day), language)
    changes, more = plan_values(plan, candidates, replace=replace)
    problems = sorted([*problems, *more], key=lambda e: (e.row, e.column or 0))
    refuse_row_errors(sheet, problems, plan, language)
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
