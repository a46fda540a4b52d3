"""Is a measure overdue, unowned, stale, blocked, due soon, at risk – and how far along is it?

Pure functions of the plan, a measure and a day. A deadline is a time frame: a measure due
`2026-Q4` is overdue from 1 January 2027; a measure without `due` takes the end of its
`horizon`. Proposals are not decided yet, so nothing is expected of them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from werkplan.model import Goal, Measure, Milestone, Plan, Status, Update
from werkplan.percent import whole_percent
from werkplan.timeframes import TimeFrame

CLOSED = frozenset({Status.DONE, Status.DROPPED, Status.MERGED})
# Ongoing measures (a standing round table, say) have no end that could pass; proposals
# have no deadline anyone agreed to.
NOT_OVERDUE = CLOSED | {Status.ONGOING, Status.PROPOSED}
BLOCKING = frozenset({Status.ON_HOLD, Status.DROPPED})
# Left out of progress means and shares: their work is not (or no longer) here.
NOT_COUNTED = frozenset({Status.DROPPED, Status.MERGED, Status.PROPOSED})
AT_RISK = frozenset({"at_risk", "off_track"})


def is_proposal(measure: Measure) -> bool:
    return measure.status is Status.PROPOSED


def is_closed(measure: Measure) -> bool:
    return measure.status in CLOSED


def is_open(measure: Measure) -> bool:
    """Decided and not yet closed; a broken status is an error, not open."""
    return measure.status is not None and measure.status not in CLOSED | {Status.PROPOSED}


def deadline_frame(measure: Measure, plan: Plan) -> TimeFrame | None:
    """The measure's own `due`, else the end of its horizon."""
    if measure.due is not None:
        return measure.due
    horizon = plan.horizon(measure.horizon)
    return horizon.end if horizon is not None else None


def deadline(measure: Measure, plan: Plan) -> dt.date | None:
    """The last day by which the measure is due."""
    frame = deadline_frame(measure, plan)
    return frame.last if frame is not None else None


def start_day(measure: Measure, plan: Plan) -> dt.date | None:
    if measure.start is not None:
        return measure.start.first
    horizon = plan.horizon(measure.horizon)
    return horizon.start.first if horizon is not None and horizon.start is not None else None


def days_overdue(measure: Measure, plan: Plan, today: dt.date) -> int:
    """Days past the deadline's last day; 0 when not overdue."""
    due = deadline(measure, plan)
    if due is None or measure.status in NOT_OVERDUE or due >= today:
        return 0
    return (today - due).days


def is_overdue(measure: Measure, plan: Plan, today: dt.date) -> bool:
    return days_overdue(measure, plan, today) > 0


def is_unowned(measure: Measure) -> bool:
    # A broken owner is an error already; calling it unowned as well would be noise.
    return is_open(measure) and not measure.owner and "owner" not in measure.broken


def lacks_due_date(measure: Measure, plan: Plan) -> bool:
    if measure.broken & {"due", "horizon"} or measure.horizon:
        return False  # there but invalid or unknown, which is reported as an error
    if not is_open(measure) or measure.status is Status.ONGOING:
        return False
    return deadline(measure, plan) is None


def last_review(measure: Measure) -> dt.date | None:
    """`updated`, or where it is missing, the date of the newest dated update entry."""
    if measure.updated is not None:
        return measure.updated
    dates = [update.date for update in measure.updates if update.date is not None]
    return max(dates) if dates else None


def days_since_review(measure: Measure, today: dt.date) -> int | None:
    """Days since the last status review, None if it was never reviewed."""
    reviewed = last_review(measure)
    return None if reviewed is None else (today - reviewed).days


def is_stale(measure: Measure, plan: Plan, today: dt.date) -> bool:
    if not is_open(measure) or "updated" in measure.broken:
        return False
    days = days_since_review(measure, today)
    return days is None or days > plan.settings.stale_after_days


