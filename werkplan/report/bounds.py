"""Limits for rendering a template: time, output size, memory, ranges and numbers.

A plan's own template is code from the plan's team. The sandbox keeps it away from Python's
internals; these limits keep it from running forever or filling the memory, whatever it
loops over: ``{% for i in range(10**10) %}``, nested loops, ``"x" * 10**9``, ``10**10**10``.
Reaching a limit raises ``LimitReached``, which names the limit for the message.

- Time: a watchdog thread raises ``OutOfTime`` in the rendering thread (CPython checks for
  it between bytecodes, so every loop of the compiled template is interrupted).
- Output: the rendered text is counted while it is produced.
- Memory (Linux): the address space may grow by a fixed amount while rendering; beyond it,
  allocations fail with ``MemoryError`` at once instead of swapping or waking the OOM killer.
- ``range()`` has a maximum length; ``*`` and ``**`` refuse results that are obviously huge
  before computing them (Jinja would otherwise fold ``10**10**10`` while compiling).
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

try:
    import resource
except ImportError:  # Windows: no address-space limit
    resource = None  # type: ignore[assignment]

MIB = 1024 * 1024
# Python itself refuses to print integers of more than 4,300 digits; nothing a report shows
# needs more, and refusing early keeps ** and * from computing for minutes in C.
MAX_NUMBER_BITS = 16 * 1024


@dataclass(frozen=True)
class RenderLimits:
    seconds: float = 60.0
    output_chars: int = 50_000_000  # also the largest text or list ``*`` may build
    range_items: int = 100_000
    extra_memory_bytes: int | None = 1024 * MIB  # None: no memory limit


class LimitReached(BaseException):
    """A limit was reached; ``key`` and ``args`` make the message.

    A BaseException, so that no ``except Exception`` in Jinja or in a filter swallows it.
    """

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_for_message = args


class OutOfTime(LimitReached):
    def __init__(self) -> None:  # raised by class from another thread: no arguments
        super().__init__("template_timeout")


def bounded_output(chunks: Iterable[str], limits: RenderLimits) -> str:
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > limits.output_chars:
            raise LimitReached("template_output", limit=limits.output_chars)
        parts.append(chunk)
    return "".join(parts)


def bounded_range(limits: RenderLimits) -> Any:
    def range_(*args: int) -> range:
        numbers = range(*args)
        try:
            count = len(numbers)
        except OverflowError:  # more than sys.maxsize
            count = limits.range_items + 1
        if count > limits.range_items:
            raise LimitReached("template_range", limit=limits.range_items)
        return numbers

    return range_


def check_binop(operator: str, left: object, right: object, limits: RenderLimits) -> None:
    """Refuse ``a ** b`` and ``a * b`` whose result would be absurdly large, before computing."""
    if type(left) is int and type(right) is int:
        if operator == "**" and right > 0 and abs(left) > 1:
            bits = right * left.bit_length()
        elif operator == "*":
            bits = left.bit_length() + right.bit_length()
        else:
            return
        if bits > MAX_NUMBER_BITS:
            raise LimitReached("template_number")
    elif operator == "*":
        sized, times = (right, left) if type(left) is int else (left, right)
        if (
            type(times) is int
            and isinstance(sized, str | list | tuple)
            and len(sized) * times > limits.output_chars
        ):
            raise LimitReached("template_output", limit=limits.output_chars)


class Watchdog:
    """Raises ``OutOfTime`` in the thread that entered it once ``seconds`` have passed."""

    def __init__(self, seconds: float) -> None:
        self._target = threading.get_ident()
        self._lock = threading.Lock()
        self._finished = False
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> Watchdog:
        if _can_interrupt():
            self._timer.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._timer.cancel()
        with self._lock:
            self._finished = True
            if _can_interrupt():
                _raise_in(self._target, None)  # a timeout that came too late is dropped

    def _fire(self) -> None:
        with self._lock:
            if not self._finished:
                _raise_in(self._target, OutOfTime)


def _can_interrupt() -> bool:
    return hasattr(ctypes, "pythonapi")  # CPython


def _raise_in(thread: int, exception: type[BaseException] | None) -> None:
    """Schedule (or, with None, cancel) an exception in another thread (CPython's C API)."""
    target = ctypes.c_ulong(thread)
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        target, ctypes.py_object(exception) if exception is not None else None
    )


@contextmanager
def time_and_memory(limits: RenderLimits) -> Iterator[None]:
    """Both limits; the watchdog inside, so it is stopped before the memory limit is lifted.

    Not under a tracer (coverage, a debugger): it allocates for every line it sees and does
    not survive an address-space limit or an exception sent from another thread - the process
    hangs. A traced run is a developer's, not a hostile template's; the output and range
    limits of the sandbox still hold there."""
    if sys.gettrace() is not None:
        yield
        return
    with memory_limit(limits.extra_memory_bytes), Watchdog(limits.seconds):
        yield


@contextmanager
def memory_limit(extra_bytes: int | None) -> Iterator[None]:
    """Let the address space grow by at most ``extra_bytes`` inside the block (Linux)."""
    in_use = _address_space() if extra_bytes is not None and resource is not None else None
    if in_use is None or extra_bytes is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = in_use + extra_bytes
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft <= wanted:
        yield  # a lower limit is already set (ulimit -v): it stays
        return
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int | None:
    try:
        pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[0])
    except (OSError, ValueError, IndexError):
        return None  # not Linux: RLIMIT_AS is not enforced everywhere, so none is set
    return pages * os.sysconf("SC_PAGE_SIZE")
