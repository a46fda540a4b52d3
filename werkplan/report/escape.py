"""Plan text made safe for Markdown and HTML; each output format has exactly one way in.

Markdown: every value printed by a Markdown template passes through ``markdown_text`` (the
environment's ``finalize``), so a title with ``|``, a line break or ``<script>`` cannot split
a table cell, add a row or open HTML. HTML: Jinja's autoescape, plus ``safe_url`` for links.
The functions live in ``werkplan.safe_text``, beside the filter for terminals.
"""

from __future__ import annotations

from werkplan.safe_text import (
    SAFE_SCHEMES,
    Markdown,
    markdown_text,
    mermaid_text,
    safe_url,
    visible_controls,
)

__all__ = [
    "SAFE_SCHEMES",
    "Markdown",
    "markdown_text",
    "mermaid_text",
    "safe_url",
    "visible_controls",
]
