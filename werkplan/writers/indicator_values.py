"""Writing indicator values: into the `values:` of an indicator in its YAML file, or as rows of
its values file (CSV).

YAML goes through ruamel.yaml's round trip like every edit (comments and layout stay; a new
value takes the style of the values before it, `- {date: 2025, value: 7}` by default) and is
checked to differ from the old data by exactly the new and replaced values. A values file
keeps its delimiter, its header, its BOM and line endings, and every line that does not
change: a new value is one more line at the end, a replaced value rewrites its own line.
"""

from __future__ import annotations

import csv
import io
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from werkplan import schema, timeframes
from werkplan.load.values_file import COLUMNS as FILE_COLUMNS
from werkplan.model import Indicator, SeriesPoint
from werkplan.problems import Message
from werkplan.timeframes import TimeFrame
from werkplan.writers.edit import Edited, edit_text, time_frame_value
from werkplan.writers.line_endings import TextStyle, plain

if TYPE_CHECKING:
    from werkplan.writers.plan_change import PlanChange


@dataclass
class ValueEdits:
    """What changes in one indicator's values: new ones, and existing ones with a new value."""

    added: list[SeriesPoint] = field(default_factory=list)
    replaced: list[SeriesPoint] = field(default_factory=list)


def same_place(point: SeriesPoint, date: TimeFrame | None, region: str | None) -> bool:
    """The same date (as a period) and the same region: what makes two values one."""
    return (
        point.date is not None
        and date is not None
        and (point.date.first, point.date.last) == (date.first, date.last)
        and point.region == region
    )


# --- YAML ------------------------------------------------------------------------------------


def _value_keys() -> tuple[str, ...]:
    spec = schema.INDICATORS.field("values")
    assert spec is not None  # the format defines indicator values
    return tuple(field.name for field in spec.fields)


_VALUE_KEYS = _value_keys()


def edit_yaml_values(text: str, path: PurePath, edits: Mapping[str, ValueEdits]) -> Edited:
    def change(data: CommentedMap) -> None:
        for entry in data.get("indicators") or []:
            if isinstance(entry, CommentedMap) and str(entry.get("id")) in edits:
                _change_entry(entry, edits[str(entry.get("id"))])

    def expected(old: Any, new: Any) -> bool:
        return _rest(old, edits) == _rest(new, edits) and all(
            _values_as_expected(_values_of(old, i), _values_of(new, i), e) for i, e in edits.items()
        )

    return edit_text(text, path, change, expected)


def _change_entry(entry: CommentedMap, edits: ValueEdits) -> None:
    values = entry.get("values")
    if not isinstance(values, CommentedSeq):
        values = CommentedSeq()
        _insert_key(entry, "values", values)
    for point in edits.replaced:
        for item in values:
            if isinstance(item, CommentedMap) and _item_matches(item, point):
                item["value"] = point.value
    flow = not values or _is_flow(values[-1])
    for point in edits.added:
        item = _new_item(point)
        if flow:
            item.fa.set_flow_style()
        values.append(item)


def _new_item(point: SeriesPoint) -> CommentedMap:
    """A value entry with its keys in the order the format defines, the order `fmt` keeps."""
    assert point.date is not None
    written: dict[str, Any] = {
        "date": time_frame_value(point.date),
        "value": point.value,
        "region": point.region or None,
        "note": point.note or None,
    }
    item = CommentedMap()
    for name in _VALUE_KEYS:
        if written.get(name) is not None:
            item[name] = written[name]
    return item


def _insert_key(entry: CommentedMap, key: str, value: Any) -> None:
    """A new key where the format documents it, so `fmt` would leave it there."""
    order = [f.name for f in schema.INDICATORS.fields]
    later = [k for k in entry if k in order and order.index(k) > order.index(key)]
    entry.insert(list(entry).index(later[0]) if later else len(entry), key, value)


def _is_flow(item: Any) -> bool:
    return isinstance(item, CommentedMap) and bool(item.fa.flow_style())


def _item_matches(item: CommentedMap, point: SeriesPoint) -> bool:
    date = timeframes.parse(str(item.get("date", "")))
    region = item.get("region")
    return same_place(point, date, str(region) if region is not None else None)


def _rest(data: Any, edits: Mapping[str, ValueEdits]) -> Any:
    """The plain data with the edited indicators' values taken out."""
    indicators = []
    for entry in (data or {}).get("indicators") or []:
        if isinstance(entry, dict) and (entry.get("id") or ("",))[0] in edits:
            entry = {k: v for k, v in entry.items() if k != "values"}
        indicators.append(entry)
    return {**(data or {}), "indicators": indicators}


def _values_of(data: Any, indicator_id: str) -> list[Any]:
    for entry in (data or {}).get("indicators") or []:
        if isinstance(entry, dict) and (entry.get("id") or ("",))[0] == indicator_id:
            values = entry.get("values")
            return values if isinstance(values, list) else []
    return []


def _values_as_expected(old: list[Any], new: list[Any], edits: ValueEdits) -> bool:
    """The old values in their places (a replaced one with only its value changed), then
    exactly the added ones."""
    if len(new) != len(old) + len(edits.added):
        return False
    for before, after in zip(old, new, strict=False):
        if before == after:
            continue
        if not (isinstance(before, dict) and isinstance(after, dict)):
            return False
        if {k: v for k, v in before.items() if k != "value"} != {
            k: v for k, v in after.items() if k != "value"
        }:
            return False
    return True


