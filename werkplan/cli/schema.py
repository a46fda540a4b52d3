"""`werkplan schema [PLAN_DIR]`: the JSON Schema of plan files for editors and other tools.

Without PLAN_DIR the generic schema of every plan; with it, the plan's own schema: its ids,
attributes and labels as allowed values (see werkplan.json_schema).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.checker import read_plan
from werkplan.cli.common import EXIT_USAGE, fail, fail_not_written, help_text, note, write_output
from werkplan.cli.language import reader_language
from werkplan.json_schema import plan_file_schema, plan_schema, schema_text
from werkplan.load import PlanDirError
from werkplan.problems import Severity
from werkplan.writers.atomic import failed

NAME = "schema"
HELP_KEY = "schema"


def run(
    plan_dir: Annotated[
        Path | None,
        typer.Argument(metavar="PLAN_DIR", help=help_text("schema_plan_dir"), show_default=False),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=help_text("output"))
    ] = None,
) -> None:
    language = reader_language()
    if plan_dir is None:
        text = schema_text(plan_file_schema())
    else:
        text = _plan_schema_text(plan_dir, language)
    if output is None:
        sys.stdout.write(text)
        return
    _make_folder(output, language)
    write_output(output, text, language, plan_dir)


def _plan_schema_text(plan_dir: Path, language: str) -> str:
    try:
        plan, problems = read_plan(plan_dir)
    except PlanDirError as error:
        fail(Console(stderr=True, highlight=False), i18n.render(error.message, language), 2)
    errors = sum(1 for problem in problems if problem.severity is Severity.ERROR)
    if errors:
        note(i18n.text("plan_has_errors", plan.language, errors=errors))
    return schema_text(plan_schema(plan))


def _make_folder(output: Path, language: str) -> None:
    """The plan's schema goes into `.werkplan/`, which plans made before it lack."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        fail_not_written(failed(str(output.parent), error), language, EXIT_USAGE)
