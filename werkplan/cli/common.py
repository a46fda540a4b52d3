"""What the commands share: options, the check run with its progress display, failing."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Annotated, NoReturn, cast

import typer
from rich.console import Console
from rich.text import Text

from werkplan import i18n, timeframes
from werkplan.checker import CheckResult, check_plan
from werkplan.cli.language import PLAN_DIR_METAVAR, reader_language
from werkplan.dates import looks_like_date, read_date
from werkplan.load import PlanDirError
from werkplan.load.files import PLAN_SUFFIXES, is_plan_file
from werkplan.model import Plan
from werkplan.problems import Choices, Message
from werkplan.safe_text import terminal_text
from werkplan.schema import VOCABULARIES
from werkplan.suggest import closest
from werkplan.timeframes import Precision, TimeFrame
from werkplan.writers.atomic import NotWritten, WriteFailed
from werkplan.writers.atomic import write_output as replace_output

if TYPE_CHECKING:
    from werkplan.writers.edit import Edited
    from werkplan.writers.plan_change import PlanChange

EXIT_USAGE = 2
EXIT_INTERNAL = 3

HELP_LANGUAGE = i18n.system_language()  # help texts are fixed when the app is built


def help_text(key: str) -> str:
    """A help text of the command line (``help.*`` in the catalogue)."""
    return i18n.text(f"help.{key}", HELP_LANGUAGE)


def registry_choices(name: str, names: Iterable[str]) -> type[enum.StrEnum]:
    """An option's choices, one per name of a registry (reporters, exports, …): Typer offers
    an enum's values, so the registry is the one list and --help shows what it holds."""
    return cast("type[enum.StrEnum]", enum.StrEnum(name, [(c.upper(), c) for c in names]))


class Language(enum.StrEnum):
    DE = "de"
    EN = "en"


