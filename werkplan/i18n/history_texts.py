"""Texts of the change log (`werkplan changes`, and the report's "changes since" section)."""

from werkplan.i18n.catalog import DE, EN

HISTORY_TEXTS: dict[str, dict[str, str]] = {
    "heading": {
        DE: "Änderungen seit {since} bis {until}",
        EN: "Changes since {since} until {until}",
    },
    "section": {DE: "Änderungen seit {since}", EN: "Changes since {since}"},
    "beginning": {DE: "dem Anfang", EN: "the beginning"},
    "working_tree": {DE: "zum Arbeitsstand (auch nicht eingecheckt)", EN: "the working tree"},
    "no_changes": {DE: "Keine Änderungen am Plan.", EN: "No changes to the plan."},
    "entity_added": {DE: "{what} {id}{title} hinzugefügt", EN: "{what} {id}{title} added"},
    "entity_removed": {DE: "{what} {id}{title} entfernt", EN: "{what} {id}{title} removed"},
    "entity_changed": {DE: "{what} {id}{title} geändert", EN: "{what} {id}{title} changed"},
    "moved_file": {DE: "verschoben von {old} nach {new}", EN: "moved from {old} to {new}"},
    "moved_later": {DE: "(um {days} Tage später)", EN: "({days} days later)"},
    "moved_earlier": {DE: "(um {days} Tage früher)", EN: "({days} days earlier)"},
    "uncommitted": {DE: "noch nicht eingecheckt", EN: "not committed yet"},
    "empty": {DE: "(leer)", EN: "(empty)"},
    "skipped": {
        DE: "Hinweis: Der Stand in {commit} ließ sich nicht lesen; seine Änderungen sind dem "
        "folgenden Commit zugeordnet.",
        EN: "Note: the plan in {commit} could not be read; its changes are credited to the "
        "next commit.",
    },
    "field_status": {DE: "Status", EN: "Status"},
    "field_owner": {DE: "Verantwortlich", EN: "Owner"},
    "field_partners": {DE: "Beteiligte", EN: "Partners"},
    "field_due": {DE: "Frist", EN: "Deadline"},
    "field_start": {DE: "Beginn", EN: "Start"},
    "field_title": {DE: "Titel", EN: "Title"},
    "field_goals": {DE: "Ziele", EN: "Goals"},
    "field_regions": {DE: "Regionen", EN: "Regions"},
    "field_note": {DE: "Stand", EN: "Note"},
    "field_updated": {DE: "Geprüft am", EN: "Reviewed on"},
    "field_depends_on": {DE: "Baut auf", EN: "Depends on"},
    "field_field": {DE: "Handlungsfeld", EN: "Field of action"},
    "field_visibility": {DE: "Sichtbarkeit", EN: "Visibility"},
    "field_description": {DE: "Beschreibung", EN: "Description"},
    "field_name": {DE: "Name", EN: "Name"},
}
