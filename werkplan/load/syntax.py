"""YAML syntax errors as a person would explain them: the line with the mistake, and a fix.

libyaml reports where reading failed, which is often not where the mistake is: a key without
its colon is noticed on the next line, an over-indented key at its colon, an unclosed quote
where a later quote happens to close it. Its words ("did not find expected key") are English
and describe the parser, not the file. So the error is read together with the lines around
it, and each known shape of mistake gets a message of its own with a corrected line
(``fix``: the whole line as it should read, without its indentation) where one can be given.
What is not recognised keeps a general message; libyaml's words appear in the English text
only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ruamel.yaml.error import MarkedYAMLError

from werkplan import schema
from werkplan.problems import Message

# German, English and French quotation marks, by code point: they look like commas and accents
TYPOGRAPHIC_QUOTES = "\u201e\u201c\u201d\u201a\u2018\u2019\u00ab\u00bb\u2039\u203a"
_KEY = re.compile(r"[^\s:#\"'\[\]{},&*!|>%@`][^\s:#]*")  # a plain key as people write one
_ITEM = re.compile(r"(\s*)(-\s+)?")  # indentation and a list item's dash
# Characters that mean something to YAML at the start of a value (YAML 1.2, c-indicator).
_INDICATORS = "@`%*&|>?-"


def _known_keys() -> frozenset[str]:
    keys = {section.key for section in schema.SECTIONS}
    pending = [spec for section in schema.SECTIONS for spec in section.fields]
    while pending:
        spec = pending.pop()
        keys.add(spec.name)
        pending.extend(spec.fields)
    return frozenset(keys)


KNOWN_KEYS = _known_keys()


@dataclass(frozen=True)
class Explained:
    line: int  # 1-based, the line with the mistake
    column: int
    message: Message


@dataclass(frozen=True)
class _Row:
    """One line of the file, split the way a person reads it."""

    number: int
    text: str

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" "))

    @property
    def item(self) -> str:
        """The indentation and the `- ` of a list item, if any."""
        match = _ITEM.match(self.text)
        return match.group(0) if match else ""

    @property
    def body(self) -> str:
        """The line after its indentation and list dash."""
        return self.text[len(self.item) :].rstrip()

    @property
    def key_column(self) -> int:
        """0-based column where the line's key (or content) starts."""
        return len(self.item)

    @property
    def is_content(self) -> bool:
        stripped = self.text.strip()
        return bool(stripped) and not stripped.startswith("#")

    def split(self) -> _Pair | None:
        """Key and value of a `key: value` line."""
        key, colon, value = self.body.partition(": ")
        if not colon and self.body.endswith(":"):
            key, colon, value = self.body[:-1], ":", ""
        if not colon or not _KEY.fullmatch(key):
            return None
        start = len(self.item) + len(key) + 2
        start += len(self.text[start:]) - len(self.text[start:].lstrip(" "))
        return _Pair(key, value.strip(), start + 1)

    def fixed(self, key: str, value: str) -> str:
        """This line with a new value, as the fix a message shows (without indentation)."""
        return f"{self.item.lstrip()}{key}: {value}"


@dataclass(frozen=True)
class _Pair:
    key: str
    value: str
    column: int  # 1-based, where the value starts


def explain(error: MarkedYAMLError, text: str) -> Explained:
    rows = [_Row(number, line) for number, line in enumerate(text.split("\n"), start=1)]
    problem = (error.problem or "").replace("\n", " ")
    words = f"{error.context or ''} {problem}"  # libyaml's and the pure parser's wording
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    context = error.context_mark
    at_context = (context.line + 1, context.column + 1) if context is not None else (line, column)
    if _char(rows, line, column) == "\t" or "tab" in words or "'\\t'" in words:
        return Explained(line, column, Message.of("yaml_tab"))
    for reader in _READERS:
        try:
            found = reader(words, rows, (line, column), at_context)
        except (IndexError, ValueError):  # a shape no reader foresaw: the general message
            found = None
        if found is not None:
            return found
    return Explained(line, column, Message.of(_fallback_key(words), detail=problem))


def quoted(text: str) -> str:
    """The text as one YAML scalar in straight quotes, readable back exactly as it is."""
    if '"' not in text and "\\" not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


Where = tuple[int, int]


def _missing_colon(problem: str, rows: list[_Row], _at: Where, context: Where) -> Explained | None:
    """`due 2027-06-30`: libyaml notices it on the next line, the mistake is on this one."""
    if "could not find expected ':'" not in problem:
        return None
    return _key_without_colon(rows, _row(rows, context[0]))


