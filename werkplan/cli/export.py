"""`werkplan export`: the plan for spreadsheets (CSV, XLSX, ODS), calendars (ICS) and scripts
(JSON); with --indicators the long table of indicator values instead of the measures."""

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
    Today,
    fail,
    help_text,
    note,
    parse_today,
    plan_without_errors,
    registry_choices,
    write_bytes_output,
)
from werkplan.exports import BINARY_EXPORTS, EXPORTS, VALUE_EXPORTS, ExportContext
from werkplan.model import Measure, public_part

NAME = "export"
HELP_KEY = "export"


if TYPE_CHECKING:
    ExportFormat = str
else:
    ExportFormat = registry_choices("ExportFormat", EXPORTS)
DEFAULT_FORMAT = ExportFormat("csv")


def run(
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help=help_text("export_format"))
    ] = DEFAULT_FORMAT,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=help_text("output"))
    ] = None,
    public: Annotated[bool, typer.Option("--public", help=help_text("public"))] = False,
    indicators: Annotated[
        bool, typer.Option("--indicators", help=help_text("export_indicators"))
    ] = False,
    today: Today = None,
    lang: Lang = None,
) -> None:
    day = parse_today(today)
    plan, language = plan_without_errors(plan_dir, day, lang)
    if indicators and output_format not in VALUE_EXPORTS:
        message = i18n.text("export_indicators_format", language, format=str(output_format))
        fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)
    if public:
        plan = public_part(plan)
    measures = [m for m in plan.indexes["measures"].values() if isinstance(m, Measure)]
    table = "values" if indicators else "measures"
    data = EXPORTS[str(output_format)](ExportContext(plan, measures, day, language, table))
    if output is None:
        if output_format in BINARY_EXPORTS and sys.stdout.isatty():
            suffix = str(output_format)
            message = i18n.text("binary_to_terminal", language, kind=suffix.upper(), suffix=suffix)
            fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)
        sys.stdout.buffer.write(data)
        return
    write_bytes_output(output, data, language, plan_dir)
    note(i18n.text("export_written", language, path=str(output)))
