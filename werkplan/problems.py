"""The problem record every stage produces and every reporter consumes.

A problem is immutable and language-neutral: it stores a message key with its arguments, and
the reporter renders the text in the reader's language. That way the loader can report
problems before it knows which language the plan asks for.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from werkplan.timeframes import TimeFrame


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Label:
    """A value that is shown through a vocabulary, e.g. a status shown as 'In Umsetzung'."""

    vocabulary: str
    value: str


@dataclass(frozen=True, slots=True)
class Choices:
    """The allowed values of a field, shown with their labels: 'done (Abgeschlossen)'."""

    vocabulary: str
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number shown in the reader's notation: '1.100.000 €', '2.480 t/a', '7,5 %'."""

    value: float
    unit: str = ""  # "€" prints as an amount of money
    decimals: int | None = None


@dataclass(frozen=True, slots=True)
class KeyPath:
    """Where a key sits inside lists of entries, as the reader counts: ``milestones.1.title``
    is shown as "`title` in Meilenstein 2"; a path ending in a number names the entry itself
    ("Meilenstein 2")."""

    path: str


@dataclass(frozen=True, slots=True)
class HorizonName:
    """A horizon as a deadline: its label in each language the plan gives ("" = any) and its
    end, shown as "mittelfristig (bis 2028)" (``i18n.format_horizon``)."""

    labels: tuple[tuple[str, str], ...]
    end: TimeFrame | None = None

    def label(self, lang: str) -> str:
        texts = dict(self.labels)
        return texts.get(lang) or texts.get("") or next(iter(texts.values()), "")


MessageArg = (
    str
    | int
    | float
    | date
    | TimeFrame
    | tuple[str, ...]
    | Label
    | Choices
    | Quantity
    | KeyPath
    | HorizonName
)


@dataclass(frozen=True, slots=True)
class Message:
    key: str
    args: tuple[tuple[str, MessageArg], ...] = ()

    @classmethod
    def of(cls, message_key: str, /, **args: MessageArg) -> Message:
        return cls(message_key, tuple(args.items()))

    @property
    def arguments(self) -> Mapping[str, MessageArg]:
        return dict(self.args)


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """Where something stands in a plan file; line and column are 1-based."""

    path: PurePath
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path.as_posix()}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Problem:
    position: Position
    severity: Severity
    rule: str
    message: Message = field(compare=False)

    @property
    def path(self) -> PurePath:
        return self.position.path

    @property
    def line(self) -> int:
        return self.position.line

    @property
    def column(self) -> int:
        return self.position.column

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path.as_posix(), self.line, self.column, self.rule)
