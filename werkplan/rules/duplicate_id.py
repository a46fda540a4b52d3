"""duplicate-id: an id names one entity per collection; a second definition is an error.

The message names both places, so whoever merged two files can see which one to rename.
"""

from collections.abc import Iterator

from werkplan.model import ENTITY_TYPES
from werkplan.problems import Label, Problem, Severity
from werkplan.rules.base import Rule, RuleContext
from werkplan.schema import SECTION_BY_KEY


def check(ctx: RuleContext) -> Iterator[Problem]:
    yield from _horizons(ctx)
    for key in ENTITY_TYPES:
        index = ctx.plan.indexes[key]  # the first definition of each id
        what = Label("entity", SECTION_BY_KEY[key].entity)
        for entity in ctx.plan.collection(key):
            first = index[entity.id]
            if first is not entity:
                yield RULE.problem(
                    entity.origin, "duplicate_id", what=what, id=entity.id, first=str(first.origin)
                )


def _horizons(ctx: RuleContext) -> Iterator[Problem]:
    """Horizons are named by id too (``horizon: kurzfristig``); attribute definitions have
    their own message (``invalid-attribute-definition``)."""
    info = ctx.plan.info
    first: dict[str, int] = {}
    for index, horizon in enumerate(info.horizons if info else ()):
        assert info is not None
        if horizon.id in first:
            yield RULE.problem(
                info.at(f"horizons.{index}"),
                "duplicate_id",
                what=Label("entity", "horizon"),
                id=horizon.id,
                first=str(info.at(f"horizons.{first[horizon.id]}")),
            )
        first.setdefault(horizon.id, index)


RULE = Rule("duplicate-id", Severity.ERROR, "ID doppelt vergeben", "Id defined twice", check)
