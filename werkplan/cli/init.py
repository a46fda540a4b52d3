"""`werkplan init DIR`: a new plan that passes `check`, ready for the team to fill in."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.cli.common import EXIT_USAGE, HELP, Lang, fail, note
from werkplan.i18n.init_texts import SKELETON
from werkplan.json_schema import plan_file_schema
from werkplan.load.files import PLAN_SUFFIXES
from werkplan.writers.atomic import Replacement, replace_files

NAME = "init"
HELP_KEY = "init"
SCHEMA_PATH = ".werkplan/plan-file.schema.json"  # hidden: werkplan does not read it as plan


def run(
    plan_dir: Annotated[Path, typer.Argument(metavar="DIR", help=HELP["init_dir"])],
    *,
    lang: Lang = None,
) -> None:
    language = lang.value if lang else i18n.system_language()
    if plan_dir.exists() and not plan_dir.is_dir():
        message = i18n.text("plan_dir_not_dir", language, path=str(plan_dir))
        fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)
    if plan_dir.exists() and any(
        p.name.lower().endswith(PLAN_SUFFIXES) for p in plan_dir.rglob("*") if p.is_file()
    ):
        message = i18n.text("init_exists", language, path=str(plan_dir))
        fail(Console(stderr=True, highlight=False), message, EXIT_USAGE)
    year = dt.date.today().year
    for relative, template in SKELETON[language].items():
        depth = relative.count("/")
        modeline = f"# yaml-language-server: $schema={'../' * depth}{SCHEMA_PATH}\n"
        text = template.format(
            start=f"{year}-01-01",
            end=f"{year + 2}-12-31",
            due=f"{year + 1}-06-30",
            today=dt.date.today().isoformat(),
        )
        if relative.endswith(".yaml"):
            text = modeline + text
        _write(plan_dir / relative, text)
    schema = json.dumps(plan_file_schema(), ensure_ascii=False, indent=2) + "\n"
    _write(plan_dir / SCHEMA_PATH, schema)
    note(i18n.text("init_done", language, path=str(plan_dir)))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_files([Replacement(path, text.encode("utf-8"))])
