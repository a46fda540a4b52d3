"""The text of the files a finding names, for what a position alone does not tell: where the
value ends, and the line hash GitHub matches findings by.

Read as the CI tools read them, from disk: bytes decoded as UTF-8 with replacement
characters, the byte order mark kept. A file that is not a regular file, is too large or
cannot be read has no text; findings in it keep their start position only.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import PurePath

from werkplan.load.files import MAX_FILE_BYTES

_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # what YAML and GitHub count as line ends
BOM = "\ufeff"


def read_text(path: PurePath) -> str | None:
    try:
        # Non-blocking, so a pipe that took the file's place cannot hang the output.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        with os.fdopen(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
                return None
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None
    return data.decode("utf-8", errors="replace")


class Sources:
    """File texts by the path werkplan shows (the plan folder as given, then the file)."""

    def __init__(self) -> None:
        self._texts: dict[PurePath, str | None] = {}
        self._lines: dict[PurePath, list[str]] = {}

    def text(self, path: PurePath) -> str | None:
        if path not in self._texts:
            self._texts[path] = read_text(path)
        return self._texts[path]

    def line(self, path: PurePath, number: int) -> str | None:
        """Line ``number`` (1-based) without its line end and without a byte order mark."""
        if path not in self._lines:
            text = self.text(path)
            self._lines[path] = _LINE_BREAK.split(text.removeprefix(BOM)) if text else []
        lines = self._lines[path]
        return lines[number - 1] if 0 < number <= len(lines) else None


def value_end(line: str, column: int) -> int:
    """The column just after the YAML token that starts at ``column`` (both 1-based, in
    characters): a quoted text to its closing quote, a ``[…]`` or ``{…}`` to its bracket, a
    plain value up to a comment or the line end; a key together with the value after it. A
    token that goes on in the next line ends at this line's end."""
    start = column - 1
    rest = line[start:]
    if not rest.strip():
        return column
    return column + max(_token_length(rest, in_flow=_depth(line[:start]) > 0), 1)


def _token_length(rest: str, in_flow: bool, key: bool = True) -> int:
    if rest[0] in "\"'":
        return _quoted_length(rest)
    if rest[0] in "[{":
        return _bracketed_length(rest)
    length, is_key = _plain_length(rest, in_flow)
    if not (is_key and key):
        return length
    after = rest[length + 1 :]
    value = after.lstrip(" \t")
    if not value or value.startswith("#"):
        return length + 1  # the key and its colon
    value_start = length + 1 + len(after) - len(value)
    return value_start + _token_length(value, in_flow, key=False)


def _quoted_length(rest: str) -> int:
    quote, index = rest[0], 1
    while index < len(rest):
        char = rest[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and rest[index + 1 : index + 2] == "'":  # '' is a quote inside
                index += 2
                continue
            return index + 1
        index += 1
    return len(rest.rstrip())


def _bracketed_length(rest: str) -> int:
    depth, index = 0, 0
    while index < len(rest):
        char = rest[index]
        if char in "\"'":
            index += _quoted_length(rest[index:])
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return len(rest.rstrip())


def _plain_length(rest: str, in_flow: bool) -> tuple[int, bool]:
    """The length of a plain scalar, and whether a key's colon follows right after it."""
    stops = ",[]{}" if in_flow else ""
    for index, char in enumerate(rest):
        if char == ":" and rest[index + 1 : index + 2] in ("", " ", "\t"):
            length = len(rest[:index].rstrip())
            return length, length == index
        if char in stops or (char == "#" and index > 0 and rest[index - 1] in " \t"):
            return len(rest[:index].rstrip()), False
    return len(rest.rstrip()), False


def _depth(before: str) -> int:
    """How many flow brackets are open before a column (quotes skipped roughly)."""
    depth, quote = 0, ""
    for char in before:
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth = max(depth - 1, 0)
    return depth
