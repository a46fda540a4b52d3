"""How plan values appear in werkplan's JSON (`export -f json`, `list -f json`, `changes -f
json`): one form everywhere, so a script reads a date or a label the same in each."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from werkplan.model import Wording
from werkplan.timeframes import TimeFrame


def json_ready(value: object) -> Any:
    """Time frames as written (2026-Q4), days ISO, records as objects with every key, a label
    written per language as {de: …, en: …}, other values JSON has no form for as text.

    Also the ``default`` of ``json.dumps``: it is asked only for what JSON cannot hold."""
    if isinstance(value, TimeFrame):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Wording):
        return value.texts[""] if set(value.texts) == {""} else dict(value.texts)
    if isinstance(value, tuple | list):
        return [json_ready(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: json_ready(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): json_ready(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float):
        return value  # bool is an int
    return str(value)
