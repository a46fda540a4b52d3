"""Texts of the change log (`werkplan changes`, and the report's "changes since" section).

``changes.key_*`` name the plan keys whose change is shown, where no shared label (report
texts) names them already; ``changes.part_*`` the keys inside a record or mapping
(``changes.part_<record>_<key>`` where one record means something else by the key);
``changes.item_*`` and ``changes.record_*`` word a record that came, went or changed.
werkplan/history/output.py chooses.
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
    "changes.entity_added": {DE: "{what}{title} hinzugefügt", EN: "{what}{title} added"},
    "changes.entity_removed": {DE: "{what}{title} entfernt", EN: "{what}{title} removed"},
    "changes.entity_changed": {DE: "{what}{title} geändert", EN: "{what}{title} changed"},
    "changes.moved_file": {DE: "verschoben von {old} nach {new}", EN: "moved from {old} to {new}"},
    "changes.moved_later": {
        DE: "({days:# Tag|# Tage} später)",
        EN: "({days:# day|# days} later)",
    },
    "changes.moved_earlier": {
        DE: "({days:# Tag|# Tage} früher)",
        EN: "({days:# day|# days} earlier)",
    },
    "changes.uncommitted": {DE: "noch nicht eingecheckt", EN: "not committed yet"},
    "changes.empty": {DE: "(leer)", EN: "(empty)"},  # "ja" is the catalogue's `yes`
    "changes.until": {DE: "bis {end}", EN: "until {end}"},
    "changes.from_until": {DE: "{start} bis {end}", EN: "{start} to {end}"},
    "changes.unit_staff": {DE: "VZÄ", EN: "FTE"},
    "changes.cost_year": {DE: "Kosten {year}", EN: "Costs {year}"},
    # A record of a list (milestone, value, status entry, …) that came, went or changed.
    "changes.record_added": {DE: "{what} neu{summary}", EN: "{what} added{summary}"},
    "changes.record_removed": {DE: "{what} entfernt{summary}", EN: "{what} removed{summary}"},
    "changes.milestone_reached": {
        DE: "{what} erreicht am {date}",
        EN: "{what} reached on {date}",
    },
    "changes.milestone_open": {
        DE: "{what} wieder offen (war erreicht am {date})",
        EN: "{what} open again (was reached on {date})",
    },
    "changes.item_milestone": {DE: "Meilenstein {name}", EN: "Milestone {name}"},
    "changes.item_funding": {DE: "Förderung {name}", EN: "Funding {name}"},
    "changes.item_link": {DE: "Verweis", EN: "Link"},
    "changes.item_update": {DE: "Sachstand vom {date}", EN: "Status entry of {date}"},
    "changes.item_target": {DE: "Zielwert {date}", EN: "Target {date}"},
    "changes.item_value": {DE: "Wert {date}", EN: "Value {date}"},
    "changes.item_horizon": {DE: "Zeithorizont {name}", EN: "Horizon {name}"},
    "changes.item_attribute": {DE: "Merkmal {name}", EN: "Attribute {name}"},
    "changes.item_label": {
        DE: "Bezeichnung für {vocabulary} {value}",
        EN: "Label of {vocabulary} {value}",
    },
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
    "changes.key_number": {DE: "Nummer", EN: "Number"},
    "changes.key_supporters": {DE: "Könnten unterstützen", EN: "Could support"},
    "changes.key_horizon": {DE: "Zeithorizont", EN: "Horizon"},
    "changes.key_progress": {DE: "Umsetzungsgrad", EN: "Progress"},
    "changes.key_merged_into": {DE: "Fortgeführt in", EN: "Continued in"},
    "changes.key_superseded_by": {DE: "Ersetzt durch", EN: "Replaced by"},
    "changes.key_links": {DE: "Verweise", EN: "Links"},
    "changes.key_updates": {DE: "Sachstände", EN: "Status entries"},
    "changes.key_attributes": {DE: "Merkmale", EN: "Attributes"},
    "changes.key_decimals": {DE: "Nachkommastellen", EN: "Decimal places"},
    "changes.key_direction": {DE: "Richtung", EN: "Direction"},
    "changes.key_resolution": {DE: "Zeitliche Auflösung", EN: "Time resolution"},
    "changes.key_update_every_days": {
        DE: "Neuer Wert spätestens nach (Tagen)",
        EN: "New value due after (days)",
    },
    "changes.key_min": {DE: "Kleinster möglicher Wert", EN: "Smallest possible value"},
    "changes.key_max": {DE: "Größter möglicher Wert", EN: "Largest possible value"},
    "changes.key_targets": {DE: "Zielwerte", EN: "Targets"},
    "changes.key_values_file": {DE: "Datei mit Werten", EN: "Values file"},
    "changes.key_plan_id": {DE: "Kennung des Plans", EN: "Identifier of the plan"},
    "changes.key_organisation": {DE: "Herausgeber", EN: "Publisher"},
    "changes.key_language": {DE: "Sprache", EN: "Language"},
    "changes.key_settings": {DE: "Einstellungen", EN: "Settings"},
    "changes.key_horizons": {DE: "Zeithorizonte", EN: "Horizons"},
    "changes.key_labels": {DE: "Eigene Bezeichnungen", EN: "Own labels"},
    "changes.key_report": {DE: "Bericht", EN: "Report"},
    # Keys inside a mapping or a record (``changes.part_<record>_<key>`` before
    # ``changes.part_<key>``): "Kosten gesamt", "Meilenstein „Konzept“, Frist: …".
    "changes.part_costs_total": {DE: "Kosten gesamt", EN: "Total costs"},
    "changes.part_costs_staff": {DE: "Personal", EN: "Staff"},
    "changes.part_costs_note": {DE: "Kosten, Anmerkung", EN: "Costs, note"},
    "changes.part_source_url": {DE: "Quelle, Adresse", EN: "Source address"},
    "changes.part_source_license": {DE: "Lizenz der Daten", EN: "Licence of the data"},
    "changes.part_period_start": {DE: "Laufzeit, Beginn", EN: "Period start"},
    "changes.part_period_end": {DE: "Laufzeit, Ende", EN: "Period end"},
    "changes.part_settings_stale_after_days": {
        DE: "Status veraltet nach (Tagen)",
        EN: "Status stale after (days)",
    },
    "changes.part_settings_due_soon_days": {
        DE: "Bald fällig (Tage vorher)",
        EN: "Due soon (days ahead)",
    },
    "changes.part_report_columns": {DE: "Spalten im Bericht", EN: "Report columns"},
    "changes.part_update_note": {DE: "Sachstand", EN: "Text"},
    "changes.part_milestone_done": {DE: "erreicht am", EN: "reached on"},
    "changes.part_decision_title": {DE: "Gegenstand", EN: "Subject"},
    "changes.part_id": {DE: "Kennung", EN: "Identifier"},
    "changes.part_note": {DE: "Anmerkung", EN: "Note"},
    "changes.part_source": {DE: "Fördergeber", EN: "Funder"},
    "changes.part_body": {DE: "Gremium", EN: "Body"},
    "changes.part_reference": {DE: "Vorlage", EN: "Reference"},
    "changes.part_url": {DE: "Adresse", EN: "Address"},
    "changes.part_label": {DE: "Bezeichnung", EN: "Label"},
    "changes.part_end": {DE: "Ende", EN: "End"},
    "changes.part_choices": {DE: "Auswahl", EN: "Choices"},
    "changes.part_applies_to": {DE: "Gilt für", EN: "Applies to"},
    "changes.part_min": {DE: "Kleinster Wert", EN: "Smallest value"},
    "changes.part_max": {DE: "Größter Wert", EN: "Largest value"},
    "changes.part_required": {DE: "Pflichtangabe", EN: "Required"},
    "changes.part_description": {DE: "Erläuterung", EN: "Description"},
}
