"""Ctrl-C and termination: one line and an exit code, never a traceback, never half a write.

``install`` runs first thing at start-up (werkplan.entry), before the heavy modules load. The
handlers raise ``Interrupted``, which is neither an ``Exception`` nor a ``KeyboardInterrupt``,
so no library on the way out swallows it (click turns KeyboardInterrupt into "Aborted!" and
exit 1); ``finally`` blocks still run, so writers remove their temporary files. A second
signal during that clean-up is ignored. While a writer renames its files into place, signals
wait until it is done (``deferred``). This module is imported before anything else, so it
imports only ``signal`` at first (Python's own start-up has loaded what that needs).
"""

from __future__ import annotations

import signal

TYPE_CHECKING = False  # typing itself takes milliseconds to import; type checkers know this name
if TYPE_CHECKING:
    import contextlib
    from collections.abc import Callable, Iterator
    from types import FrameType
    from typing import Any

    Handler = Callable[[int, FrameType | None], Any] | int | None


def handled() -> tuple[signal.Signals, ...]:
    """Ctrl-C, `kill` and a closed terminal; SIGHUP does not exist on Windows."""
    names = ("SIGINT", "SIGTERM", "SIGHUP")
    return tuple(getattr(signal, name) for name in names if hasattr(signal, name))


class Interrupted(BaseException):
    """The process was asked to stop; the exit code is 128 + the signal number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


def install() -> None:
    for signum in handled():
        signal.signal(signum, _raise_interrupted)


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    del frame
    for other in handled():  # the clean-up on the way out must not be interrupted again
        signal.signal(other, signal.SIG_IGN)
    raise Interrupted(signum)


def deferred() -> contextlib.AbstractContextManager[None]:
    """Signals that arrive inside the block take effect when it is done, as they would have."""
    import contextlib
    import threading

    @contextlib.contextmanager
    def holding() -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # only the main thread has signal handlers; it is the one that writes
            return
        arrived: list[int] = []
        previous: dict[signal.Signals, Handler] = {}
        for signum in handled():
            handler = signal.getsignal(signum)
            if handler is not None:  # None: set outside Python, and cannot be put back
                previous[signum] = handler
                signal.signal(signum, lambda number, _: arrived.append(number))
        try:
            yield
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            if arrived:
                signal.raise_signal(arrived[0])

    return holding()
