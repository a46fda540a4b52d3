"""What the commands share: options, the check run with its progress display, failing."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path, PurePath
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from werkplan import i18n
from werkplan.checker import CheckResult, check_plan
from werkplan.i18n.cli_texts import HELP as ALL_HELP
from werkplan.load import PlanDirError
from werkplan.writers.atomic import write_text_atomically

EXIT_USAGE = 2
EXIT_INTERNAL = 3

HELP = ALL_HELP[i18n.system_language()]  # help texts are fixed when the app is built


class Language(enum.StrEnum):
    DE = "de"
    EN = "en"


class ColorMode(enum.StrEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


PlanDir = Annotated[Path, typer.Argument(help=HELP["plan_dir"], show_default=True)]
Today = Annotated[str | None, typer.Option("--today", metavar="YYYY-MM-DD", help=HELP["today"])]
Lang = Annotated[Language | None, typer.Option("--lang", help=HELP["lang"])]
Color = Annotated[ColorMode, typer.Option("--color", help=HELP["color"])]
DEFAULT_PLAN_DIR = Path("plans")


def parse_today(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        day = None
    if day is None or not 1900 <= day.year <= 2200:  # the same range plan dates may have
        message = i18n.text("bad_today", i18n.system_language(), value=value)
        raise typer.BadParameter(message)
    return day


def run_check(plan_dir: Path, day: dt.date, lang: Language | None, console: Console) -> CheckResult:
    language = lang.value if lang else None
    message_language = language or i18n.system_language()
    error_console = Console(stderr=True, highlight=False, no_color=console.no_color)
    try:
        if not error_console.is_terminal:
            return check_plan(plan_dir, day, language)
        reading = i18n.text("reading_files", message_language)
        with error_console.status(reading) as status:

            def show(path: PurePath) -> None:
                status.update(Text(f"{reading}: {path}"))  # a path is text, not markup

            return check_plan(plan_dir, day, language, on_file=show)
    except PlanDirError as error:
        fail(error_console, i18n.render(error.message, message_language), EXIT_USAGE)


def write_output(output: Path, text: str, language: str) -> None:
    """Write a report file atomically; a failure is a usage error with the reason."""
    try:
        write_text_atomically(output, text)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        message = i18n.text("cannot_write", language, path=str(output), reason=reason)
        fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)


def note(message: str) -> None:
    Console(stderr=True, highlight=False).print(
        f"werkplan: {message}", soft_wrap=True, markup=False
    )


def fail(console: Console, message: str, code: int) -> NoReturn:
    console.print(f"werkplan: {message}", soft_wrap=True, markup=False)
    raise typer.Exit(code)


def console_for(color: ColorMode) -> Console:
    if color is ColorMode.ALWAYS:
        return Console(force_terminal=True, highlight=False)
    if color is ColorMode.NEVER:
        return Console(no_color=True, highlight=False, force_terminal=False)
    return Console(highlight=False)  # rich honours NO_COLOR, FORCE_COLOR and TERM=dumb


def plan_language(plan_dir: Path) -> str:
    try:
        return check_plan(plan_dir, dt.date.today()).language
    except PlanDirError:
        return i18n.system_language()
