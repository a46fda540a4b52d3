"""duplicate-id: an id names one entity per collection; a second definition is an error.

The message names both places, so whoever merged two files can see which one to rename.
"""

from collections.abc import Iterator

from werkplan.model import ENTITY_TYPES
from werkplan.problems import Label, Problem, Severity
from werkplan.rules.base import Rule, RuleContext
from werkplan.schema import SECTION_BY_KEY


def check(ctx: RuleContext) -> Iterator[Problem]:
    for key in ENTITY_TYPES:
        index = ctx.plan.indexes[key]  # the first definition of each id
        what = Label("entity", SECTION_BY_KEY[key].entity)
        for entity in ctx.plan.collection(key):
            first = index[entity.id]
            if first is not entity:
                yield RULE.problem(
                    entity.origin, "duplicate_id", what=what, id=entity.id, first=str(first.origin)
                )


RULE = Rule("duplicate-id", Severity.ERROR, "ID doppelt vergeben", "Id defined twice", check)
