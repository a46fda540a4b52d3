"""merged-without-target, self-reference, duplicate-number: relations between measures.

- A measure with ``status: merged`` says where it goes on: ``merged_into`` is required.
- ``related``, ``merged_into`` and ``superseded_by`` name another measure, never the same one.
- The original numbering (``number: Ü1``) names one measure; the same number twice is a
  warning, since readers of the published plan look measures up by it.
"""

from collections.abc import Iterator

from werkplan.model import Measure, Status
from werkplan.problems import Problem, Severity
from werkplan.rules.base import Rule, RuleContext

RELATIONS = ("related", "merged_into", "superseded_by")


def check_merged(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        if m.status is Status.MERGED and not m.merged_into and "merged_into" not in m.broken:
            yield MERGED_WITHOUT_TARGET.problem(m.at("status"), "merged_without_target", id=m.id)


def check_self(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        for key in RELATIONS:
            value = getattr(m, key)
            names = value if isinstance(value, tuple) else (value,)
            if m.id in names:
                where = f"{key}.{names.index(m.id)}" if isinstance(value, tuple) else key
                yield SELF_REFERENCE.problem(m.at(where), "self_reference", id=m.id, key=key)


def check_numbers(ctx: RuleContext) -> Iterator[Problem]:
    first: dict[str, Measure] = {}
    for m in ctx.plan.measures:
        if not m.number:
            continue
        number = " ".join(m.number.split())
        if number in first and first[number].id != m.id:
            yield DUPLICATE_NUMBER.problem(
                m.at("number"), "duplicate_number", id=m.id, number=number, first=first[number].id
            )
        first.setdefault(number, m)


MERGED_WITHOUT_TARGET = Rule(
    "merged-without-target",
    Severity.ERROR,
    "Zusammengeführte Maßnahme ohne merged_into",
    "Merged measure without merged_into",
    check_merged,
)
SELF_REFERENCE = Rule(
    "self-reference",
    Severity.ERROR,
    "Maßnahme verweist auf sich selbst",
    "Measure refers to itself",
    check_self,
)
DUPLICATE_NUMBER = Rule(
    "duplicate-number",
    Severity.WARNING,
    "Originalnummer doppelt vergeben",
    "Original number used twice",
    check_numbers,
)