def _key_without_colon(rows: list[_Row], row: _Row) -> Explained:
    word, _, rest = row.body.partition(" ")
    column = row.key_column + 1
    if ":" in word and not word.endswith(":"):  # `title:Foo`
        key, _, value = word.partition(":")
        fix = f"{row.item.lstrip()}{key}: {value}{' ' + rest if rest else ''}"
        return Explained(row.number, column, Message.of("yaml_colon_space", fix=fix))
    fix = row.fixed(word, rest).rstrip()
    owner = None if word in KNOWN_KEYS else _key_above(rows, row)
    if owner is None:
        return Explained(row.number, column, Message.of("yaml_missing_colon", key=word, fix=fix))
    # Not a key werkplan knows: more likely the text of the key above, not indented enough.
    message = Message.of(
        "yaml_line_without_colon",
        above=owner.key,
        spaces=owner.indent + 2,
        word=word,
        fix=fix,
    )
    return Explained(row.number, column, message)


def _key_above(rows: list[_Row], row: _Row) -> _KeyAt | None:
    """The key on the line above when it has a text that this line could continue."""
    above = _content_above(rows, row.number)
    pair = above.split() if above is not None else None
    if above is None or pair is None or not pair.value:
        return None
    return _KeyAt(pair.key, above.key_column)


@dataclass(frozen=True)
class _KeyAt:
    key: str
    indent: int  # 0-based column of the key


def _colon(problem: str, rows: list[_Row], at: Where, _context: Where) -> Explained | None:
    """A colon where YAML expects none: after a line without colon, under an over-indented
    key, or inside a text that needs quotes."""
    if "mapping values are not allowed" not in problem:
        return None
    row = _row(rows, at[0])
    before = row.text[: at[1] - 1]
    if ": " not in before[len(row.item) :] and _KEY.fullmatch(before[len(row.item) :].strip()):
        return _key_in_the_wrong_place(rows, row)
    return _colon_in_text(rows, row)


def _key_in_the_wrong_place(rows: list[_Row], row: _Row) -> Explained:
    above = _content_above(rows, row.number)
    if above is None:
        return Explained(row.number, row.indent + 1, _colon_message())
    if above.body.startswith("-"):  # `-id: X-1`: without its space the dash joins the key
        fix = "- " + above.body[1:].lstrip()
        return Explained(above.number, above.indent + 1, Message.of("yaml_dash_space", fix=fix))
    sibling = above.split()
    if sibling is None and ":" not in above.body:
        return _key_without_colon(rows, above)
    message = Message.of(
        "yaml_over_indented",
        key=row.body.split(":", 1)[0],
        sibling=sibling.key if sibling else above.body,
        sibling_line=above.number,
        spaces=above.key_column,
    )
    return Explained(row.number, row.indent + 1, message)


def _colon_in_text(rows: list[_Row], row: _Row) -> Explained:
    pair = row.split()
    if pair is None or pair.value[:1] in "[{":
        # a text continued from the lines above, or a bracket: quoting this line is no fix
        return Explained(row.number, row.indent + 1, _colon_message(_typographic(row.body)))
    message = _colon_message(_typographic(pair.value), row.fixed(pair.key, quoted(pair.value)))
    return Explained(row.number, pair.column, message)


def _colon_message(typographic: str = "", fix: str = "") -> Message:
    return Message.of("yaml_colon", typographic=typographic, fix=fix)


def _typographic(text: str) -> str:
    """The typographic quotes in a text: people take them for quotes, YAML does not."""
    return "".join(dict.fromkeys(char for char in text if char in TYPOGRAPHIC_QUOTES))


def _block_structure(problem: str, rows: list[_Row], at: Where, _ctx: Where) -> Explained | None:
    """libyaml found something where it expected the next key or list item."""
    wanted = ("did not find expected key", "did not find expected '-'", "expected <block end>")
    if not any(fragment in problem for fragment in wanted):
        return None
    row = _row(rows, at[0])
    before = row.text[: at[1] - 1]
    if before.strip():
        return _text_after_closing(rows, row, before)
    if row.body.startswith(":"):
        return Explained(row.number, row.indent + 1, Message.of("yaml_empty_key"))
    return _indentation(rows, row)


def _text_after_closing(rows: list[_Row], row: _Row, before: str) -> Explained | None:
    """`title: "Sprechtage" im Amt`, `title: [Entwurf] Dorfladen`: text after the end."""
    closing = before.rstrip()[-1]
    if closing not in "\"']}":  # an alias `*neu*` read by the pure parser, say
        return _value_with_indicator(rows, [row.number])
    if closing in "\"'" and before.count(closing) % 2 == 1:
        return _unclosed_quote_above(rows, row.number, closing)
    pair = row.split()
    if pair is None:
        return None
    value = pair.value
    if closing in "\"'" and len(value) > 1 and value[0] == value[-1] == closing:
        value = value[1:-1]  # `'Kreis'sche Sache'`: the text meant is inside the quotes
    fix = row.fixed(pair.key, quoted(value))
    message_key = "yaml_text_after_quote" if closing in "\"'" else "yaml_text_after_bracket"
    return Explained(row.number, pair.column, Message.of(message_key, closing=closing, fix=fix))


