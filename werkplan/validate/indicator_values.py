"""An indicator's `values_file`: its rows become values like the inline ones, each with the
CSV file and line as its position."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from werkplan.load.values_file import CompanionReader, Row, german_number, read_values_file
from werkplan.model import SeriesPoint
from werkplan.problems import Message, Position, Problem, Severity
from werkplan.validate import values as convert
from werkplan.validate.context import FileContext
from werkplan.validate.ids import is_valid_id


def add_file_values(
    context: FileContext,
    values: dict[str, Any],
    where: dict[str, Position],
    read_companion: CompanionReader | None,
) -> None:
    if read_companion is None:
        return
    relative = str(values["values_file"]).strip()
    if not relative or PurePath(relative).is_absolute() or "\x00" in relative:
        context.problem(
            where["values_file"], "invalid-values-file", "values_file_path", value=relative
        )
        return
    shown = PurePath(context.path).parent / relative
    companion = read_companion(shown)
    if companion.folder:
        context.problem(
            where["values_file"], "invalid-values-file", "values_file_folder", value=relative
        )
        return
    found = read_values_file(companion)
    context.problems.extend(found.problems)
    points = list(values.get("values", ()))
    for row in found.rows:
        point = _point(row, context.problems)
        if point is not None:
            where[f"values.{len(points)}"] = row.position
            points.append(point)
    values["values"] = tuple(points)


def _point(row: Row, problems: list[Problem]) -> SeriesPoint | None:
    date = convert.time_frame(row.date)
    number = convert.number(german_number(row.value))
    region = row.region
    for result, key in ((date, "date"), (number, "value")):
        if isinstance(result, convert.Issue):
            problems.append(_problem(row.position, result, key))
            return None
    if region is not None and not is_valid_id(region):
        problems.append(
            Problem(
                row.position,
                Severity.ERROR,
                "invalid-id",
                Message.of("invalid_id", value=region, actor_hint=""),
            )
        )
        return None
    assert not isinstance(date, convert.Issue)
    return SeriesPoint(date=date, value=number, region=region, note=row.note)


def _problem(position: Position, issue: convert.Issue, key: str) -> Problem:
    return Problem(
        position, Severity.ERROR, issue.rule, Message.of(issue.message, key=key, **issue.args)
    )
