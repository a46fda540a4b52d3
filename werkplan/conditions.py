"""Conditions on the attributes a plan defines (`list --where prioritaet>=2`) and their order
(`list --sort prioritaet`).

A condition's value is read as the attribute's definition reads values in the plan
(``validate.attributes.typed_value``): a choice by its value or its label, a number, yes/no,
a date. Ordered choices compare by their rank, the position in the definition's `choices`.
An entry without a value for the attribute meets no condition, `!=` included.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from werkplan.dates import read_date
from werkplan.model import AttributeDefinition, AttributeValue, Entity, Plan
from werkplan.problems import Label, Message
from werkplan.suggest import closest
from werkplan.validate import values as convert
from werkplan.validate.attributes import CHOICE_KINDS, typed_value

OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "<=": operator.le,
    ">=": operator.ge,
    "!=": operator.ne,
    "==": operator.eq,
    "=": operator.eq,
    "<": operator.lt,
    ">": operator.gt,
}
_CONDITION = re.compile(r"\s*([^\s<>=!]+)\s*(<=|>=|!=|==|=|<|>)\s*(.*?)\s*\Z", re.DOTALL)
ORDERED_KINDS = frozenset({"ordered_choice", "number", "date"})
# Kinds whose highest value is the most interesting one: listed first when sorting.
HIGHEST_FIRST = frozenset({"ordered_choice", "number", "yes_no"})


@dataclass(frozen=True)
class Condition:
    """`prioritaet>=2`: an attribute, a comparison and a value typed by the definition."""

    definition: AttributeDefinition
    operator: str
    value: AttributeValue

    def holds(self, entity: Entity) -> bool:
        found = entity.attribute(self.definition.id)
        if found is None:
            return False
        compare = OPERATORS[self.operator]
        return bool(compare(comparable(self.definition, found), self._wanted))

    @property
    def _wanted(self) -> object:
        return comparable(self.definition, self.value)


def parse_condition(plan: Plan, written: str, section: str) -> Condition | Message:
    """A condition as written after --where, or a message saying what is wrong with it."""
    match = _CONDITION.match(written)
    if match is None or not match[3]:
        return Message.of("list.where_syntax", value=written)
    name, compare, text = match.groups()
    definition = plan.attribute_definition(name)
    if definition is None:
        known = tuple(sorted(plan.indexes["attributes"]))
        if not known:
            return Message.of("list.where_no_attributes", value=written)
        return Message.of(
            "list.where_unknown_attribute",
            value=written,
            attribute=name,
            known=known,
            suggestion=closest(name, known) or "",
        )
    if section not in definition.applies_to:
        where = Label("applies_to", section)
        return Message.of("list.where_not_applicable", value=written, attribute=name, where=where)
    if compare not in ("=", "==", "!=") and definition.kind not in ORDERED_KINDS:
        return Message.of("list.where_not_ordered", value=written, attribute=name)
    value = _typed(definition, text)
    if isinstance(value, convert.Issue):
        return Message.of(value.message, **{**value.args, "key": f"--where {name}"})
    return Condition(definition, compare, value)


def _typed(definition: AttributeDefinition, text: str) -> AttributeValue | convert.Issue:
    """The value as the definition reads it; a filter may name numbers beyond the allowed
    range, and dates also German (31.12.2026)."""
    if definition.kind == "date":
        day = read_date(text, "--where")
        if isinstance(day, dt.date):
            text = day.isoformat()
    unbounded = dataclasses.replace(definition, min=None, max=None)
    return typed_value(unbounded, text)


def comparable(definition: AttributeDefinition, value: AttributeValue) -> object:
    """What values of the attribute are compared and sorted by: ordered choices by rank, text
    without regard to case and spacing."""
    if definition.kind == "ordered_choice":
        return definition.rank(value)
    if definition.kind in CHOICE_KINDS or isinstance(value, str):
        return " ".join(str(value).split()).casefold()
    return value


def sort_value(definition: AttributeDefinition) -> Callable[[Entity], object | None]:
    """The value an entry sorts by (None: it has none, listed last)."""

    def value(entity: Entity) -> object | None:
        found = entity.attribute(definition.id)
        if found is None:
            return None
        if definition.kind == "choice":  # unordered: in the order the plan lists them
            return definition.rank(found)
        return comparable(definition, found)

    return value


def highest_first(definition: AttributeDefinition) -> bool:
    return definition.kind in HIGHEST_FIRST
