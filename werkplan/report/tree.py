"""Sub-measures under their parent: the order of rows in a table or the timeline."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from werkplan.report.views import MeasureRow, MeasureView


def tree_rows(
    measures: Sequence[MeasureView], order: Callable[[MeasureView], Any] | None = None
) -> tuple[MeasureRow, ...]:
    """Each measure followed by its sub-measures and small projects, indented one level
    deeper. A measure hangs under its nearest ancestor among ``measures``; where none is
    there (the parent is filtered out, say) it starts a tree of its own. Siblings keep the
    order given, or ``order``'s."""
    present = {m.id for m in measures}
    children: dict[str | None, list[MeasureView]] = defaultdict(list)
    for measure in measures:
        parent = next((a for a in measure.ancestor_ids if a in present), None)
        children[parent].append(measure)
    if order is not None:
        for siblings in children.values():
            siblings.sort(key=order)
    rows: list[MeasureRow] = []
    placed: set[str] = set()
    stack = [(m, 0) for m in reversed(children[None])]
    while stack:
        measure, level = stack.pop()
        if measure.id in placed:
            continue
        placed.add(measure.id)
        rows.append(MeasureRow(measure, level))
        stack.extend((c, level + 1) for c in reversed(children.get(measure.id, [])))
    # A parent cycle is an error, so no report is made of such a plan; should one get here,
    # its measures still show.
    rows += [MeasureRow(m, 0) for m in measures if m.id not in placed]
    return tuple(rows)
