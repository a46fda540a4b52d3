"""``primaryLocationLineHash``: the line fingerprint GitHub code scanning matches alerts by.

The same computation as ``hash()`` in src/fingerprints.ts of github/codeql-action, which the
upload action runs for results that lack it (and warns when a given value differs): a
rolling hash over the next 100 characters from the start of each line, spaces and tabs
skipped, CR, LF and CRLF counted as one line end, over UTF-16 code units as JavaScript reads
them, with 64-bit wrap-around. Identical hashes in one file get ``:2``, ``:3`` … in file order.
"""

from __future__ import annotations

_BLOCK_SIZE = 100
_MOD = 37
_MASK = (1 << 64) - 1
_FIRST_MOD = pow(_MOD, _BLOCK_SIZE, 1 << 64)
_EOF = 0xFFFF
_TAB, _SPACE, _LF, _CR = 0x09, 0x20, 0x0A, 0x0D


def line_hashes(text: str) -> list[str]:
    """The hash of every line of ``text``; item 0 is line 1."""
    hasher = _RollingHash()
    data = text.encode("utf-16-le", errors="surrogatepass")
    for index in range(0, len(data), 2):
        hasher.add(data[index] | data[index + 1] << 8)
    hasher.add(_EOF)
    return hasher.finish()


class _RollingHash:
    def __init__(self) -> None:
        self.window = [0] * _BLOCK_SIZE
        self.line_numbers = [-1] * _BLOCK_SIZE  # the line a window slot starts, else -1
        self.value = 0
        self.index = 0
        self.line_number = 0
        self.line_start = True
        self.previous_cr = False
        self.counts: dict[str, int] = {}
        self.hashes: list[str] = []

    def add(self, unit: int) -> None:
        if unit in (_SPACE, _TAB) or (self.previous_cr and unit == _LF):
            self.previous_cr = False
            return
        self.previous_cr = unit == _CR
        if unit == _CR:
            unit = _LF
        if self.line_numbers[self.index] != -1:
            self._output()
        if self.line_start:
            self.line_start = False
            self.line_number += 1
            self.line_numbers[self.index] = self.line_number
        if unit == _LF:
            self.line_start = True
        self._update(unit)

    def finish(self) -> list[str]:
        for _ in range(_BLOCK_SIZE):
            if self.line_numbers[self.index] != -1:
                self._output()
            self._update(0)
        return self.hashes

    def _update(self, unit: int) -> None:
        leaving = self.window[self.index]
        self.window[self.index] = unit
        self.value = (_MOD * self.value + unit - _FIRST_MOD * leaving) & _MASK
        self.index = (self.index + 1) % _BLOCK_SIZE

    def _output(self) -> None:
        digest = format(self.value, "x")
        self.counts[digest] = self.counts.get(digest, 0) + 1
        self.hashes.append(f"{digest}:{self.counts[digest]}")
        self.line_numbers[self.index] = -1
