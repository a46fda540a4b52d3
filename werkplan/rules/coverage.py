"""unlinked-measure, goal-without-measure, due-outside-period: gaps between plan levels.

A measure should serve a goal (or at least a field of action), every goal should have a
measure, and deadlines should lie within the plan's period – also a deadline a measure takes
from its horizon.
"""

from collections.abc import Iterator

from werkplan import findings
from werkplan.problems import Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def check_unlinked(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        if findings.is_unlinked(m, ctx.plan):
            yield UNLINKED.problem(m.origin, "unlinked_measure", id=m.id)


def check_goals(ctx: RuleContext) -> Iterator[Problem]:
    for goal in findings.goals_without_measures(ctx.plan):
        yield GOAL_WITHOUT_MEASURE.problem(goal.origin, "goal_without_measure", id=goal.id)


def check_period(ctx: RuleContext) -> Iterator[Problem]:
    info = ctx.plan.info
    if info is None or info.period is None:
        return
    for m in ctx.plan.measures:
        due = findings.deadline_frame(m, ctx.plan)
        if due is None or not findings.due_outside_period(m, ctx.plan):
            continue
        if m.due is None:  # the deadline is the end of the measure's horizon
            yield DUE_OUTSIDE_PERIOD.problem(
                m.at("horizon"),
                "horizon_due_outside_period",
                id=m.id,
                horizon=m.horizon or "",
                due=due,
                start=info.period.start,
                end=info.period.end,
            )
            continue
        yield DUE_OUTSIDE_PERIOD.problem(
            m.at("due"),
            "due_outside_period",
            id=m.id,
            due=due,
            start=info.period.start,
            end=info.period.end,
        )


UNLINKED = Rule(
    "unlinked-measure",
    Severity.WARNING,
    "Maßnahme ohne Ziel und Handlungsfeld",
    "Measure linked to no goal or field",
    check_unlinked,
)
GOAL_WITHOUT_MEASURE = Rule(
    "goal-without-measure",
    Severity.WARNING,
    "Ziel ohne Maßnahme",
    "Goal without any measure",
    check_goals,
    needs_every_file=True,
)
DUE_OUTSIDE_PERIOD = Rule(
    "due-outside-period",
    Severity.WARNING,
    "Frist außerhalb der Laufzeit des Plans",
    "Deadline outside the plan period",
    check_period,
)
