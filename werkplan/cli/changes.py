"""`werkplan changes`: the semantic change log of the plan between two git revisions."""

from __future__ import annotations

import datetime as dt
import enum
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    EXIT_USAGE,
    HELP,
    Lang,
    PlanDir,
    fail,
    parse_date_option,
    plan_language,
)
from werkplan.load import PlanDirError

if TYPE_CHECKING:
    from werkplan.history import ChangeLog

NAME = "changes"
HELP_KEY = "changes"


class ChangesFormat(enum.StrEnum):
    TEXT = "text"
    MD = "md"
    JSON = "json"


def run(
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    since: Annotated[
        str | None, typer.Option("--since", metavar="REV|YYYY-MM-DD", help=HELP["since"])
    ] = None,
    until: Annotated[str | None, typer.Option("--until", metavar="REV", help=HELP["until"])] = None,
    output_format: Annotated[
        ChangesFormat, typer.Option("--format", "-f", help=HELP["changes_format"])
    ] = ChangesFormat.TEXT,
    lang: Lang = None,
) -> None:
    from werkplan.history.output import FORMATS

    language = lang.value if lang else None
    log = collect_changes_or_fail(plan_dir, since, until, language)
    shown_language = language or plan_language(plan_dir)
    sys.stdout.write(FORMATS[output_format.value](log, shown_language))


def collect_changes_or_fail(
    plan_dir: Path,
    since: str | None,
    until: str | None,
    language: str | None,
    public: bool = False,
) -> ChangeLog:
    from werkplan.history import GitError, collect_changes

    start = since_option(since)
    try:
        return collect_changes(plan_dir, start, until, public)
    except (GitError, PlanDirError) as error:
        console = Console(stderr=True, highlight=False)
        fail(console, i18n.render(error.message, language or i18n.system_language()), EXIT_USAGE)


# What --since takes as a date rather than a revision name: ISO or German, as written in
# messages. Anything else is a revision (a hash, a branch, a tag, HEAD~2).
_DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\Z|\d{1,2}\.\d{1,2}\.\d{4}\Z", re.ASCII)


def since_option(value: str | None) -> str | dt.date | None:
    if value is None or not _DATE_LIKE.match(value):
        return value
    return parse_date_option(value, "--since")
