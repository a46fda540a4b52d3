"""The whole plan as versioned JSON: every entity with every field, dates as ISO text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from werkplan.exports.rows import ExportContext
from werkplan.model import BOOKKEEPING, ENTITY_TYPES, Entity, Wording, value_keys
from werkplan.timeframes import TimeFrame

VERSION = 1


def to_json(context: ExportContext) -> bytes:
    plan = context.plan
    document: dict[str, Any] = {"version": VERSION, "plan": _plan_info(context)}
    for key in ENTITY_TYPES:
        document[key] = [_entity(entity) for entity in plan.indexes[key].values()]
    document["measures"] = [_entity(m) for m in context.measures]
    return (json.dumps(document, ensure_ascii=False, indent=2, default=_plain) + "\n").encode()


def _plan_info(context: ExportContext) -> dict[str, Any] | None:
    info = context.plan.info
    if info is None:
        return None
    fields = dataclasses.fields(info)
    return {f.name: getattr(info, f.name) for f in fields if f.name not in BOOKKEEPING}


def _entity(entity: Entity) -> dict[str, Any]:
    return {key: getattr(entity, key) for key in value_keys(entity)}


def _plain(value: object) -> object:
    """Time frames as written (2026-Q4), dates as ISO text, labels as text or {de, en}."""
    if isinstance(value, TimeFrame):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Wording):
        return value.texts.get("") if set(value.texts) == {""} else dict(value.texts)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return list(value)
    return str(value)
