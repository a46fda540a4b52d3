"""`plan.labels`: the plan's own words for allowed values, for its output and its input.

``labels: {status: {planned: Nicht begonnen, preparing: Planung}}`` makes every output say
"Nicht begonnen" and lets `status: Nicht begonnen` stand for `planned`. Two values may not
end up with the same label: input could not tell them apart.
"""

from __future__ import annotations

from collections.abc import Mapping as MappingOf
from typing import TYPE_CHECKING

from werkplan.load.tree import Mapping, Scalar
from werkplan.model import Wording
from werkplan.problems import Choices, Label, Position
from werkplan.schema import RELABELABLE, VOCABULARIES, KeySpec, ValueType
from werkplan.suggest import closest, suggest_choice

if TYPE_CHECKING:
    from werkplan.validate.reader import FieldReader

_LABEL = KeySpec("label", ValueType.LABEL, "Bezeichnung", "Label")


def read_labels(
    reader: FieldReader, node: Mapping, where: dict[str, Position], path: str
) -> dict[str, dict[str, Wording]]:
    result: dict[str, dict[str, Wording]] = {}
    for key, values in node.items:
        name = key.text.strip()
        if name not in RELABELABLE:
            suggestion = closest(name, RELABELABLE)
            reader.problem(
                key,
                "unknown-key",
                "unknown_vocabulary",
                value=name,
                suggestion=suggestion or "",
                known=() if suggestion else tuple(RELABELABLE),
            )
            continue
        if isinstance(values, Scalar) and values.is_null:
            continue  # `status:` with nothing below relabels nothing
        where[f"{path}.{name}"] = reader.position(values)
        if not isinstance(values, Mapping):
            reader.wrong_type(values, KeySpec(name, ValueType.MAPPING, "", ""))
            continue
        result[name] = _read_vocabulary(reader, name, values, where, f"{path}.{name}")
    return result


def _read_vocabulary(
    reader: FieldReader, name: str, node: Mapping, where: dict[str, Position], path: str
) -> dict[str, Wording]:
    vocabulary = VOCABULARIES[name]
    chosen: dict[str, Wording] = {}
    for key, value in node.items:
        if key.text not in vocabulary.values:
            reader.problem(
                key,
                "invalid-choice",
                "invalid_choice",
                key=name,
                value=key.text,
                allowed=Choices(name, vocabulary.values),
                # never the opposite: `undone` is no misspelt `done`
                suggestion=suggest_choice(name, key.text) or "",
            )
            continue
        if isinstance(value, Scalar) and value.is_null:
            continue  # `planned: ~` gives no label: werkplan's own stays
        where[f"{path}.{key.text}"] = reader.position(value)
        wording = reader.convert_label(_LABEL, value, where, f"{path}.{key.text}")
        if wording is not None:
            chosen[key.text] = wording
    _report_clashes(reader, name, node, chosen)
    return chosen


def _report_clashes(
    reader: FieldReader, name: str, node: Mapping, chosen: dict[str, Wording]
) -> None:
    """A label that another value of the same vocabulary also has (its own or a default) or
    that is another value's key: `status: done` must keep meaning done."""
    for value, wording in chosen.items():
        for text in wording.all():
            other = _owner_of(name, text, chosen, exclude=value)
            if other is not None:
                at = next((v for k, v in node.items if k.text == value), node)
                reader.problem(
                    at if isinstance(at, Scalar | Mapping) else node,
                    "invalid-choice",
                    "label_clash",
                    value=text,
                    first=value,
                    second=other,
                    vocabulary=Label("vocabulary", name),
                )
                return


def _owner_of(name: str, text: str, chosen: dict[str, Wording], exclude: str) -> str | None:
    wanted = text.strip().casefold()
    for choice in VOCABULARIES[name].choices:
        if choice.value == exclude:
            continue
        own = chosen.get(choice.value)
        texts = (choice.value, *(own.all() if own else (choice.de, choice.en)))
        if wanted in (t.strip().casefold() for t in texts):
            return choice.value
    return None


def value_for(
    vocabulary: str, written: str, labels: MappingOf[str, MappingOf[str, Wording]]
) -> str | None:
    """The value whose plan label someone wrote, e.g. 'Nicht begonnen' → 'planned'."""
    wanted = " ".join(written.split()).casefold()
    for value, wording in labels.get(vocabulary, {}).items():
        if wanted in (" ".join(t.split()).casefold() for t in wording.all()):
            return value
    return None
