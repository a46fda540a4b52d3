"""Replacing files on disk: all or nothing, and never what must not be replaced.

Every werkplan command that changes a file ends here (fmt, new, import-status, each -o):

- New contents are written to temporary files beside their targets and flushed to disk
  first; only when all are ready are they renamed into place. A reader sees each file
  either old or new.
- Several files are replaced as one step: signals wait while they are renamed, and if a
  rename fails, the files already replaced are put back from hard-linked backups.
- Just before renaming, each file is compared with what was read (when the caller says what
  that was): a file someone changed meanwhile is refused, and nothing is written.
- A read-only file, a file with more than one hard link and anything that is not a regular
  file are refused with a message naming them. A replaced file keeps its mode, and its owner
  and group where the system allows (root can; a normal user keeps the group if a member).
- Temporary files and backups are named ``.NAME.werkplan-XXXXXXXX.tmp``. They are removed on
  every way out that Python sees (errors, Ctrl-C, SIGTERM, SIGHUP, normal exit); only SIGKILL
  and power loss leave them behind.

``write_output`` is the variant for -o: devices, pipes and /dev/stdout are written like any
program writes to them, and a symbolic link is followed to the file it names.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import os
import secrets
import stat
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from werkplan import signals
from werkplan.problems import Label, Message, MessageArg

TEMP_MARK = ".werkplan-"
TEMP_SUFFIX = ".tmp"
# System errors with a plain explanation in the catalogue (vocabulary "os_error").
EXPLAINED_ERRORS = frozenset(
    {"ENOSPC", "EDQUOT", "EFBIG", "EROFS", "EACCES", "EPERM", "ENOTDIR", "EISDIR", "ENOENT"}
)


class NotWritten(Exception):
    """Nothing was written: ``path`` as the user names it, ``message`` says why."""

    def __init__(self, path: str, message: Message) -> None:
        super().__init__(f"{path}: {message.key}")
        self.path = path
        self.message = message


class WriteRefused(NotWritten):
    """Refused on purpose: read-only, hard-linked, not a regular file, changed meanwhile."""


class WriteFailed(NotWritten):
    """The system could not write it: disk full, read-only file system, permissions."""


@dataclass(frozen=True)
class Replacement:
    path: Path  # where the file lies (any symbolic link already followed)
    data: bytes
    shown: str = ""  # how the user names it; the path when empty
    check_before: bool = False  # compare with ``before`` just before replacing
    before: bytes | None = None  # what was read; None: there was no file

    @property
    def name(self) -> str:
        return self.shown or str(self.path)


@dataclass
class _Prepared:
    replacement: Replacement
    temporary: Path
    backup: Path | None = None


_pending: set[Path] = set()  # temporary files and backups not yet removed or renamed


@atexit.register
def _remove_pending() -> None:
    for path in list(_pending):
        _discard(path)


def reason(error: OSError) -> MessageArg:
    """Why the system refused, in words the catalogue has, else in the system's words."""
    name = errno.errorcode.get(error.errno or 0, "")
    if name in EXPLAINED_ERRORS:
        return Label("os_error", name)
    return error.strerror or type(error).__name__


def failed(shown: str, error: OSError) -> WriteFailed:
    return WriteFailed(shown, Message.of("write_failed", reason=reason(error)))


def replace_files(replacements: Sequence[Replacement]) -> None:
    """Replace (or create) every file, or leave every file as it was and raise NotWritten."""
    prepared: list[_Prepared] = []
    try:
        for replacement in replacements:
            prepared.append(_prepare(replacement))
        if len(prepared) > 1:
            for item in prepared:
                item.backup = _backup(item.replacement)
        with signals.deferred():
            for item in prepared:
                _check_unchanged(item.replacement)
            _swap_all(prepared)
    finally:
        for item in prepared:  # what is still pending was not renamed into place
            for path in (item.temporary, item.backup):
                if path in _pending:
                    _discard(path)
    _sync_folders({item.replacement.path.parent for item in prepared})


def write_output(path: Path, data: bytes) -> None:
    """-o FILE. A character device or a pipe (/dev/null, a FIFO) and a link to an open
    descriptor (/dev/stdout, /dev/fd/1) are opened and written, as the shell's `>` would;
    a symbolic link is followed and the file it names replaced atomically; a new or regular
    file is replaced atomically. Directories, block devices and sockets are refused."""
    shown = str(path)
    if _written_in_place(path):
        try:
            with path.open("wb") as stream:
                stream.write(data)
        except OSError as error:
            raise failed(shown, error) from None
        return
    replace_files([Replacement(Path(os.path.realpath(path)), data, shown)])


