"""missing-plan, duplicate-plan: a plan directory has exactly one ``plan:`` section.

PASS: one file with ``plan:`` (title, organisation, period).
FAIL: no ``plan:`` anywhere, or ``plan:`` in two files.
"""

from collections.abc import Iterator

from werkplan.problems import Position, Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def check_missing(ctx: RuleContext) -> Iterator[Problem]:
    if not ctx.plan.infos:
        yield MISSING.problem(Position(ctx.plan.directory), "missing_plan")


def check_duplicate(ctx: RuleContext) -> Iterator[Problem]:
    infos = ctx.plan.infos
    for info in infos[1:]:
        yield DUPLICATE.problem(info.origin, "duplicate_plan", first=str(infos[0].origin))


MISSING = Rule(
    "missing-plan",
    Severity.ERROR,
    "Kein Abschnitt plan:",
    "No plan: section",
    check_missing,
    needs_every_file=True,
)
DUPLICATE = Rule(
    "duplicate-plan",
    Severity.ERROR,
    "Mehr als ein Abschnitt plan:",
    "More than one plan: section",
    check_duplicate,
)
