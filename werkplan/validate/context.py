"""What reading one file needs to know: where it is, the problems so far, and what the plan's
own `plan:` section says about labels and attributes (read before any other section)."""

from __future__ import annotations

from collections.abc import Mapping as MappingOf
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from werkplan import i18n
from werkplan.load.tree import Mapping, Node
from werkplan.model import AttributeDefinition, Wording
from werkplan.problems import Label, Message, Position, Problem, Severity
from werkplan.schema import KeySpec, ValueType
from werkplan.validate import attributes, labels

if TYPE_CHECKING:
    from pathlib import PurePath

    from werkplan.validate.reader import FieldReader


@dataclass(frozen=True)
class PlanKnowledge:
    """From the `plan:` section: the plan's labels and attribute definitions."""

    labels: MappingOf[str, MappingOf[str, Wording]] = field(default_factory=dict)
    attributes: MappingOf[str, AttributeDefinition] = field(default_factory=dict)
    # Defined, but the definition is broken (reported there): values stay unchecked.
    unusable_attributes: frozenset[str] = frozenset()


class FileContext:
    def __init__(
        self,
        path: PurePath,
        text: str,
        problems: list[Problem],
        knowledge: PlanKnowledge | None = None,
    ) -> None:
        self.path = path
        self.text = text
        self.problems = problems
        self.knowledge = knowledge or PlanKnowledge()
        self._lines: list[str] | None = None

    @property
    def labels(self) -> MappingOf[str, MappingOf[str, Wording]]:
        return self.knowledge.labels

    def position(self, node: Node) -> Position:
        return Position(self.path, node.line, node.column)

    def problem(self, node: Node | Position, rule: str, message_key: str, **args: Any) -> None:
        # Values from the file may hold line breaks or control characters: never raw.
        shown = {k: _printable(v[:80]) if isinstance(v, str) else v for k, v in args.items()}
        position = node if isinstance(node, Position) else self.position(node)
        self.problems.append(
            Problem(position, Severity.ERROR, rule, Message.of(message_key, **shown))
        )

    def comment_after(self, node: Node) -> bool:
        """Whether the key's line goes on with a comment, as in ``title: #WirAlle``."""
        line = self.line(node.line)
        return "#" in line[node.column - 1 :]

    def choice_for(self, vocabulary: str, written: str) -> tuple[str | None, tuple[str, ...]]:
        """The value a written label stands for – the plan's own labels first, then the German
        and English labels – and, for a word that could mean several, the candidates. Usual
        words ('erledigt') are not taken here: check suggests the key for them."""
        own = labels.value_for(vocabulary, written, self.labels)
        if own is not None:
            return own, ()
        reading = i18n.read_choice(vocabulary, written)
        if reading.how in ("key", "label"):
            return reading.value, ()
        return None, reading.candidates

    def line(self, number: int) -> str:
        """The text of a line (1-based); the file is split once, when first asked."""
        if self._lines is None:
            self._lines = self.text.split("\n")
        return self._lines[number - 1] if 0 < number <= len(self._lines) else ""

    def read_special(
        self,
        reader: FieldReader,
        spec: KeySpec,
        node: Node,
        where: dict[str, Position],
        path: str,
        what: Label,
    ) -> Any:
        if not isinstance(node, Mapping):
            reader.wrong_type(node, spec)
            return None
        if spec.type is ValueType.LABELS:
            return labels.read_labels(reader, node, where, path)
        return attributes.read_values(reader, self.knowledge, node, where, path, what)


def _printable(text: str) -> str:
    return "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in text)
