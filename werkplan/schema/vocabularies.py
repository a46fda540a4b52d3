"""Every closed list of values in the format, with German and English labels.

A plan may give any value its own label (``plan.labels``); these are the defaults. The order
is the order of output (status bars, sorting by status).
"""

from __future__ import annotations

from werkplan.schema.types import Choice, Vocabulary


def _vocabulary(name: str, de: str, en: str, *choices: tuple[str, str, str]) -> Vocabulary:
    return Vocabulary(name, tuple(Choice(*choice) for choice in choices), de, en)


STATUS = _vocabulary(
    "status",
    "Umsetzungsstand",
    "Status",
    ("proposed", "Vorgeschlagen", "Proposed"),
    ("planned", "Geplant", "Planned"),
    ("preparing", "In Vorbereitung", "Preparing"),
    ("in_progress", "In Umsetzung", "In progress"),
    ("ongoing", "Fortlaufend", "Ongoing"),
    ("done", "Abgeschlossen", "Done"),
    ("on_hold", "Zurückgestellt", "On hold"),
    ("dropped", "Entfallen", "Dropped"),
    ("merged", "Zusammengeführt", "Merged"),
)
ASSESSMENT = _vocabulary(
    "assessment",
    "Einschätzung (Ampel)",
    "Assessment (traffic light)",
    ("on_track", "Im Plan", "On track"),
    ("at_risk", "Gefährdet", "At risk"),
    ("off_track", "Kritisch", "Off track"),
)
MEASURE_KIND = _vocabulary(
    "measure_kind",
    "Art der Maßnahme",
    "Kind of measure",
    ("measure", "Maßnahme", "Measure"),
    ("project", "Kleinprojekt", "Small project"),
)
ACTOR_KIND = _vocabulary(
    "actor_kind",
    "Art des Akteurs",
    "Kind of actor",
    ("office", "Amt / Verwaltungsstelle", "Office"),
    ("board", "Beirat", "Advisory board"),
    ("committee", "Ausschuss / Gremium", "Committee"),
    ("politics", "Politik", "Politics"),
    ("association", "Verein / Verband", "Association"),
    ("municipality", "Gemeinde / Amt / Stadt", "Municipality"),
    ("network", "Netzwerk", "Network"),
    ("company", "Unternehmen", "Company"),
    ("citizens", "Bürgerinnen und Bürger", "Citizens"),
    ("group", "Gruppe (viele Stellen einer Art)", "Group (many bodies of one kind)"),
    ("external", "Externe Stelle", "External body"),
)
EVENT_KIND = _vocabulary(
    "event_kind",
    "Art der Veranstaltung",
    "Kind of event",
    ("kickoff", "Auftakt", "Kick-off"),
    ("workshop", "Zukunftswerkstatt", "Future workshop"),
    ("conference", "Regionalkonferenz", "Regional conference"),
    ("meeting", "Treffen", "Meeting"),
    ("survey", "Befragung", "Survey"),
    ("review", "Zwischenbilanz", "Interim review"),
    ("other", "Sonstiges", "Other"),
)
SWOT_KIND = _vocabulary(
    "swot_kind",
    "Art der SWOT-Aussage",
    "Kind of SWOT statement",
    ("strength", "Stärke", "Strength"),
    ("weakness", "Schwäche", "Weakness"),
    ("opportunity", "Chance", "Opportunity"),
    ("threat", "Risiko", "Threat"),
)
VISIBILITY = _vocabulary(
    "visibility",
    "Sichtbarkeit",
    "Visibility",
    ("public", "Öffentlich", "Public"),
    ("internal", "Intern", "Internal"),
)
LANGUAGE = _vocabulary(
    "language",
    "Sprache",
    "Language",
    ("de", "Deutsch", "German"),
    ("en", "Englisch", "English"),
)
FUNDING_STATUS = _vocabulary(
    "funding_status",
    "Stand der Förderung",
    "Funding status",
    ("planned", "Geplant", "Planned"),
    ("applied", "Beantragt", "Applied for"),
    ("approved", "Bewilligt", "Approved"),
    ("rejected", "Abgelehnt", "Rejected"),
    ("paid", "Ausgezahlt", "Paid"),
)
DIRECTION = _vocabulary(
    "direction",
    "Richtung der Kennzahl",
    "Direction of the indicator",
    ("increase", "Soll steigen", "Should increase"),
    ("decrease", "Soll sinken", "Should decrease"),
    ("none", "Nur Kontext, ohne Ziel", "Context only, no target"),
)
RESOLUTION = _vocabulary(
    "resolution",
    "Zeitliche Auflösung",
    "Time resolution",
    ("year", "Jahr", "Year"),
    ("half_year", "Halbjahr", "Half-year"),
    ("quarter", "Quartal", "Quarter"),
    ("month", "Monat", "Month"),
    ("day", "Tag", "Day"),
)
ATTRIBUTE_KIND = _vocabulary(
    "attribute_kind",
    "Art des Merkmals",
    "Kind of attribute",
    ("ordered_choice", "Auswahl mit Rangfolge", "Ordered choice"),
    ("choice", "Auswahl", "Choice"),
    ("number", "Zahl", "Number"),
    ("text", "Text", "Text"),
    ("yes_no", "Ja/Nein", "Yes/no"),
    ("date", "Datum", "Date"),
)
APPLIES_TO = _vocabulary(
    "applies_to",
    "Abschnitte, für die ein Merkmal gilt",
    "Sections an attribute applies to",
    ("measures", "Maßnahmen", "Measures"),
    ("goals", "Ziele", "Goals"),
    ("fields", "Handlungsfelder", "Fields of action"),
    ("actors", "Akteure", "Actors"),
    ("events", "Veranstaltungen", "Events"),
    ("indicators", "Kennzahlen", "Indicators"),
)
VERDICT = _vocabulary(
    "verdict",
    "Stand einer Kennzahl",
    "State of an indicator",
    ("reached", "Erreicht", "Reached"),
    ("on_track", "Auf Kurs", "On track"),
    ("behind", "Im Rückstand", "Behind"),
    ("missed", "Verfehlt", "Missed"),
    ("stale", "Veraltet", "Stale"),
    ("no_data", "Keine Daten", "No data"),
)

VOCABULARIES: dict[str, Vocabulary] = {
    vocabulary.name: vocabulary
    for vocabulary in (
        STATUS,
        ASSESSMENT,
        MEASURE_KIND,
        ACTOR_KIND,
        EVENT_KIND,
        SWOT_KIND,
        VISIBILITY,
        LANGUAGE,
        FUNDING_STATUS,
        DIRECTION,
        RESOLUTION,
        ATTRIBUTE_KIND,
        APPLIES_TO,
        VERDICT,
    )
}
# Vocabularies a plan may relabel in `plan.labels` (the language names are not the plan's).
RELABELABLE = tuple(name for name in VOCABULARIES if name != "language")
