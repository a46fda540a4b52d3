"""dependency-cycle: measures must not depend on each other in a circle (``depends_on``).

A circle means none of them can start; the message prints the circle, e.g. M-1 → M-2 → M-1.
"""

from collections.abc import Iterator

from werkplan.model import Measure
from werkplan.problems import Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    measures = ctx.plan.indexes["measures"]
    graph = {m.id: m.depends_on for m in measures.values() if isinstance(m, Measure)}
    for cycle in find_cycles(graph):
        first = measures[cycle[0]]
        yield RULE.problem(
            first.at("depends_on"), "dependency_cycle", cycle=" → ".join([*cycle, cycle[0]])
        )


def find_cycles(graph: dict[str, tuple[str, ...]]) -> list[list[str]]:
    """Each elementary circle once, found by an iterative depth-first search."""
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(graph, white)
    cycles: list[list[str]] = []
    for start in sorted(graph):
        if colour[start] != white:
            continue
        path: list[str] = [start]
        stack: list[Iterator[str]] = [iter(graph[start])]
        colour[start] = grey
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                colour[path.pop()] = black
                stack.pop()
            elif colour.get(nxt) == grey:
                cycles.append(path[path.index(nxt) :])
            elif colour.get(nxt) == white:
                colour[nxt] = grey
                path.append(nxt)
                stack.append(iter(graph[nxt]))
    return cycles


RULE = Rule(
    "dependency-cycle",
    Severity.ERROR,
    "Maßnahmen hängen im Kreis voneinander ab",
    "Measures depend on each other in a circle",
    check,
)
