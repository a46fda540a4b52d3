"""parent-cycle: sub-measures nest, but never in a circle (``parent``).

PASS: ``M-2`` with ``parent: M-1``, ``M-3`` with ``parent: M-2``.
FAIL: ``M-1`` with ``parent: M-2`` and ``M-2`` with ``parent: M-1``; ``M-1`` with
``parent: M-1``. The message prints the circle, e.g. M-1 → M-2 → M-1.
"""

from collections.abc import Iterator

from werkplan.model import Measure
from werkplan.problems import Problem, Severity
from werkplan.rules.base import Rule, RuleContext
from werkplan.rules.dependency_cycle import find_cycles


def check(ctx: RuleContext) -> Iterator[Problem]:
    measures: dict[str, Measure] = dict(ctx.plan.indexes["measures"])
    graph: dict[str, tuple[str, ...]] = {
        m_id: (m.parent,) if m.parent else () for m_id, m in measures.items()
    }
    for cycle in find_cycles(graph):
        first = measures[cycle[0]]
        yield RULE.problem(first.at("parent"), "parent_cycle", cycle=" → ".join([*cycle, cycle[0]]))


RULE = Rule(
    "parent-cycle",
    Severity.ERROR,
    "Teilmaßnahmen im Kreis (parent)",
    "Sub-measures in a circle (parent)",
    check,
)
