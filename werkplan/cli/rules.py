"""`werkplan rules`: every rule id with its severity and meaning."""

from __future__ import annotations

from typing import Annotated

import typer

from werkplan.cli.common import Language, help_text
from werkplan.cli.language import reader_language
from werkplan.rules import RULES

NAME = "rules"
HELP_KEY = "rules"


def run(
    lang: Annotated[Language | None, typer.Option("--lang", help=help_text("lang_rules"))] = None,
) -> None:
    language = lang.value if lang else reader_language()
    for rule in RULES.values():
        summary = rule.de if language == "de" else rule.en
        typer.echo(f"{rule.id:22} {rule.severity!s:8} {summary}")
