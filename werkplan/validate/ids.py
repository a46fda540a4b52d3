"""What an id may look like: A–Z, digits, `-`, `_` and `.`, starting with a letter or digit."""

from __future__ import annotations

import re

from werkplan.schema import ID_PATTERN

_ID = re.compile(ID_PATTERN + r"\Z")


def is_valid_id(text: str) -> bool:
    return _ID.match(text) is not None
