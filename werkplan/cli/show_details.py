"""What `werkplan show` adds to an entry's own values, as findings answer it: a measure's
progress and how it is derived, whether it is overdue or waits for another; an indicator's
series with baseline, targets, latest value, progress and verdict (and what the verdict goes
by); a goal's indicators and its verdict.
"""

from __future__ import annotations

import datetime as dt

from rich.text import Text

from werkplan import findings, i18n
from werkplan.cli.display import percent, point_text, quantity, verdict_text
from werkplan.cli.show_text import Sheet, region_name
from werkplan.findings.indicators import (
    SeriesState,
    assess,
    direction,
    goal_verdict,
    indicator_verdict,
    indicators_of,
)
from werkplan.model import Goal, Indicator, Measure, Plan, SeriesPoint
from werkplan.safe_text import terminal_prose, terminal_text

VALUES_SHOWN = 12  # the latest values of a series; earlier ones are counted


def measure_details(sheet: Sheet, measure: Measure, plan: Plan, today: dt.date, lang: str) -> None:
    progress = findings.progress(measure, plan)
    if progress is not None:
        basis = _progress_basis(measure, plan, lang)
        sheet.line(i18n.text("ind_progress", lang), f"{percent(progress, lang)} ({basis})")
    late = findings.days_overdue(measure, plan, today)
    if late:
        sheet.note("⚠ " + i18n.text("late_by", lang, days=late), style="bold red")
    waits_for = findings.blockers(measure, plan, today)
    if waits_for:
        ids = ", ".join(terminal_text(m.id) for m in waits_for)
        sheet.note(f"⚠ {i18n.text('blocked_by', lang)}: {ids}", style="bold red")


def _progress_basis(measure: Measure, plan: Plan, lang: str) -> str:
    basis = findings.progress_basis(measure, plan)
    if basis == "milestones":
        reached = sum(1 for m in measure.milestones if m.done is not None)
        return i18n.text(
            "show.progress_milestones", lang, reached=reached, n=len(measure.milestones)
        )
    if basis == "children":
        counted = [
            c for c in plan.children.get(measure.id, ()) if c.status not in findings.NOT_COUNTED
        ]
        return i18n.text("show.progress_children", lang, n=len(counted))
    update = findings.progress_update(measure) if basis == "update" else None
    if update is not None and update.date is not None:
        day = i18n.format_date(update.date, lang)
        return i18n.text("show.progress_update", lang, date=day)
    if basis == "status" and measure.status:
        status = i18n.label("status", measure.status, lang, plan.labels)
        return i18n.text("show.progress_status", lang, status=status)
    return i18n.text("show.progress_written", lang)


def child_list(measure: Measure, plan: Plan, lang: str) -> str:
    """'M-2 (Kleinprojekt, Geplant), M-3 (Abgeschlossen)': the sub-measures with their state."""
    shown = []
    for child in plan.children.get(measure.id, ()):
        parts = []
        if child.kind != "measure":
            parts.append(i18n.label("measure_kind", child.kind, lang, plan.labels))
        if child.status:
            parts.append(i18n.label("status", child.status, lang, plan.labels))
        state = f" ({terminal_prose(', '.join(parts))})" if parts else ""
        shown.append(terminal_text(child.id) + state)
    return ", ".join(shown)


def indicator_details(
    sheet: Sheet, indicator: Indicator, plan: Plan, today: dt.date, lang: str
) -> None:
    if indicator.direction is None:
        way = direction(indicator)
        label = i18n.label("direction", way, lang, plan.labels)
        sheet.line(i18n.text("show.direction_derived", lang), f"{way} ({terminal_prose(label)})")
    states = assess(indicator, today)
    for state in states:
        if state.values or len(states) == 1:
            sheet.block(_series_name(state, plan, lang), series_lines(state, indicator, plan, lang))
    verdict = verdict_text(indicator_verdict(indicator, today), plan, lang)
    sheet.line(i18n.text("show.indicator_verdict", lang), verdict)


def _series_name(state: SeriesState, plan: Plan, lang: str) -> str:
    if state.region is None:
        return i18n.text("show.series_overall", lang)
    name = region_name(state.region, plan)
    return i18n.text("show.series_region", lang, region=f"{name} ({terminal_text(state.region)})")


def series_lines(
    state: SeriesState, indicator: Indicator, plan: Plan, lang: str
) -> list[str | Text]:
    if not state.values:
        return [i18n.text("show.basis_no_data", lang)]
    values = [point_text(point, indicator, lang) for point in state.values[-VALUES_SHOWN:]]
    earlier = len(state.values) - VALUES_SHOWN
    if earlier > 0:
        values.insert(0, i18n.text("show.earlier_values", lang, n=earlier))
    lines: list[str | Text] = [
        f"{i18n.text('ind_values', lang)}: {terminal_prose(' · '.join(values))}",
        f"{i18n.text('ind_kind_baseline', lang)}: {_point(state.baseline, indicator, lang)}",
        f"{i18n.text('ind_latest', lang)}: {_point(state.latest, indicator, lang)}",
        f"{i18n.text('ind_next_target', lang)}: {_point(state.next_target, indicator, lang)}",
        f"{i18n.text('ind_progress', lang)}: {percent(state.progress, lang)}",
    ]
    verdict = Text(f"{i18n.text('show.verdict', lang)}: ")
    basis = terminal_prose(verdict_basis(state, indicator, lang))
    if state.verdict is None:
        verdict.append(basis)
    else:
        verdict.append(verdict_text(state.verdict, plan, lang))
        verdict.append(f" – {basis}" if basis else "")
    lines.append(verdict)
    return lines


def _point(point: SeriesPoint | None, indicator: Indicator, lang: str) -> str:
    return terminal_prose(point_text(point, indicator, lang))


def verdict_basis(state: SeriesState, indicator: Indicator, lang: str) -> str:
    """What the verdict goes by: the target reached or missed, the value expected on the
    straight path from the baseline to the next target, the days without a value."""
    latest = point_text(state.latest, indicator, lang)
    target = point_text(state.next_target, indicator, lang)
    verdict = state.verdict
    if verdict == "missed" and state.missed_target is not None:
        missed = point_text(state.missed_target, indicator, lang)
        return i18n.text("show.basis_missed", lang, target=missed, latest=latest)
    if verdict == "stale":
        limit = indicator.update_every_days or 0
        return i18n.text("show.basis_stale", lang, days=state.days_since_value or 0, limit=limit)
    if verdict == "reached":
        return i18n.text("show.basis_reached", lang, target=target)
    if verdict in ("on_track", "behind") and state.expected is not None:
        expected = quantity(state.expected, indicator, lang)
        return i18n.text("show.basis_path", lang, expected=expected, target=target, latest=latest)
    if verdict is None:
        return i18n.text("show.basis_no_target", lang)
    return ""


def goal_details(sheet: Sheet, goal: Goal, plan: Plan, today: dt.date, lang: str) -> None:
    measured = indicators_of(goal, plan)
    if not measured:
        return
    lines: list[str | Text] = []
    for indicator in measured:
        line = Text(f"{terminal_text(indicator.id)} {terminal_prose(indicator.title)}: ")
        line.append(verdict_text(indicator_verdict(indicator, today), plan, lang))
        lines.append(line)
    sheet.block(i18n.text("link_indicators_goals", lang), lines)
    verdict = verdict_text(goal_verdict(goal, plan, today), plan, lang)
    sheet.line(i18n.text("show.goal_verdict", lang), verdict)
