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
TEMPLATES_FOLDER = "templates"  # the plan's own report templates, never plan files


def in_plan(relative: PurePath) -> bool:
    """Whether a file or folder (relative to the plan directory) belongs to the plan: not
    hidden, not in the top-level templates folder. The one definition for `check` (the walk
    below) and `changes` (files in a git revision)."""
    parts = relative.parts
    hidden = any(part.startswith(".") for part in parts)
    return not hidden and not (parts and parts[0] == TEMPLATES_FOLDER)


def is_plan_file(relative: PurePath) -> bool:
    return in_plan(relative) and relative.name.lower().endswith(PLAN_SUFFIXES)


MAX_FOLDER_DEPTH = 32  # sub-folders in sub-folders; a plan needs two or three
MAX_WALK_ENTRIES = 20_000  # files and folders looked at; a plan has dozens
# All plan files together: reading them needs several times their size in memory (the tree
# of one file at a time, the model of all), so a plan directory has a limit of its own.
MAX_PLAN_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class FoundFile:
    shown: PurePath  # how to name it to the user: the plan directory as given, then the file
    data: bytes | None = None
    path: Path | None = None  # where it lies on disk (through any link), for writers
    problem: Problem | None = None  # set when the file could not be read
    # A folder where a plan file names a file (values_file): the mistake is in that plan file.
    folder: bool = False


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
        candidates = sorted(_walk(root, str(plan_dir), others))
    except OSError as error:
        reason = error.strerror or type(error).__name__
        message = Message.of("plan_dir_unreadable", path=str(plan_dir), reason=reason)
        if error.filename and Path(error.filename) != root:  # a sub-folder: name it
            message = Message.of(
                "plan_folder_unreadable", path=str(plan_dir), folder=error.filename, reason=reason
            )
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


def _walk(root: Path, shown: str, others: list[PurePath]) -> Iterator[tuple[PurePath, Path]]:
    """Depth first, in the order the folders list their entries. Iterative, with a bound on
    depth and on the entries looked at: `check /` or a folder chain thousands deep ends with
    a message, not a crash or a walk through the whole disk."""
    listings = [(_listing(root), PurePath())]
    seen = {root}
    looked_at = 0
    while listings:
        entries, relative = listings[-1]
        entry = next(entries, None)
        if entry is None:
            listings.pop()
            continue
        looked_at += 1
        if looked_at > MAX_WALK_ENTRIES:
            message = Message.of("plan_dir_too_large", path=shown, limit=MAX_WALK_ENTRIES)
            raise PlanDirError(message)
        if entry.name.startswith("."):
            continue
        try:
            real = Path(os.path.realpath(entry.path))
        except OSError:  # a link the system will not resolve (in /proc): not part of the plan
            real = None
        if real is None or (real != root and root not in real.parents):
            others.append(relative / entry.name)  # the plan is what lies inside it
        elif _is_dir(entry):
            if real in seen or not in_plan(relative / entry.name):
                continue
            if len(listings) > MAX_FOLDER_DEPTH:
                folder = (relative / entry.name).as_posix()
                message = Message.of(
                    "plan_dir_too_deep", path=shown, limit=MAX_FOLDER_DEPTH, folder=folder
                )
                raise PlanDirError(message)
            seen.add(real)
            listings.append((_listing(real), relative / entry.name))
        elif is_plan_file(relative / entry.name):
            yield relative / entry.name, real
        elif not entry.name.upper().startswith("README"):
            others.append(relative / entry.name)


def _listing(folder: Path) -> Iterator[os.DirEntry[str]]:
    """A folder's entries, read at once, so no folder stays open while its sub-folders are."""
    with os.scandir(folder) as entries:
        return iter(list(entries))


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
        return too_large(shown)
    return FoundFile(shown, data=data)


def too_large(shown: PurePath) -> FoundFile:
    """A file over the size limit, refused before it is read."""
    limit = MAX_FILE_BYTES // 1024 // 1024
    return _failed(shown, "file-too-large", Message.of("file_too_large", limit=limit))


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


def read_companion_file(plan_dir: Path, shown: PurePath) -> FoundFile:
    """A file a plan file names (an indicator's values file), read under the same guards as
    plan files, and only from inside the plan directory."""
    root = Path(os.path.realpath(plan_dir))
    real = Path(os.path.realpath(shown))
    if real != root and root not in real.parents:
        return _failed(shown, "unreadable-file", Message.of("outside_plan_dir"))
    if not real.exists():
        return _failed(shown, "unreadable-file", Message.of("companion_missing"))
    if real.is_dir():
        found = _failed(shown, "invalid-values-file", Message.of("not_regular"))
        return FoundFile(shown, problem=found.problem, folder=True)
    return _read(real, shown)
