"""`werkplan export`: the plan for spreadsheets (CSV, XLSX), calendars (ICS) and scripts (JSON)."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    EXIT_USAGE,
    Lang,
    PlanDir,
    Today,
    fail,
    help_text,
    note,
    parse_today,
    plan_without_errors,
    refuse_plan_file,
    write_bytes_output,
)
from werkplan.model import Measure, public_part

NAME = "export"
HELP_KEY = "export"


class ExportFormat(enum.StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    ODS = "ods"
    ICS = "ics"
    JSON = "json"


def run(
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help=help_text("export_format"))
    ] = ExportFormat.CSV,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=help_text("output"))
    ] = None,
    public: Annotated[bool, typer.Option("--public", help=help_text("public"))] = False,
    today: Today = None,
    lang: Lang = None,
) -> None:
    from werkplan.exports import EXPORTS, ExportContext

    day = parse_today(today)
    plan, language = plan_without_errors(plan_dir, day, lang)
    if public:
        plan = public_part(plan)
    measures = [m for m in plan.indexes["measures"].values() if isinstance(m, Measure)]
    data = EXPORTS[output_format.value](ExportContext(plan, measures, day, language))
    if output is None:
        if output_format in _BINARY and sys.stdout.isatty():
            suffix = output_format.value
            message = i18n.text("binary_to_terminal", language, kind=suffix.upper(), suffix=suffix)
            fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)
        sys.stdout.buffer.write(data)
        return
    refuse_plan_file(output, plan_dir, language)
    write_bytes_output(output, data, language, plan_dir)
    note(i18n.text("export_written", language, path=str(output)))


_BINARY = (ExportFormat.XLSX, ExportFormat.ODS)