def is_due_soon(measure: Measure, plan: Plan, today: dt.date) -> bool:
    """Its deadline comes within `due_soon_days`; never for what cannot become overdue (an
    ongoing measure has no end that could pass)."""
    due = deadline(measure, plan)
    if due is None or not is_open(measure) or measure.status in NOT_OVERDUE:
        return False
    return today <= due <= today + dt.timedelta(days=plan.settings.due_soon_days)


def days_until_due(measure: Measure, plan: Plan, today: dt.date) -> int | None:
    due = deadline(measure, plan)
    return (due - today).days if due is not None and is_open(measure) else None


def is_at_risk(measure: Measure) -> bool:
    """The team judges it at risk or off track (the traffic light beside the status)."""
    return is_open(measure) and measure.assessment in AT_RISK


def done_but_unfinished(measure: Measure) -> int | None:
    """The `progress` a done measure states, when below 100: the two say different things
    (done-with-progress). An update's progress is history of its day, no contradiction."""
    if measure.status is not Status.DONE:
        return None
    stated = measure.progress
    return stated if stated is not None and stated < 100 else None


def closed_but_at_risk(measure: Measure) -> bool:
    """Done or dropped, yet the team's assessment still says at risk or off track: the
    assessment was not reviewed when the status was (closed-with-risk)."""
    return measure.status in (Status.DONE, Status.DROPPED) and measure.assessment in AT_RISK


def repeated_actors(measure: Measure) -> tuple[tuple[str, str, int], ...]:
    """Each actor a measure names again: (actor, key, index) of the repetition, for an actor
    twice under `owner`, or an owner also among `partners` or `supporters` (actor-twice)."""
    repeated = []
    owners: set[str] = set()
    for index, actor in enumerate(measure.owner):
        if actor in owners:
            repeated.append((actor, "owner", index))
        owners.add(actor)
    for key in ("partners", "supporters"):
        for index, actor in enumerate(getattr(measure, key)):
            if actor in owners:
                repeated.append((actor, key, index))
    return tuple(repeated)


def blockers(measure: Measure, plan: Plan, today: dt.date) -> tuple[Measure, ...]:
    """The measures this one builds on that are overdue, on hold or dropped."""
    if not is_open(measure):
        return ()
    found = []
    for dependency_id in measure.depends_on:
        dependency = plan.measure(dependency_id)
        if dependency is not None and (
            dependency.status in BLOCKING or is_overdue(dependency, plan, today)
        ):
            found.append(dependency)
    return tuple(found)


def is_unlinked(measure: Measure, plan: Plan) -> bool:
    """Linked to no goal and no field, itself or through its parents."""
    if measure.broken & {"goals", "field", "parent"}:
        return False
    source = plan.linked_from(measure)
    if source.parent and plan.measure(source.parent) is None:
        return False  # the chain ends at an unknown parent, reported as such
    return not source.goals and not source.field


def measures_per_goal(plan: Plan) -> dict[str, list[Measure]]:
    result: dict[str, list[Measure]] = defaultdict(list)
    for measure in plan.measures:
        for goal_id in measure.goals:
            result[goal_id].append(measure)
    return result


def goals_without_measures(plan: Plan) -> list[Goal]:
    covered = measures_per_goal(plan)
    return [goal for goal in plan.goals if goal.id not in covered]


def due_outside_period(measure: Measure, plan: Plan) -> bool:
    """The deadline (its own `due`, or its horizon's end) lies outside the plan period."""
    period = plan.info.period if plan.info else None
    due = deadline_frame(measure, plan)
    if period is None or due is None:
        return False
    return not period.start.first <= due.last <= period.end.last


def overdue_milestones(measure: Measure, today: dt.date) -> tuple[tuple[int, Milestone, int], ...]:
    """(index, milestone, days late) of every open milestone whose due has passed, while the
    measure itself is still being worked on."""
    if not is_open(measure):
        return ()
    late = []
    for index, milestone in enumerate(measure.milestones):
        if milestone.done is None and milestone.due is not None and milestone.due.last < today:
            late.append((index, milestone, (today - milestone.due.last).days))
    return tuple(late)


