"""The command line: parse options, run the pipeline, choose the output, set the exit code.

One module per command; each is a thin layer over the pipeline. Exit codes: 0 no errors
(warnings allowed), 1 errors (or warnings with --strict, or a refused change), 2 usage error,
unusable plan directory or a file that cannot be written, 3 internal error, 128 + the signal
number when interrupted (130 for Ctrl-C). The program starts in werkplan.entry, which handles
signals before this module is imported.
"""

from __future__ import annotations

import signal
import sys
from typing import Annotated

import typer
from rich.console import Console

from werkplan import __version__, i18n
from werkplan.cli import (
    changes,
    check,
    export,
    fmt,
    import_status,
    import_values,
    init,
    list_,
    new,
    report,
    rules,
    schema,
    show,
    values,
)
from werkplan.cli.common import EXIT_INTERNAL, help_text, release_locks
from werkplan.cli.help import LocalisedCommand, LocalisedGroup
from werkplan.cli.language import reader_language
from werkplan.entry import say_interrupted
from werkplan.signals import Interrupted

app = typer.Typer(
    name="werkplan",
    cls=LocalisedGroup,
    help=help_text("app"),
    no_args_is_help=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)
for command in (
    check,
    report,
    list_,
    show,
    export,
    import_status,
    import_values,
    changes,
    fmt,
    init,
    schema,
    rules,
):
    app.command(name=command.NAME, help=help_text(command.HELP_KEY), cls=LocalisedCommand)(
        command.run
    )
app.add_typer(new.app, name="new", help=help_text("new"))
app.add_typer(values.app, name="values", help=help_text("values"))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"werkplan {__version__}")
        raise typer.Exit()


@app.callback()
def callback(
    ctx: typer.Context,
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help=help_text("version")),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help=help_text("debug"))] = False,
) -> None:
    # --debug is acted on in main(): an internal error escapes the app before it could be
    # read here. It is declared so that help lists it and Typer accepts it.
    del version, debug
    ctx.call_on_close(release_locks)  # a writer's plan lock ends with its command


def main() -> None:
    """Entry point: run the app; an unexpected error is one line and exit 3, not a traceback."""
    debug = "--debug" in sys.argv[1:]
    try:
        app(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:  # Python's own handler: werkplan.entry did not install ours
        stop = Interrupted(signal.SIGINT)
        say_interrupted(stop)
        sys.exit(stop.exit_code)
    except Exception as error:
        if debug:
            raise
        name = f"{type(error).__name__}: {error}"[:300]
        Console(stderr=True).print(
            "werkplan: " + i18n.text("internal_error", reader_language(), error=name),
            markup=False,
            soft_wrap=True,
        )
        sys.exit(EXIT_INTERNAL)
