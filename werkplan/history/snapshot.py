"""A plan as it was at one revision (or as it is in the working tree), read like `check` does.

Each file is read and validated on its own and its YAML tree dropped at once; a revision's
plan is the files' entities put together. Like `check`, every file is read with what the
revision's `plan:` section says (the plan's own labels and attribute definitions), and an
indicator's values file is read from the same revision as the YAML that names it.

A file that is the same blob as in the revision read before, and whose values files are the
same blobs too, is not read again: consecutive revisions share almost every file, so a long
history costs about one file per commit, and memory holds two revisions' models at most. When
the `plan:` section's labels or attribute definitions change, every file is read again.
"""

from __future__ import annotations

import itertools
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath

from werkplan.history.git import Commit, PlanBlob, Repository
from werkplan.load import LoadedFile, PlanDirError, load_file, may_hold_plan_section
from werkplan.load.files import MAX_FILE_BYTES, FoundFile, find_plan_files, in_memory, too_large
from werkplan.load.tree import Mapping
from werkplan.load.values_file import CompanionReader, disk_reader
from werkplan.model import ENTITY_TYPES, Plan, public_part
from werkplan.problems import Message, Position, Problem, Severity
from werkplan.schema import PLAN
from werkplan.validate import PlanKnowledge, build_plan, plan_knowledge

# A values file read for a plan file: its path inside the plan directory and its blob (None:
# the revision had no regular file there).
Companion = tuple[PurePosixPath, str | None]


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
    # What the file's `plan:` section tells every file (None: it has none).
    section: PlanKnowledge | None = None
    companions: tuple[Companion, ...] = ()


# A file of a revision before it is built: its bytes, or its tree when the file may hold the
# `plan:` section (read first, for what it tells the other files).
_Source = FoundFile | LoadedFile


class Revisions:
    """Reads the plan at revisions of one repository, reusing files that did not change."""

    def __init__(self, repository: Repository, shown_root: PurePath, public: bool) -> None:
        self.repository = repository
        self.shown_root = shown_root
        self.public = public
        self._previous: dict[tuple[PurePath, str], _FilePart] = {}
        self._knowledge: PlanKnowledge | None = None  # the one the previous parts were read with

    def empty(self) -> Snapshot:
        return Snapshot(None, Plan(directory=self.shown_root, files=()), ())

    def at(self, commit: Commit) -> Snapshot:
        blobs = self.repository.plan_files(commit)
        kept: dict[tuple[PurePath, str], _FilePart] = {}
        fresh: dict[tuple[PurePath, str], _Source] = {}
        knowledge: PlanKnowledge | None = None
        for blob in blobs:
            key = (blob.path, blob.blob)
            part = self._previous.get(key)
            if part is not None and self._same_companions(part, commit):
                kept[key], section = part, part.section
            else:
                fresh[key] = source = _early(self._found(blob, commit))
                section = _section(source)
            if knowledge is None:
                knowledge = section  # the first `plan:` section counts, as in `check`
        knowledge = knowledge or PlanKnowledge()
        if knowledge != self._knowledge:
            kept = {}  # labels or attribute definitions changed: every file is read again
        current: dict[tuple[PurePath, str], _FilePart] = {}
        for blob in blobs:
            key = (blob.path, blob.blob)
            part = kept.get(key)
            if part is None:
                source = fresh.pop(key, None) or self._found(blob, commit)
                part = self._build(source, knowledge, commit)
            current[key] = part
        self._previous, self._knowledge = current, knowledge  # older revisions' files go
        return self._snapshot(commit, current.values())

    def working_tree(self, plan_dir: Path) -> Snapshot:
        sources = [_early(found) for found in find_plan_files(plan_dir)]
        if not sources:
            raise PlanDirError(Message.of("plan_dir_empty", path=str(plan_dir)))
        sections = (_section(source) for source in sources)
        knowledge = next((s for s in sections if s is not None), PlanKnowledge())
        reader = disk_reader(plan_dir)
        parts = [_part(_loaded(s), self.shown_root, knowledge, reader) for s in sources]
        return self._snapshot(None, parts)

    def _found(self, blob: PlanBlob, commit: Commit) -> FoundFile:
        shown = self.shown_root / blob.path
        if self.repository.blob_size(blob, commit) > MAX_FILE_BYTES:
            return too_large(shown)
        return in_memory(shown, self.repository.read_blob(blob, commit))

    def _build(self, source: _Source, knowledge: PlanKnowledge, commit: Commit) -> _FilePart:
        companions: list[Companion] = []
        reader = self._companion_reader(commit, companions)
        part = _part(_loaded(source), self.shown_root, knowledge, reader)
        return _FilePart(part.plan, part.errors, part.section, tuple(companions))

    def _companion_reader(self, commit: Commit, read: list[Companion]) -> CompanionReader:
        """Reads a values file from the revision, under the guards `check` has on disk: only
        inside the plan directory, only a regular file, its size asked before its content."""

        def companion(shown: PurePath) -> FoundFile:
            relative = _inside(shown, self.shown_root)
            if relative is None:
                return _refused(shown, "outside_plan_dir")
            blob = self.repository.file_at(commit, relative)
            read.append((relative, blob.blob if blob else None))
            if blob is None:
                return _refused(shown, "companion_missing")
            return self._found(blob, commit)

        return companion

    def _same_companions(self, part: _FilePart, commit: Commit) -> bool:
        for relative, blob in part.companions:
            found = self.repository.file_at(commit, relative)
            if (found.blob if found else None) != blob:
                return False
        return True

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


