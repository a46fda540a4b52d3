"""What `import-status` and `import-values` share: the FILE argument, --dry-run, and how a
sheet that cannot be used is refused before anything is written."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.cli.common import EXIT_USAGE, fail, help_text
from werkplan.problems import Message
from werkplan.safe_text import terminal_text

if TYPE_CHECKING:
    from werkplan.imports import RowError
    from werkplan.model import Plan

Sheet = Annotated[Path, typer.Argument(metavar="FILE", help=help_text("import_file"))]
DryRun = Annotated[bool, typer.Option("--dry-run", help=help_text("dry_run"))]

Read = TypeVar("Read")


def sheet_or_fail(read: Read | Message, language: str) -> Read:
    """What a sheet holds; a file that is no usable sheet (missing, too large, no table
    werkplan knows) ends the command as a usage error."""
    if isinstance(read, Message):
        fail(Console(stderr=True, highlight=False), i18n.render(read, language), EXIT_USAGE)
    return read


def refuse_row_errors(sheet: Path, problems: Sequence[RowError], plan: Plan, language: str) -> None:
    """All or nothing: while any row is wrong, list the first errors with their row and
    column, count the rest, and end with exit code 1; return when there are none."""
    from werkplan.imports import MAX_LISTED_ERRORS

    if not problems:
        return
    errors = Console(stderr=True, highlight=False)
    for problem in problems[:MAX_LISTED_ERRORS]:
        message = i18n.render(problem.message, language, plan.labels)
        errors.print(
            terminal_text(f"{sheet}: {problem.place(language)}: {message}"),
            soft_wrap=True,
            markup=False,
        )
    if len(problems) > MAX_LISTED_ERRORS:
        more = i18n.format_number(len(problems) - MAX_LISTED_ERRORS, language)
        errors.print(i18n.text("import_more_errors", language, count=more), markup=False)
    fail(errors, i18n.text("import_nothing_written", language), 1)
