"""YAML text to a located tree, built from parser events under hard limits.

The tree is built here from libyaml's event stream (ruamel.yaml.clib) instead of by
ruamel's composer and constructor: it is several times faster, keeps every position, and
lets us stop early. libyaml parses lazily, so stopping at the depth limit means deeply nested
input never reaches the recursive parts that crash or slow down on it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from ruamel.yaml import events as ev
from ruamel.yaml.error import MarkedYAMLError

from werkplan.load.syntax import explain
from werkplan.load.tree import Mapping, Node, Scalar, Sequence
from werkplan.problems import Message, Position, Problem, Severity

MAX_DEPTH = 64
MAX_EXPANDED_NODES = 1_000_000
MERGE_KEY = "<<"
_STR_TAG = "tag:yaml.org,2002:str"
_HARMLESS_TAGS = frozenset({None, "!", _STR_TAG, "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})
# What an escape in a double-quoted string may not produce: the characters decode.py refuses
# when written raw (C0 controls but tab and line feed, DEL, C1, Unicode line separators,
# non-characters), and a carriage return, which a file only holds as part of a line end.
_FORBIDDEN_ESCAPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_ESCAPE = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_SIMPLE_ESCAPES = {
    "0": "\x00",
    "a": "\x07",
    "b": "\x08",
    "v": "\x0b",
    "f": "\x0c",
    "r": "\r",
    "e": "\x1b",
    "N": "\x85",
    "L": "\u2028",
    "P": "\u2029",
}


@dataclass
class ParseResult:
    root: Node | None = None
    problems: list[Problem] = field(default_factory=list)
    complete: bool = True  # False when reading stopped early: part of the file is missing


class _Stop(Exception):
    """The rest of the file cannot be read sensibly; the problem is already recorded."""


def _event_source() -> Callable[[str], Callable[[], Any]]:
    """A function that starts parsing a text and returns its ``get_event``."""
    try:
        from _ruamel_yaml import CParser
    except ImportError:  # no C extension on this platform: the pure parser is slower but safe
        from ruamel.yaml import YAML

        return lambda text: iter(YAML(typ="safe", pure=True).parse(text)).__next__

    class _Events(CParser):  # type: ignore[misc]
        # Called by CParser for untagged scalars; tags are not needed since values are
        # interpreted by the format definition, not by YAML's resolver.
        def resolve(self, *_: object) -> None:
            return None

    return lambda text: _Events(text).get_event


# read_events(text)() returns the next parser event; the loader and fmt both read this way.
read_events = _event_source()


def parse(text: str, path: PurePath) -> ParseResult:
    builder = _TreeBuilder(path, text)
    try:
        builder.run(read_events(text))
        return builder.result
    except _Stop:
        pass
    except MarkedYAMLError as error:
        builder.add_syntax_error(error, text)
    except Exception as error:  # a parser bug must become a problem, never a traceback
        detail = str(error).replace("\n", " ")[:200]
        builder.add(1, 1, "yaml-syntax", Message.of("yaml_unreadable", detail=detail))
    builder.result.complete = False
    if builder.stack:
        builder.result.root = None  # reading stopped inside the document: no partial tree
    return builder.result


class _TreeBuilder:
    def __init__(self, path: PurePath, text: str = "") -> None:
        self.path = path
        self.text = text
        self.result = ParseResult()
        self.stack: list[Node] = []
        self.anchors: dict[str, Node] = {}
        self.open_nodes: set[int] = set()  # ids of anchored collections not yet closed
        self.pending_anchor: list[str | None] = []
        self.documents = 0
        self.aliases = 0

    def add(self, line: int, column: int, rule: str, message: Message) -> None:
        position = Position(self.path, line, column)
        self.result.problems.append(Problem(position, Severity.ERROR, rule, message))

    def add_syntax_error(self, error: MarkedYAMLError, text: str) -> None:
        found = explain(error, text)  # the line with the mistake, and how to fix it
        self.add(found.line, found.column, "yaml-syntax", found.message)

    def run(self, get_event: Callable[[], Any]) -> None:
        handlers = {
            ev.ScalarEvent: self.on_scalar,
            ev.MappingStartEvent: self.on_start,
            ev.SequenceStartEvent: self.on_start,
            ev.MappingEndEvent: self.on_end,
            ev.SequenceEndEvent: self.on_end,
            ev.AliasEvent: self.on_alias,
            ev.DocumentStartEvent: self.on_document,
        }
        end = ev.StreamEndEvent
        while True:
            event = get_event()
            event_type = type(event)
            if event_type is end:
                return
            handler = handlers.get(event_type)
            if handler is not None:
                handler(event)

    def on_document(self, event: Any) -> None:
        self.documents += 1
        if self.documents > 1:
            mark = event.start_mark
            self.add(mark.line + 1, mark.column + 1, "yaml-syntax", Message.of("multi_document"))
            raise _Stop

    def on_scalar(self, event: Any) -> None:
        mark = event.start_mark
        if event.style == '"' and _FORBIDDEN_ESCAPED.search(event.value):
            self.forbidden_escape(mark)
        plain = event.style in ("", None) and event.tag is None
        node = Scalar(event.value, plain, mark.line + 1, mark.column + 1)
        self.check_tag(event.tag, node)
        if event.anchor is not None:
            self.anchors[event.anchor] = node
        self.attach(node)

    def forbidden_escape(self, mark: Any) -> None:
        """An escape such as ``\\e`` or ``\\x1b`` made a control character: an error like the
        raw character, at the escape, and the file is not read further."""
        line, column, escape, char = _find_escape(self.text, mark.line, mark.column + 1)
        code = f"U+{ord(char):04X}" if char else "?"
        message = Message.of("escaped_control", escape=escape, code=code)
        self.add(line, column, "invalid-character", message)
        raise _Stop

    def on_start(self, event: Any) -> None:
        mark = event.start_mark
        if len(self.stack) >= MAX_DEPTH:
            self.add(
                mark.line + 1,
                mark.column + 1,
                "yaml-limit",
                Message.of("too_deep", limit=MAX_DEPTH),
            )
            raise _Stop
        node_type = Mapping if type(event) is ev.MappingStartEvent else Sequence
        node = node_type(mark.line + 1, mark.column + 1)
        self.check_tag(event.tag, node)
        if event.anchor is not None:
            self.anchors[event.anchor] = node  # bound now, so a later reuse of the name wins
            self.open_nodes.add(id(node))
        self.pending_anchor.append(event.anchor)
        self.stack.append(node)

    def on_end(self, _event: Any) -> None:
        node = self.stack.pop()
        if self.pending_anchor.pop() is not None:
            self.open_nodes.discard(id(node))
        if isinstance(node, Mapping):
            self.finish_mapping(node)
        else:
            node.size = 1 + sum(item.size for item in node.items)  # type: ignore[attr-defined]
        if node.size > MAX_EXPANDED_NODES:
            key = "too_many_nodes_aliases" if self.aliases else "too_many_nodes"
            self.add(
                node.line, node.column, "yaml-limit", Message.of(key, limit=MAX_EXPANDED_NODES)
            )
            raise _Stop
        self.attach(node)

    def on_alias(self, event: Any) -> None:
        mark = event.start_mark
        line, column = mark.line + 1, mark.column + 1
        node = self.anchors.get(event.anchor)
        if node is None:
            self.add(line, column, "yaml-syntax", Message.of("unknown_alias", name=event.anchor))
            raise _Stop
        if id(node) in self.open_nodes:
            self.add(line, column, "yaml-syntax", Message.of("recursive_alias", name=event.anchor))
            raise _Stop
        self.aliases += 1
        # A shallow copy placed where the alias stands: problems about the value itself
        # point here, while its contents keep pointing to where they were written.
        placed = copy.copy(node)
        placed.line, placed.column = line, column
        self.attach(placed)

    def attach(self, node: Node) -> None:
        if not self.stack:
            self.result.root = node
            return
        self.stack[-1].items.append(node)  # type: ignore[attr-defined]

    def check_tag(self, tag: str | None, node: Node) -> None:
        if tag not in _HARMLESS_TAGS:
            self.add(
                node.line, node.column, "yaml-tag", Message.of("tag_not_allowed", tag=str(tag))
            )

    def finish_mapping(self, node: Mapping) -> None:
        flat: list[Any] = node.items  # built as key, value, key, value, ...
        pairs: list[tuple[Scalar, Node]] = []
        merged: list[tuple[Scalar, Node]] = []
        seen: dict[str, Scalar] = {}
        for key, value in zip(flat[::2], flat[1::2], strict=True):
            if not isinstance(key, Scalar):
                self.add(key.line, key.column, "invalid-key", Message.of("key_not_text"))
                continue
            first = seen.get(key.text)
            if first is not None:
                self.add(
                    key.line,
                    key.column,
                    "duplicate-key",
                    Message.of("duplicate_key", key=key.text, first_line=first.line),
                )
                continue
            seen[key.text] = key
            if key.plain and key.text == MERGE_KEY:
                merged.extend(self.merge_source(key, value))
            else:
                pairs.append((key, value))
        own = {key.text for key, _ in pairs}
        for key, value in merged:  # explicit keys win over merged ones, the first merge wins
            if key.text not in own:
                own.add(key.text)
                pairs.append((key, value))
        node.items = pairs
        node.size = 1 + sum(key.size + value.size for key, value in pairs)

    def merge_source(self, key: Scalar, value: Node) -> list[tuple[Scalar, Node]]:
        sources = value.items if isinstance(value, Sequence) else [value]
        pairs: list[tuple[Scalar, Node]] = []
        for source in sources:
            if not isinstance(source, Mapping):
                self.add(key.line, key.column, "yaml-syntax", Message.of("bad_merge"))
                return []
            pairs.extend(source.items)
        return pairs


def _find_escape(text: str, line: int, column: int) -> tuple[int, int, str, str]:
    """Line, column (1-based), escape and character of the first escape after a double quote
    at (0-based ``line``, ``column``) that yields a forbidden character."""
    rows = text.splitlines()  # decode() let through only the line ends YAML counts as well
    for number in range(line, len(rows)):
        for found in _ESCAPE.finditer(rows[number], column if number == line else 0):
            char = _unescape(found.group())
            if _FORBIDDEN_ESCAPED.fullmatch(char):
                return number + 1, found.start() + 1, found.group(), char
    return line + 1, column, "", ""


def _unescape(escape: str) -> str:
    body = escape[1:]
    if len(body) == 1:
        return _SIMPLE_ESCAPES.get(body, body)
    try:
        return chr(int(body[1:], 16))
    except (ValueError, OverflowError):
        return ""
