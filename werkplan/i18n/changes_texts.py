"""Texts of the change log (`werkplan changes`, and the report's "changes since" section).

``changes.key_*`` name the plan keys whose change is shown, where no shared label (report
texts) names them already; werkplan/history/output.py chooses.
"""

from werkplan.i18n.languages import DE, EN

TEXTS: dict[str, dict[str, str]] = {
    "changes.heading": {
        DE: "Änderungen seit {since} bis {until}",
        EN: "Changes since {since} until {until}",
    },
    "changes.beginning": {DE: "dem Anfang", EN: "the beginning"},
    "changes.revision_as_of": {
        DE: "{revision} (Stand vom {date})",
        EN: "{revision} (as of {date})",
    },
    "changes.unknown_date": {DE: "(Datum unlesbar)", EN: "(date unreadable)"},
    "changes.working_tree": {
        DE: "zum Arbeitsstand (auch nicht eingecheckt)",
        EN: "the working tree",
    },
    "changes.entity_added": {DE: "{what} {id}{title} hinzugefügt", EN: "{what} {id}{title} added"},
    "changes.entity_removed": {DE: "{what} {id}{title} entfernt", EN: "{what} {id}{title} removed"},
    "changes.entity_changed": {DE: "{what} {id}{title} geändert", EN: "{what} {id}{title} changed"},
    "changes.moved_file": {DE: "verschoben von {old} nach {new}", EN: "moved from {old} to {new}"},
    "changes.moved_later": {
        DE: "(um {days:# Tag|# Tage} später)",
        EN: "({days:# day|# days} later)",
    },
    "changes.moved_earlier": {
        DE: "(um {days:# Tag|# Tage} früher)",
        EN: "({days:# day|# days} earlier)",
    },
    "changes.uncommitted": {DE: "noch nicht eingecheckt", EN: "not committed yet"},
    "changes.empty": {DE: "(leer)", EN: "(empty)"},
    "changes.skipped": {
        DE: "Hinweis: Der Stand in {commit} ließ sich nicht lesen; seine Änderungen sind dem "
        "folgenden Commit zugeordnet.",
        EN: "Note: the plan in {commit} could not be read; its changes are credited to the "
        "next commit.",
    },
    "changes.key_title": {DE: "Titel", EN: "Title"},
    "changes.key_updated": {DE: "Geprüft am", EN: "Reviewed on"},
    "changes.key_depends_on": {DE: "Baut auf", EN: "Depends on"},
    "changes.key_visibility": {DE: "Sichtbarkeit", EN: "Visibility"},
    "changes.key_description": {DE: "Beschreibung", EN: "Description"},
    "changes.key_name": {DE: "Name", EN: "Name"},
    "changes.key_participants": {DE: "Beteiligte", EN: "Participants"},
    "changes.key_contact": {DE: "Kontakt", EN: "Contact"},
    "changes.key_parent": {DE: "Übergeordnet", EN: "Parent"},
    "changes.key_municipalities": {DE: "Gemeinden", EN: "Municipalities"},
    "changes.key_swot": {DE: "SWOT", EN: "SWOT"},
    "changes.key_text": {DE: "Text", EN: "Text"},
    "changes.key_target_groups": {DE: "Zielgruppen", EN: "Target groups"},
    "changes.key_budget": {DE: "Budget", EN: "Budget"},
}