def _early(found: FoundFile) -> _Source:
    """A file that may hold the `plan:` section is parsed now, to learn what it says before
    the other files are built; every other file stays bytes until then."""
    return load_file(found) if may_hold_plan_section(found) else found


def _loaded(source: _Source) -> LoadedFile:
    return source if isinstance(source, LoadedFile) else load_file(source)


def _section(source: _Source) -> PlanKnowledge | None:
    """What a file's `plan:` section tells the other files; None when it has no readable
    one (then the next file's counts, as `plan_knowledge` decides for `check`)."""
    if not isinstance(source, LoadedFile) or not source.complete:
        return None
    root = source.root
    if not isinstance(root, Mapping):
        return None
    if not any(k.text == PLAN.key and isinstance(v, Mapping) for k, v in root.items):
        return None
    return plan_knowledge([source])


def _part(
    loaded: LoadedFile, root: PurePath, knowledge: PlanKnowledge, reader: CompanionReader
) -> _FilePart:
    section = _section(loaded)
    plan, problems = build_plan([loaded], root, reader, knowledge)
    return _FilePart(plan, _errors(problems, loaded.path), section)


def _inside(shown: PurePath, root: PurePath) -> PurePosixPath | None:
    """A path named in a plan file, relative to the plan directory; None when it leads out.
    Worked out on the names alone: a revision's links are not followed."""
    relative = posixpath.relpath(
        posixpath.normpath(shown.as_posix()), posixpath.normpath(root.as_posix())
    )
    if relative == "." or relative == ".." or relative.startswith("../"):
        return None
    return PurePosixPath(relative)


def _refused(shown: PurePath, key: str) -> FoundFile:
    problem = Problem(Position(shown), Severity.ERROR, "unreadable-file", Message.of(key))
    return FoundFile(shown, problem=problem)


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


def _errors(problems: list[Problem], path: PurePath) -> tuple[Problem, ...]:
    """The problems that make a snapshot unreliable to compare: the plan file itself did not
    load. A values file that cannot be read is a problem of the plan, as in `check`, not of
    reading the revision."""
    return tuple(
        p
        for p in problems
        if p.severity is Severity.ERROR and p.rule in _READING_RULES and p.position.path == path
    )
