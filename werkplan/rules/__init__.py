"""The registry of every rule id werkplan reports, in the order the docs list them.

Rules with a ``check`` run on the finished model; the others are reported by the loader and
validator. The registry is explicit on purpose: ``grep`` finds every rule here.
"""

from collections.abc import Iterator

from werkplan.problems import Problem
from werkplan.rules import (
    actor_twice,
    closed_state,
    comment_in_text,
    coverage,
    dates,
    dependency_cycle,
    duplicate_id,
    hierarchy,
    indicators,
    milestones,
    money,
    overdue,
    ownership,
    person_name,
    plan_section,
    relations,
    schema_outdated,
    stale_status,
    structural,
    unknown_reference,
    updates,
)
from werkplan.rules.base import Rule, RuleContext

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        *structural.RULES,
        comment_in_text.RULE,
        plan_section.MISSING,
        plan_section.DUPLICATE,
        duplicate_id.RULE,
        unknown_reference.RULE,
        dependency_cycle.RULE,
        hierarchy.RULE,
        relations.MERGED_WITHOUT_TARGET,
        relations.SELF_REFERENCE,
        relations.DUPLICATE_NUMBER,
        dates.START_AFTER_DUE,
        dates.INVALID_PERIOD,
        updates.RULE,
        overdue.RULE,
        milestones.RULE,
        ownership.UNOWNED,
        ownership.NO_DUE_DATE,
        actor_twice.RULE,
        person_name.RULE,
        stale_status.RULE,
        closed_state.DONE_WITH_PROGRESS,
        closed_state.CLOSED_WITH_RISK,
        coverage.UNLINKED,
        coverage.GOAL_WITHOUT_MEASURE,
        coverage.DUE_OUTSIDE_PERIOD,
        money.RULE,
        indicators.OUT_OF_RANGE,
        indicators.DUPLICATE,
        indicators.UNLISTED,
        indicators.BEHIND,
        indicators.MISSED,
        indicators.STALE,
        indicators.FUTURE,
        indicators.BASELINE_DIFFERS,
        indicators.NO_DIRECTION,
        schema_outdated.RULE,
    )
}


def run_rules(ctx: RuleContext) -> Iterator[Problem]:
    for rule in RULES.values():
        if rule.check is None or (rule.needs_every_file and ctx.plan.unread):
            continue
        yield from rule.check(ctx)


__all__ = ["RULES", "Rule", "RuleContext", "run_rules"]
