"""`werkplan schema`: print the JSON Schema of plan files for editors and other tools."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from werkplan import i18n
from werkplan.cli.common import help_text, write_output
from werkplan.json_schema import plan_file_schema

NAME = "schema"
HELP_KEY = "schema"


def run(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=help_text("output"))
    ] = None,
) -> None:
    text = json.dumps(plan_file_schema(), ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        write_output(output, text, i18n.system_language(), None)
