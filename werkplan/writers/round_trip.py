"""What `fmt` and the edits of `new` and `import-status` share to rewrite a plan file safely
with ruamel.yaml's round trip: one configuration, the data as it means independent of
layout, and the comments with what they stand next to."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml import events as ev

from werkplan.load.parser import read_events
from werkplan.load.tree import Mapping, Node, Scalar, Sequence
from werkplan.problems import Message


def round_trip_yaml() -> YAML:
    """The one ruamel.yaml set-up for rewriting plan files: quotes kept, lines never folded."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold long lines
    yaml.indent(mapping=2, sequence=4, offset=2)
    # A day written twice (today as `updated` of two measures) stays a date in both places,
    # never an anchor `&id001` and an alias `*id001`; anchors a file has keep their meaning.
    usual = yaml.representer.ignore_aliases
    yaml.representer.ignore_aliases = lambda data: (
        (isinstance(data, dt.date) and not hasattr(data, "anchor")) or usual(data)
    )
    return yaml


def rewrite_failed(error: Exception, in_file: bool = True) -> Message:
    """Why ruamel.yaml could not rewrite a file: with the line where it stopped reading, when
    that is a line of the file itself (``in_file``), so the user can find it."""
    mark = getattr(error, "problem_mark", None)
    detail = type(error).__name__
    if in_file and mark is not None and isinstance(getattr(mark, "line", None), int):
        return Message.of("fmt_failed_line", line=mark.line + 1, detail=detail)
    return Message.of("fmt_failed", detail=detail)


def plain_data(node: Node) -> Any:
    """The data as it means, independent of layout: mappings compare regardless of order."""
    if isinstance(node, Mapping):
        return {key.text: plain_data(value) for key, value in node.items}
    if isinstance(node, Sequence):
        return [plain_data(item) for item in node.items]
    assert isinstance(node, Scalar)
    if node.is_null:
        return None  # "~", "null" and nothing all mean: no value
    return (node.text, node.plain)


def lost_comment(original: str, rewritten: str) -> str | None:
    """A comment of the original that the rewrite lost or moved away from its line."""
    lost = comments(original) - comments(rewritten)
    return next(iter(lost.elements()))[0] if lost else None


def comments(text: str) -> Counter[tuple[str, str]]:
    """Every comment in a YAML text, with what it stands next to.

    A comment is a '#' after a space or at a line start, outside any value. It stands next
    to the content on its own line, or, alone on its line, to the next line with content: a
    rewrite that moves a comment away from the key it describes changes this pairing.
    """
    spans = _scalar_spans(text)
    starts = [start for start, _ in spans]
    found: Counter[tuple[str, str]] = Counter()
    for match in re.finditer(r"(?:^|(?<=\s))#[^\n]*", text, re.M):
        position = match.start()
        index = bisect.bisect_right(starts, position) - 1
        if index >= 0 and spans[index][0] <= position < spans[index][1]:
            continue  # inside a quoted or block value
        found[(match.group().rstrip(), _neighbour(text, position))] += 1
    return found


def _neighbour(text: str, position: int) -> str:
    line_start = text.rfind("\n", 0, position) + 1
    before = text[line_start:position].strip()
    if before:
        return _anchor(before)
    for line in text[position:].split("\n")[1:]:
        content = line.strip()
        if content and not content.startswith("#"):
            return _anchor(content)
    return ""


def _anchor(content: str) -> str:
    """A line reduced to what an edit of its value does not change, so a comment stays with
    its key: 'status: planned' and 'status: done' agree, as do 'goals: [a, b]' and 'goals:'
    and 'attributes: {prioritaet: 2}' and 'attributes:'; a list item of flow mappings
    '- {date: 2025, value: 7}' is known by its first key ('- {date: 2025'). An id is never
    edited and stays whole, so a comment cannot slip to another entry unnoticed."""
    item = re.match(r"-\s*\{([^,}]*)", content)
    if item is not None:
        return "- {" + item.group(1).strip()
    key = re.match(r"((?:-\s+)?[^\s:#'\"{\[][^:#]*?):(?:\s|$)", content)
    if key is not None and key.group(1).removeprefix("-").strip() != "id":
        return key.group(1) + ":"
    return re.sub(r":\s*[\[{].*$", ":", content).rstrip()


def _scalar_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    get_event = read_events(text)
    while True:
        event = get_event()
        if type(event) is ev.StreamEndEvent:
            return spans
        if type(event) is ev.ScalarEvent:
            spans.append((event.start_mark.index, event.end_mark.index))
