"""One writer per plan at a time: an advisory lock on the plan folder.

Commands that change plan files (fmt, new, import-status) hold it from the moment they read
the plan until they have written, so two of them cannot both read the same state and then
each write their own change over the other's. The second one refuses and changes nothing.

The lock is ``flock`` on the folder itself: no lock file is created (that `git add -A` could
pick up), and the kernel releases it when the process ends, however it ends. Where there is
no flock (Windows) or the file system does not support it (some network file systems), the
writers still compare every file with what they read just before replacing it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from werkplan.problems import Message
from werkplan.writers.atomic import WriteRefused


class PlanBusy(WriteRefused):
    """Another werkplan command is changing this plan."""


@contextlib.contextmanager
def plan_lock(plan_dir: Path) -> Iterator[None]:
    """Held while the block runs; raises PlanBusy at once if another process holds it."""
    try:
        handle = os.open(plan_dir, os.O_RDONLY)
    except OSError:  # a missing or unreadable folder: reading the plan reports that
        yield
        return
    try:
        _lock(handle, str(plan_dir))
        yield
    finally:
        os.close(handle)  # releases the lock


def _lock(handle: int, shown: str) -> None:
    if sys.platform == "win32":
        return
    import fcntl

    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise PlanBusy(shown, Message.of("plan_busy")) from None
    except OSError:
        pass  # no flock on this file system: the check for changed files remains