class ColorMode(enum.StrEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


DEFAULT_PLAN_DIR = Path("plans")
HERE = Path()
_PLAN_SECTION = re.compile(r"^plan:[ \t]*(#.*)?$", re.MULTILINE)
_SNIFF_BYTES = 1024 * 1024  # enough of a file to find its sections; plan files are small


def find_plan_dir(folder: Path = HERE) -> Path:
    """The plan folder when none is named: `plans` below the current folder if there is one,
    else the current folder itself when one of its files has a `plan:` section, else `plans`
    (whose absence is then reported with a hint to name the folder)."""
    if (folder / DEFAULT_PLAN_DIR).is_dir():
        return DEFAULT_PLAN_DIR
    if holds_plan_section(folder):
        return HERE
    return DEFAULT_PLAN_DIR


def holds_plan_section(folder: Path) -> bool:
    """Whether a YAML file directly in the folder starts a `plan:` section."""
    try:
        candidates = sorted(p for p in folder.iterdir() if is_plan_file(PurePath(p.name)))
    except OSError:
        return False
    for path in candidates:
        try:
            if not path.is_file():
                continue  # never open a pipe: it would block
            with path.open("rb") as file:
                head = file.read(_SNIFF_BYTES).decode("utf-8", errors="replace")
        except OSError:
            continue
        if _PLAN_SECTION.search(head):
            return True
    return False


def _plan_dir_or_found(ctx: typer.Context, param: typer.CallbackParam, value: Path) -> Path:
    source = ctx.get_parameter_source(param.name) if param.name else None
    # By name: Typer brings its own copy of click, whose enum is not click's.
    if source is not None and source.name == "DEFAULT":
        return find_plan_dir()
    return value


PlanDir = Annotated[
    Path,
    typer.Argument(
        metavar=PLAN_DIR_METAVAR,
        help=help_text("plan_dir"),
        show_default=False,
        callback=_plan_dir_or_found,
    ),
]
Today = Annotated[
    str | None, typer.Option("--today", metavar=help_text("metavar_date"), help=help_text("today"))
]
Lang = Annotated[Language | None, typer.Option("--lang", help=help_text("lang"))]
Color = Annotated[ColorMode, typer.Option("--color", help=help_text("color"))]


def parse_today(value: str | None) -> dt.date:
    """--today, the reference date of every date rule; today when it is not given."""
    return parse_date_option(value, "--today") or dt.date.today()


def parse_date_option(value: str | None, option: str) -> dt.date | None:
    """Every date option is read here: 2026-12-31 or 31.12.2026 (see werkplan.dates)."""
    if value is None:
        return None
    day = read_date(value, option)
    if isinstance(day, Message):
        errors = Console(stderr=True, highlight=False)
        fail(errors, i18n.render(day, reader_language()), EXIT_USAGE)
    return day


def parse_timeframe_option(value: str | None, option: str) -> TimeFrame | None:
    """Every time frame option (--start, --due of `new measure`): a day as every date option
    takes it, or a month, quarter, half-year or year – canonical (2026-Q4) or as people write
    it (4. Quartal 2026, Q4/2026, Juni 2026, Ende 2026). A misspelt day is refused as by
    parse_date_option, with the day it probably means."""
    if value is None:
        return None
    frame = timeframes.parse(value)
    day = read_date(value, option)
    if frame is None and not isinstance(day, Message):
        frame = TimeFrame.day(day)
    written = timeframes.parse_written(value)
    if frame is None and written is not None and written.precision is not Precision.DAY:
        frame = written
    if frame is None:
        assert isinstance(day, Message)
        if day.key == "date_option_unknown":
            day = Message.of("timeframe_option_unknown", value=value.strip()[:40], option=option)
        errors = Console(stderr=True, highlight=False)
        fail(errors, i18n.render(day, reader_language()), EXIT_USAGE)
    return frame


def revision_option(value: str | None, option: str) -> str | dt.date | None:
    """--since, --until: a git revision as written, or a day (German or ISO)."""
    if value is None or not looks_like_date(value):
        return value
    return parse_date_option(value, option)


def run_check(plan_dir: Path, day: dt.date, lang: Language | None, console: Console) -> CheckResult:
    language = lang.value if lang else None
    message_language = language or reader_language()
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


def write_output(output: Path, text: str, language: str, plan_dir: Path | None) -> None:
    write_bytes_output(output, text.encode("utf-8"), language, plan_dir)


def write_bytes_output(output: Path, data: bytes, language: str, plan_dir: Path | None) -> None:
    """Every -o of every command: never onto a plan file, atomically onto a file, directly
    into a device or pipe (writers.atomic.write_output); a failure is a usage error."""
    refuse_plan_file(output, plan_dir, language)
    try:
        replace_output(output, data)
    except NotWritten as refused:
        fail_not_written(refused, language, EXIT_USAGE)


def fail_not_written(refused: NotWritten, language: str, code: int) -> NoReturn:
    message = f"{refused.path}: {i18n.render(refused.message, language)}"
    fail(Console(stderr=True, highlight=False), message, code)


def plan_to_read(plan_dir: Path, day: dt.date, lang: Language | None) -> tuple[Plan, str]:
    """The plan for commands that only read it: errors are mentioned, not fatal (that is
    what check is for); only an unusable plan directory ends the command."""
    result = run_check(plan_dir, day, lang, Console(highlight=False))
    if result.errors:
        note(i18n.text("plan_has_errors", result.language, errors=result.errors))
    return result.plan, result.language


def refuse_plan_file(output: Path, plan_dir: Path | None, language: str) -> None:
    """-o never replaces a file of the plan: no YAML file inside the plan directory, no values
    file an indicator names, and no existing YAML file anywhere (werkplan writes no YAML with
    -o), also not through a link."""
    resolved = output.resolve()
    inside = plan_dir is not None and resolved.is_relative_to(plan_dir.resolve())
    key = None
    if any(name.lower().endswith(PLAN_SUFFIXES) for name in (output.name, resolved.name)):
        key = "output_is_plan_file" if inside else "output_is_yaml_file"
        key = key if inside or resolved.exists() else None
    elif inside and plan_dir is not None and resolved in _values_files(plan_dir):
        key = "output_is_values_file"
    if key is not None:
        message = i18n.text(key, language, path=str(output))
        fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)


def _values_files(plan_dir: Path) -> set[Path]:
    """Where the values files the plan's indicators name lie (read without the rules)."""
    from werkplan.checker import read_plan, values_files

    try:
        plan, _ = read_plan(plan_dir)
    except PlanDirError:
        return set()
    return {Path(named).resolve() for named in values_files(plan)}


def plan_without_errors(
    plan_dir: Path, day: dt.date, lang: Language | None, *, no_color: bool = False
) -> tuple[Plan, str]:
    """The plan for commands that write or hand it on: with errors they would pass on a
    plan with parts missing, so the errors are shown as by check, and exit code 1."""
    errors = Console(stderr=True, highlight=False, no_color=no_color)
    result = run_check(plan_dir, day, lang, errors)
    if result.errors:
        from werkplan.reporters.text import render_styled

        errors.print(render_styled(result.only_errors()), end="", soft_wrap=True)
        raise typer.Exit(1)
    return result.plan, result.language


