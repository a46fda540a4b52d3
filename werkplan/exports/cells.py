"""One cleaning step for every plan text that goes into a cell or a calendar property, and
how a spreadsheet names a column.

Spreadsheet files and iCalendar forbid most control characters (openpyxl and icalendar raise
on them), and a line break belongs in few places. Plan text passes through `clean_text` on its
way out, and `import-status` compares a cell with the plan after the same step, so an
untouched cell never counts as a change.
"""

from __future__ import annotations

import re

# C0 controls other than the usual white space, DEL, C1 controls, and the bidi embeddings,
# overrides and isolates that can make a text read differently from what it contains, and
# the two non-characters XML forbids.
_HIDDEN = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_LINE_BREAK = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
# A cell text starting with one of these is a formula to Excel and LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def clean_text(text: str, *, lines: bool = False) -> str:
    """Text with hidden characters shown as codes (`\\u001b`) and white space tidied.

    Without ``lines`` everything is one line with single spaces; with ``lines`` the line breaks
    stay (as ``\\n``) and each line is tidied on its own.
    """
    visible = _HIDDEN.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
    if not lines:
        return " ".join(visible.split())
    kept = [" ".join(line.split()) for line in _LINE_BREAK.split(visible)]
    return "\n".join(kept).strip("\n")


def guard_formula(text: str) -> str:
    """An apostrophe keeps plan text from running as a formula in a CSV file."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unguard_formula(text: str) -> str:
    """Undo `guard_formula`: the apostrophe before text a spreadsheet would take as formula."""
    return text[1:] if text.startswith("'") and text[1:2].startswith(FORMULA_STARTS) else text


def column_letter(number: int) -> str:
    """1 → A, 27 → AA: the column as a spreadsheet names it."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
