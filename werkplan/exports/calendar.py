"""An iCalendar file (RFC 5545): every open deadline, every open milestone and every event
as an all-day entry.

A deadline is the last day of the measure's time frame (`due: 2026-Q4` is due on 31.12.2026),
or of its horizon where it has no `due`. UIDs depend only on the plan's identity and the
entity's id (a milestone's: the measure's id and the milestone's place in its list): `plan.id`
where the plan has one, else the organisation (never the title, which changes with every new
edition). A calendar that subscribes to the exported file so updates its entries instead of
adding them again. Measures that are closed (done, dropped, merged) or only proposed have no
open deadline and are left out with their milestones, as are milestones already reached; a
subscribed calendar then removes their entries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from werkplan import findings, i18n
from werkplan.exports.cells import clean_text
from werkplan.exports.rows import ExportContext
from werkplan.model import Measure

if TYPE_CHECKING:
    from icalendar import Event


def uid(context: ExportContext, kind: str, entity_id: str) -> str:
    info = context.plan.info
    identity = f"id:{info.id}" if info and info.id else f"org:{info.organisation if info else ''}"
    plan = hashlib.sha256(identity.encode())
    return f"{kind}-{entity_id}-{plan.hexdigest()[:12]}@werkplan"


def to_ics(context: ExportContext) -> bytes:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//werkplan//Werkstattplan//DE")
    calendar.add("version", "2.0")
    title = context.plan.info.title if context.plan.info else ""
    calendar.add("x-wr-calname", clean_text(title) or "werkplan")
    stamp = dt.datetime.combine(context.today, dt.time(0, 0), tzinfo=dt.UTC)
    for measure in context.measures:
        due = findings.deadline(measure, context.plan)
        if due is None or findings.is_closed(measure) or findings.is_proposal(measure):
            continue
        entry = Event()
        entry.add("uid", uid(context, "measure", measure.id))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", due)
        entry.add("dtend", due + dt.timedelta(days=1))
        word = i18n.text("due", context.language)
        entry.add("summary", clean_text(f"{word}: {measure.id} {measure.display_title}"))
        entry.add("description", _description(context, measure))
        entry.add("categories", [i18n.text("ics_deadline", context.language)])
        calendar.add_component(entry)
        for entry in _milestones(context, measure, stamp):
            calendar.add_component(entry)
    for event in context.plan.events:
        if event.date is None:
            continue
        entry = Event()
        entry.add("uid", uid(context, "event", event.id))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.date)
        entry.add("dtend", event.date + dt.timedelta(days=1))
        entry.add("summary", clean_text(event.title))
        if event.location:
            entry.add("location", clean_text(event.location))
        if event.note:
            entry.add("description", clean_text(event.note, lines=True))
        calendar.add_component(entry)
    return bytes(calendar.to_ical())


def _milestones(context: ExportContext, measure: Measure, stamp: dt.datetime) -> list[Event]:
    """The open milestones of an open measure, each on the last day of its time frame."""
    from icalendar import Event

    entries = []
    lang = context.language
    for index, milestone in enumerate(measure.milestones):
        if milestone.done is not None or milestone.due is None:
            continue
        day = milestone.due.last
        entry = Event()
        entry.add("uid", uid(context, "milestone", f"{measure.id}-{index + 1}"))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", day)
        entry.add("dtend", day + dt.timedelta(days=1))
        title, measure_title = milestone.title, measure.display_title
        summary = i18n.text(
            "ics_milestone", lang, title=title, id=measure.id, measure=measure_title
        )
        entry.add("summary", clean_text(summary))
        lines = [_description(context, measure)]
        if milestone.note:
            lines.insert(0, clean_text(milestone.note, lines=True))
        entry.add("description", "\n".join(line for line in lines if line))
        entry.add("categories", [i18n.text("ics_milestone_category", lang)])
        entries.append(entry)
    return entries


def _description(context: ExportContext, measure: Measure) -> str:
    """Who is responsible, the status and the note, one per line."""
    lang = context.language
    lines = []
    if measure.owner:
        names = [
            getattr(context.plan.lookup("actors", a), "name", None) or a for a in measure.owner
        ]
        lines.append(f"{i18n.text('ics_owner', lang)}: {clean_text(', '.join(names))}")
    if measure.status:
        status = i18n.label("status", str(measure.status), lang, context.plan.labels)
        lines.append(f"{i18n.text('status', lang)}: {status}")
    if measure.note:
        lines.append(f"{i18n.text('status_note', lang)}: {clean_text(measure.note, lines=True)}")
    return "\n".join(lines)
