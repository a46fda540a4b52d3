"""Attributes the plan defines (`plan.attributes`) and the values entities give them.

Every plan rates differently – a priority 1–3, CO2 savings in t/a, a yes/no for "soft"
measures – so the plan declares its attributes and werkplan checks each value against its
definition: unknown names (with a suggestion), wrong types, values that are no choice or out
of range, required ones missing, and attributes on sections they do not apply to.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from werkplan.load.tree import Mapping, Scalar
from werkplan.model import AttributeDefinition, AttributeValue
from werkplan.problems import Choices, Label, Position
from werkplan.suggest import closest
from werkplan.validate import values as convert

if TYPE_CHECKING:
    from werkplan.validate.context import PlanKnowledge
    from werkplan.validate.reader import FieldReader

SECTION_OF_ENTITY = {
    "measure": "measures",
    "goal": "goals",
    "field": "fields",
    "actor": "actors",
    "event": "events",
    "indicator": "indicators",
}
CHOICE_KINDS = ("ordered_choice", "choice")


def read_values(
    reader: FieldReader,
    knowledge: PlanKnowledge,
    node: Mapping,
    where: dict[str, Position],
    path: str,
    what: Label,
) -> tuple[tuple[str, AttributeValue], ...]:
    definitions = knowledge.attributes
    section = SECTION_OF_ENTITY.get(what.value, "")
    found: list[tuple[str, AttributeValue]] = []
    for key, value in node.items:
        name = key.text.strip()
        where[f"{path}.{name}"] = reader.position(value)
        definition = definitions.get(name)
        suggestion = closest(name, definitions) if definition is None else None
        if definition is None and name in knowledge.unusable_attributes:
            continue  # its definition is broken and reported; do not call it unknown
        if definition is None:
            reader.problem(
                key,
                "unknown-attribute",
                "unknown_attribute",
                value=name,
                suggestion=suggestion or "",
                known=() if suggestion else tuple(definitions),
            )
        elif section not in definition.applies_to:
            reader.problem(
                key,
                "attribute-not-applicable",
                "attribute_not_applicable",
                value=name,
                what=what,
                sections=Choices("applies_to", definition.applies_to),
            )
        elif not isinstance(value, Scalar) or value.is_null:
            if not (isinstance(value, Scalar) and value.is_null):
                reader.problem(value, "invalid-attribute-value", "attribute_not_single", value=name)
        else:
            typed = typed_value(definition, value.text.strip() if value.plain else value.text)
            if isinstance(typed, convert.Issue):
                args = {**typed.args, "key": f"attributes.{name}"}
                reader.problem(value, "invalid-attribute-value", typed.message, **args)
            else:
                found.append((name, typed))
    return tuple(found)


def typed_value(definition: AttributeDefinition, text: str) -> AttributeValue | convert.Issue:
    """A written value as the definition reads it; also used by imports and `list --where`."""
    kind = definition.kind
    if kind in CHOICE_KINDS:
        return _choice(definition, text)
    if kind == "number":
        low, high = definition.min, definition.max
        if low is not None and high is not None and low > high:
            low = high = None  # a reversed range is the definition's error, not the value's
        result: AttributeValue | convert.Issue = convert.number(text, low, high)
        return result
    if kind == "yes_no":
        return convert.yes_no(text)
    if kind == "date":
        return convert.exact_date(text.strip())
    return text


def _choice(definition: AttributeDefinition, text: str) -> str | convert.Issue:
    if not definition.choices:
        return text  # the definition names no choices: reported there, not at every value
    wanted = " ".join(text.split()).casefold()
    for choice in definition.choices:
        if choice.value.casefold() == wanted:
            return choice.value
    for choice in definition.choices:
        if choice.label and wanted in (t.casefold() for t in choice.label.all()):
            return choice.value
    allowed = tuple(
        f"{c.value} ({c.label.get('de')})" if c.label else c.value for c in definition.choices
    )
    return convert.issue(
        "invalid-attribute-value", "attribute_not_a_choice", value=text, allowed=allowed
    )


def missing_required(
    definitions: Iterable[AttributeDefinition], section: str, present: Iterable[str]
) -> list[AttributeDefinition]:
    given = set(present)
    return [d for d in definitions if d.required and section in d.applies_to and d.id not in given]


def definition_problems(
    definitions: tuple[AttributeDefinition, ...],
) -> Iterable[tuple[int, str, dict[str, Any]]]:
    """(index, message key, arguments) for every definition that cannot work as written."""
    seen: set[str] = set()
    for index, definition in enumerate(definitions):
        if definition.id in seen:
            yield index, "attribute_defined_twice", {"value": definition.id}
        seen.add(definition.id)
        is_choice = definition.kind in CHOICE_KINDS
        if is_choice and not definition.choices:
            yield index, "attribute_needs_choices", {"value": definition.id}
        if definition.choices and not is_choice:
            yield index, "attribute_choices_unused", {"value": definition.id}
        values = [c.value for c in definition.choices]
        if len(set(values)) != len(values):
            yield index, "attribute_choice_twice", {"value": definition.id}
        has_range = definition.min is not None or definition.max is not None
        if has_range and definition.kind != "number":
            yield index, "attribute_range_unused", {"value": definition.id}
        low, high = definition.min, definition.max
        if low is not None and high is not None and low > high:
            yield index, "attribute_range_reversed", {"value": definition.id}
