"""Labels of values, and the words people write for them.

``VOCABULARIES`` maps a vocabulary to its values and their labels: the format's own
vocabularies (status, kinds, …) come from werkplan.schema.vocabularies, where they are defined
once with their values; the others below label the words werkplan itself uses in messages.
Look labels up with ``i18n.label(vocabulary, value, lang, plan.labels)``, which prefers the
plan's own labels.
"""

from __future__ import annotations

from werkplan.i18n.languages import DE, EN
from werkplan.schema.vocabularies import VOCABULARIES as SCHEMA_VOCABULARIES

# Words people write for a value, beyond its labels; used to suggest the right key.
SYNONYMS: dict[str, dict[str, str]] = {
    "status": {
        "erledigt": "done",
        "fertig": "done",
        "abgeschlossen": "done",
        "umgesetzt": "done",
        "neu": "planned",
        "geplant": "planned",
        "vorbereitung": "preparing",
        "in arbeit": "in_progress",
        "begonnen": "in_progress",
        "umsetzung": "in_progress",
        "dauerhaft": "ongoing",
        "daueraufgabe": "ongoing",
        "pausiert": "on_hold",
        "ruht": "on_hold",
        "verschoben": "on_hold",
        "gestrichen": "dropped",
        "entfällt": "dropped",
        "abgebrochen": "dropped",
        "in planung": "preparing",
        "beendet": "done",
        "verworfen": "dropped",
        "nicht begonnen": "planned",
        "noch nicht begonnen": "planned",
        "nicht gestartet": "planned",
        "noch nicht gestartet": "planned",
        "noch nicht umgesetzt": "planned",
        "not started": "planned",
        "cancelled": "dropped",
        "canceled": "dropped",
    },
    "actor_kind": {
        "amt": "office",
        "behörde": "office",
        "verwaltung": "office",
        "stabsstelle": "office",
        "beirat": "board",
        "ausschuss": "committee",
        "gremium": "committee",
        "kreistag": "committee",
        "verein": "association",
        "verband": "association",
        "gemeinde": "municipality",
        "stadt": "municipality",
        "kommune": "municipality",
        "netzwerk": "network",
        "firma": "company",
        "unternehmen": "company",
        "fraktion": "politics",
        "fraktionen": "politics",
        "bürger": "citizens",
        "bürgerschaft": "citizens",
        "einwohner": "citizens",
        "gruppe": "group",
    },
    "event_kind": {
        "werkstatt": "workshop",
        "konferenz": "conference",
        "regionalkonferenz": "conference",
        "sitzung": "meeting",
        "auftakt": "kickoff",
        "kick-off": "kickoff",
        "umfrage": "survey",
        "bilanz": "review",
        "halbzeitbilanz": "review",
    },
}

# Words that could mean more than one value: never guessed, the reader is asked to choose.
AMBIGUOUS_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "status": {
        "läuft": ("in_progress", "ongoing"),
        "laufend": ("in_progress", "ongoing"),
        "offen": ("planned", "preparing", "in_progress"),
        "aktiv": ("in_progress", "ongoing"),
        # stopped for now, or for good
        "gestoppt": ("on_hold", "dropped"),
        "stopped": ("on_hold", "dropped"),
        # not yet, or not at all: both are said; "noch nicht umgesetzt" is planned above
        "nicht umgesetzt": ("planned", "dropped"),
    },
}