def progress(measure: Measure, plan: Plan) -> int | None:
    """Percent done: as written in `progress`; else done (or merged) → 100; else as the
    newest update that states one says; else the share of milestones reached; else the mean
    of the sub-measures (dropped, merged, proposed and broken ones left out; one without any
    progress counts as 0); else unknown."""
    known: dict[str, int | None] = {}
    # Depth first without recursion: sub-measures may nest as deep as a plan likes.
    stack: list[tuple[Measure, bool]] = [(measure, False)]
    on_path: set[str] = set()
    while stack:
        current, children_done = stack.pop()
        if current.id in known:
            continue
        own = _own_progress(current)
        children = _counted_children(current, plan)
        if own is not None or not children:
            known[current.id] = own
        elif not children_done:
            on_path.add(current.id)
            stack.append((current, True))
            # a parent cycle (an error of its own) must not loop: skip what is on the path
            stack.extend((c, False) for c in children if c.id not in on_path and c.id not in known)
        else:
            on_path.discard(current.id)
            values = [known.get(c.id) or 0 for c in children if c.id in known]
            known[current.id] = whole_percent(sum(values) / len(values)) if values else None
    return known.get(measure.id)


def progress_basis(measure: Measure, plan: Plan) -> str | None:
    """What progress() goes by for this measure: "written" (its `progress`), "update" (the
    newest update that states a progress, see progress_update), "status" (done or merged),
    "milestones", "children" (the mean of its sub-measures), or None (unknown)."""
    own = _own_basis(measure)
    if own is not None:
        return own
    return "children" if progress(measure, plan) is not None else None


def progress_update(measure: Measure) -> Update | None:
    """The newest dated update that states a progress (of two on one day, the later one in
    the file): its progress counts where the measure states none itself."""
    stated = [u for u in measure.updates if u.progress is not None and u.date is not None]
    return max(reversed(stated), key=lambda u: u.date or dt.date.min, default=None)


def stated_progress(measure: Measure) -> int | None:
    """The progress the team wrote down: `progress`, else the newest update's."""
    if measure.progress is not None:
        return measure.progress
    update = progress_update(measure)
    return update.progress if update is not None else None


def _own_basis(measure: Measure) -> str | None:
    if measure.progress is not None:
        return "written"
    if measure.status in (Status.DONE, Status.MERGED):
        return "status"  # finished is finished, whatever an older update said
    if progress_update(measure) is not None:
        return "update"
    return "milestones" if measure.milestones else None


def _own_progress(measure: Measure) -> int | None:
    basis = _own_basis(measure)
    if basis in ("written", "update"):
        return stated_progress(measure)
    if basis == "status":
        return 100
    if basis == "milestones":
        reached = sum(1 for milestone in measure.milestones if milestone.done is not None)
        return whole_percent(100 * reached / len(measure.milestones))
    return None


def _counted_children(measure: Measure, plan: Plan) -> list[Measure]:
    return [
        child
        for child in plan.children.get(measure.id, ())
        if child.status is not None and child.status not in NOT_COUNTED and child.id != measure.id
    ]


def mean_progress(measures: list[Measure], plan: Plan) -> int | None:
    """The mean progress of measures that count (one without any progress counts as 0)."""
    counted = [m for m in measures if m.status not in NOT_COUNTED and m.status is not None]
    if not counted:
        return None
    values = [progress(m, plan) or 0 for m in counted]
    return whole_percent(sum(values) / len(values))


def overall_progress(measures: list[Measure], plan: Plan) -> int | None:
    """The mean progress of some measures taken together, such as a field's: a sub-measure
    whose parent (or a parent further up) is among them counts through that parent, so no
    work is counted twice."""
    ids = {m.id for m in measures}
    outermost = [m for m in measures if not any(a.id in ids for a in plan.ancestors(m))]
    return mean_progress(outermost, plan)
