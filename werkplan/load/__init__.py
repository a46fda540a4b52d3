"""Load stage: plan directory → one located YAML tree per file, and the problems met on the way.

Every failure to read a file (encoding, YAML syntax, limits) becomes a problem on that file;
the other files are still read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath

from werkplan.load.decode import DecodeError, decode
from werkplan.load.files import FoundFile, PlanDirError, find_plan_files
from werkplan.load.parser import parse
from werkplan.load.tree import Node
from werkplan.problems import Message, Position, Problem, Severity

__all__ = ["LoadedFile", "PlanDirError", "load_plan_dir"]


@dataclass(frozen=True)
class LoadedFile:
    path: PurePath  # as shown to the user
    root: Node | None  # None when nothing could be read, or the file is empty
    problems: tuple[Problem, ...]
    empty: bool = False


def load_plan_dir(
    plan_dir: Path, on_file: Callable[[PurePath], None] | None = None
) -> list[LoadedFile]:
    loaded = []
    for found in find_plan_files(plan_dir):
        if on_file is not None:
            on_file(found.shown)
        loaded.append(load_file(found))
    if not loaded:
        raise PlanDirError(_no_files(plan_dir))
    return loaded


def load_file(found: FoundFile) -> LoadedFile:
    if found.data is None or found.rule is not None:
        return _failed(
            found.shown,
            1,
            1,
            found.rule or "unreadable-file",
            found.message or Message.of("not_regular"),
        )
    text = decode(found.data)
    if isinstance(text, DecodeError):
        return _failed(found.shown, text.line, text.column, text.rule, text.message)
    result = parse(text)
    problems = tuple(
        Problem(Position(found.shown, p.line, p.column), Severity.ERROR, p.rule, p.message)
        for p in result.problems
    )
    return LoadedFile(found.shown, result.root, problems, empty=result.root is None)


def _failed(shown: PurePath, line: int, column: int, rule: str, message: Message) -> LoadedFile:
    problem = Problem(Position(shown, line, column), Severity.ERROR, rule, message)
    return LoadedFile(shown, None, (problem,))


def _no_files(plan_dir: Path) -> Message:
    return Message.of("plan_dir_empty", path=str(plan_dir))
