"""Formatting a whole plan directory: decide per file, write only what verified, atomically.

Each file is replaced on its own, and only if it is still what was read (writers.atomic).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from werkplan.load.files import find_plan_files
from werkplan.problems import Message, Problem
from werkplan.safe_text import terminal_text
from werkplan.writers.atomic import NotWritten, Replacement, replace_files
from werkplan.writers.fmt import format_bytes


@dataclass(frozen=True)
class FileOutcome:
    shown: PurePath
    changed: bool
    diff: str = ""
    left_alone: Message | None = None  # why the file was not rewritten
    problem: Problem | None = None


def format_plan(plan_dir: Path, write: bool) -> Iterator[FileOutcome]:
    """Raises ``PlanDirError`` when the directory itself cannot be used."""
    for found in find_plan_files(plan_dir):
        if found.data is None or found.path is None:
            yield FileOutcome(
                found.shown, False, left_alone=Message.of("fmt_unreadable"), problem=found.problem
            )
            continue
        result = format_bytes(found.data, found.shown)
        if result.text is None:
            yield FileOutcome(found.shown, False, left_alone=result.reason, problem=result.problem)
            continue
        original = found.data.decode("utf-8-sig")
        if result.text.lstrip("\ufeff") == original:
            yield FileOutcome(found.shown, False)
            continue
        diff = _diff(original, result.text.lstrip("\ufeff"), found.shown)
        if write:
            new = result.text.encode("utf-8")
            shown = found.shown.as_posix()
            try:
                replace_files([Replacement(found.path, new, shown, True, found.data)])
            except NotWritten as refused:
                yield FileOutcome(found.shown, False, left_alone=refused.message)
                continue
        yield FileOutcome(found.shown, True, diff)


def _diff(old: str, new: str, shown: PurePath) -> str:
    name = terminal_text(shown.as_posix())  # a line break in a file name must not end a line
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{name}", f"b/{name}"
    )
    return "".join(lines)
