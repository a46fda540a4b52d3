"""An iCalendar file (RFC 5545): every deadline and every event as an all-day entry.

UIDs depend only on the plan's title and the entity's id, so a calendar that subscribes to
the exported file updates its entries instead of adding them again.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from werkplan import findings, i18n
from werkplan.exports.rows import ExportContext


def uid(context: ExportContext, kind: str, entity_id: str) -> str:
    plan = hashlib.sha256(context.plan.info.title.encode() if context.plan.info else b"")
    return f"{kind}-{entity_id}-{plan.hexdigest()[:12]}@werkplan"


def to_ics(context: ExportContext) -> bytes:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//werkplan//Werkstattplan//DE")
    calendar.add("version", "2.0")
    title = context.plan.info.title if context.plan.info else "werkplan"
    calendar.add("x-wr-calname", title)
    stamp = dt.datetime.combine(context.today, dt.time(0, 0), tzinfo=dt.UTC)
    lang = context.language
    for measure in context.measures:
        due = findings.deadline(measure, context.plan)
        if due is None:
            continue
        entry = Event()
        entry.add("uid", uid(context, "measure", measure.id))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", due)
        entry.add("dtend", due + dt.timedelta(days=1))
        entry.add("summary", f"{i18n.text('ics_due', lang)}: {measure.id} {measure.title}")
        status = i18n.label("status", str(measure.status), lang) if measure.status else ""
        entry.add("description", " ".join(f"{status}. {measure.note or ''}".split()))
        entry.add("categories", [i18n.text("ics_deadline", lang)])
        calendar.add_component(entry)
    for event in context.plan.events:
        if event.date is None:
            continue
        entry = Event()
        entry.add("uid", uid(context, "event", event.id))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.date)
        entry.add("dtend", event.date + dt.timedelta(days=1))
        entry.add("summary", event.title)
        if event.location:
            entry.add("location", event.location)
        if event.note:
            entry.add("description", " ".join(event.note.split()))
        calendar.add_component(entry)
    return bytes(calendar.to_ical())
