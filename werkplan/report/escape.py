"""Plan text made safe for Markdown and HTML; each output format has exactly one way in.

Markdown: every value printed by a Markdown template passes through ``markdown_text`` (the
environment's ``finalize``), so a title with ``|``, a line break or ``<script>`` cannot split
a table cell, add a row or open HTML. HTML: Jinja's autoescape, plus ``safe_url`` for links.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from markupsafe import Markup

# Characters that start Markdown structure anywhere in a line, and those that do so only at
# its start (headings, lists, setext underlines). Escaping only these keeps text readable.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_LINE_START = re.compile(
    r"^(#{1,6}(?=\s|$)|[-+](?=\s|$)|-+(?=\s*$)|=+\s*$|>|\d{1,9}(?=[.)](?:\s|$)))"
)
_ENTITY_START = re.compile(r"&(?=#?\w+;)")
_MERMAID_UNSAFE = re.compile(r"[:;#`<>\"{}\[\]]")
SAFE_SCHEMES = ("http", "https", "mailto")
# Invisible characters that can reorder or hide text (bidi overrides and isolates, zero-width
# spaces): shown as their code in published output rather than acting on what follows.
# Joiners (U+200C, U+200D) and direction marks stay: emoji and right-to-left text need them.
_INVISIBLE = re.compile("[\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def visible_controls(value: object) -> object:
    if isinstance(value, str) and not isinstance(value, Markup):
        return _INVISIBLE.sub(lambda m: f"[U+{ord(m.group()):04X}]", value)
    return value


class Markdown(str):
    """Text that already is Markdown made by werkplan (not plan text): printed as it is."""

    __slots__ = ()


def markdown_text(value: object) -> str:
    if isinstance(value, Markdown):
        return value
    if value is None:
        return ""
    text = " ".join(str(visible_controls(str(value))).split())  # line breaks end a table row
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _LINE_START.sub(_escape_line_start, text)
    # "<" opens HTML and autolinks; "&" only matters where it would spell an entity.
    return _ENTITY_START.sub("&amp;", text).replace("<", "&lt;")


def _escape_line_start(match: re.Match[str]) -> str:
    marker = match.group(1)
    return marker + "\\" if marker[0].isdigit() else "\\" + marker


def mermaid_text(value: object) -> str:
    """A task name Mermaid's gantt syntax cannot misread (it splits on ':' and ';')."""
    text = " ".join(str(value).split())
    return _MERMAID_UNSAFE.sub(" ", text).strip()


def safe_url(value: object) -> str | None:
    """The URL if it may become a link (http, https, mailto), else None."""
    url = str(value or "").strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in SAFE_SCHEMES else None
