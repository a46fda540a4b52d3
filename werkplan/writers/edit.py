"""Editing plan files in place: append an entry, change fields of measures.

Uses ruamel.yaml's round trip, as `fmt` does, so comments and layout stay. Every edit is
checked before anything is written: the new text must parse without problems, keep every
comment next to what it describes, and differ from the old data exactly by the edit.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from werkplan import schema
from werkplan.load.parser import parse
from werkplan.problems import Message
from werkplan.timeframes import Precision, TimeFrame
from werkplan.writers.round_trip import lost_comment, plain_data, rewrite_failed, round_trip_yaml

ATTRIBUTE_PATH = "attributes."


@dataclass(frozen=True)
class Edited:
    text: str | None
    reason: Message | None = None


def append_entry(text: str, path: PurePath, section: str, entry: dict[str, Any]) -> Edited:
    def change(data: CommentedMap) -> None:
        items = data.get(section)
        if not isinstance(items, CommentedSeq):
            items = CommentedSeq()
            data[section] = items
        items.append(_mapping(section, entry))

    def expected(old: Any, new: Any) -> bool:
        before = (old or {}).get(section) or []
        after = new.get(section) or []
        others_same = {k: v for k, v in (old or {}).items() if k != section} == {
            k: v for k, v in new.items() if k != section
        }
        return others_same and after[:-1] == before and len(after) == len(before) + 1

    return edit_text(text, path, change, expected)


def set_fields(text: str, path: PurePath, edits: Mapping[str, Mapping[str, Any]]) -> Edited:
    """Set fields of measures by id; keys keep their place, new keys take the documented one."""

    def change(data: CommentedMap) -> None:
        for entry in data.get("measures") or []:
            if isinstance(entry, CommentedMap) and str(entry.get("id")) in edits:
                for key, value in edits[str(entry.get("id"))].items():
                    _set(entry, key, value)

    def expected(old: Any, new: Any) -> bool:
        return bool(_without_edited(old, edits) == _without_edited(new, edits))

    return edit_text(text, path, change, expected)


def _without_edited(data: Any, edits: Mapping[str, Mapping[str, Any]]) -> Any:
    """The plain data with the edited fields taken out, to compare everything else; an
    edited attribute (`attributes.prioritaet`) is taken out of `attributes` alone."""

    def keep(measure: dict[str, Any]) -> dict[str, Any]:
        entity_id = (measure.get("id") or ("",))[0]
        changed = edits.get(entity_id, {})
        kept = {key: value for key, value in measure.items() if key not in changed}
        nested = {k.removeprefix(ATTRIBUTE_PATH) for k in changed if k.startswith(ATTRIBUTE_PATH)}
        if nested and isinstance(kept.get("attributes"), dict):
            others = {k: v for k, v in kept["attributes"].items() if k not in nested}
            kept.pop("attributes")
            if others:
                kept["attributes"] = others
        elif nested and kept.get("attributes") is None:
            kept.pop("attributes", None)  # `attributes:` with nothing, now filled
        return kept

    measures = [keep(m) for m in (data or {}).get("measures") or [] if isinstance(m, dict)]
    return {**(data or {}), "measures": measures}


def edit_text(text: str, path: PurePath, change: Any, expected: Any) -> Edited:
    """Change the round-trip data of a plan file; the result only if `expected(old, new)`
    holds for the plain data before and after and no comment moved."""
    before = parse(text, path)
    if before.problems:
        return Edited(None, Message.of("fmt_has_errors"))
    yaml = round_trip_yaml()
    try:
        data = yaml.load(text) if text.strip() else CommentedMap()
        if data is None:
            data = CommentedMap()
        change(data)
        stream = io.StringIO()
        yaml.dump(data, stream)
    except Exception as error:  # ruamel cannot round-trip this file
        return Edited(None, rewrite_failed(error))
    result = stream.getvalue()
    after = parse(result, path)
    if after.problems or after.root is None:
        return Edited(None, Message.of("fmt_output_broken"))
    old = plain_data(before.root) if before.root is not None else None
    if not expected(old, plain_data(after.root)):
        return Edited(None, Message.of("edit_unexpected"))
    comment = lost_comment(text, result)
    if comment is not None:
        return Edited(None, Message.of("edit_comment_moves", comment=comment[:60]))
    return Edited(result)


def _mapping(section: str, entry: dict[str, Any]) -> CommentedMap:
    mapping = CommentedMap()
    for key in schema.SECTION_BY_KEY[section].fields:
        if key.name in entry and entry[key.name] not in (None, (), []):
            mapping[key.name] = _value(key, entry[key.name])
    return mapping


def _value(key: schema.KeySpec, value: Any) -> Any:
    lists: tuple[schema.ValueType, ...] = (
        schema.ValueType.ID_LIST,
        schema.ValueType.TEXT_LIST,
        schema.ValueType.CHOICE_LIST,
    )
    if key.type is schema.ValueType.ID_OR_IDS and isinstance(value, tuple | list):
        if len(value) == 1:
            return value[0]  # one owner is written as a plain id, as people write it
        lists = (*lists, key.type)
    if key.type in lists:
        items = CommentedSeq(value)
        items.fa.set_flow_style()
        return items
    if isinstance(value, TimeFrame):
        return time_frame_value(value)
    return value


def time_frame_value(frame: TimeFrame) -> Any:
    """A day as a YAML date, a year as the number people write (`due: 2026`, not '2026'),
    other time frames in their canonical form (`2026-Q4`)."""
    if frame.precision is Precision.DAY:
        return frame.first
    if frame.precision is Precision.YEAR:
        return frame.year
    return str(frame)


def _set(entry: CommentedMap, key: str, value: Any) -> None:
    if key.startswith(ATTRIBUTE_PATH):
        _set_attribute(entry, key.removeprefix(ATTRIBUTE_PATH), value)
        return
    spec = schema.MEASURES.field(key)
    assert spec is not None
    if key in entry:
        entry[key] = _value(spec, value)
        return
    order = [f.name for f in schema.MEASURES.fields]
    later = [k for k in entry if k in order and order.index(k) > order.index(key)]
    position = list(entry).index(later[0]) if later else len(entry)
    entry.insert(position, key, _value(spec, value))


def _set_attribute(entry: CommentedMap, attribute_id: str, value: Any) -> None:
    """Set one attribute; `attributes:` is added in its documented place where missing, as a
    flow mapping (`attributes: {prioritaet: 3}`), as plans write it."""
    attributes = entry.get("attributes")
    if not isinstance(attributes, CommentedMap):
        attributes = CommentedMap()
        attributes.fa.set_flow_style()
        _set(entry, "attributes", attributes)
        attributes = entry["attributes"]
    attributes[attribute_id] = attribute_value(value)


def attribute_value(value: Any) -> Any:
    """An attribute as YAML writes it: a choice value like `3` as the number it looks like,
    so the file keeps `prioritaet: 3` rather than `prioritaet: '3'`."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and str(int(value)) == value:
        return int(value)
    return value
