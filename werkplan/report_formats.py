"""The formats `werkplan report` writes, each with the file endings that choose it.

Apart from werkplan.report, which loads Jinja, so that the command line can offer them.
"""

from __future__ import annotations

from pathlib import Path

REPORT_FORMATS: dict[str, tuple[str, ...]] = {
    "md": (".md", ".markdown"),
    "html": (".html", ".htm"),
}
DEFAULT_REPORT_FORMAT = "md"


def format_from_suffix(output: Path | None) -> str | None:
    """md without -o; from the file ending with it; None when the ending says nothing."""
    if output is None:
        return DEFAULT_REPORT_FORMAT
    suffix = output.suffix.lower()
    return next((name for name, ends in REPORT_FORMATS.items() if suffix in ends), None)
