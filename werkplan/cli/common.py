"""What the commands share: options, the check run with its progress display, failing."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from werkplan import i18n
from werkplan.checker import CheckResult, check_plan
from werkplan.i18n.cli_texts import HELP as ALL_HELP
from werkplan.load import PlanDirError, load_plan_dir
from werkplan.load.files import PLAN_SUFFIXES
from werkplan.model import Plan
from werkplan.safe_text import terminal_text
from werkplan.suggest import closest
from werkplan.validate import build_plan
from werkplan.writers.atomic import write_atomically

if TYPE_CHECKING:
    from werkplan.writers.plan_change import PlanChange

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
                status.update(Text(f"{reading}: {terminal_text(path)}"))  # not markup

            return check_plan(plan_dir, day, language, on_file=show)
    except PlanDirError as error:
        fail(error_console, i18n.render(error.message, message_language), EXIT_USAGE)


def write_output(output: Path, text: str, language: str) -> None:
    """Write a report file atomically; a failure is a usage error with the reason."""
    write_bytes_output(output, text.encode("utf-8"), language)


def write_bytes_output(output: Path, data: bytes, language: str) -> None:
    try:
        write_atomically(output, data)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        message = i18n.text("cannot_write", language, path=str(output), reason=reason)
        fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)


def parse_date_option(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        message = i18n.text("bad_date_option", i18n.system_language(), value=value, option=option)
        raise typer.BadParameter(message) from None


def plan_or_fail(plan_dir: Path, day: dt.date, lang: Language | None) -> tuple[Plan, str]:
    """The plan for commands that read it; errors are mentioned, not fatal (use check)."""
    result = run_check(plan_dir, day, lang, Console(highlight=False))
    if result.errors:
        note(i18n.text("plan_has_errors", result.language, errors=result.errors))
    return result.plan, result.language


def refuse_plan_file(output: Path, plan_dir: Path, language: str) -> None:
    """An export or report must never replace a plan file, whatever -o says."""
    if not output.name.lower().endswith(PLAN_SUFFIXES):
        return
    try:
        output.resolve().relative_to(plan_dir.resolve())
    except ValueError:
        return
    message = i18n.text("output_is_plan_file", language, path=str(output))
    fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)


def plan_without_errors(plan_dir: Path, day: dt.date, lang: Language | None) -> tuple[Plan, str]:
    """The plan for commands that write or hand it on: with errors they would pass on a
    plan with parts missing, so the errors are shown as by check, and exit code 1."""
    errors = Console(stderr=True, highlight=False)
    result = run_check(plan_dir, day, lang, errors)
    if result.errors:
        from werkplan.reporters.text import render_styled

        errors.print(render_styled(result.only_errors()), end="", soft_wrap=True)
        raise typer.Exit(1)
    return result.plan, result.language


def require_ids(plan: Plan, wanted: dict[str, tuple[str, str | None]], language: str) -> None:
    """Every id an option names must exist: '--owner sozialplannung' is a typo, not a filter
    that happens to match nothing."""
    for option, (section, value) in wanted.items():
        if value is None or plan.lookup(section, value) is not None:
            continue
        known = sorted(plan.indexes[section])
        message = i18n.text(
            "unknown_filter",
            language,
            option=option,
            value=value,
            known=tuple(known),
            suggestion=closest(value, known) or "",
        )
        fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)


def write_change(change: PlanChange, language: str, refused_key: str) -> None:
    """Write a checked change, or show the errors it would bring and write nothing."""
    problems = change.new_errors()
    if problems:
        errors = Console(stderr=True, highlight=False)
        for problem in problems:
            text = f"{problem.position}: {i18n.render(problem.message, language)}"
            errors.print(terminal_text(text), soft_wrap=True, markup=False)
        fail(errors, i18n.text(refused_key, language), 1)
    change.write()


def note(message: str) -> None:
    Console(stderr=True, highlight=False).print(
        f"werkplan: {terminal_text(message)}", soft_wrap=True, markup=False
    )


def fail(console: Console, message: str, code: int) -> NoReturn:
    # Messages name paths and values from the plan: one line, no control characters.
    console.print(f"werkplan: {terminal_text(message)}", soft_wrap=True, markup=False)
    raise typer.Exit(code)


def console_for(color: ColorMode) -> Console:
    if color is ColorMode.ALWAYS:
        return Console(force_terminal=True, highlight=False)
    if color is ColorMode.NEVER:
        return Console(no_color=True, highlight=False, force_terminal=False)
    return Console(highlight=False)  # rich honours NO_COLOR, FORCE_COLOR and TERM=dumb


def plan_language(plan_dir: Path) -> str:
    """The plan's `language`; reading it needs the files, not the rules."""
    try:
        return build_plan(load_plan_dir(plan_dir), plan_dir)[0].language
    except PlanDirError:
        return i18n.system_language()
