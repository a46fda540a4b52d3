"""comment-in-text: a `#` after a space ended an unquoted text, and what followed looks like
the rest of that text rather than a comment.

In YAML, ` #` starts a comment, so `title: Sprechtage #2 in Amtsgebäuden` reads as the title
"Sprechtage". The rule looks at the line a plain (unquoted) value of a text field stands on
and warns when the comment reads as the text's continuation:

- it follows the value after exactly one space and starts right after the `#` with a
  character (`#2`, `#WirAlle`), which is how people write numbers and hashtags, while
  comments are usually set apart (`  # TODO`, `# verschoben`); or
- the value ends where no text ends – after a comma, a dash or a word such as "und", "für",
  "der" – so the sentence goes on in the comment.

Comments that start with a marker such as TODO or FIXME are comments whatever their spacing.
The check runs while the files are validated, where the source lines are at hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from werkplan.load.syntax import quoted
from werkplan.problems import Severity
from werkplan.rules.base import Rule

RULE = Rule(
    "comment-in-text",
    Severity.WARNING,
    "Ein # nach einem Leerzeichen beendet einen Text ohne Anführungszeichen",
    "A # after a space cut an unquoted text short",
)

_MARKERS = frozenset({"TODO", "FIXME", "XXX", "HACK", "NOTE", "NB", "HINWEIS", "ACHTUNG"})
# Words after which a German or English text cannot stop.
_WORD_LIST = """und oder sowie bzw in im für mit von vom zum zur zu der die das den dem des ein
    eine einer eines am an auf bei nach über unter vor durch gegen ohne um and or of for the to
    with at on by from"""
_UNFINISHED_WORDS = frozenset(_WORD_LIST.split())
_UNFINISHED_SIGNS = (",", "-", "\u2013", "&", "+", "/", "(")  # \u2013: en dash
_FIRST_WORD = re.compile(r"[\w]+")


@dataclass(frozen=True)
class CutText:
    column: int  # 1-based column of the `#`
    comment: str  # what YAML read as a comment, without the `#`
    fix: str  # the line with the whole text quoted, without its indentation


def cut_by_comment(line: str, column: int, value: str) -> CutText | None:
    """Whether the plain value at ``column`` (1-based) of ``line`` was cut short by a comment
    that reads as its continuation."""
    start = column - 1
    if "\n" in value or line[start : start + len(value)] != value:
        return None  # a value over several lines: its end is not on this line
    rest = line[start + len(value) :]
    spaces = len(rest) - len(rest.lstrip(" \t"))
    if not rest[spaces:].startswith("#"):
        return None
    comment = rest[spaces + 1 :].rstrip()
    if not comment.strip() or _is_marker(comment):
        return None
    hashtag = spaces == 1 and comment[0] not in " \t#"
    if not (hashtag or _unfinished(value)):
        return None
    whole = f"{value}{rest.rstrip()}"
    return CutText(start + len(value) + spaces + 1, comment, line[:start].lstrip() + quoted(whole))


def _is_marker(comment: str) -> bool:
    word = _FIRST_WORD.search(comment)
    return word is not None and word.group() in _MARKERS


def _unfinished(value: str) -> bool:
    text = value.rstrip()
    if text.endswith(_UNFINISHED_SIGNS):
        return True
    words = text.split()
    return bool(words) and words[-1].casefold() in _UNFINISHED_WORDS
