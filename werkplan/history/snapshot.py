"""A plan as it was at one revision (or as it is in the working tree), read like `check` does.

Each file is read and validated on its own and its YAML tree dropped at once; a revision's
plan is the files' entities put together. A file that is the same blob as in the revision
read before is not read again: consecutive revisions share almost every file, so a long
history costs about one file per commit, and memory holds two revisions' models at most.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

from werkplan.history.git import Commit, PlanBlob, Repository
from werkplan.load import PlanDirError, load_file
from werkplan.load.files import MAX_FILE_BYTES, FoundFile, find_plan_files, in_memory, too_large
from werkplan.model import ENTITY_TYPES, Plan, public_part
from werkplan.problems import Message, Problem, Severity
from werkplan.validate import build_plan


@dataclass(frozen=True)
class Snapshot:
    commit: Commit | None  # None: the working tree, or the empty start before the first commit
    plan: Plan
    errors: tuple[Problem, ...]


@dataclass(frozen=True)
class _FilePart:
    """One file's entities and the problems that make it unreliable to compare."""

    plan: Plan
    errors: tuple[Problem, ...]


class Revisions:
    """Reads the plan at revisions of one repository, reusing files that did not change."""

    def __init__(self, repository: Repository, shown_root: PurePath, public: bool) -> None:
        self.repository = repository
        self.shown_root = shown_root
        self.public = public
        self._previous: dict[tuple[PurePath, str], _FilePart] = {}

    def empty(self) -> Snapshot:
        return Snapshot(None, Plan(directory=self.shown_root, files=()), ())

    def at(self, commit: Commit) -> Snapshot:
        current: dict[tuple[PurePath, str], _FilePart] = {}
        for blob in self.repository.plan_files(commit):
            key = (blob.path, blob.blob)
            part = self._previous.get(key) or current.get(key) or self._read(blob, commit)
            current[key] = part
        self._previous = current  # older revisions' files are let go
        return self._snapshot(commit, current.values())

    def working_tree(self, plan_dir: Path) -> Snapshot:
        parts = [_part(found, self.shown_root) for found in find_plan_files(plan_dir)]
        if not parts:
            raise PlanDirError(Message.of("plan_dir_empty", path=str(plan_dir)))
        return self._snapshot(None, parts)

    def _read(self, blob: PlanBlob, commit: Commit) -> _FilePart:
        shown = self.shown_root / blob.path
        if self.repository.blob_size(blob, commit) > MAX_FILE_BYTES:
            return _part(too_large(shown), self.shown_root)
        return _part(in_memory(shown, self.repository.read_blob(blob, commit)), self.shown_root)

    def _snapshot(self, commit: Commit | None, parts: Iterable[_FilePart]) -> Snapshot:
        listed = list(parts)
        plan = combine(self.shown_root, [part.plan for part in listed])
        if self.public:
            plan = public_part(plan)
        errors = tuple(itertools.chain.from_iterable(part.errors for part in listed))
        return Snapshot(commit, plan, errors)


def combine(directory: PurePath, plans: list[Plan]) -> Plan:
    """Plans of single files as one plan, as `build_plan` makes it from all files at once."""
    collections = {
        key: tuple(itertools.chain.from_iterable(p.collection(key) for p in plans))
        for key in ENTITY_TYPES
    }
    return Plan(
        directory=directory,
        files=tuple(itertools.chain.from_iterable(p.files for p in plans)),
        infos=tuple(itertools.chain.from_iterable(p.infos for p in plans)),
        unread=tuple(itertools.chain.from_iterable(p.unread for p in plans)),
        **collections,  # type: ignore[arg-type]
    )


def _part(found: FoundFile, shown_root: PurePath) -> _FilePart:
    plan, problems = build_plan([load_file(found)], shown_root)
    return _FilePart(plan, _errors(problems))


_READING_RULES = {
    "yaml-syntax",
    "invalid-encoding",
    "invalid-character",
    "unreadable-file",
    "file-too-large",
    "yaml-limit",
    "duplicate-key",
    "yaml-tag",
}


def _errors(problems: list[Problem]) -> tuple[Problem, ...]:
    """The problems that make a snapshot unreliable to compare: files that did not load."""
    return tuple(p for p in problems if p.severity is Severity.ERROR and p.rule in _READING_RULES)
