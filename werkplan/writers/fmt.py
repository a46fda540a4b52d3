"""`werkplan fmt`: rewrite plan files into one layout, losing nothing or leaving them alone.

ruamel.yaml's round-trip mode keeps comments and layout, but it is known to drop comments in
some places, to emit output that does not load again, and to change values (see the tests).
So every rewrite is checked before it may be written: the new text must parse without
problems, hold the same data, keep every comment, and come out unchanged when formatted again.
A file that fails any of these is left alone, with the reason.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from werkplan import schema
from werkplan.load.decode import decode
from werkplan.load.parser import parse
from werkplan.load.tree import Mapping, Node, Scalar, Sequence
from werkplan.problems import Message, Problem
from werkplan.schema import ValueType
from werkplan.writers.line_endings import TextStyle, plain
from werkplan.writers.round_trip import lost_comment, plain_data, rewrite_failed, round_trip_yaml

FLOW_LIST_WIDTH = 72
_RISKY = (
    (re.compile(r"^%", re.M), "fmt_directive"),  # %TAG / %YAML are dropped on dump
    (re.compile(r"^\s*\?(\s|$)", re.M), "fmt_explicit_key"),  # "? key" can come out unparsable
)


@dataclass(frozen=True)
class Formatted:
    text: str | None  # None: left alone
    reason: Message | None = None
    problem: Problem | None = None  # the first problem when the file does not load cleanly


def format_bytes(data: bytes, path: PurePath) -> Formatted:
    text = decode(data, path)
    if isinstance(text, Problem):
        return Formatted(None, Message.of("fmt_unreadable"), text)
    result = format_text(plain(text), path)
    if result.text is None:
        return result
    return Formatted(TextStyle.of(data).apply(result.text))


def format_text(text: str, path: PurePath) -> Formatted:
    parsed = parse(text, path)
    if parsed.problems:
        return Formatted(None, Message.of("fmt_has_errors"), parsed.problems[0])
    if parsed.root is None or not isinstance(parsed.root, Mapping):
        return Formatted(text)  # empty, or not a plan file: nothing to lay out
    for pattern, key in _RISKY:
        match = pattern.search(text)
        if match:
            return Formatted(None, Message.of(key, line=text.count("\n", 0, match.start()) + 1))
    once: str | None = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ruamel warns on stderr in its own words
            once = _rewrite(text)
            twice = _rewrite(once)
    except Exception as error:  # ruamel can fail on what it just wrote; never pass that on
        return Formatted(None, rewrite_failed(error, in_file=once is None))
    reason = _verify(text, parsed.root, once, path) or (
        Message.of("fmt_not_stable") if twice != once else None
    )
    return Formatted(None, reason) if reason else Formatted(once)


def _rewrite(text: str) -> str:
    yaml = round_trip_yaml()
    yaml.explicit_start = text.lstrip().startswith("---")
    data = yaml.load(text)
    if isinstance(data, CommentedMap):
        _arrange_file(data)
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


def _arrange_file(data: CommentedMap) -> None:
    _reorder(data, [section.key for section in schema.SECTIONS])
    for key, value in data.items():
        section = schema.SECTION_BY_KEY.get(key)
        if section is None:
            continue
        entries = value if section.many and isinstance(value, CommentedSeq) else [value]
        for entry in entries:
            if isinstance(entry, CommentedMap):
                _arrange_entity(entry, section.fields)


def _arrange_entity(entity: CommentedMap, keys: Iterable[schema.KeySpec]) -> None:
    specs = list(keys)
    _reorder(entity, [spec.name for spec in specs])
    for spec in specs:
        value = entity.get(spec.name)
        if spec.type is ValueType.MAPPING and isinstance(value, CommentedMap):
            _arrange_entity(value, spec.fields)
        elif spec.type is ValueType.RECORDS and isinstance(value, CommentedSeq):
            for record in value:
                if isinstance(record, CommentedMap):
                    _arrange_entity(record, spec.fields)
        elif spec.type in _SHORT_LISTS and isinstance(value, CommentedSeq):
            _flow_if_short(value)


_SHORT_LISTS = (ValueType.ID_LIST, ValueType.ID_OR_IDS, ValueType.CHOICE_LIST)


def _reorder(mapping: CommentedMap, order: list[str]) -> None:
    """Put known keys in the documented order, others after them; comments move along."""
    if getattr(mapping, "merge", None):
        return  # keys merged in with "<<" cannot be moved without changing the file's meaning
    if mapping.ca.comment or any(mapping.ca.items.values()):
        return  # a comment belongs where it stands; moving keys would move it elsewhere
    rank = {key: index for index, key in enumerate(order)}
    keys = list(mapping.keys())
    wanted = sorted(keys, key=lambda k: (rank.get(k, len(rank)), keys.index(k)))
    if wanted == keys:
        return
    items = [(key, mapping[key], mapping.ca.items.get(key)) for key in wanted]
    for key in keys:
        del mapping[key]
    for key, value, comment in items:
        mapping[key] = value
        if comment is not None:
            mapping.ca.items[key] = comment


def _flow_if_short(sequence: CommentedSeq) -> None:
    """Short id lists on one line, long ones one id per line: both diff well."""
    if sequence.ca.items or sequence.ca.comment or not all(isinstance(v, str) for v in sequence):
        return
    if len(", ".join(str(v) for v in sequence)) + 2 <= FLOW_LIST_WIDTH:
        sequence.fa.set_flow_style()
    else:
        sequence.fa.set_block_style()


def _verify(original: str, tree: Node, formatted: str, path: PurePath) -> Message | None:
    reparsed = parse(formatted, path)
    if reparsed.problems or reparsed.root is None:
        return Message.of("fmt_output_broken")
    explicit = _RISKY[1][0].search(formatted)
    if explicit:  # ruamel writes keys over 128 characters as "? key"
        return Message.of("fmt_explicit_key", line=formatted.count("\n", 0, explicit.start()) + 1)
    difference = _first_difference(tree, reparsed.root)
    if difference is not None:
        before, after, line = difference
        return Message.of("fmt_data_changed", line=line, before=before[:40], after=after[:40])
    comment = lost_comment(original, formatted)
    if comment is not None:
        return Message.of("fmt_comment_lost", comment=comment[:60])
    return None


def _first_difference(old: Node, new: Node) -> tuple[str, str, int] | None:
    """The first value that reads differently after rewriting: (before, after, its line)."""
    if plain_data(old) == plain_data(new):
        return None
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        after = {key.text: value for key, value in new.items}
        for key, value in old.items:
            if key.text in after:
                found = _first_difference(value, after[key.text])
                if found:
                    return found
    elif isinstance(old, Sequence) and isinstance(new, Sequence):
        for before_item, after_item in zip(old.items, new.items, strict=False):
            found = _first_difference(before_item, after_item)
            if found:
                return found
    before = old.text if isinstance(old, Scalar) else "…"
    return before, new.text if isinstance(new, Scalar) else "…", old.line