def _unclosed_quote_above(rows: list[_Row], number: int, quote: str) -> Explained | None:
    """The quote that closes here opened on an earlier line and was never closed there."""
    for above in range(number - 1, 0, -1):
        row = _row(rows, above)
        if row.text.count(quote) % 2 == 1:
            column = row.text.index(quote) + 1
            return Explained(above, column, Message.of("yaml_unclosed_quote", quote=quote))
    return None


def _indentation(rows: list[_Row], row: _Row) -> Explained:
    """A line indented to no level above: suggest the nearest one, with a line that has it."""
    levels: dict[int, int] = {}  # indentation → the nearest line above that has it
    for above in range(row.number - 1, 0, -1):
        other = _row(rows, above)
        if other.is_content:
            levels.setdefault(other.indent, above)
            levels.setdefault(other.key_column, above)
    if row.item.strip():  # a list item: the levels of the list items above
        items = [_row(rows, number) for number in levels.values()]
        levels = {item.indent: item.number for item in items if item.item.strip()} or levels
    candidates = sorted(levels, key=lambda level: (abs(level - row.indent), -level))
    expected = next((level for level in candidates if level != row.indent), row.indent)
    message = Message.of(
        "yaml_indentation",
        spaces=row.indent,
        expected=expected,
        example_line=levels.get(expected, row.number),
    )
    return Explained(row.number, row.indent + 1, message)


def _unclosed(problem: str, rows: list[_Row], at: Where, context: Where) -> Explained | None:
    """The file ends inside a quote or bracket: name where it opened."""
    if "end of stream" not in problem:
        return None
    opening = _char(rows, *context) or '"'
    if opening in "[{":
        return _flow(rows, context, opening)
    return Explained(*context, Message.of("yaml_unclosed_quote", quote=opening))


def _flow_problem(problem: str, rows: list[_Row], _at: Where, context: Where) -> Explained | None:
    if "expected ',' or" not in problem:
        return None
    return _flow(rows, context, _char(rows, *context) or "[")


def _flow(rows: list[_Row], context: Where, opening: str) -> Explained:
    closing = "]" if opening == "[" else "}"
    row = _row(rows, context[0])
    closes_here = "#" not in row.body and not row.body.endswith(("[", "{", ","))
    fix = row.item.lstrip() + row.body + closing if closes_here else ""
    message = Message.of("yaml_flow", opening=opening, closing=closing, fix=fix)
    return Explained(context[0], context[1], message)


def _indicator(problem: str, rows: list[_Row], at: Where, context: Where) -> Explained | None:
    """`title: @Kreis`, `title: *wichtig* …`, `title: - Foo`: a value that starts with a
    character YAML reads as syntax."""
    if not any(fragment in problem for fragment in _INDICATOR_PROBLEMS):
        return None
    return _value_with_indicator(rows, sorted({at[0], context[0]}))


def _value_with_indicator(rows: list[_Row], lines: list[int]) -> Explained | None:
    for line in lines:
        row = _row(rows, line)
        pair = row.split()
        if pair is None or not pair.value or pair.value[0] not in _INDICATORS:
            continue
        fix = row.fixed(pair.key, quoted(pair.value))
        message = Message.of("yaml_indicator", char=pair.value[0], fix=fix)
        return Explained(line, pair.column, message)
    return None


# What libyaml and the pure parser say about a value that starts with an indicator.
_INDICATOR_PROBLEMS = (
    "cannot start any token",
    "scanning an alias",
    "scanning an anchor",
    "scanning a block scalar",
    "mapping keys are not allowed",
    "block sequence entries are not allowed",
)


def _fallback_key(problem: str) -> str:
    if "undefined tag handle" in problem:
        return "yaml_tag_handle"
    if "incompatible YAML document" in problem or "YAML version" in problem:
        return "yaml_version"
    return "yaml_unreadable"


_READERS = (_indicator, _missing_colon, _colon, _block_structure, _unclosed, _flow_problem)


def _row(rows: list[_Row], number: int) -> _Row:
    return rows[number - 1] if 0 < number <= len(rows) else _Row(number, "")


def _char(rows: list[_Row], line: int, column: int) -> str:
    text = _row(rows, line).text
    return text[column - 1] if 0 < column <= len(text) else ""


def _content_above(rows: list[_Row], number: int) -> _Row | None:
    for above in range(number - 1, 0, -1):
        if _row(rows, above).is_content:
            return _row(rows, above)
    return None
