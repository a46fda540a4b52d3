"""Creating a set of new files below a folder (``werkplan init``): all of them or none.

Before anything is written, every target is checked: none may exist yet (also no link of
that name), and none may lie behind a folder link that leads out of the folder. Then the
folders and files are made one by one, each file created exclusively (never opened if it
appeared meanwhile); if anything fails or the process is interrupted, everything made so far
is removed again, so the next run starts from the same state.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from werkplan import signals
from werkplan.problems import Message
from werkplan.writers.atomic import WriteRefused, failed

_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


def create_files(root: Path, files: Mapping[str, bytes]) -> None:
    """Raises NotWritten (naming the file) when one of the files cannot be created."""
    base = _usable_root(root)
    for relative in files:
        _check_target(root, base, relative)
    made: list[Path] = []
    try:
        for relative, data in files.items():
            _create(root / relative, data, made)
    except BaseException:
        _remove(made)
        raise


def _usable_root(root: Path) -> Path:
    """The folder's real place; the nearest existing part of its path must be a folder."""
    existing = root
    while not existing.exists() and existing != existing.parent:
        if existing.is_symlink():  # a dangling link: mkdir would fail on it
            raise WriteRefused(str(existing), Message.of("init_not_a_folder"))
        existing = existing.parent
    if not existing.is_dir():
        raise WriteRefused(str(existing), Message.of("init_not_a_folder"))
    return Path(os.path.realpath(root))


def _check_target(root: Path, base: Path, relative: str) -> None:
    target = root / relative
    if os.path.lexists(target):
        raise WriteRefused(str(target), Message.of("init_file_exists"))
    folder = target.parent
    while folder != root and folder != folder.parent:
        if os.path.lexists(folder):
            real = Path(os.path.realpath(folder))
            inside = real == base or base in real.parents
            if not (inside and real.is_dir()):
                key = "init_link_outside" if folder.is_symlink() else "init_not_a_folder"
                raise WriteRefused(str(folder), Message.of(key, root=str(root)))
        folder = folder.parent


def _create(target: Path, data: bytes, made: list[Path]) -> None:
    current = target
    try:
        for folder in reversed(target.parents):
            if not os.path.lexists(folder):
                current = folder
                with signals.deferred():  # recorded as soon as it exists, to be removed
                    folder.mkdir()
                    made.append(folder)
        current = target
        with signals.deferred():
            handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW, 0o666)
            made.append(target)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        raise failed(str(current), error) from None


def _remove(made: list[Path]) -> None:
    for path in reversed(made):
        try:
            if path.is_dir() and not path.is_symlink():
                path.rmdir()
            else:
                path.unlink()
        except OSError:
            continue
