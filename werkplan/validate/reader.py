"""One file's located YAML tree → values for the model, and every shape or type problem.

Driven entirely by the format definition: which keys exist, what type of value each takes,
which are required. Values inside lists of records get dotted positions
(``milestones.2.due``) so that every later message can point at the exact line.
"""

from __future__ import annotations

import re
from typing import Any

from werkplan import timeframes
from werkplan.load.tree import Mapping, Node, Scalar, Sequence, describe
from werkplan.model import RECORD_TYPES, Wording
from werkplan.problems import Choices, KeyPath, Label, Message, Position, Problem, Severity
from werkplan.rules.comment_in_text import RULE as COMMENT_IN_TEXT
from werkplan.rules.comment_in_text import cut_by_comment
from werkplan.rules.person_name import looks_like_person
from werkplan.schema import KeySpec, SectionSpec, ValueType
from werkplan.suggest import closest, suggest_choice
from werkplan.validate import values as convert
from werkplan.validate.context import FileContext
from werkplan.validate.german_keys import GERMAN_KEYS
from werkplan.validate.ids import is_valid_id
from werkplan.validate.values import Issue

Read = tuple[dict[str, Any], dict[str, Position], frozenset[str]]
_INTEGER = re.compile(r"[+-]?\d+", re.ASCII)
_NUMBER_TYPES = (ValueType.NUMBER, ValueType.AMOUNT, ValueType.INT)
_LANGUAGE_KEYS = ("de", "en")


