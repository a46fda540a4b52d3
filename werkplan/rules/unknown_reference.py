"""unknown-reference: every id a field names must exist in the section it points to.

Which fields hold references, and to what, comes from the format definition (``ref=``):
owner, partners, goals, field, regions, depends_on, parent, swot, participants, results.
"""

from collections.abc import Iterator

from werkplan.model import ENTITY_TYPES, Entity
from werkplan.problems import Label, Problem, Severity
from werkplan.rules.base import Rule, RuleContext
from werkplan.schema import SECTION_BY_KEY
from werkplan.suggest import closest


def check(ctx: RuleContext) -> Iterator[Problem]:
    for key in ENTITY_TYPES:
        section = SECTION_BY_KEY[key]
        references = [spec for spec in section.fields if spec.ref]
        for entity in ctx.plan.collection(key):
            for spec in references:
                assert spec.ref is not None
                yield from _check_field(ctx, entity, section.entity, spec.name, spec.ref)


def _check_field(
    ctx: RuleContext, entity: Entity, entity_kind: str, name: str, target: str
) -> Iterator[Problem]:
    value = getattr(entity, name)
    targets = value if isinstance(value, tuple) else (value,) if value else ()
    index = ctx.plan.indexes[target]
    for position, target_id in enumerate(targets):
        if target_id in index:
            continue
        where = f"{name}.{position}" if isinstance(value, tuple) else name
        yield RULE.problem(
            entity.at(where),
            "unknown_reference",
            what=Label("entity", entity_kind),
            id=entity.id,
            key=name,
            target=target_id,
            section=target,
            suggestion=closest(target_id, index) or "",
        )


RULE = Rule(
    "unknown-reference",
    Severity.ERROR,
    "Verweis auf eine ID, die es nicht gibt",
    "Reference to an id that does not exist",
    check,
    needs_every_file=True,
)