# --- values file (CSV) -----------------------------------------------------------------------


def edit_values_file(data: bytes, edits: ValueEdits) -> bytes | Message:
    """The values file with the edits: new values as lines at the end, replaced values in
    their own lines; everything else as it was."""
    style = TextStyle.of(data)
    try:
        text = plain(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return Message.of("values_file_encoding")
    lines = text.split("\n")
    header = lines[0] if lines else ""
    delimiter = ";" if header.count(";") >= header.count(",") else ","
    columns = [
        FILE_COLUMNS.get(c.strip().lstrip("\ufeff").casefold()) for c in _split(header, delimiter)
    ]
    if "date" not in columns or "value" not in columns:
        return Message.of("values_file_no_header", found=header)
    comma = _decimal_comma(text, delimiter, columns)
    records = list(_records(lines, delimiter))
    for point in edits.replaced:
        for start, end, cells in records:
            named = _named(columns, cells)
            date = timeframes.parse(named.get("date", ""))
            if same_place(point, date, named.get("region") or None):
                cells = _with(columns, cells, "value", _number(point.value, comma))
                lines[start : end + 1] = [_line(cells, delimiter)]
                break
    added = []
    for point in edits.added:
        missing = [
            k for k, v in (("region", point.region), ("note", point.note)) if v and k not in columns
        ]
        if missing:
            return Message.of("values_file_no_column", column=missing[0])
        assert point.date is not None
        values = {
            "date": str(point.date),
            "value": _number(point.value, comma),
            "region": point.region or "",
            "note": point.note or "",
        }
        added.append(_line([values.get(c, "") if c else "" for c in columns], delimiter))
    while lines and lines[-1] == "":
        lines.pop()  # the file's last line break, written again below
    return style.encode("\n".join([*lines, *added]) + "\n")


def _split(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter), [])


def _records(lines: list[str], delimiter: str) -> Iterator[tuple[int, int, list[str]]]:
    """(first line, last line, cells) of every record below the header; a quoted value may
    span lines."""
    consumed = 0

    def feed() -> Iterator[str]:
        nonlocal consumed
        for line in lines[1:]:
            consumed += 1
            yield line + "\n"

    reader = csv.reader(feed(), delimiter=delimiter)
    start = 1
    for cells in reader:
        end = consumed  # the index in `lines` of the record's last line
        if any(c.strip() for c in cells):
            yield start, end, cells
        start = end + 1


def _named(columns: list[str | None], cells: list[str]) -> dict[str, str]:
    return {c: v.strip() for c, v in zip(columns, cells, strict=False) if c}


def _with(columns: list[str | None], cells: list[str], key: str, value: str) -> list[str]:
    cells = cells + [""] * (len(columns) - len(cells))
    return [value if c == key else cell for c, cell in zip(columns, cells, strict=False)]


def _line(cells: list[str], delimiter: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="").writerow(cells)
    return buffer.getvalue()


def _decimal_comma(text: str, delimiter: str, columns: list[str | None]) -> bool:
    """Decimals as the file writes them; in a file that shows none, a comma where `;`
    separates the columns (German Excel reads `8.5` there as the 8th of May), else a point."""
    if delimiter != ";":
        return False
    for _, _, cells in _records(text.split("\n"), delimiter):
        written = _named(columns, cells).get("value", "")
        if "," in written:
            return True
        if "." in written:
            return False
    return True


def _number(value: float | None, comma: bool) -> str:
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    return text.replace(".", ",") if comma else text


# --- one change over the plan ----------------------------------------------------------------


def apply_values(
    change: PlanChange, edits: Iterable[tuple[Indicator, SeriesPoint, int | None]]
) -> tuple[PurePath, Message] | None:
    """Put values into a plan change: (indicator, the value, the index of the value it
    replaces or None). A new value goes into the values file where the indicator has one,
    else into its YAML; a replaced value stays where it was written. Returns the file and
    the reason where an edit cannot be made."""
    in_yaml: dict[PurePath, dict[str, ValueEdits]] = defaultdict(dict)
    in_files: dict[PurePath, ValueEdits] = defaultdict(ValueEdits)
    for indicator, point, old_index in edits:
        home = indicator.origin.path
        if old_index is not None:
            where = indicator.at(f"values.{old_index}").path
            target = in_files[where] if where != home else _edits(in_yaml[home], indicator.id)
            target.replaced.append(point)
        elif indicator.values_file:
            in_files[PurePath(os.path.normpath(home.parent / indicator.values_file))].added.append(
                point
            )
        else:
            _edits(in_yaml[home], indicator.id).added.append(point)
    for path, by_indicator in in_yaml.items():
        reason = change.edit(path, _yaml_edit(path, by_indicator))
        if reason is not None:
            return path, reason
    for path, file_edits in in_files.items():
        reason = change.edit_companion(path, _file_edit(file_edits))
        if reason is not None:
            return path, reason
    return None


def _edits(by_indicator: dict[str, ValueEdits], indicator_id: str) -> ValueEdits:
    return by_indicator.setdefault(indicator_id, ValueEdits())


def _yaml_edit(path: PurePath, edits: dict[str, ValueEdits]) -> Callable[[str], Edited]:
    return lambda text: edit_yaml_values(text, path, edits)


def _file_edit(edits: ValueEdits) -> Callable[[bytes], bytes | Message]:
    return lambda data: edit_values_file(data, edits)