def require_ids(
    plan: Plan, wanted: dict[str, tuple[str, str | tuple[str, ...] | None]], language: str
) -> None:
    """Every id an option names (once or, like --owner, repeated) must exist: '--owner
    sozialplannung' is a typo, not a filter that happens to match nothing. A name of an entry
    ('--owner Kreistag') is told its id; an unknown actor, how to add one."""
    for option, (section, given) in wanted.items():
        for value in (given,) if isinstance(given, str) else given or ():
            if plan.lookup(section, value) is not None:
                continue
            known = sorted(plan.indexes[section])
            suggestion = plan.id_named(section, value) or closest(value, known) or ""
            message = i18n.text(
                "unknown_filter",
                language,
                option=option,
                value=value,
                known=tuple(known),
                suggestion=suggestion,
                new_actor="yes" if section == "actors" and not suggestion else "",
            )
            fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)


def choice_option(vocabulary: str, written: str, option: str, plan: Plan, language: str) -> str:
    """An option's value from a vocabulary (--status, --kind, --assessment): the key, the
    plan's own label, werkplan's German or English label, or a usual word ('erledigt'). A
    word that could mean several values, or none, is a usage error naming what is allowed."""
    from werkplan.suggest import suggest_choice
    from werkplan.validate.labels import value_for

    allowed = VOCABULARIES[vocabulary].values
    if written in allowed:
        return written
    found = value_for(vocabulary, written, plan.labels)
    reading = i18n.read_choice(vocabulary, written)
    found = found or reading.value
    if found is None:
        guess = "" if reading.candidates else suggest_choice(vocabulary, written, plan.labels)
        refusal = Message.of(
            "invalid_choice",
            key=option,
            value=written,
            allowed=Choices(vocabulary, allowed),
            candidates=Choices(vocabulary, reading.candidates) if reading.candidates else (),
            suggestion=guess or "",
        )
        message = i18n.render(refusal, language, plan.labels)
        fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)
    return found


def plan_to_change(plan_dir: Path, day: dt.date, lang: Language | None) -> tuple[Plan, str]:
    """The plan for commands that change it: read under the plan's write lock, which is
    held until the command ends, so no other werkplan command writes in between."""
    lock_plan(plan_dir, lang.value if lang else None)
    return plan_without_errors(plan_dir, day, lang)


def lock_plan(plan_dir: Path, language: str | None) -> None:
    """Hold the plan's write lock until the command ends (``release_locks``); if another
    command holds it, refuse (exit 1) and change nothing."""
    from werkplan.writers.lock import plan_lock

    try:
        _held_locks.enter_context(plan_lock(plan_dir))
    except NotWritten as busy:
        fail_not_written(busy, language or reader_language(), 1)


def release_locks() -> None:
    """Called when a command ends, however it ends (the app's callback registers it)."""
    _held_locks.close()


_held_locks = contextlib.ExitStack()


def new_change(plan_dir: Path, day: dt.date, language: str) -> PlanChange:
    """A change of the plan files as they are on disk; a plan folder that can no longer be
    read ends the command (exit 2)."""
    from werkplan.writers.plan_change import PlanChange

    try:
        return PlanChange(plan_dir, day)
    except PlanDirError as error:
        fail(
            Console(stderr=True, highlight=False), i18n.render(error.message, language), EXIT_USAGE
        )


def edit_or_fail(
    change: PlanChange, shown: PurePath, how: Callable[[str], Edited], language: str
) -> None:
    """Edit one plan file in memory; a file that cannot be edited without losing comments or
    layout ends the command with exit code 1, nothing written."""
    reason = change.edit(shown, how)
    if reason is not None:
        fail_in_file(shown, reason, language)


def fail_in_file(shown: PurePath, reason: Message, language: str) -> NoReturn:
    fail(Console(stderr=True, highlight=False), f"{shown}: {i18n.render(reason, language)}", 1)


def write_change(change: PlanChange, language: str, refused_key: str) -> None:
    """Write a checked change, or show the errors it would bring and write nothing."""
    check_change(change, language, refused_key)
    try:
        change.write()
    except NotWritten as refused:  # refused on purpose: 1; the system could not: 2
        fail_not_written(refused, language, EXIT_USAGE if isinstance(refused, WriteFailed) else 1)


def check_change(change: PlanChange, language: str, refused_key: str) -> None:
    """Show the errors a change would bring into the plan and end with exit code 1; return
    when it brings none (--dry-run asks this without writing)."""
    problems = change.new_errors()
    if problems:
        errors = Console(stderr=True, highlight=False)
        for problem in problems:
            text = f"{problem.position}: {i18n.render(problem.message, language)}"
            errors.print(terminal_text(text), soft_wrap=True, markup=False)
        fail(errors, i18n.text(refused_key, language), 1)


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