class FieldReader:
    """Reads the keys of a section, entity or record from a mapping node."""

    def __init__(self, context: FileContext) -> None:
        self.context = context
        self.entity_id: str | None = None  # of the entity being read, for record messages
        # Each spec's keys by name, made once: read_fields runs for every record (every
        # indicator value) of the file. The spec is kept with its table, so its id stays its own.
        self.key_tables: dict[int, tuple[SectionSpec | KeySpec, dict[str, KeySpec]]] = {}
        self.keys_here: frozenset[str] = frozenset()  # of the mapping being read

    def keys_of(self, spec: SectionSpec | KeySpec) -> dict[str, KeySpec]:
        known = self.key_tables.get(id(spec))
        if known is None or known[0] is not spec:
            known = self.key_tables[id(spec)] = (spec, {f.name: f for f in spec.fields})
        return known[1]

    def position(self, node: Node) -> Position:
        return self.context.position(node)

    def problem(self, node: Node | Position, rule: str, message_key: str, **args: Any) -> None:
        self.context.problem(node, rule, message_key, **args)

    def read_fields(
        self, spec: SectionSpec | KeySpec, mapping: Mapping, what: Label, prefix: str
    ) -> Read:
        """Values, positions, and the keys whose value was present but invalid."""
        fields = self.keys_of(spec)
        if not prefix:
            self.entity_id = _written_id(mapping)
        values: dict[str, Any] = {}
        where: dict[str, Position] = {}
        empty: dict[str, Scalar] = {}
        splits = self.comma_splits(mapping)
        keys_here = frozenset(fields)
        for index, (key, value) in enumerate(mapping.items):
            if index - 1 in splits:
                continue  # the digits after a decimal comma, reported with the number
            field_spec = fields.get(key.text)
            if field_spec is None:
                self.unknown_key(key, list(fields), _entry_at(prefix) or what)
                continue
            path = prefix + key.text
            self.keys_here = keys_here  # again after a nested mapping was read
            if _is_null(value):
                where[path] = self.position(key)
                empty[key.text] = key
                continue
            where[path] = self.position(value)
            if index in splits and field_spec.type in _NUMBER_TYPES:
                self.split_number(value, splits[index], field_spec)
                continue
            if index in splits:
                splits.pop(index)  # not a number: the next key is a key of its own
            converted = self.convert(field_spec, value, where, path, what)
            if converted == "" and field_spec.required:
                empty[key.text] = key  # a quoted "" says nothing either
            elif converted is not None:
                values[key.text] = converted
        self.require(spec, mapping, what, prefix, values, where, empty)
        present = {key.text for key, _ in mapping.items}
        broken = frozenset((present & set(fields)) - set(values) - set(empty))
        return values, where, broken

    def require(
        self,
        spec: SectionSpec | KeySpec,
        mapping: Mapping,
        what: Label,
        prefix: str,
        values: dict[str, Any],
        where: dict[str, Position],
        empty: dict[str, Scalar],
    ) -> None:
        for field_spec in spec.fields:
            name = field_spec.name
            present = prefix + name in where and name not in empty
            if not field_spec.required or name in values or present:
                continue  # present, or present but broken and reported already
            # Inside a record, name the entity it belongs to (Maßnahme M-3), not the record.
            entity_id = self.entity_id if prefix else values.get("id")
            at = empty.get(name, mapping)
            # Inside a mapping or record: where it is missing (milestones.2.title) and what
            # to write there (title); a section's own keys keep their message as before.
            inner: dict[str, str] = {"name": name} if prefix else {}
            self.problem(
                at,
                "missing-key",
                "missing_inner_key" if prefix else "missing_key",
                key=KeyPath(prefix + name) if prefix else name,
                what=what,
                id=f" {entity_id}" if entity_id else "",
                comment=name if name in empty and self.context.comment_after(at) else "",
                **inner,
            )
        wanted = getattr(spec, "requires_any", ())
        if wanted and not any(name in values or prefix + name in where for name in wanted):
            entity_id = self.entity_id if prefix else values.get("id")
            self.problem(
                mapping,
                "missing-key",
                "needs_one_of",
                keys=tuple(wanted),
                what=what,
                id=f" {entity_id}" if entity_id else "",
            )

    def convert(
        self, spec: KeySpec, node: Node, where: dict[str, Position], path: str, what: Label
    ) -> Any:
        if spec.type is ValueType.MAPPING:
            return self.convert_mapping(spec, node, where, path, what)
        if spec.type is ValueType.RECORDS:
            return self.convert_records(spec, node, where, path, what)
        if spec.type is ValueType.LABEL:
            return self.convert_label(spec, node, where, path)
        if spec.type is ValueType.YEAR_AMOUNTS:
            return self.convert_year_amounts(spec, node, where, path)
        if spec.type in (ValueType.ATTRIBUTES, ValueType.LABELS):
            return self.context.read_special(self, spec, node, where, path, what)
        if spec.type in (ValueType.ID_LIST, ValueType.TEXT_LIST, ValueType.CHOICE_LIST):
            return self.convert_list(spec, node, where, path)
        if spec.type is ValueType.ID_OR_IDS:
            if isinstance(node, Sequence):
                return self.convert_list(spec, node, where, path)
            single = self.convert_scalar(spec, node) if isinstance(node, Scalar) else None
            if not isinstance(node, Scalar):
                self.wrong_type(node, spec)
            return (single,) if single else None
        if not isinstance(node, Scalar):
            self.wrong_type(node, spec)
            return None
        return self.convert_scalar(spec, node)

    def convert_mapping(
        self, spec: KeySpec, node: Node, where: dict[str, Position], path: str, what: Label
    ) -> Any:
        if not isinstance(node, Mapping):
            self.wrong_type(node, spec)
            return None
        values, nested, _ = self.read_fields(spec, node, what, path + ".")
        where.update(nested)
        record = RECORD_TYPES.get(spec.record or "")
        if record is None:
            return values
        if not _complete(spec, values):
            return None  # reported as missing; a half record would mislead
        return record(**values)

    def convert_records(
        self, spec: KeySpec, node: Node, where: dict[str, Position], path: str, what: Label
    ) -> tuple[Any, ...] | None:
        if not isinstance(node, Sequence):
            self.wrong_type(node, spec)
            return None
        record = RECORD_TYPES[spec.record or ""]
        items: list[Any] = []
        for index, item in enumerate(node.items):
            if not isinstance(item, Mapping):
                self.problem(
                    item,
                    "invalid-shape",
                    "record_not_mapping",
                    key=spec.name,
                    found=_found(item),
                    first=_first_key(spec),
                )
                continue
            written = f"{path}.{index}"  # messages name the entry as written
            values, nested, _ = self.read_fields(spec, item, what, written + ".")
            if not _complete(spec, values):
                continue  # reported as missing; a half record would mislead
            # Positions follow the model: the n-th record kept is at `{path}.{n}`, also when
            # an entry before it was left out, so rules point at the record they talk about.
            kept = f"{path}.{len(items)}"
            where[kept] = self.position(item)
            where.update({kept + key[len(written) :]: at for key, at in nested.items()})
            items.append(record(**values))
        return tuple(items)

    def convert_label(
        self, spec: KeySpec, node: Node, where: dict[str, Position], path: str
    ) -> Wording | None:
        if isinstance(node, Scalar):
            return Wording.plain(node.text) if node.text.strip() else None
        if not isinstance(node, Mapping):
            self.wrong_type(node, spec)
            return None
        texts: dict[str, str] = {}
        for key, value in node.items:
            if key.text not in _LANGUAGE_KEYS:
                self.unknown_key(key, list(_LANGUAGE_KEYS), Label("entity", "label"))
            elif not isinstance(value, Scalar) or value.is_null:
                self.wrong_type(value, spec)
            else:
                where[f"{path}.{key.text}"] = self.position(value)
                texts[key.text] = value.text
        return Wording(texts) if texts else None

    def convert_year_amounts(
        self, spec: KeySpec, node: Node, where: dict[str, Position], path: str
    ) -> tuple[tuple[int, Any], ...] | None:
        if not isinstance(node, Mapping):
            self.wrong_type(node, spec)
            return None
        amounts = []
        splits = self.comma_splits(node)
        for index, (key, value) in enumerate(node.items):
            if index - 1 in splits:
                continue  # the digits after a decimal comma, reported with the amount
            year = key.text.strip()
            if not (year.isascii() and year.isdigit() and len(year) == 4) or not (
                timeframes.MIN_YEAR <= int(year) <= timeframes.MAX_YEAR
            ):
                self.problem(key, "invalid-type", "not_a_year", key=spec.name, value=year)
                continue
            where[f"{path}.{year}"] = self.position(value)
            if not isinstance(value, Scalar) or value.is_null:
                self.wrong_type(value, spec)
                continue
            if index in splits:
                self.split_number(value, splits[index], spec)
                continue
            amount = self.checked(
                value, convert.amount(value.text, spec.minimum, spec.maximum), spec
            )
            if amount is not None:
                amounts.append((int(year), amount))
        return tuple(sorted(amounts))

    def comma_splits(self, mapping: Mapping) -> dict[int, str]:
        """Numbers written with a decimal comma inside `{…}`, where the comma ends an entry:
        `{value: 27,8}` reads as `value: 27` and a key `8` without value. By the index of
        the number's entry, the number as written (`27,8`)."""
        found: dict[int, str] = {}
        for index in range(len(mapping.items) - 1):
            value = mapping.items[index][1]
            after, its_value = mapping.items[index + 1]
            if not (
                isinstance(value, Scalar)
                and value.plain
                and _INTEGER.fullmatch(value.text)
                and after.plain
                and after.text[:1].isdigit()
                and _is_null(its_value)
                and after.line == value.line
            ):
                continue
            between = self.context.line(value.line)[value.column - 1 : after.column - 1]
            if re.fullmatch(re.escape(value.text) + r"\s*,\s*", between):
                found[index] = f"{value.text},{after.text}"
        return found

    def split_number(self, node: Node, written: str, spec: KeySpec) -> None:
        amount = spec.type in (ValueType.AMOUNT, ValueType.YEAR_AMOUNTS)
        number = convert.written_number(written, amount=amount)
        self.problem(
            node,
            "invalid-type",
            "number_split_at_comma" if number else "number_split_at_comma_unit",
            key=spec.name,
            value=convert.printable(written[:60]),
            first=written.partition(",")[0],
            number=number or "",
        )

    def convert_list(
        self, spec: KeySpec, node: Node, where: dict[str, Position], path: str
    ) -> tuple[str, ...] | None:
        if not isinstance(node, Sequence):
            self.wrong_type(node, spec)
            return None
        items: list[str] = []
        for item in node.items:
            if not isinstance(item, Scalar) or item.is_null:
                self.wrong_type(item, spec)
                continue
            text = item.text.strip()
            value: str | None = text
            if spec.type is ValueType.TEXT_LIST:
                self.text_cut_by_comment(spec, item)
            elif spec.type is ValueType.CHOICE_LIST:
                value = self.choice(spec, item, text)
            elif not is_valid_id(text):
                self.invalid_id(item, spec, text)
                value = None
            if value is not None:
                # The n-th item kept is at `{path}.{n}`, as in the model's tuple.
                where[f"{path}.{len(items)}"] = self.position(item)
                items.append(value)
        if node.items and not items:
            return None  # nothing usable, each item reported: the key counts as broken
        return tuple(items)

    def convert_scalar(self, spec: KeySpec, node: Scalar) -> Any:
        text = node.text.strip() if node.plain else node.text
        kind = spec.type
        if kind is ValueType.TEXT:
            self.text_cut_by_comment(spec, node)
            return node.text
        if kind is ValueType.SCALAR:
            return text.strip()
        if kind in (ValueType.ID, ValueType.ID_OR_IDS):
            if is_valid_id(text):
                return text
            self.invalid_id(node, spec, text)
            return None
        if kind is ValueType.CHOICE:
            return self.choice(spec, node, text)
        result: Any
        if kind is ValueType.DATE:
            result = convert.exact_date(text.strip())
        elif kind is ValueType.TIMEFRAME:
            result = convert.time_frame(text.strip())
            if isinstance(result, convert.Issue) and result.message == "timeframe_range":
                result = self.range_in_two_keys(result)
        elif kind is ValueType.INT:
            result = convert.whole_number(text, spec.minimum or 0, spec.maximum or 10**9)
        elif kind is ValueType.NUMBER:
            result = convert.number(text, spec.minimum, spec.maximum)
        elif kind is ValueType.AMOUNT:
            result = convert.amount(text, spec.minimum, spec.maximum)
        elif kind is ValueType.BOOL:
            result = convert.yes_no(text)
        elif kind is ValueType.URL:
            result = convert.link(text)
        else:
            self.wrong_type(node, spec)
            return None
        return self.checked(node, result, spec)

    def range_in_two_keys(self, found: Issue) -> Issue:
        """A range where one time frame belongs: its ends go into the entry's start and end
        keys (`start:` and `due:`, or `end:`) where it has both, else the end alone."""
        here = self.keys_here
        end_key = "end" if "end" in here else "due"
        if "start" not in here or end_key not in here:
            return convert.issue(found.rule, "timeframe_range_end", **found.args)
        return convert.issue(found.rule, found.message, end=end_key, **found.args)

    def checked(self, node: Node, result: Any, spec: KeySpec) -> Any:
        if isinstance(result, convert.Issue):
            self.problem(node, result.rule, result.message, key=spec.name, **result.args)
            return None
        return result

    def choice(self, spec: KeySpec, node: Scalar, text: str) -> str | None:
        vocabulary = spec.vocabulary
        if vocabulary is None:
            return None
        if text in vocabulary.values:
            return text
        found, candidates = self.context.choice_for(vocabulary.name, text)
        if found is not None:
            return found
        rule = "invalid-status" if vocabulary.name == "status" else "invalid-choice"
        suggestion = (
            "" if candidates else suggest_choice(vocabulary.name, text, self.context.labels)
        )
        self.problem(
            node,
            rule,
            "invalid_choice",
            key=spec.name,
            value=text,
            allowed=Choices(vocabulary.name, vocabulary.values),
            suggestion=suggestion or "",
            candidates=Choices(vocabulary.name, candidates) if candidates else "",
        )
        return None

    def invalid_id(self, node: Scalar, spec: KeySpec, text: str) -> None:
        """Where an actor is meant, a name is the usual mistake: say how to make the actor."""
        names_actor = spec.ref == "actors"
        person = names_actor and looks_like_person(text)
        new_actor = 'werkplan new actor --name "{}" --kind office'.format("…" if person else text)
        self.problem(
            node,
            "invalid-id",
            "invalid_id",
            value=text,
            key=spec.name,
            person="yes" if person else "",
            new_actor=new_actor if names_actor else "",
            section=spec.ref or "",  # build_plan names the id where the text is a name
        )

    def text_cut_by_comment(self, spec: KeySpec, node: Scalar) -> None:
        """`title: Sprechtage #2 in Amtsgebäuden` reads as "Sprechtage" (comment-in-text)."""
        text = self.context.text
        if not node.plain or "#" not in text:
            return
        cut = cut_by_comment(self.context.line(node.line), node.column, node.text)
        if cut is None:
            return
        position = Position(self.context.path, node.line, cut.column)
        self.context.problems.append(
            Problem(
                position,
                COMMENT_IN_TEXT.severity,
                COMMENT_IN_TEXT.id,
                Message.of(
                    "comment_in_text",
                    key=spec.name,
                    value=convert.printable(node.text[:60]),
                    comment=convert.printable(cut.comment[:60]),
                    fix=convert.printable(cut.fix),
                ),
            )
        )

    def wrong_type(self, node: Node, spec: KeySpec) -> None:
        if spec.type in (
            ValueType.ID_LIST,
            ValueType.TEXT_LIST,
            ValueType.CHOICE_LIST,
            ValueType.RECORDS,
        ) and isinstance(node, Scalar):
            if spec.type is ValueType.RECORDS:
                self.problem(
                    node,
                    "invalid-type",
                    "scalar_for_records",
                    key=spec.name,
                    value=node.text.strip(),
                    first=_first_key(spec),
                )
                return
            self.problem(
                node, "invalid-type", "scalar_for_list", key=spec.name, value=node.text.strip()
            )
            return
        self.problem(
            node,
            "invalid-type",
            "wrong_type",
            key=spec.name,
            expected=Label("kind", spec.type.value),
            found=Label("found", describe(node)),
            allowed=Choices(spec.vocabulary.name, spec.choices) if spec.vocabulary else "",
        )

    def unknown_key(self, key: Scalar, known: list[str], what: Label | KeyPath | str) -> None:
        name = key.text
        suggestion = GERMAN_KEYS.get(name.lower())
        if suggestion not in known:
            suggestion = closest(name, known)
        self.problem(
            key,
            "unknown-key",
            "unknown_key",
            key=convert.printable(name),
            what=what if isinstance(what, Label | KeyPath) else Label("entity", what),
            suggestion=suggestion or "",
            invisible=_invisible_characters(name),
            known=() if suggestion else tuple(known),
        )


