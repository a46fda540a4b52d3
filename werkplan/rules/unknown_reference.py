"""unknown-reference: every id a key names must exist where it points.

Which keys hold references, and to what, comes from the format definition (``ref=``): owner,
partners, supporters, goals, field, parent, regions, depends_on, related, merged_into,
superseded_by, horizon, swot, participants, results, an indicator's goals, measures and
regions, the region of its values and targets, the body of a decision, and the attribute
columns of the report – also inside lists of records and in the `plan:` section.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from werkplan.model import ENTITY_TYPES
from werkplan.problems import Label, Position, Problem, Severity
from werkplan.rules.base import Rule, RuleContext
from werkplan.schema import PLAN, SECTION_BY_KEY, KeySpec, ValueType
from werkplan.suggest import closest


def check(ctx: RuleContext) -> Iterator[Problem]:
    info = ctx.plan.info
    if info is not None:
        yield from _walk(ctx, info, PLAN.fields, "", "plan", info.at, "")
    for key in ENTITY_TYPES:
        section = SECTION_BY_KEY[key]
        for entity in ctx.plan.collection(key):
            yield from _walk(ctx, entity, section.fields, "", section.entity, entity.at, entity.id)


def _walk(
    ctx: RuleContext,
    holder: Any,
    fields: tuple[KeySpec, ...],
    prefix: str,
    what: str,
    at: Any,
    owner_id: str,
) -> Iterator[Problem]:
    for spec in fields:
        value = getattr(holder, spec.name, None)
        if value is None:
            continue
        path = prefix + spec.name
        if spec.ref:
            yield from _check(ctx, value, spec, path, what, at, owner_id)
        elif spec.type is ValueType.RECORDS:
            for index, record in enumerate(value):
                yield from _walk(ctx, record, spec.fields, f"{path}.{index}.", what, at, owner_id)
        elif spec.type is ValueType.MAPPING and spec.fields:
            yield from _walk(ctx, value, spec.fields, f"{path}.", what, at, owner_id)


def _check(
    ctx: RuleContext, value: Any, spec: KeySpec, path: str, what: str, at: Any, owner_id: str
) -> Iterator[Problem]:
    assert spec.ref is not None
    targets = value if isinstance(value, tuple) else (value,)
    index = ctx.plan.indexes[spec.ref]
    info = ctx.plan.info
    unusable = info.unusable.get(spec.ref, frozenset()) if info else frozenset()
    for position, target_id in enumerate(targets):
        if not target_id or target_id in index or target_id in unusable:
            continue  # found, or defined with a problem that is reported there
        where: Position = at(f"{path}.{position}" if isinstance(value, tuple) else path)
        yield RULE.problem(
            where,
            "unknown_reference" if owner_id else "unknown_reference_unnamed",
            what=Label("entity", what),
            id=owner_id,
            key=spec.name,
            target=target_id,
            section=spec.ref,
            suggestion=ctx.plan.id_named(spec.ref, target_id) or closest(target_id, index) or "",
        )


RULE = Rule(
    "unknown-reference",
    Severity.ERROR,
    "Verweis auf eine ID, die es nicht gibt",
    "Reference to an id that does not exist",
    check,
    needs_every_file=True,
)
