"""The command line: parse options, run the pipeline, choose the output, set the exit code.

Exit codes: 0 no errors (warnings allowed), 1 errors (or warnings with --strict),
2 usage error or unusable plan directory, 3 internal error.
"""

from __future__ import annotations

import datetime as dt
import enum
import sys
from pathlib import Path, PurePath
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from werkplan import __version__, i18n
from werkplan.checker import CheckResult, check_plan
from werkplan.history import ChangeLog, GitError, collect_changes
from werkplan.history.output import FORMATS as CHANGE_FORMATS
from werkplan.i18n.cli_texts import HELP
from werkplan.load import PlanDirError
from werkplan.report import Filters, TemplateProblem, build_context, choose_template, render_report
from werkplan.reporters import REPORTERS
from werkplan.reporters.text import render_styled
from werkplan.rules import RULES
from werkplan.suggest import closest
from werkplan.writers.atomic import write_text_atomically
from werkplan.writers.run_fmt import FileOutcome, format_plan

EXIT_USAGE = 2
EXIT_INTERNAL = 3

_HELP = HELP[i18n.system_language()]  # help texts are fixed when the app is built

app = typer.Typer(
    name="werkplan",
    help=_HELP["app"],
    no_args_is_help=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


class OutputFormat(enum.StrEnum):
    TEXT = "text"
    JSON = "json"


class Language(enum.StrEnum):
    DE = "de"
    EN = "en"


class ColorMode(enum.StrEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"werkplan {__version__}")
        raise typer.Exit()


@app.callback()
def callback(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help=_HELP["version"]),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help=_HELP["debug"])] = False,
) -> None:
    # --debug is acted on in main(): an internal error escapes the app before it could be
    # read here. It is declared so that help lists it and Typer accepts it.
    del version, debug


def _parse_today(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            i18n.text("bad_today", i18n.system_language(), value=value)
        ) from None


@app.command(help=_HELP["check"])
def check(
    plan_dir: Annotated[Path, typer.Argument(help=_HELP["plan_dir"], show_default=True)] = Path(
        "plans"
    ),
    *,
    today: Annotated[
        str | None, typer.Option("--today", metavar="YYYY-MM-DD", help=_HELP["today"])
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help=_HELP["strict"])] = False,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help=_HELP["format"])
    ] = OutputFormat.TEXT,
    lang: Annotated[Language | None, typer.Option("--lang", help=_HELP["lang"])] = None,
    color: Annotated[ColorMode, typer.Option("--color", help=_HELP["color"])] = ColorMode.AUTO,
) -> None:
    day = _parse_today(today)
    console = _console(color)
    result = _run_check(plan_dir, day, lang, console)
    if output_format is OutputFormat.TEXT:
        console.print(render_styled(result), end="", soft_wrap=True, highlight=False)
    else:
        sys.stdout.write(REPORTERS[output_format.value](result))
    if strict and result.warnings and not result.errors:
        _note(i18n.text("strict_note", result.language))
    raise typer.Exit(result.exit_code(strict))


class ReportFormat(enum.StrEnum):
    MD = "md"
    HTML = "html"