def _first_key(spec: KeySpec) -> str:
    """The key an example entry of a list starts with: its first required key, else its first
    (`- date: …` for updates, which have no title)."""
    required = [field.name for field in spec.fields if field.required]
    return (required or [field.name for field in spec.fields] or ["title"])[0]


def _entry_at(prefix: str) -> KeyPath | None:
    """The entry of a list a key stands in (`milestones.1.` → milestones.1), if any."""
    parts = prefix.rstrip(".").split(".")
    numbered = [i for i, part in enumerate(parts) if part.isdigit()]
    return KeyPath(".".join(parts[: numbered[-1] + 1])) if numbered else None


def _written_id(mapping: Mapping) -> str | None:
    for key, value in mapping.items:
        if key.text == "id" and isinstance(value, Scalar) and is_valid_id(value.text.strip()):
            return value.text.strip()
    return None


def _complete(spec: KeySpec, values: dict[str, Any]) -> bool:
    """Whether a record has its required keys (and one of ``requires_any``) with valid values."""
    if any(f.required and f.name not in values for f in spec.fields):
        return False
    return not spec.requires_any or any(name in values for name in spec.requires_any)


def _found(node: Node) -> Label:
    return Label("found", "nothing" if _is_null(node) else describe(node))


def _is_null(node: Node) -> bool:
    return isinstance(node, Scalar) and node.is_null


def _invisible_characters(text: str) -> tuple[str, ...]:
    return tuple(
        f"U+{ord(char):04X}" for char in text if not char.isprintable() or char in "\u200b\ufeff"
    )


def problem_at(position: Position, rule: str, message_key: str, **args: Any) -> Problem:
    return Problem(position, Severity.ERROR, rule, Message.of(message_key, **args))
