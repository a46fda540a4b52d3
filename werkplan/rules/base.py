"""What a rule is: an id, a default severity, a summary, and (for plan rules) a check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from werkplan.findings.indicators import SeriesState, assess
from werkplan.model import Indicator, Plan
from werkplan.problems import Message, MessageArg, Position, Problem, Severity


@dataclass(frozen=True)
class RuleContext:
    plan: Plan
    today: dt.date

    @cached_property
    def indicator_states(self) -> tuple[tuple[Indicator, tuple[SeriesState, ...]], ...]:
        """Each indicator with its judged series, computed once for the three rules."""
        return tuple((i, assess(i, self.today)) for i in self.plan.indicators)


Check = Callable[[RuleContext], Iterator[Problem]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    de: str  # one-line summary for `werkplan rules` and the docs
    en: str
    check: Check | None = None  # None: reported while loading and validating files
    # Reports something as missing, which is only true when every file could be read.
    needs_every_file: bool = False

    def problem(self, position: Position, message_key: str, **args: MessageArg) -> Problem:
        return Problem(position, self.severity, self.id, Message.of(message_key, **args))