@app.command(help=_HELP["report"])
def report(
    plan_dir: Annotated[Path, typer.Argument(help=_HELP["plan_dir"])] = Path("plans"),
    *,
    output_format: Annotated[
        ReportFormat | None, typer.Option("--format", "-f", help=_HELP["report_format"])
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=_HELP["output"])
    ] = None,
    today: Annotated[
        str | None, typer.Option("--today", metavar="YYYY-MM-DD", help=_HELP["today"])
    ] = None,
    lang: Annotated[Language | None, typer.Option("--lang", help=_HELP["lang"])] = None,
    field: Annotated[str | None, typer.Option("--field", metavar="ID", help=_HELP["field"])] = None,
    region: Annotated[
        str | None, typer.Option("--region", metavar="ID", help=_HELP["region"])
    ] = None,
    owner: Annotated[str | None, typer.Option("--owner", metavar="ID", help=_HELP["owner"])] = None,
    public: Annotated[bool, typer.Option("--public", help=_HELP["public"])] = False,
    template: Annotated[
        Path | None, typer.Option("--template", metavar="FILE", help=_HELP["template"])
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", metavar="REV|YYYY-MM-DD", help=_HELP["report_since"]),
    ] = None,
    color: Annotated[ColorMode, typer.Option("--color", help=_HELP["color"])] = ColorMode.AUTO,
) -> None:
    day = _parse_today(today)
    fmt = (output_format or _format_from_suffix(output)).value
    errors = Console(stderr=True, highlight=False, no_color=_console(color).no_color)
    result = _run_check(plan_dir, day, lang, errors)
    if result.errors:
        errors.print(render_styled(result.only_errors()), end="", soft_wrap=True)
        raise typer.Exit(1)
    filters = Filters(field=field, region=region, owner=owner, public=public)
    _check_filters(result, filters, errors)
    if output is not None and _is_plan_file(output, plan_dir):
        _fail(errors, i18n.text("output_is_plan_file", result.language, path=str(output)), 2)
    log = _collect_changes(plan_dir, since, None, result.language) if since else None
    context = build_context(result.plan, day, result.language, filters, log)
    try:
        text = render_report(context, fmt, choose_template(fmt, plan_dir, template))
    except TemplateProblem as problem:
        _fail(errors, i18n.text("template_failed", result.language, detail=str(problem)), 2)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        write_text_atomically(output, text)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        _fail(
            errors, i18n.text("cannot_write", result.language, path=str(output), reason=reason), 2
        )
    written = i18n.text(
        "report_written",
        result.language,
        path=str(output),
        measures=i18n.count(len(context.measures), "measure", result.language),
    )
    errors.print(written, soft_wrap=True, markup=False)


def _format_from_suffix(output: Path | None) -> ReportFormat:
    if output is not None and output.suffix.lower() in (".html", ".htm"):
        return ReportFormat.HTML
    if output is None or output.suffix.lower() in (".md", ".markdown"):
        return ReportFormat.MD
    return ReportFormat.HTML


def _is_plan_file(output: Path, plan_dir: Path) -> bool:
    """A report must never replace a plan file, whatever -o says."""
    if output.suffix.lower() not in (".yaml", ".yml"):
        return False
    try:
        output.resolve().relative_to(plan_dir.resolve())
    except ValueError:
        return False
    return True


def _check_filters(result: CheckResult, filters: Filters, console: Console) -> None:
    for option, value, section in (
        ("--field", filters.field, "fields"),
        ("--region", filters.region, "regions"),
        ("--owner", filters.owner, "actors"),
    ):
        if value is None or result.plan.lookup(section, value) is not None:
            continue
        known = sorted(result.plan.indexes[section])
        message = i18n.text(
            "unknown_filter",
            result.language,
            option=option,
            value=value,
            known=tuple(known),
            suggestion=closest(value, known) or "",
        )
        _fail(console, message, EXIT_USAGE)


class ChangesFormat(enum.StrEnum):
    TEXT = "text"
    MD = "md"
    JSON = "json"


@app.command(help=_HELP["changes"])
def changes(
    plan_dir: Annotated[Path, typer.Argument(help=_HELP["plan_dir"])] = Path("plans"),
    *,
    since: Annotated[
        str | None, typer.Option("--since", metavar="REV|YYYY-MM-DD", help=_HELP["since"])
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", metavar="REV", help=_HELP["until"])
    ] = None,
    output_format: Annotated[
        ChangesFormat, typer.Option("--format", "-f", help=_HELP["changes_format"])
    ] = ChangesFormat.TEXT,
    lang: Annotated[Language | None, typer.Option("--lang", help=_HELP["lang"])] = None,
) -> None:
    language = lang.value if lang else None
    log = _collect_changes(plan_dir, since, until, language)
    shown_language = language or _plan_language(plan_dir)
    sys.stdout.write(CHANGE_FORMATS[output_format.value](log, shown_language))


