"""`werkplan fmt`: rewrite plan files into one layout, verified before every write."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    EXIT_USAGE,
    Lang,
    PlanDir,
    fail,
    help_text,
    lock_plan,
    note,
)
from werkplan.cli.language import reader_language
from werkplan.load import PlanDirError
from werkplan.safe_text import terminal_document, terminal_text

if TYPE_CHECKING:
    from werkplan.writers.run_fmt import FileOutcome

NAME = "fmt"
HELP_KEY = "fmt"


def run(
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    check_only: Annotated[bool, typer.Option("--check", help=help_text("fmt_check"))] = False,
    diff: Annotated[bool, typer.Option("--diff", help=help_text("fmt_diff"))] = False,
    lang: Lang = None,
) -> None:
    from werkplan.writers.run_fmt import format_plan

    language = lang.value if lang else reader_language()
    errors = Console(stderr=True, highlight=False)
    counts = {"changed": 0, "unchanged": 0, "left_alone": 0}
    dry = check_only or diff  # --diff is --check that also shows the changes
    if not dry:
        lock_plan(plan_dir, language)
    try:
        for outcome in format_plan(plan_dir, write=not dry):
            counts[outcome_line(outcome, dry, diff, language, errors)] += 1
    except PlanDirError as error:
        fail(errors, i18n.render(error.message, language), EXIT_USAGE)
    note(i18n.text("fmt_summary_dry" if dry else "fmt_summary", language, **counts))
    failed = counts["left_alone"] or (dry and counts["changed"])
    raise typer.Exit(1 if failed else 0)


def outcome_line(
    outcome: FileOutcome, dry: bool, diff: bool, language: str, errors: Console
) -> str:
    shown = terminal_text(outcome.shown.as_posix())
    if outcome.left_alone is not None:
        reason = i18n.render(outcome.left_alone, language)
        where = f" ({outcome.problem.position})" if outcome.problem else ""
        errors.print(terminal_text(f"{shown}: {reason}{where}"), soft_wrap=True, markup=False)
        return "left_alone"
    if not outcome.changed:
        return "unchanged"
    if diff:
        sys.stdout.write(terminal_document(outcome.diff))
    else:
        key = "fmt_would_change" if dry else "fmt_written"
        sys.stdout.write(i18n.text(key, language, path=shown) + "\n")
    return "changed"
