"""The tables of `werkplan list`: measures and indicators, fitted to the terminal.

A table fits 80 columns and up: the title gives way first, then owner, then a horizon's
deadline shortens to its year ('bis 2027'), then status; every other cell keeps its width, so
an id, a date, the sorted-by value or a verdict is never cut. When that is not yet enough,
the same columns give way further, their headers too (`Verantw…`), rather than leave rich to
cut any column.
Overdue rows carry a ⚠ and verdicts a sign, so nothing depends on colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.table import Table
from rich.text import Text

from werkplan import findings, i18n
from werkplan.cli.display import (
    NONE,
    amount,
    attribute_text,
    cell,
    deadline_text,
    owners_text,
    percent,
    point_text,
    status_label,
    verdict_text,
)
from werkplan.findings.costs import total_cost
from werkplan.findings.indicators import assess, indicator_verdict
from werkplan.model import Indicator, Measure, Plan
from werkplan.query import SortKey, headline
from werkplan.safe_text import terminal_prose

GAP = 2  # rich's padding between columns
TITLE_MIN = 12
SQUEEZED_MIN = 5  # "Verw…": a column that gave way as far as it can


@dataclass(frozen=True)
class Column:
    """A column added for what the list is sorted by: costs, progress or an attribute."""

    header: str
    text: Callable[[Measure], str]


def sort_column(plan: Plan, sort: str, lang: str) -> Column | None:
    if sort == SortKey.COSTS:
        return Column(i18n.text("report.costs", lang), lambda m: amount(total_cost(m), lang))
    if sort == SortKey.PROGRESS:
        return Column(
            i18n.text("ind_progress", lang),
            lambda m: percent(findings.progress(m, plan), lang),
        )
    definition = plan.attribute_definition(sort)
    if definition is None or sort in tuple(SortKey):
        return None

    def value(measure: Measure) -> str:
        found = measure.attribute(definition.id)
        return NONE if found is None else attribute_text(definition, found, lang)

    return Column(definition.label.get(lang) or definition.id, value)


def measure_table(
    plan: Plan,
    measures: list[Measure],
    today: dt.date,
    lang: str,
    width: int,
    extra: Column | None = None,
) -> Table:
    headers = [i18n.text(key, lang) for key in ("col_id", "measure", "owner", "due", "status")]
    if extra is not None:
        headers.append(extra.header)
    late_rows = [findings.is_overdue(measure, plan, today) for measure in measures]
    # The title gives way first, then owner; then a horizon's deadline ('mittelfristig
    # (bis 2027)') shortens to its year ('bis 2027'), and last the status gives way.
    shrink = ((1, TITLE_MIN), (2, 8), (4, 8))
    rows = _measure_rows(plan, measures, late_rows, lang, extra, short=False)
    if not _fits(headers, rows, width, shrink[:2]):
        rows = _measure_rows(plan, measures, late_rows, lang, extra, short=True)
    widths = fit(headers, rows, width, shrink)
    grid = _grid(headers, right=(5,) if extra else (), widths=widths)
    for row, late in zip(rows, late_rows, strict=True):
        grid.add_row(*_cells(row, widths), style="bold red" if late else None)
    grid.caption = i18n.count(len(measures), "measure", lang) + (
        " · ⚠ " + i18n.text("overdue_marker", lang) if any(late_rows) else ""
    )
    return grid


def _measure_rows(
    plan: Plan,
    measures: list[Measure],
    late_rows: list[bool],
    lang: str,
    extra: Column | None,
    short: bool,
) -> list[list[str]]:
    rows: list[list[str]] = []
    for measure, late in zip(measures, late_rows, strict=True):
        due = deadline_text(measure, plan, lang, short=short)
        row = [
            measure.id,
            measure.display_title,
            owners_text(measure),
            f"⚠ {due}" if late else f"  {due}",
            status_label(measure, plan, lang),
        ]
        if extra is not None:
            row.append(extra.text(measure))
        rows.append([terminal_prose(text) for text in row])
    return rows


def indicator_table(
    plan: Plan, indicators: list[Indicator], today: dt.date, lang: str, width: int
) -> Table:
    keys = ("ind_latest", "ind_next_target", "ind_progress", "show.verdict")
    headers = [
        i18n.text("col_id", lang),
        i18n.label("entity", "indicator", lang),
        *(i18n.text(key, lang) for key in keys),
    ]
    rows: list[list[str]] = []
    verdicts: list[Text] = []
    for indicator in indicators:
        state = headline(indicator, today)
        if state is None:  # values per region only: no one number stands for them
            regions = len(assess(indicator, today)) - 1
            latest = i18n.text("list.per_region", lang, n=regions)
            target, progress = NONE, NONE
        else:
            latest = point_text(state.latest, indicator, lang)
            target = point_text(state.next_target, indicator, lang)
            progress = percent(state.progress, lang)
        row = [indicator.id, indicator.title, latest, target, progress]
        rows.append([terminal_prose(text) for text in row])
        verdicts.append(verdict_text(indicator_verdict(indicator, today), plan, lang))
    widest_verdict = max((len(v.plain) for v in verdicts), default=0)
    columns = [[*row, "x" * widest_verdict] for row in rows]
    widths = fit(headers, columns, width, shrink=((1, TITLE_MIN),))
    grid = _grid(headers, right=(4,), widths=widths)
    for row, verdict in zip(rows, verdicts, strict=True):
        grid.add_row(*_cells(row, widths[:-1]), verdict)
    grid.caption = i18n.text("list.count_indicators", lang, n=len(indicators))
    return grid


def _fits(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    shrink: Sequence[tuple[int, int]],
) -> bool:
    """Whether the columns fit when those in ``shrink`` give way down to their minimum and
    header only (the first pass of ``fit``)."""
    widths = _natural_widths(headers, rows)
    room = sum(widths) + GAP * (len(widths) - 1) - width
    give = sum(max(0, widths[i] - max(minimum, len(headers[i]))) for i, minimum in shrink)
    return room <= give


def fit(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    shrink: Sequence[tuple[int, int]],
) -> list[int]:
    """Column widths that fit ``width``: the columns in ``shrink`` give way in that order,
    each down to its minimum."""
    widths = _natural_widths(headers, rows)
    excess = sum(widths) + GAP * (len(widths) - 1) - width
    # First down to each column's minimum and its header; if the other columns still leave
    # too little room, further, header cut too (_grid), so the columns that must stay whole
    # (id, dates, the sorted-by value) do.
    for squeezed in (False, True):
        for index, minimum in shrink:
            if excess <= 0:
                return widths
            floor = min(minimum, SQUEEZED_MIN) if squeezed else max(minimum, len(headers[index]))
            smaller = min(widths[index], max(floor, widths[index] - excess))
            excess -= widths[index] - smaller
            widths[index] = smaller
    return widths


def _natural_widths(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[int]:
    """Each column as wide as its widest cell or its header."""
    widths = [len(header) for header in headers]
    for row in rows:
        widths = [max(w, len(text)) for w, text in zip(widths, row, strict=True)]
    return widths


def _grid(headers: Sequence[str], right: Sequence[int], widths: Sequence[int]) -> Table:
    grid = Table(box=None, header_style="bold", caption_justify="left", pad_edge=False)
    for index, (header, width) in enumerate(zip(headers, widths, strict=True)):
        header_cell = cell(header, width)
        if index in right:
            grid.add_column(header_cell, no_wrap=True, justify="right")
        else:
            grid.add_column(header_cell, no_wrap=True, justify="left")
    return grid


def _cells(row: Sequence[str], widths: Sequence[int]) -> list[Text]:
    return [cell(text, width) for text, width in zip(row, widths, strict=True)]
