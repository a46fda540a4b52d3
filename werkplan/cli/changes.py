"""`werkplan changes`: the semantic change log of the plan between two git revisions."""

from __future__ import annotations

import sys
from pathlib import Path
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
    registry_choices,
    revision_option,
)
from werkplan.cli.language import reader_language
from werkplan.history.output import FORMATS
from werkplan.load import PlanDirError

if TYPE_CHECKING:
    from werkplan.history import ChangeLog

NAME = "changes"
HELP_KEY = "changes"


if TYPE_CHECKING:
    ChangesFormat = str
else:
    ChangesFormat = registry_choices("ChangesFormat", FORMATS)
DEFAULT_FORMAT = ChangesFormat("text")


def run(
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    since: Annotated[
        str | None,
        typer.Option("--since", metavar=help_text("metavar_since"), help=help_text("since")),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", metavar=help_text("metavar_since"), help=help_text("until")),
    ] = None,
    output_format: Annotated[
        ChangesFormat, typer.Option("--format", "-f", help=help_text("changes_format"))
    ] = DEFAULT_FORMAT,
    public: Annotated[bool, typer.Option("--public", help=help_text("changes_public"))] = False,
    lang: Lang = None,
) -> None:
    language = lang.value if lang else None
    log = collect_changes_or_fail(plan_dir, since, until, language, public)
    # The plan's language as the log ends, not read again: the log holds two plans already.
    sys.stdout.write(FORMATS[str(output_format)](log, language or log.language))


def collect_changes_or_fail(
    plan_dir: Path,
    since: str | None,
    until: str | None,
    language: str | None,
    public: bool = False,
) -> ChangeLog:
    from werkplan.history import GitError, collect_changes

    start, end = revision_option(since, "--since"), revision_option(until, "--until")
    try:
        return collect_changes(plan_dir, start, end, public)
    except (GitError, PlanDirError) as error:
        console = Console(stderr=True, highlight=False)
        fail(console, i18n.render(error.message, language or reader_language()), EXIT_USAGE)
