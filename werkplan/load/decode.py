"""Bytes to text, with exact positions for encoding problems.

Decoding here rather than in the YAML parser gives every encoding problem a line and column
(the parser reports byte or character offsets depending on the error) and keeps characters
YAML forbids away from the parser.
"""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath

from werkplan.problems import Message, Position, Problem, Severity

# Characters YAML 1.2 does not allow in a stream (c-printable, section 5.1).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")

# YAML reads these as line breaks, most editors do not: line numbers would disagree.
_ODD_BREAKS = re.compile("[\x85\u2028\u2029]")

_OTHER_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def decode(data: bytes, path: PurePath) -> str | Problem:
    for bom, name in _OTHER_BOMS:
        if data.startswith(bom):
            return _problem(path, 1, 1, "invalid-encoding", Message.of("encoding_utf16", name=name))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return _undecodable(path, data, error.start)
    odd_break = _ODD_BREAKS.search(text)
    if odd_break is not None:
        line, column = line_and_column(text, odd_break.start())
        code = f"U+{ord(odd_break.group()):04X}"
        return _problem(
            path, line, column, "invalid-character", Message.of("odd_line_break", code=code)
        )
    bad = _FORBIDDEN.search(text)
    if bad is not None:
        line, column = line_and_column(text, bad.start())
        code = f"U+{ord(bad.group()):04X}"
        message = Message.of("forbidden_character", code=code)
        return _problem(path, line, column, "invalid-character", message)
    return text


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _problem(path: PurePath, line: int, column: int, rule: str, message: Message) -> Problem:
    return Problem(Position(path, line, column), Severity.ERROR, rule, message)


def _undecodable(path: PurePath, data: bytes, offset: int) -> Problem:
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    byte = f"0x{data[offset]:02X}"
    return _problem(path, line, column, "invalid-encoding", Message.of("not_utf8", byte=byte))
