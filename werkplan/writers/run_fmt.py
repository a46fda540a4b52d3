"""Formatting a whole plan directory: decide per file, write only what verified, atomically.

Each file is replaced on its own, and only if it is still what was read (writers.atomic).

A file in which `werkplan check` finds an error in the structure of its sections
(STRUCTURE_ERRORS: a key the format does not know, a value of the wrong type or shape, a key
twice) is left alone:
such an error is mostly a typo that YAML read as something else (`{value: 27,8}` is the
two keys `value: 27` and `8`), and formatting would write that reading down for good
(`{value: 27, 8: null}`). Errors in the content (a wrong date, an unknown id, a missing
key) do not change how a file is read, so they do not stop fmt.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from werkplan import schema
from werkplan.load import LoadedFile, load_file, may_hold_plan_section
from werkplan.load.files import FoundFile, find_plan_files
from werkplan.load.tree import Mapping, Scalar
from werkplan.problems import Message, Problem, Severity
from werkplan.safe_text import terminal_text
from werkplan.validate import build_plan, plan_knowledge
from werkplan.writers.atomic import NotWritten, Replacement, replace_files
from werkplan.writers.fmt import format_bytes


@dataclass(frozen=True)
class FileOutcome:
    shown: PurePath
    changed: bool
    diff: str = ""
    left_alone: Message | None = None  # why the file was not rewritten
    problem: Problem | None = None


_SECTION_NAMES = frozenset(section.key for section in schema.SECTIONS)
STRUCTURE_ERRORS = frozenset(
    {"unknown-key", "invalid-key", "invalid-type", "invalid-shape", "duplicate-key"}
)


def format_plan(plan_dir: Path, write: bool) -> Iterator[FileOutcome]:
    """Raises ``PlanDirError`` when the directory itself cannot be used."""
    files = list(find_plan_files(plan_dir))
    structure = _structure_errors(files, plan_dir)
    for found in files:
        if found.data is None or found.path is None:
            yield FileOutcome(
                found.shown, False, left_alone=Message.of("fmt_unreadable"), problem=found.problem
            )
            continue
        problem = structure.get(found.shown)
        if problem is not None:
            reason = Message.of("fmt_structure_errors", rule=problem.rule)
            yield FileOutcome(found.shown, False, left_alone=reason, problem=problem)
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


def _structure_errors(files: list[FoundFile], plan_dir: Path) -> dict[PurePath, Problem]:
    """The first structure error `werkplan check` finds in each file that holds a plan
    section (as the plan reads it: attributes and labels from its `plan:` section count as
    known keys). YAML that names no section of the format is no plan file in that sense: its
    errors are about the whole file, stay as visible after formatting, and do not stop fmt."""
    loaded = [load_file(f) for f in files]
    knowledge = plan_knowledge(
        file for file, found in zip(loaded, files, strict=True) if may_hold_plan_section(found)
    )
    _, problems = build_plan(iter(loaded), plan_dir, None, knowledge)
    with_sections = {file.path for file in loaded if _names_a_section(file)}
    first: dict[PurePath, Problem] = {}
    for problem in sorted(problems, key=Problem.sort_key):
        if problem.position.path in with_sections and _is_structure_error(problem):
            first.setdefault(problem.position.path, problem)
    return first


def _names_a_section(file: LoadedFile) -> bool:
    if not isinstance(file.root, Mapping):
        return False
    return any(isinstance(key, Scalar) and key.text in _SECTION_NAMES for key, _ in file.root.items)


def _is_structure_error(problem: Problem) -> bool:
    return problem.rule in STRUCTURE_ERRORS and problem.severity is Severity.ERROR


def _diff(old: str, new: str, shown: PurePath) -> str:
    name = terminal_text(shown.as_posix())  # a line break in a file name must not end a line
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{name}", f"b/{name}"
    )
    return "".join(lines)
