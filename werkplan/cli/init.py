"""`werkplan init DIR`: a new plan that passes `check`, ready for the team to fill in.

All files or none (writers.create): an existing file, a folder link out of DIR or a failed
write stops it, and what was made so far is removed, so a second run starts afresh.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path, PurePath
from typing import Annotated

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.cli.common import EXIT_USAGE, Lang, fail, fail_not_written, help_text, note
from werkplan.cli.language import reader_language
from werkplan.i18n.init_texts import INIT_FILES
from werkplan.json_schema import DEFAULT_PLAN_SCHEMA, plan_schema, schema_text
from werkplan.load import PlanDirError, load_file
from werkplan.load.files import FoundFile, find_plan_files
from werkplan.validate import build_plan
from werkplan.writers.atomic import NotWritten
from werkplan.writers.create import create_files

NAME = "init"
HELP_KEY = "init"
SCHEMA_PATH = str(DEFAULT_PLAN_SCHEMA)  # hidden: werkplan does not read it as plan
GITIGNORE = ".gitignore"  # keeps reports and exports written into the plan folder out of git


def run(
    plan_dir: Annotated[Path, typer.Argument(metavar="DIR", help=help_text("init_dir"))],
    *,
    lang: Lang = None,
) -> None:
    language = lang.value if lang else reader_language()
    errors = Console(stderr=True, highlight=False)
    if plan_dir.exists() and not plan_dir.is_dir():
        fail(errors, i18n.text("init_not_dir", language, path=str(plan_dir)), EXIT_USAGE)
    if _holds_a_plan(plan_dir, language):
        fail(errors, i18n.text("init_exists", language, path=str(plan_dir)), EXIT_USAGE)
    files = skeleton(language)
    if os.path.lexists(plan_dir / GITIGNORE):
        del files[GITIGNORE]  # the repository's own (say, from a project template) stays
    try:
        create_files(plan_dir, files)
    except NotWritten as refused:
        fail_not_written(refused, language, EXIT_USAGE)
    note(i18n.text("init_done", language, path=str(plan_dir)))


def skeleton(language: str) -> dict[str, bytes]:
    """The new plan's files by relative path, each plan file with the editor's schema line."""
    year = dt.date.today().year
    files = {}
    for name in INIT_FILES:
        relative = i18n.text(f"init_path.{name}", language)
        depth = relative.count("/")
        modeline = f"# yaml-language-server: $schema={'../' * depth}{SCHEMA_PATH}\n"
        text = i18n.text(
            f"init_file.{name}",
            language,
            start=f"{year}-01-01",
            end=f"{year + 2}-12-31",
            due=f"{year + 1}-06-30",
            today=dt.date.today().isoformat(),
        )
        files[relative] = ((modeline if relative.endswith(".yaml") else "") + text).encode()
    files[SCHEMA_PATH] = _plan_schema(files).encode()
    return files


def _plan_schema(files: dict[str, bytes]) -> str:
    """The new plan's own schema (its ids for editors), as `werkplan schema DIR` writes it."""
    loaded = (
        load_file(FoundFile(PurePath(relative), data))
        for relative, data in files.items()
        if relative.endswith(".yaml")
    )
    plan, _ = build_plan(loaded, PurePath())
    return schema_text(plan_schema(plan))


def _holds_a_plan(plan_dir: Path, language: str) -> bool:
    if not plan_dir.is_dir():
        return False
    try:
        return next(iter(find_plan_files(plan_dir)), None) is not None
    except PlanDirError as error:  # too deep or too large to be a new plan's folder
        fail(Console(stderr=True, highlight=False), i18n.render(error.message, language), 2)
