"""`werkplan import-status FILE`: bring status updates from a spreadsheet into the YAML files."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from werkplan import i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    Lang,
    PlanDir,
    Today,
    edit_or_fail,
    new_change,
    note,
    parse_today,
    plan_to_change,
    write_change,
)
from werkplan.cli.sheet_import import DryRun, Sheet, refuse_row_errors, sheet_or_fail
from werkplan.safe_text import terminal_text

if TYPE_CHECKING:
    from werkplan.writers.edit import Edited

NAME = "import-status"
HELP_KEY = "import_status"


def run(
    sheet: Sheet,
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    dry_run: DryRun = False,
    today: Today = None,
    lang: Lang = None,
) -> None:
    from werkplan.history.changes import FieldChange
    from werkplan.history.output import field_line
    from werkplan.imports import FIELD_LINES, change_line, ignored_columns, read_sheet, updates

    day = parse_today(today)
    plan, language = plan_to_change(plan_dir, day, lang)
    rows = sheet_or_fail(read_sheet(sheet, plan), language)
    found, problems = updates(plan, rows, day)
    for ignored in ignored_columns(plan, rows, found, day):
        note(f"{sheet}: {i18n.render(ignored, language)}")
    refuse_row_errors(sheet, problems, plan, language)
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
    change = new_change(plan_dir, day, language)
    for shown, edits in by_file.items():
        edit_or_fail(change, shown, _setter(shown, edits), language)
    write_change(change, language, "import_nothing_written")
    note(i18n.text("import_summary", language, count=count))


def _setter(shown: PurePath, edits: dict[str, dict[str, Any]]) -> Callable[[str], Edited]:
    from werkplan.writers.edit import set_fields

    return lambda text: set_fields(text, shown, edits)
