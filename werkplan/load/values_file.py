"""An indicator's values file: CSV with the columns date;value and optionally region;note.

Statistics arrive as tables, so an indicator may keep its series beside the YAML
(``values_file: kennzahlen/k-treff.csv``). UTF-8 (with or without BOM), `;` or `,` between
columns, German decimal commas accepted, one value per row. Every problem names the CSV file
and line, like a YAML problem.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from werkplan.load.files import MAX_FILE_BYTES, FoundFile, read_companion_file
from werkplan.problems import Message, Position, Problem, Severity

MAX_ROWS = 100_000
COLUMNS = {
    "date": "date",
    "datum": "date",
    "zeitpunkt": "date",
    "jahr": "date",
    "year": "date",
    "value": "value",
    "wert": "value",
    "region": "region",
    "planungsregion": "region",
    "note": "note",
    "anmerkung": "note",
    "notiz": "note",
    "hinweis": "note",
}

CompanionReader = Callable[[PurePath], FoundFile]


@dataclass(frozen=True)
class Row:
    position: Position
    date: str
    value: str
    region: str | None
    note: str | None


@dataclass
class ValuesFile:
    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def disk_reader(plan_dir: Path) -> CompanionReader:
    """Reads companion files from disk, only inside the plan directory."""
    return lambda shown: read_companion_file(plan_dir, shown)


def read_values_file(found: FoundFile) -> ValuesFile:
    result = ValuesFile()
    if found.problem is not None or found.data is None:
        if found.problem is not None:
            result.problems.append(found.problem)
        return result
    data = found.data[3:] if found.data.startswith(b"\xef\xbb\xbf") else found.data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        result.problems.append(_problem(found.shown, 1, "values_file_encoding"))
        return result
    _read_rows(text, found.shown, result)
    return result


def _read_rows(text: str, shown: PurePath, result: ValuesFile) -> None:
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        result.problems.append(_problem(shown, 1, "values_file_no_header"))
        return
    delimiter = ";" if lines[0].count(";") >= lines[0].count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [cell.strip().lstrip("\ufeff").casefold() for cell in next(reader, [])]
    columns = [COLUMNS.get(cell) for cell in header]
    if "date" not in columns or "value" not in columns:
        result.problems.append(_problem(shown, 1, "values_file_no_header", found=";".join(header)))
        return
    for row in reader:
        line = reader.line_num
        if line > MAX_ROWS + 1:
            result.problems.append(_problem(shown, line, "values_file_too_long", limit=MAX_ROWS))
            return
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            result.problems.append(_cells_problem(shown, line, row, header, delimiter))
            continue
        cells = {name: cell.strip() for name, cell in zip(columns, row, strict=False) if name}
        result.rows.append(
            Row(
                Position(shown, line, 1),
                cells.get("date", ""),
                cells.get("value", ""),
                cells.get("region") or None,
                cells.get("note") or None,
            )
        )


def german_number(text: str, delimiter_is_comma: bool = False) -> str:
    """'7,5' → '7.5' (a decimal comma); thousands points stay for the number check to name."""
    if "," in text and "." not in text and not delimiter_is_comma:
        return text.replace(",", ".")
    return text


def _cells_problem(
    shown: PurePath, line: int, row: list[str], header: list[str], delimiter: str
) -> Problem:
    """A row with more or fewer cells than the header: the cells cannot be matched to their
    columns safely (`2026,4,5` under `date,value` is a decimal comma, not a value of 4)."""
    key = "values_file_extra_cells" if len(row) > len(header) else "values_file_missing_cells"
    return _problem(
        shown,
        line,
        key,
        cells=len(row),
        columns=len(header),
        header=delimiter.join(header),
        delimiter=delimiter,
        comma="yes" if delimiter == "," else "",
    )


def _problem(shown: PurePath, line: int, key: str, **args: str | int) -> Problem:
    return Problem(
        Position(shown, line, 1), Severity.ERROR, "invalid-values-file", Message.of(key, **args)
    )


__all__ = ["MAX_FILE_BYTES", "CompanionReader", "ValuesFile", "disk_reader", "read_values_file"]
