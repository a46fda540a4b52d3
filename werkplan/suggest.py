"""'Did you mean …?': the closest known name to what someone typed."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(typed: str, known: Iterable[str]) -> str | None:
    options = list(known)
    matches = difflib.get_close_matches(typed, options, n=1, cutoff=0.6)
    if not matches:  # also try ignoring case: "Amt" for "amt"
        lowered = {option.lower(): option for option in options}
        matches = [lowered[m] for m in difflib.get_close_matches(typed.lower(), list(lowered), n=1)]
    return matches[0] if matches else None
