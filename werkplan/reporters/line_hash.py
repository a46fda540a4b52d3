"""``primaryLocationLineHash``: the line fingerprint GitHub code scanning matches alerts by.

The same value as ``hash()`` in src/fingerprints.ts of github/codeql-action, which the upload
action computes for results that lack it (and warns when a given value differs). There, a
rolling hash runs over the file as JavaScript reads it (UTF-16 code units): spaces and tabs
are skipped, CR, LF and CRLF become one LF, an end marker 0xFFFF and zeros follow the last
character, and each line's hash is taken over the 100 units from its first one:
``sum(unit[i] * 37 ** (99 - i))`` in 64 bits, as hex. A hash met before in the file gets
``:2``, ``:3`` … in line order.

Here that sum is computed directly, and only for the lines asked for: the rolling form in
pure Python would cost seconds on large plans. Equal hashes come from equal windows, so the
numbering counts equal windows.
"""

from __future__ import annotations

import operator
import sys
from array import array

_BLOCK_SIZE = 100
_MASK = (1 << 64) - 1
_WEIGHTS = [pow(37, _BLOCK_SIZE - 1 - index, 1 << 64) for index in range(_BLOCK_SIZE)]
_EOF = b"\xff\xff"
_LF = b"\n\x00"
_UNIT = 2  # bytes per UTF-16 code unit


class LineHashes:
    def __init__(self, text: str) -> None:
        normalized = text.replace("\r\n", "\n").replace("\r", "\n")
        normalized = normalized.replace(" ", "").replace("\t", "")
        units = normalized.encode("utf-16-le", errors="surrogatepass")
        self.data = units + _EOF + bytes(_BLOCK_SIZE * _UNIT)
        self.starts = [0]  # byte offset of each line's first unit
        found = units.find(_LF)
        while found != -1:
            if found % _UNIT == 0:
                self.starts.append(found + _UNIT)
            found = units.find(_LF, found + 1)
        self._numbers: list[int] | None = None

    def __len__(self) -> int:
        return len(self.starts)

    def of(self, line: int) -> str | None:
        """The hash of line ``line`` (1-based), or None past the end."""
        if not 0 < line <= len(self.starts):
            return None
        start = self.starts[line - 1]
        window = array("H", self.data[start : start + _BLOCK_SIZE * _UNIT])
        if sys.byteorder == "big":  # the data is little-endian UTF-16
            window.byteswap()
        value = sum(map(operator.mul, _WEIGHTS, window)) & _MASK
        return f"{value:x}:{self._occurrence()[line - 1]}"

    def _occurrence(self) -> list[int]:
        if self._numbers is None:
            seen: dict[bytes, int] = {}
            self._numbers = []
            for start in self.starts:
                window = self.data[start : start + _BLOCK_SIZE * _UNIT]
                seen[window] = seen.get(window, 0) + 1
                self._numbers.append(seen[window])
        return self._numbers


def line_hashes(text: str) -> list[str]:
    """The hash of every line of ``text``; item 0 is line 1."""
    hashes = LineHashes(text)
    return [str(hashes.of(line)) for line in range(1, len(hashes) + 1)]
