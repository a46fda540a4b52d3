"""done-with-progress, closed-with-risk: a closed measure whose other fields still say open.

When a measure is set to done (by hand or by `werkplan import-status`), its progress and
the team's assessment are easily left as they were: the plan then says "done" and "30 %",
or "done" and "off track", at once.

PASS: a done measure without stated progress or with 100; an open measure with any
progress; a done or dropped measure assessed on track or not assessed.
FAIL (warning): a done measure whose `progress` is below 100 (an update's progress is the
history of its day); a done or dropped measure assessed at risk or off track.
"""

from collections.abc import Iterator

from werkplan import findings
from werkplan.problems import Label, Problem, Severity
from werkplan.rules.base import Rule, RuleContext


def check_progress(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        stated = findings.done_but_unfinished(m)
        if stated is None:
            continue
        yield DONE_WITH_PROGRESS.problem(
            m.at("progress"), "done_with_progress", id=m.id, progress=stated
        )


def check_assessment(ctx: RuleContext) -> Iterator[Problem]:
    for m in ctx.plan.measures:
        if not findings.closed_but_at_risk(m) or m.status is None or m.assessment is None:
            continue
        yield CLOSED_WITH_RISK.problem(
            m.at("assessment"),
            "closed_with_risk",
            id=m.id,
            status=Label("status", m.status),
            assessment=Label("assessment", m.assessment),
        )


DONE_WITH_PROGRESS = Rule(
    "done-with-progress",
    Severity.WARNING,
    "Abgeschlossene Maßnahme mit Fortschritt unter 100 %",
    "Done measure with progress below 100%",
    check_progress,
)
CLOSED_WITH_RISK = Rule(
    "closed-with-risk",
    Severity.WARNING,
    "Abgeschlossene oder entfallene Maßnahme noch als gefährdet eingeschätzt",
    "Done or dropped measure still assessed at risk",
    check_assessment,
)
