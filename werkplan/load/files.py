"""Finding the plan files below a directory, with the guards a shared folder needs.

Hidden folders (``.git``) are skipped, links that lead outside the plan directory are not
followed, and anything that is not a regular file is never opened (a FIFO would block).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from werkplan.problems import Message

PLAN_SUFFIXES = (".yaml", ".yml")
MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class FoundFile:
    path: Path  # where to read it
    shown: PurePath  # how to name it to the user: the plan directory as given, then the file
    data: bytes | None = None
    rule: str | None = None  # set when the file could not be read
    message: Message | None = None


class PlanDirError(Exception):
    """The plan directory itself is missing or unusable (exit code 2)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.key)
        self.message = message


def find_plan_files(plan_dir: Path) -> Iterator[FoundFile]:
    if not plan_dir.exists():
        raise PlanDirError(Message.of("plan_dir_missing", path=str(plan_dir)))
    if not plan_dir.is_dir():
        raise PlanDirError(Message.of("plan_dir_not_dir", path=str(plan_dir)))
    root = Path(os.path.realpath(plan_dir))
    try:
        candidates = sorted(_walk(root, root, PurePath(), set()))
    except OSError as error:
        raise PlanDirError(
            Message.of("plan_dir_unreadable", path=str(plan_dir), reason=error.strerror or "")
        ) from None
    for relative, real in candidates:
        yield _read(real, PurePath(plan_dir) / relative)


def _walk(
    root: Path, folder: Path, relative: PurePath, seen: set[Path]
) -> Iterator[tuple[PurePath, Path]]:
    seen.add(folder)
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            real = Path(os.path.realpath(path)) if entry.is_symlink() else path
            if real != root and root not in real.parents:
                continue  # a link out of the plan directory: the plan is what lies inside it
            if entry.is_dir():
                if real not in seen:
                    yield from _walk(root, real, relative / entry.name, seen)
            elif entry.name.lower().endswith(PLAN_SUFFIXES):
                yield relative / entry.name, real


def _read(path: Path, shown: PurePath) -> FoundFile:
    try:
        info = path.stat()
    except OSError as error:
        return _unreadable(path, shown, error)
    if not stat.S_ISREG(info.st_mode):
        return FoundFile(path, shown, rule="unreadable-file", message=Message.of("not_regular"))
    if info.st_size > MAX_FILE_BYTES:
        return FoundFile(
            path,
            shown,
            rule="file-too-large",
            message=Message.of("file_too_large", limit=MAX_FILE_BYTES // 1024 // 1024),
        )
    try:
        return FoundFile(path, shown, data=path.read_bytes())
    except OSError as error:
        return _unreadable(path, shown, error)


def _unreadable(path: Path, shown: PurePath, error: OSError) -> FoundFile:
    reason = error.strerror or type(error).__name__
    return FoundFile(
        path, shown, rule="unreadable-file", message=Message.of("unreadable", reason=reason)
    )
