"""actor-twice: a measure names the same actor twice among those who carry it.

An actor twice under `owner`, or an owner also under `partners` or `supporters`, is mostly
a copy slip; lists and reports would show it twice, and a joint lead would look larger than
it is. (An actor both partner and supporter is left alone: the roles differ.)

PASS: every owner once, and no owner among the partners or supporters.
FAIL (warning, at the repetition): an actor again under `owner`, or an owner under
`partners` or `supporters`.
"""

from collections.abc import Iterator

from werkplan import findings
from werkplan.problems import Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def check(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        for actor, key, index in findings.repeated_actors(m):
            message = "actor_twice_owner" if key == "owner" else "actor_owner_and_" + key
            yield RULE.problem(m.at(f"{key}.{index}"), message, id=m.id, actor=actor)


RULE = Rule(
    "actor-twice",
    Severity.WARNING,
    "Derselbe Akteur zweimal bei einer Maßnahme",
    "The same actor twice on one measure",
    check,
)
