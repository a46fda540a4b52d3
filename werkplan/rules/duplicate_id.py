"""duplicate-id: an id names one entity per collection; a second definition is an error.

The message names both places, so whoever merged two files can see which one to rename.
"""

from collections.abc import Iterator

from werkplan.model import ENTITY_TYPES, Entity
from werkplan.problems import Label, Problem, Severity
from werkplan.rules.base import Rule, RuleContext
from werkplan.schema import SECTION_BY_KEY


def check(ctx: RuleContext) -> Iterator[Problem]:
    for key in ENTITY_TYPES:
        first_seen: dict[str, Entity] = {}
        what = Label("entity", SECTION_BY_KEY[key].entity)
        for entity in ctx.plan.collection(key):
            first = first_seen.setdefault(entity.id, entity)
            if first is not entity:
                yield RULE.problem(
                    entity.at("id"),
                    "duplicate_id",
                    what=what,
                    id=entity.id,
                    first=str(first.at("id")),
                )


RULE = Rule("duplicate-id", Severity.ERROR, "ID doppelt vergeben", "Id defined twice", check)
