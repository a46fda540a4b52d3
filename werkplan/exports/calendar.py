"""An iCalendar file (RFC 5545): every open deadline and every event as an all-day entry.

UIDs depend only on the plan's identity and the entity's id: `plan.id` where the plan has
one, else the organisation (never the title, which changes with every new edition). A
calendar that subscribes to the exported file so updates its entries instead of adding them
again. Measures that are done or dropped have no open deadline and are left out; a
subscribed calendar then removes their entries.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from werkplan import findings, i18n
from werkplan.exports.cells import clean_text
from werkplan.exports.rows import ExportContext
from werkplan.model import Measure


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
        entry.add("summary", clean_text(f"{word}: {measure.id} {measure.title}"))
        entry.add("description", _description(context, measure))
        entry.add("categories", [i18n.text("ics_deadline", context.language)])
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
        status = i18n.label("status", str(measure.status), lang)
        lines.append(f"{i18n.text('status', lang)}: {status}")
    if measure.note:
        lines.append(f"{i18n.text('status_note', lang)}: {clean_text(measure.note, lines=True)}")
    return "\n".join(lines)