VOCABULARIES: dict[str, dict[str, dict[str, str]]] = {
    **{
        name: {choice.value: {DE: choice.de, EN: choice.en} for choice in vocabulary.choices}
        for name, vocabulary in SCHEMA_VOCABULARIES.items()
    },
    "entity": {
        "plan": {DE: "Plan", EN: "Plan"},
        "file": {DE: "Plan-Datei", EN: "plan file"},
        "actor": {DE: "Akteur", EN: "Actor"},
        "region": {DE: "Region", EN: "Region"},
        "swot": {DE: "SWOT-Aussage", EN: "SWOT statement"},
        "field": {DE: "Handlungsfeld", EN: "Field of action"},
        "goal": {DE: "Ziel", EN: "Goal"},
        "measure": {DE: "Maßnahme", EN: "Measure"},
        "event": {DE: "Veranstaltung", EN: "Event"},
        "indicator": {DE: "Kennzahl", EN: "Indicator"},
        "horizon": {DE: "Zeithorizont", EN: "Horizon"},
        "label": {DE: "Bezeichnung", EN: "Label"},
    },
    # One entry of a list of entries, by the list's key: "Meilenstein 2" (i18n.format_key_path).
    "entry": {
        "milestones": {DE: "Meilenstein", EN: "milestone"},
        "updates": {DE: "Sachstand", EN: "status entry"},
        "funding": {DE: "Finanzierung", EN: "funding entry"},
        "decisions": {DE: "Beschluss", EN: "decision"},
        "links": {DE: "Verweis", EN: "link"},
        "horizons": {DE: "Zeithorizont", EN: "horizon"},
        "attributes": {DE: "Merkmal", EN: "attribute"},
        "choices": {DE: "Auswahlwert", EN: "choice"},
        "targets": {DE: "Zielwert", EN: "target"},
        "values": {DE: "Wert", EN: "value"},
    },
    "vocabulary": {
        name: {DE: vocabulary.de, EN: vocabulary.en}
        for name, vocabulary in SCHEMA_VOCABULARIES.items()
    },
    "kind": {
        "text": {DE: "einen Text", EN: "a text"},
        "id": {DE: "eine ID", EN: "an id"},
        "id_list": {
            DE: "eine Liste von IDs, z. B. [A-1, A-2]",
            EN: "a list of ids, for example [A-1, A-2]",
        },
        "text_list": {DE: "eine Liste von Texten", EN: "a list of texts"},
        "date": {DE: "ein Datum (JJJJ-MM-TT)", EN: "a date (YYYY-MM-DD)"},
        "int": {DE: "eine ganze Zahl", EN: "a whole number"},
        "choice": {DE: "einen der erlaubten Werte", EN: "one of the allowed values"},
        "mapping": {DE: "eine Zuordnung (Schlüssel: Wert)", EN: "a mapping (key: value)"},
        "label": {
            DE: "einen Text oder {de: …, en: …}",
            EN: "a text or {de: …, en: …}",
        },
        "id_or_ids": {
            DE: "eine ID oder eine Liste von IDs, z. B. [A-1, A-2]",
            EN: "an id or a list of ids, for example [A-1, A-2]",
        },
        "timeframe": {
            DE: "einen Zeitraum (2026-06-30, 2026-06, 2026-Q4, 2026-H2 oder 2026)",
            EN: "a time frame (2026-06-30, 2026-06, 2026-Q4, 2026-H2 or 2026)",
        },
        "number": {DE: "eine Zahl, z. B. 1100000 oder 1.5", EN: "a number such as 1100000 or 1.5"},
        "amount": {
            DE: "einen Betrag in Euro, z. B. 12000 oder 12.50",
            EN: "an amount in euros such as 12000 or 12.50",
        },
        "bool": {DE: "ja oder nein (true/false)", EN: "yes or no (true/false)"},
        "choice_list": {
            DE: "eine Liste erlaubter Werte",
            EN: "a list of allowed values",
        },
        "url": {DE: "eine Adresse (https://…)", EN: "an address (https://…)"},
        "records": {
            DE: "eine Liste von Einträgen mit `- `",
            EN: "a list of entries starting with `- `",
        },
        "year_amounts": {
            DE: "Beträge nach Jahren, z. B. {2026: 450000, 2027: 450000}",
            EN: "amounts by year, for example {2026: 450000, 2027: 450000}",
        },
        "attributes": {
            DE: "Merkmale als Schlüssel: Wert, z. B. {prioritaet: 3}",
            EN: "attributes as key: value, for example {priority: 3}",
        },
        "labels": {
            DE: "Bezeichnungen je Auswahlliste, z. B. {status: {planned: Nicht begonnen}}",
            EN: "labels per vocabulary, for example {status: {planned: Not started}}",
        },
        "scalar": {DE: "einen einzelnen Wert", EN: "a single value"},
    },
    "found": {
        "a_mapping": {DE: "Angaben als Schlüssel: Wert", EN: "key: value lines"},
        "a_list": {DE: "eine Liste", EN: "a list"},
        "a_text": {DE: "ein einzelner Wert", EN: "a single value"},
        "nothing": {DE: "nichts", EN: "nothing"},
    },
    "os_error": {
        "ENOSPC": {DE: "kein Platz mehr auf dem Datenträger", EN: "no space left on the disk"},
        "EDQUOT": {DE: "Speicherkontingent erschöpft", EN: "disk quota exhausted"},
        "EFBIG": {DE: "Datei größer als erlaubt", EN: "file larger than allowed"},
        "EROFS": {DE: "Datenträger nur lesbar", EN: "read-only file system"},
        "EACCES": {DE: "keine Schreibrechte", EN: "no permission to write"},
        "EPERM": {DE: "nicht erlaubt", EN: "not permitted"},
        "ENOTDIR": {DE: "ein Teil des Pfads ist kein Ordner", EN: "part of the path is no folder"},
        "EISDIR": {DE: "das ist ein Ordner", EN: "it is a folder"},
        "ENOENT": {DE: "der Ordner existiert nicht", EN: "the folder does not exist"},
    },
    # Column headers of the exported sheets; `import-status` and `import-values` recognise
    # their columns by these headers (German or English) or by the keys.
    "column": {
        "id": {DE: "ID", EN: "ID"},
        "number": {DE: "Nr.", EN: "No."},
        "title": {DE: "Maßnahme", EN: "Measure"},
        "kind": {DE: "Art", EN: "Kind"},
        "parent": {DE: "Übergeordnete Maßnahme (ID)", EN: "Parent measure (id)"},
        "field": {DE: "Handlungsfeld", EN: "Field of action"},
        "goals": {DE: "Ziele", EN: "Goals"},
        "owner": {DE: "Verantwortlich (ID)", EN: "Owner (id)"},
        "owner_name": {DE: "Verantwortlich", EN: "Owner name"},
        "partners": {DE: "Beteiligte", EN: "Partners"},
        "supporters": {DE: "Mögliche Unterstützer", EN: "Possible supporters"},
        "regions": {DE: "Regionen", EN: "Regions"},
        "horizon": {DE: "Zeithorizont", EN: "Horizon"},
        "start": {DE: "Beginn", EN: "Start"},
        "due": {DE: "Frist", EN: "Deadline"},
        "status": {DE: "Status", EN: "Status"},
        "merged_into": {DE: "Zusammengeführt in (ID)", EN: "Merged into (id)"},
        "assessment": {DE: "Einschätzung", EN: "Assessment"},
        "progress": {DE: "Umsetzungsgrad (%)", EN: "Progress (%)"},
        "updated": {DE: "Geprüft am", EN: "Reviewed on"},
        "overdue_days": {DE: "Tage überfällig", EN: "Days overdue"},
        "costs_total": {DE: "Kosten gesamt", EN: "Total costs"},
        "costs_per_year": {DE: "Kosten pro Jahr", EN: "Costs per year"},
        "staff": {DE: "Personal (VZÄ)", EN: "Staff (FTE)"},
        "funding_secured": {DE: "Förderung gesichert", EN: "Funding secured"},
        "funding_pending": {DE: "Förderung geplant/beantragt", EN: "Funding planned/applied"},
        "note": {DE: "Stand", EN: "Note"},
        # the long table of indicator values (`export --indicators`, `import-values`)
        "indicator": {DE: "Kennzahl (ID)", EN: "Indicator (id)"},
        "indicator_title": {DE: "Kennzahl", EN: "Indicator"},
        "date": {DE: "Zeitpunkt", EN: "Date"},
        "region": {DE: "Region (ID)", EN: "Region (id)"},
        "region_name": {DE: "Region", EN: "Region"},
        "value": {DE: "Wert", EN: "Value"},
        "unit": {DE: "Einheit", EN: "Unit"},
        "source": {DE: "Quelle", EN: "Source"},
        "value_note": {DE: "Anmerkung", EN: "Note"},
    },
    "month": {
        str(number): {DE: de, EN: en}
        for number, (de, en) in enumerate(
            [
                ("Januar", "January"),
                ("Februar", "February"),
                ("März", "March"),
                ("April", "April"),
                ("Mai", "May"),
                ("Juni", "June"),
                ("Juli", "July"),
                ("August", "August"),
                ("September", "September"),
                ("Oktober", "October"),
                ("November", "November"),
                ("Dezember", "December"),
            ],
            start=1,
        )
    },
}
