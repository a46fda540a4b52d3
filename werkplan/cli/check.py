"""`werkplan check`: validate a plan directory and report problems in the format CI needs."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    Color,
    ColorMode,
    Lang,
    PlanDir,
    Today,
    console_for,
    help_text,
    note,
    parse_today,
    registry_choices,
    run_check,
    write_output,
)
from werkplan.reporters import REPORTERS
from werkplan.reporters.text import render_styled

NAME = "check"
HELP_KEY = "check"


AUTO = "auto"  # github inside GitHub Actions, else text
if TYPE_CHECKING:
    OutputFormat = str
else:
    OutputFormat = registry_choices("OutputFormat", [AUTO, *REPORTERS])
DEFAULT_FORMAT = OutputFormat(AUTO)


def run(
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    today: Today = None,
    strict: Annotated[bool, typer.Option("--strict", help=help_text("strict"))] = False,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help=help_text("format"))
    ] = DEFAULT_FORMAT,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=help_text("check_output"))
    ] = None,
    lang: Lang = None,
    color: Color = ColorMode.AUTO,
) -> None:
    console = console_for(color)
    result = run_check(plan_dir, parse_today(today), lang, console)
    chosen = resolve_format(output_format)
    if output is not None:
        write_output(output, REPORTERS[chosen].render(result), result.language, plan_dir)
    if output is not None or chosen == "text":
        show_text(console, result)
    else:
        sys.stdout.write(REPORTERS[chosen].render(result))
    if strict and result.warnings and not result.errors:
        note(i18n.text("strict_note", result.language))
    raise typer.Exit(result.exit_code(strict))


def show_text(console: Console, result: CheckResult) -> None:
    if console.is_terminal or console.color_system is not None:
        console.print(render_styled(result), end="", soft_wrap=True, highlight=False)
    else:  # a pipe or a file: the plain text, without rendering thousands of styled lines
        sys.stdout.write(REPORTERS["text"].render(result))


def resolve_format(chosen: str) -> str:
    """auto: annotations inside GitHub Actions, text (coloured on a terminal) elsewhere."""
    if chosen != AUTO:
        return str(chosen)
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
