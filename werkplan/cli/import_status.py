"""`werkplan import-status FILE`: bring status updates from a spreadsheet into the YAML files."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Annotated, Any

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
    parse_today,
    plan_to_change,
    write_change,
)
from werkplan.problems import Message
from werkplan.safe_text import terminal_text

if TYPE_CHECKING:
    from werkplan.writers.edit import Edited

NAME = "import-status"
HELP_KEY = "import_status"


def run(
    sheet: Annotated[Path, typer.Argument(metavar="FILE", help=help_text("import_file"))],
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=help_text("dry_run"))] = False,
    today: Today = None,
    lang: Lang = None,
) -> None:
    from werkplan.history.changes import FieldChange
    from werkplan.history.output import field_line
    from werkplan.imports import (
        FIELD_LINES,
        MAX_LISTED_ERRORS,
        change_line,
        ignored_columns,
        read_sheet,
        updates,
    )
    from werkplan.writers.plan_change import PlanChange

    day = parse_today(today)
    plan, language = plan_to_change(plan_dir, day, lang)
    errors = Console(stderr=True, highlight=False)
    rows = read_sheet(sheet, plan)
    if isinstance(rows, Message):
        fail(errors, i18n.render(rows, language), EXIT_USAGE)
    found, problems = updates(plan, rows, day)
    for ignored in ignored_columns(plan, rows, found, day):
        note(f"{sheet}: {i18n.render(ignored, language)}")
    for row_error in problems[:MAX_LISTED_ERRORS]:
        errors.print(
            terminal_text(
                f"{sheet}: {row_error.place(language)}: "
                f"{i18n.render(row_error.message, language, plan.labels)}"
            ),
            soft_wrap=True,
            markup=False,
        )
    if len(problems) > MAX_LISTED_ERRORS:
        more = i18n.format_number(len(problems) - MAX_LISTED_ERRORS, language)
        errors.print(i18n.text("import_more_errors", language, count=more), markup=False)
    if problems:
        fail(errors, i18n.text("import_nothing_written", language), 1)
    if not found:
        note(i18n.text("import_no_changes", language))
        return
    by_file: dict[PurePath, dict[str, dict[str, Any]]] = defaultdict(dict)
    for update in found:
        by_file[update.measure.origin.path][update.measure.id] = update.values
        for key, value in update.values.items():
            if key in FIELD_LINES:
                old = getattr(update.measure, key)
                line = field_line(FieldChange(key, old, value), language)
            else:
                line = change_line(plan, update.measure, key, value, language)
            print(terminal_text(f"{update.measure.id}: {line}"))  # values from the sheet
    count = i18n.count(len(found), "measure", language)
    if dry_run:
        note(i18n.text("import_summary_dry", language, count=count))
        return
    change = PlanChange(plan_dir, day)
    for shown, edits in by_file.items():
        reason = change.edit(shown, _setter(shown, edits))
        if reason is not None:
            fail(errors, f"{shown}: {i18n.render(reason, language)}", 1)
    write_change(change, language, "import_nothing_written")
    note(i18n.text("import_summary", language, count=count))


def _setter(shown: PurePath, edits: dict[str, dict[str, Any]]) -> Callable[[str], Edited]:
    from werkplan.writers.edit import set_fields

    return lambda text: set_fields(text, shown, edits)
