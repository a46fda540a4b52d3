"""The located YAML tree the loader hands on: scalars keep their source text and position.

Scalars are not resolved to Python types here. The format definition decides what a value
means (``012`` stays the id "012", ``no`` stays the text "no"), so YAML 1.1 surprises and
constructor crashes on odd scalars cannot happen.
"""

from __future__ import annotations

NULL_TEXTS = frozenset({"", "~", "null", "Null", "NULL"})


class Node:
    __slots__ = ("column", "line", "size")

    def __init__(self, line: int, column: int) -> None:
        self.line = line  # 1-based
        self.column = column  # 1-based
        self.size = 1  # nodes in this subtree once aliases are expanded


class Scalar(Node):
    __slots__ = ("plain", "text")

    def __init__(self, text: str, plain: bool, line: int, column: int) -> None:
        super().__init__(line, column)
        self.text = text
        self.plain = plain  # unquoted, so the text may also read as a number, date or null

    @property
    def is_null(self) -> bool:
        return self.plain and self.text in NULL_TEXTS


class Sequence(Node):
    __slots__ = ("items",)

    def __init__(self, line: int, column: int) -> None:
        super().__init__(line, column)
        self.items: list[Node] = []


class Mapping(Node):
    __slots__ = ("items",)

    def __init__(self, line: int, column: int) -> None:
        super().__init__(line, column)
        self.items: list[tuple[Scalar, Node]] = []


def describe(node: Node) -> str:
    """The i18n key naming what a node is, for messages such as 'found a list'."""
    if isinstance(node, Mapping):
        return "a_mapping"
    if isinstance(node, Sequence):
        return "a_list"
    return "a_text"
