"""Load stage: plan directory → one located YAML tree per file, and the problems met on the way.

Every failure to read a file (encoding, YAML syntax, limits) becomes a problem on that file;
the other files are still read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from werkplan.load.decode import decode
from werkplan.load.files import FoundFile, PlanDirError, find_plan_files
from werkplan.load.parser import parse
from werkplan.load.tree import Node
from werkplan.problems import Message, Problem

__all__ = ["LoadedFile", "PlanDirError", "load_plan_dir"]


@dataclass(frozen=True)
class LoadedFile:
    path: PurePath  # as shown to the user
    root: Node | None  # None when the file is empty or could not be read
    problems: tuple[Problem, ...]
    complete: bool = True  # False when part of the file could not be read
    text: str = ""


def load_plan_dir(
    plan_dir: Path,
    on_file: Callable[[PurePath], None] | None = None,
    skipped: list[PurePath] | None = None,
) -> Iterator[LoadedFile]:
    """The plan's files, read one at a time as they are asked for.

    A file's tree is several times the size of the file; validating each file before the
    next is read keeps only one tree in memory. ``PlanDirError`` is raised while iterating.
    """
    empty = True
    for found in find_plan_files(plan_dir, skipped):
        if on_file is not None:
            on_file(found.shown)
        empty = False
        yield load_file(found)
    if empty:
        raise PlanDirError(Message.of("plan_dir_empty", path=str(plan_dir)))


def read_plan_dir(plan_dir: Path, skipped: list[PurePath] | None = None) -> list[FoundFile]:
    """The bytes of every plan file (parsing comes file by file, see ``load_each``)."""
    found = list(find_plan_files(plan_dir, skipped))
    if not found:
        raise PlanDirError(Message.of("plan_dir_empty", path=str(plan_dir)))
    return found


def load_each(
    found: Iterable[FoundFile], on_file: Callable[[PurePath], None] | None = None
) -> Iterator[LoadedFile]:
    for item in found:
        if on_file is not None:
            on_file(item.shown)
        yield load_file(item)


# A top-level `plan:` key (also quoted, or at the start of a flow mapping). Only which files
# are read first for the plan's labels and attributes depends on it, never the result.
_PLAN_KEY = re.compile(rb"""(?m)^(?:\{\s*)?["']?plan["']?\s*:""")


def may_hold_plan_section(found: FoundFile) -> bool:
    return found.data is not None and _PLAN_KEY.search(found.data) is not None


def load_file(found: FoundFile) -> LoadedFile:
    if found.problem is not None or found.data is None:
        return LoadedFile(found.shown, None, _only(found.problem), complete=False)
    text = decode(found.data, found.shown)
    if isinstance(text, Problem):
        return LoadedFile(found.shown, None, (text,), complete=False)
    result = parse(text, found.shown)
    return LoadedFile(found.shown, result.root, tuple(result.problems), result.complete, text)


def _only(problem: Problem | None) -> tuple[Problem, ...]:
    return (problem,) if problem is not None else ()
