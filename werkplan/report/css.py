"""Plan text inside the HTML report's style sheet: the plan's title on every printed page.

Chromium prints CSS ``@page`` margin boxes (``@top-left { content: "…" }``), so the title
must become a CSS string. Inside ``<style>`` HTML escaping does not apply (``&amp;`` would be
printed as it is), so every character except letters, digits and spaces is written as a
CSS escape: no quote, backslash, line break or ``</style>`` can end the string or the sheet.
"""

from __future__ import annotations

from markupsafe import Markup

from werkplan.report.escape import visible_controls


def css_string(text: object) -> Markup:
    """``text`` as a quoted CSS string made only of letters, digits, spaces and escapes."""
    shown = str(visible_controls(str(text)))
    # Nothing here needs HTML escaping: the result holds no & < > " ' but its own quotes.
    return Markup('"' + "".join(_css_char(c) for c in shown) + '"')


def _css_char(char: str) -> str:
    if char == " " or (char.isalnum() and char.isprintable()):
        return char
    # The space ends the escape, so a following letter or digit is not read as part of it.
    return f"\\{ord(char):x} "