def _written_in_place(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False  # nothing there yet (or a dangling link): created by rename
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return True
    return stat.S_ISREG(mode) and _through_descriptor(path)


def _through_descriptor(path: Path) -> bool:
    """/dev/stdout, /dev/fd/1, /proc/self/fd/1: links to a descriptor the shell opened (a
    pipe, a terminal or a file after `>`). Replacing the file would cut the shell off."""
    current = Path(os.path.normpath(path.absolute()))
    for _ in range(40):  # the kernel's own limit on links in a row
        folder = Path(os.path.realpath(current.parent))
        if folder.parts[1:2] == ("proc",):
            return True
        current = folder / current.name
        if not current.is_symlink():
            return False
        current = Path(os.path.normpath(folder / current.readlink()))
    return False


def _prepare(replacement: Replacement) -> _Prepared:
    """The new content in a temporary file beside the target, flushed to disk."""
    target = replacement.path
    try:
        info: os.stat_result | None = target.lstat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise failed(replacement.name, error) from None
    if info is not None:
        _refuse_unsafe(replacement, info)
    try:
        temporary = _temporary_beside(target)
        try:
            _fill(temporary, replacement.data, info)
        except BaseException:
            _discard(temporary)
            raise
    except OSError as error:
        raise failed(replacement.name, error) from None
    return _Prepared(replacement, temporary)


def _refuse_unsafe(replacement: Replacement, info: os.stat_result) -> None:
    name = replacement.name
    if not stat.S_ISREG(info.st_mode):
        raise WriteRefused(name, Message.of("write_not_regular"))
    if _read_only(replacement.path, info):
        raise WriteRefused(name, Message.of("write_read_only"))
    if info.st_nlink > 1:  # replacing would cut this name off from the others
        raise WriteRefused(name, Message.of("write_hard_linked", links=info.st_nlink))


def _read_only(path: Path, info: os.stat_result) -> bool:
    """Write-protected by its mode (also for root, whom the system would let through); a
    read-only file system is not the file's doing and fails later with its own reason."""
    if not info.st_mode & 0o222:
        return True
    if os.access(path, os.W_OK):
        return False
    if hasattr(os, "statvfs"):
        return not os.statvfs(path).f_flag & os.ST_RDONLY
    return True


def _temporary_beside(target: Path) -> Path:
    prefix = f".{target.name[:200]}{TEMP_MARK}"
    with signals.deferred():  # recorded before anything can interrupt, so it is removed
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=TEMP_SUFFIX)
        os.close(handle)
        _pending.add(Path(name))
    return Path(name)


def _fill(temporary: Path, data: bytes, info: os.stat_result | None) -> None:
    mode = stat.S_IMODE(info.st_mode) if info is not None else _new_file_mode()
    with temporary.open("r+b") as stream:
        stream.write(data)
        stream.flush()
        if info is not None:
            _keep_owner(stream.fileno(), info)
        if hasattr(os, "fchmod"):
            os.fchmod(stream.fileno(), mode)  # after chown, which clears set-id bits
        os.fsync(stream.fileno())
    if not hasattr(os, "fchmod"):  # Windows: only the read-only flag exists
        temporary.chmod(mode)


def _keep_owner(handle: int, info: os.stat_result) -> None:
    if not hasattr(os, "fchown"):
        return
    for uid in (info.st_uid, -1):  # a normal user cannot give a file away, but may keep its group
        try:
            os.fchown(handle, uid, info.st_gid)
            return
        except PermissionError:
            continue


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _backup(replacement: Replacement) -> Path | None:
    """A second name for the file as it is, to put it back if a later rename fails."""
    target = replacement.path
    if not target.exists():
        return None
    try:
        for _ in range(100):
            backup = target.with_name(
                f".{target.name[:200]}{TEMP_MARK}{secrets.token_hex(4)}{TEMP_SUFFIX}"
            )
            with signals.deferred():
                try:
                    os.link(target, backup)
                except FileExistsError:
                    continue
                _pending.add(backup)
            return backup
        raise FileExistsError(errno.EEXIST, "no free name for a backup")
    except OSError:  # no hard links here (some network and FAT file systems): copy instead
        try:
            copy = _temporary_beside(target)
            _fill(copy, target.read_bytes(), target.stat())
        except OSError as error:
            raise failed(replacement.name, error) from None
        return copy


def _check_unchanged(replacement: Replacement) -> None:
    if not replacement.check_before:
        return
    try:
        current: bytes | None = replacement.path.read_bytes()
    except FileNotFoundError:
        current = None
    except OSError as error:
        raise failed(replacement.name, error) from None
    if current != replacement.before:
        raise WriteRefused(replacement.name, Message.of("write_changed_meanwhile"))


def _swap_all(prepared: list[_Prepared]) -> None:
    done: list[_Prepared] = []
    for item in prepared:
        try:
            item.temporary.replace(item.replacement.path)
        except OSError as error:
            _roll_back(done)
            raise failed(item.replacement.name, error) from None
        _pending.discard(item.temporary)
        done.append(item)


def _roll_back(done: Iterable[_Prepared]) -> None:
    """Put back every file already replaced; one that cannot be keeps its backup, named."""
    stuck: WriteFailed | None = None
    for item in reversed(list(done)):
        target = item.replacement.path
        try:
            if item.backup is None:
                target.unlink()  # there was no file before
            else:
                item.backup.replace(target)
                _pending.discard(item.backup)
        except OSError as error:
            kept = ""
            if item.backup is not None:
                _pending.discard(item.backup)  # the only old version left: never removed
                kept = str(item.backup)
            message = Message.of("write_rollback_failed", reason=reason(error), backup=kept)
            stuck = stuck or WriteFailed(item.replacement.name, message)
    if stuck is not None:
        raise stuck


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
    _pending.discard(path)


def _sync_folders(folders: Iterable[Path]) -> None:
    """Make the renames themselves durable, where the system allows opening a folder."""
    for folder in folders:
        try:
            handle = os.open(folder, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.fsync(handle)
        except OSError:
            pass
        finally:
            os.close(handle)