def _collect_changes(
    plan_dir: Path, since: str | None, until: str | None, language: str | None
) -> ChangeLog:
    try:
        return collect_changes(plan_dir, since, until)
    except (GitError, PlanDirError) as error:
        console = Console(stderr=True, highlight=False)
        _fail(console, i18n.render(error.message, language or i18n.system_language()), EXIT_USAGE)


def _plan_language(plan_dir: Path) -> str:
    try:
        return check_plan(plan_dir, dt.date.today()).language
    except PlanDirError:
        return i18n.system_language()


@app.command(help=_HELP["fmt"])
def fmt(
    plan_dir: Annotated[Path, typer.Argument(help=_HELP["plan_dir"])] = Path("plans"),
    *,
    check_only: Annotated[bool, typer.Option("--check", help=_HELP["fmt_check"])] = False,
    diff: Annotated[bool, typer.Option("--diff", help=_HELP["fmt_diff"])] = False,
    lang: Annotated[Language | None, typer.Option("--lang", help=_HELP["lang"])] = None,
) -> None:
    language = lang.value if lang else _plan_language(plan_dir)
    errors = Console(stderr=True, highlight=False)
    counts = {"changed": 0, "unchanged": 0, "left_alone": 0}
    try:
        for outcome in format_plan(plan_dir, write=not (check_only or diff)):
            counts[_fmt_outcome(outcome, check_only or diff, diff, language, errors)] += 1
    except PlanDirError as error:
        _fail(errors, i18n.render(error.message, language), EXIT_USAGE)
    _note(i18n.text("fmt_summary", language, **counts))
    failed = counts["left_alone"] or (check_only and counts["changed"])
    raise typer.Exit(1 if failed else 0)


def _fmt_outcome(
    outcome: FileOutcome, dry: bool, diff: bool, language: str, errors: Console
) -> str:
    shown = outcome.shown.as_posix()
    if outcome.left_alone is not None:
        reason = i18n.render(outcome.left_alone, language)
        where = f" ({outcome.problem.position})" if outcome.problem else ""
        errors.print(f"{shown}: {reason}{where}", soft_wrap=True, markup=False)
        return "left_alone"
    if not outcome.changed:
        return "unchanged"
    if diff:
        sys.stdout.write(outcome.diff)
    else:
        key = "fmt_would_change" if dry else "fmt_written"
        sys.stdout.write(i18n.text(key, language, path=shown) + "\n")
    return "changed"


@app.command(help=_HELP["rules"])
def rules(
    lang: Annotated[Language | None, typer.Option("--lang", help=_HELP["lang_rules"])] = None,
) -> None:
    language = lang.value if lang else i18n.system_language()
    for rule in RULES.values():
        summary = rule.de if language == "de" else rule.en
        typer.echo(f"{rule.id:22} {rule.severity!s:8} {summary}")


def _run_check(
    plan_dir: Path, day: dt.date, lang: Language | None, console: Console
) -> CheckResult:
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
        _fail(error_console, i18n.render(error.message, message_language), EXIT_USAGE)


def _note(message: str) -> None:
    Console(stderr=True, highlight=False).print(
        f"werkplan: {message}", soft_wrap=True, markup=False
    )


def _fail(console: Console, message: str, code: int) -> NoReturn:
    console.print(f"werkplan: {message}", soft_wrap=True, markup=False)
    raise typer.Exit(code)


def _console(color: ColorMode) -> Console:
    if color is ColorMode.ALWAYS:
        return Console(force_terminal=True, highlight=False)
    if color is ColorMode.NEVER:
        return Console(no_color=True, highlight=False, force_terminal=False)
    return Console(highlight=False)  # rich honours NO_COLOR, FORCE_COLOR and TERM=dumb


def main() -> None:
    """Entry point: run the app; an unexpected error is one line and exit 3, not a traceback."""
    debug = "--debug" in sys.argv[1:]
    try:
        app(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:
        if debug:
            raise
        name = f"{type(error).__name__}: {error}"[:300]
        Console(stderr=True).print(
            "werkplan: " + i18n.text("internal_error", i18n.system_language(), error=name),
            markup=False,
            soft_wrap=True,
        )
        sys.exit(EXIT_INTERNAL)
