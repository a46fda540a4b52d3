"""Finding the plan files below a directory, with the guards a shared folder needs.

Hidden folders (``.git``) are skipped, links that lead outside the plan directory are not
followed, a file reached twice through links is read once, and anything that is not a
regular file is never opened (a FIFO would block).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from werkplan.problems import Message, Position, Problem, Severity

PLAN_SUFFIXES = (".yaml", ".yml")
MAX_FILE_BYTES = 5 * 1024 * 1024
# All plan files together: reading them needs several times their size in memory (the tree
# of one file at a time, the model of all), so a plan directory has a limit of its own.
MAX_PLAN_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class FoundFile:
    shown: PurePath  # how to name it to the user: the plan directory as given, then the file
    data: bytes | None = None
    path: Path | None = None  # where it lies on disk (through any link), for writers
    problem: Problem | None = None  # set when the file could not be read


class PlanDirError(Exception):
    """The plan directory itself is missing or unusable (exit code 2)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.key)
        self.message = message


def find_plan_files(plan_dir: Path, skipped: list[PurePath] | None = None) -> Iterator[FoundFile]:
    """The plan files, sorted. ``skipped`` collects other files worth a note (not READMEs,
    not report templates), and links that lead out of the plan directory."""
    if not plan_dir.exists():
        raise PlanDirError(Message.of("plan_dir_missing", path=str(plan_dir)))
    if not plan_dir.is_dir():
        raise PlanDirError(Message.of("plan_dir_not_dir", path=str(plan_dir)))
    root = Path(os.path.realpath(plan_dir))
    try:
        others: list[PurePath] = []
        candidates = sorted(_walk(root, root, PurePath(), set(), others))
    except OSError as error:
        reason = error.strerror or type(error).__name__
        message = Message.of("plan_dir_unreadable", path=str(plan_dir), reason=reason)
        raise PlanDirError(message) from None
    if skipped is not None:
        skipped.extend(PurePath(plan_dir) / relative for relative in sorted(others))
    _refuse_oversized_plan(plan_dir, candidates)
    read: set[Path] = set()
    for relative, real in candidates:
        if real in read:
            continue  # the same file again through a link
        read.add(real)
        yield _read(real, PurePath(plan_dir) / relative)


def _walk(
    root: Path, folder: Path, relative: PurePath, seen: set[Path], others: list[PurePath]
) -> Iterator[tuple[PurePath, Path]]:
    seen.add(folder)
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            real = Path(os.path.realpath(entry.path))
            if real != root and root not in real.parents:
                others.append(relative / entry.name)  # the plan is what lies inside it
                continue
            if _is_dir(entry):
                if real not in seen and not (relative == PurePath() and entry.name == "templates"):
                    yield from _walk(root, real, relative / entry.name, seen, others)
            elif entry.name.lower().endswith(PLAN_SUFFIXES):
                yield relative / entry.name, real
            elif not entry.name.upper().startswith("README"):
                others.append(relative / entry.name)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a link loop: reported when the entry is read as a file
        return False


def _refuse_oversized_plan(plan_dir: Path, candidates: list[tuple[PurePath, Path]]) -> None:
    """Stop before reading anything when the plan files together exceed MAX_PLAN_BYTES.
    Files that will not be read (too large on their own, not regular) do not count."""
    total = 0
    for real in {real for _, real in candidates}:
        try:
            info = real.stat()
        except OSError:
            continue  # reported when the file is read
        if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_FILE_BYTES:
            total += info.st_size
    if total > MAX_PLAN_BYTES:
        mib = 1024 * 1024
        message = Message.of(
            "plan_too_large",
            path=str(plan_dir),
            size=-(-total // mib),
            limit=MAX_PLAN_BYTES // mib,
        )
        raise PlanDirError(message)


def in_memory(shown: PurePath, data: bytes) -> FoundFile:
    """A file read from elsewhere (a git revision), under the same size limit."""
    if len(data) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // 1024 // 1024
        return _failed(shown, "file-too-large", Message.of("file_too_large", limit=limit))
    return FoundFile(shown, data=data)


def _read(path: Path, shown: PurePath) -> FoundFile:
    try:
        info = path.stat()
    except OSError as error:
        return _unreadable(shown, error)
    if not stat.S_ISREG(info.st_mode):
        return _failed(shown, "unreadable-file", Message.of("not_regular"))
    if info.st_size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // 1024 // 1024
        return _failed(shown, "file-too-large", Message.of("file_too_large", limit=limit))
    try:
        return FoundFile(shown, data=path.read_bytes(), path=path)
    except OSError as error:
        return _unreadable(shown, error)


def _failed(shown: PurePath, rule: str, message: Message) -> FoundFile:
    return FoundFile(shown, problem=Problem(Position(shown), Severity.ERROR, rule, message))


def _unreadable(shown: PurePath, error: OSError) -> FoundFile:
    if isinstance(error, FileNotFoundError):
        return _failed(shown, "unreadable-file", Message.of("dangling_link"))
    if error.errno is not None and error.errno == 40:  # ELOOP
        return _failed(shown, "unreadable-file", Message.of("link_loop"))
    reason = error.strerror or type(error).__name__
    return _failed(shown, "unreadable-file", Message.of("unreadable", reason=reason))
