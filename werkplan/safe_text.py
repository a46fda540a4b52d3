"""Text from a plan, a file name or git, made safe for the place it is shown in.

Plan values, file paths, commit subjects and author names are input, never layout. Whatever
reaches a terminal or a CI log goes through ``terminal_text`` (or ``terminal_prose`` for
plan text): control characters (C0, DEL, C1), bidi overrides and isolates, zero-width spaces
and Unicode line separators are shown as their code, ``[U+001B]``, so they cannot move the
cursor, set a window title, open a hyperlink, hide text, or start a new line that a CI
system reads as a command (``::error``, ``::add-mask``). Published formats have their own
way in: ``markdown_text`` for Markdown, ``visible_controls`` for HTML (after Jinja's
autoescape), ``mermaid_text`` for Mermaid, ``safe_url`` for links.

This module imports nothing from werkplan, so every output stage can use it without
depending on another.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Invisible characters that can reorder or hide text (bidi embeddings, overrides and
# isolates, zero-width spaces, the BOM) and Unicode's own line and paragraph separators.
# Joiners (U+200C, U+200D) and direction marks (U+200E, U+200F) stay: emoji and
# right-to-left text need them, and they move nothing.
_INVISIBLE = "\u200b\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff"
# Everything a terminal or log may act on: C0, DEL and C1 controls, and the invisible ones.
_UNSAFE_ON_TERMINAL = re.compile(f"[\x00-\x1f\x7f-\x9f{_INVISIBLE}]")
# In HTML and Markdown a line break and a tab are ordinary white space.
_UNSAFE_IN_DOCUMENT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_INVISIBLE}]")
# json.dumps escapes C0 itself; the rest can only stand inside strings there.
_UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f{_INVISIBLE}]")
# A document on a terminal keeps its lines, Windows line ends included; a lone CR would
# let the rest of a line overwrite its start.
_UNSAFE_IN_LINES = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_INVISIBLE}]|\r(?!\n)")

# Characters that start Markdown structure anywhere in a line, and those that do so only at
# its start (headings, lists, setext underlines). Escaping only these keeps text readable.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_LINE_START = re.compile(
    r"^(#{1,6}(?=\s|$)|[-+](?=\s|$)|-+(?=\s*$)|=+\s*$|>|\d{1,9}(?=[.)](?:\s|$)))"
)
_ENTITY_START = re.compile(r"&(?=#?\w+;)")
_MERMAID_UNSAFE = re.compile(r"[:;#`<>\"{}\[\]]")
SAFE_SCHEMES = ("http", "https", "mailto")


def _as_code(match: re.Match[str]) -> str:
    """How a character that must not act is shown instead: ``[U+001B]``."""
    return f"[U+{ord(match.group()):04X}]"


def terminal_text(value: object) -> str:
    """One record for a terminal or log: a path, an id, a commit subject, a message.

    Every control character shows as its code, a line break too, so the record stays on
    its line whatever it contains.
    """
    return _UNSAFE_ON_TERMINAL.sub(_as_code, str(value))


def terminal_prose(value: object) -> str:
    """Plan text (a title, a note) on one terminal line: white space, line breaks included,
    reads as one space; anything else that could act shows as its code."""
    return terminal_text(" ".join(str(value).split()))


def terminal_document(text: str) -> str:
    """A whole document written to standard output (a report, a diff): its own line breaks
    and tabs stay, every other control character shows as its code."""
    return _UNSAFE_IN_LINES.sub(_as_code, text)


def json_text(document: str) -> str:
    """JSON from ``json.dumps(..., ensure_ascii=False)`` with DEL, C1 controls and invisible
    characters written as ``\\uXXXX`` escapes: the same data, nothing raw on a terminal."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", document)


def visible_controls(value: object) -> object:
    """Jinja's ``finalize`` for HTML: plan text shows hidden characters as codes; markup that
    werkplan or the template made (anything with ``__html__``) passes unchanged."""
    if isinstance(value, str) and not hasattr(value, "__html__"):
        return _UNSAFE_IN_DOCUMENT.sub(_as_code, value)
    return value


class Markdown(str):
    """Text that already is Markdown made by werkplan (not plan text): printed as it is."""

    __slots__ = ()


def markdown_text(value: object) -> str:
    """Plan text as Markdown that cannot split a table cell, add a row or open HTML."""
    if isinstance(value, Markdown):
        return value
    if value is None:
        return ""
    text = " ".join(_UNSAFE_IN_DOCUMENT.sub(_as_code, str(value)).split())  # one table row
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _LINE_START.sub(_escape_line_start, text)
    # "<" opens HTML and autolinks; "&" only matters where it would spell an entity.
    return _ENTITY_START.sub("&amp;", text).replace("<", "&lt;")


def _escape_line_start(match: re.Match[str]) -> str:
    marker = match.group(1)
    return marker + "\\" if marker[0].isdigit() else "\\" + marker


def mermaid_text(value: object) -> str:
    """A task name Mermaid's gantt syntax cannot misread (it splits on ':' and ';'); hidden
    characters show as their code, without the brackets Mermaid text avoids."""
    text = _UNSAFE_IN_DOCUMENT.sub(_as_code, str(value))
    return " ".join(_MERMAID_UNSAFE.sub(" ", text).split())


def safe_url(value: object) -> str | None:
    """The URL if it may become a link (http, https, mailto), else None."""
    url = str(value or "").strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in SAFE_SCHEMES else None
