"""The sections of a plan file and their keys."""

from __future__ import annotations

from werkplan.schema import vocabularies as v
from werkplan.schema.records import (
    ATTRIBUTE_DEFINITIONS,
    COSTS,
    FUNDING,
    HORIZONS,
    MILESTONES,
    UPDATES,
    attributes_key,
    decisions_key,
    id_key,
    key,
    links_key,
    series_point,
)
from werkplan.schema.types import SectionSpec, ValueType

T = ValueType

PLAN = SectionSpec(
    "plan",
    "plan",
    False,
    (
        key(
            "id",
            T.ID,
            "Dauerhafte Kennung des Plans, bleibt über alle Fassungen gleich (trägt die "
            "Kalender-UIDs von `werkplan export -f ics`)",
            "Lasting identifier of the plan, the same across editions (carries the calendar "
            "UIDs of `werkplan export -f ics`)",
        ),
        key("title", T.TEXT, "Titel des Plans", "Title of the plan", required=True),
        key(
            "organisation",
            T.TEXT,
            "Herausgebende Verwaltung",
            "Administration that publishes the plan",
            required=True,
        ),
        key("description", T.TEXT, "Kurzbeschreibung", "Short description"),
        key(
            "period",
            T.MAPPING,
            "Laufzeit des Plans",
            "Period the plan covers",
            fields=(
                key(
                    "start",
                    T.TIMEFRAME,
                    "Beginn (JJJJ-MM-TT, JJJJ-MM, JJJJ-Q1 … oder JJJJ)",
                    "Start (YYYY-MM-DD, YYYY-MM, YYYY-Q1 … or YYYY)",
                    required=True,
                ),
                key(
                    "end",
                    T.TIMEFRAME,
                    "Ende (JJJJ-MM-TT, JJJJ-MM, JJJJ-Q4 … oder JJJJ)",
                    "End (YYYY-MM-DD, YYYY-MM, YYYY-Q4 … or YYYY)",
                    required=True,
                ),
            ),
        ),
        key(
            "language",
            T.CHOICE,
            "Sprache der Ausgaben",
            "Language of all output",
            vocabulary=v.LANGUAGE,
            default="de",
        ),
        key(
            "accessibility_statement",
            T.TEXT,
            "Adresse der Erklärung zur Barrierefreiheit (für veröffentlichte Berichte)",
            "Address of the accessibility statement (for published reports)",
        ),
        key(
            "settings",
            T.MAPPING,
            "Einstellungen",
            "Settings",
            fields=(
                key(
                    "stale_after_days",
                    T.INT,
                    "Nach wie vielen Tagen ohne Statusprüfung (`updated`) ein Status veraltet ist",
                    "Days without a status review (`updated`) after which a status is stale",
                    default=90,
                    minimum=1,
                    maximum=3650,
                ),
                key(
                    "due_soon_days",
                    T.INT,
                    "Wie viele Tage im Voraus eine Frist als „bald fällig“ gilt",
                    "How many days ahead a deadline counts as due soon",
                    default=42,
                    minimum=1,
                    maximum=3650,
                ),
            ),
        ),
        HORIZONS,
        key(
            "labels",
            T.LABELS,
            "Eigene Bezeichnungen für erlaubte Werte, z. B. {status: {planned: Nicht begonnen}}",
            "The plan's own labels for allowed values, e.g. {status: {planned: Not started}}",
        ),
        ATTRIBUTE_DEFINITIONS,
        key(
            "report",
            T.MAPPING,
            "Einstellungen des Berichts",
            "Report settings",
            fields=(
                key(
                    "columns",
                    T.ID_LIST,
                    "Merkmale, die der Bericht als Spalten der Maßnahmentabellen zeigt",
                    "Attributes the report shows as columns of the measure tables",
                    ref="attributes",
                ),
            ),
        ),
        decisions_key(),
        links_key(),
    ),
    "Angaben zum Plan (genau einmal je Plan-Verzeichnis)",
    "About the plan (exactly once per plan directory)",
)

ACTORS = SectionSpec(
    "actors",
    "actor",
    True,
    (
        id_key(),
        key(
            "name",
            T.TEXT,
            "Name der Stelle oder des Gremiums (keine Privatperson)",
            "Name of the office or body (never a private person)",
            required=True,
        ),
        key(
            "kind",
            T.CHOICE,
            "Art des Akteurs",
            "Kind of actor",
            required=True,
            vocabulary=v.ACTOR_KIND,
        ),
        key(
            "parent",
            T.ID,
            "Übergeordnete Stelle (Akteurs-ID)",
            "Parent body (actor id)",
            ref="actors",
        ),
        key(
            "contact",
            T.TEXT,
            "Funktionaler Kontakt, z. B. ein Funktionspostfach",
            "Functional contact such as a team mailbox",
        ),
        key("description", T.TEXT, "Beschreibung", "Description"),
        links_key(),
        attributes_key(),
    ),
    "Akteure: Ämter, Beiräte, Vereine, Gemeinden – Rollen, keine Personen",
    "Actors: offices, advisory boards, associations, municipalities – roles, not persons",
)

REGIONS = SectionSpec(
    "regions",
    "region",
    True,
    (
        id_key(),
        key(
            "name", T.TEXT, "Name der Planungsregion", "Name of the planning region", required=True
        ),
        key(
            "municipalities",
            T.TEXT_LIST,
            "Gemeinden, Ämter und Städte der Region",
            "Municipalities in the region",
        ),
        key("description", T.TEXT, "Beschreibung", "Description"),
    ),
    "Planungsregionen",
    "Planning regions",
)

SWOT = SectionSpec(
    "swot",
    "swot",
    True,
    (
        id_key(),
        key(
            "kind",
            T.CHOICE,
            "Stärke, Schwäche, Chance oder Risiko",
            "Strength, weakness, opportunity or threat",
            required=True,
            vocabulary=v.SWOT_KIND,
        ),
        key(
            "text", T.TEXT, "Aussage aus der SWOT-Analyse", "Statement from the SWOT", required=True
        ),
    ),
    "Aussagen der SWOT-Analyse aus dem Kommunalprofil",
    "Statements of the SWOT analysis from the municipal profile",
)

FIELDS = SectionSpec(
    "fields",
    "field",
    True,
    (
        id_key(),
        key(
            "title",
            T.TEXT,
            "Titel des Handlungsfelds",
            "Title of the field of action",
            required=True,
        ),
        key("description", T.TEXT, "Beschreibung", "Description"),
        key(
            "swot",
            T.ID_LIST,
            "Zugehörige SWOT-Aussagen (IDs)",
            "Related SWOT statements (ids)",
            ref="swot",
        ),
        attributes_key(),
    ),
    "Handlungsfelder der Demografiestrategie",
    "Fields of action of the demography strategy",
)

GOALS = SectionSpec(
    "goals",
    "goal",
    True,
    (
        id_key(),
        key(
            "field", T.ID, "Handlungsfeld (ID)", "Field of action (id)", required=True, ref="fields"
        ),
        key("title", T.TEXT, "Ziel (Qualitätsziel)", "Goal", required=True),
        key("description", T.TEXT, "Beschreibung", "Description"),
        key(
            "indicator",
            T.TEXT,
            "Indikator in Worten (messbar: Abschnitt `indicators:`)",
            "Indicator in words (measurable: section `indicators:`)",
        ),
        key("target", T.TEXT, "Zielwert in Worten", "Target value in words"),
        attributes_key(),
    ),
    "Ziele je Handlungsfeld",
    "Goals per field of action",
)

INDICATORS = SectionSpec(
    "indicators",
    "indicator",
    True,
    (
        id_key(),
        key("title", T.TEXT, "Name der Kennzahl", "Name of the indicator", required=True),
        key(
            "description",
            T.TEXT,
            "Beschreibung, Abgrenzung, Berechnung",
            "Description, definition, calculation",
        ),
        key(
            "unit",
            T.TEXT,
            "Einheit, z. B. Orte, %, Personen, t/a, €",
            "Unit, e.g. places, %, persons, t/a, €",
        ),
        key(
            "decimals",
            T.INT,
            "Nachkommastellen in der Ausgabe",
            "Decimal places shown",
            minimum=0,
            maximum=6,
        ),
        key(
            "direction",
            T.CHOICE,
            "Soll die Kennzahl steigen oder sinken? (`none`: nur Kontext)",
            "Should the indicator rise or fall? (`none`: context only)",
            vocabulary=v.DIRECTION,
        ),
        key(
            "goals", T.ID_LIST, "Ziele, die sie misst (IDs)", "Goals it measures (ids)", ref="goals"
        ),
        key(
            "measures",
            T.ID_LIST,
            "Maßnahmen, deren Fortschritt sie zeigt (IDs)",
            "Measures whose progress it shows (ids)",
            ref="measures",
        ),
        key(
            "source",
            T.MAPPING,
            "Quelle der Werte",
            "Source of the values",
            record="source",
            fields=(
                key(
                    "name",
                    T.TEXT,
                    "Quelle, z. B. Statistisches Amt M-V oder Beispielwerte",
                    "Source, e.g. a statistics office, or sample values",
                ),
                key("url", T.URL, "Adresse der Quelle", "Address of the source"),
                key(
                    "license",
                    T.TEXT,
                    "Lizenz der Daten, z. B. dl-de/by-2-0",
                    "Licence of the data, e.g. dl-de/by-2-0",
                ),
            ),
        ),
        key(
            "resolution",
            T.CHOICE,
            "Zeitliche Auflösung der Werte",
            "Time resolution of the values",
            vocabulary=v.RESOLUTION,
        ),
        key(
            "update_every_days",
            T.INT,
            "Nach so vielen Tagen ohne neuen Wert gilt die Kennzahl als veraltet",
            "Days without a new value after which the indicator is stale",
            minimum=1,
            maximum=36500,
        ),
        key(
            "regions",
            T.ID_LIST,
            "Planungsregionen, für die Werte vorliegen können (IDs)",
            "Planning regions values may be given for (ids)",
            ref="regions",
        ),
        key(
            "min",
            T.NUMBER,
            "Kleinster möglicher Wert (z. B. 0)",
            "Smallest possible value (e.g. 0)",
        ),
        key(
            "max",
            T.NUMBER,
            "Größter möglicher Wert (z. B. 100 bei %)",
            "Largest possible value (e.g. 100 for %)",
        ),
        series_point(
            "baseline",
            "baseline",
            "Ausgangswert: {date, value}",
            "Baseline: {date, value}",
            region=False,
        ),
        series_point(
            "targets",
            "target",
            "Zielwerte: Liste von {date, value}",
            "Targets: list of {date, value}",
        ),
        series_point(
            "values",
            "value",
            "Gemessene Werte: Liste von {date, value, region}",
            "Measured values: list of {date, value, region}",
        ),
        key(
            "values_file",
            T.TEXT,
            "CSV-Datei mit weiteren Werten (date;value;region;note), relativ zu dieser Datei",
            "CSV file with more values (date;value;region;note), relative to this file",
        ),
        key(
            "visibility",
            T.CHOICE,
            "Sichtbarkeit in veröffentlichten Berichten",
            "Visibility in published reports",
            vocabulary=v.VISIBILITY,
            default="public",
        ),
        attributes_key(),
    ),
    "Kennzahlen (Indikatoren) mit Ausgangswert, Zielwerten und gemessenen Werten",
    "Indicators with baseline, targets and measured values",
)

MEASURES = SectionSpec(
    "measures",
    "measure",
    True,
    (
        id_key(),
        key(
            "number",
            T.TEXT,
            "Nummer aus dem Originalplan, z. B. „Ü1“ oder „B5+6“ (wird vor dem Titel gezeigt)",
            "Number from the original plan, e.g. 'Ü1' (shown before the title)",
        ),
        key("title", T.TEXT, "Kurztitel der Maßnahme", "Short title", required=True),
        key(
            "goals",
            T.ID_LIST,
            "Ziele, zu denen die Maßnahme beiträgt (IDs)",
            "Goals the measure serves (ids)",
            ref="goals",
        ),
        key(
            "field",
            T.ID,
            "Handlungsfeld (ID), wenn kein Ziel passt",
            "Field of action (id) where no goal fits",
            ref="fields",
        ),
        key(
            "parent",
            T.ID,
            "Übergeordnete Maßnahme (ID): macht diese zur Teilmaßnahme oder zum Kleinprojekt "
            "darunter",
            "Parent measure (id): makes this a sub-measure or small project under it",
            ref="measures",
        ),
        key(
            "kind",
            T.CHOICE,
            "Maßnahme oder Kleinprojekt",
            "Measure or small project",
            vocabulary=v.MEASURE_KIND,
            default="measure",
        ),
        key(
            "owner",
            T.ID_OR_IDS,
            "Verantwortliche Stelle (Akteurs-ID) oder Liste gemeinsam Verantwortlicher; die erste "
            "koordiniert",
            "Responsible body (actor id), or a list for a joint lead; the first coordinates",
            ref="actors",
        ),
        key(
            "partners",
            T.ID_LIST,
            "Beteiligte, die zugesagt haben (Akteurs-IDs)",
            "Partners who have committed (actor ids)",
            ref="actors",
        ),
        key(
            "supporters",
            T.ID_LIST,
            "Wer unterstützen könnte, aber noch nicht zugesagt hat (Akteurs-IDs)",
            "Who could support but has not committed (actor ids)",
            ref="actors",
        ),
        key(
            "regions", T.ID_LIST, "Planungsregionen (IDs)", "Planning regions (ids)", ref="regions"
        ),
        key("locations", T.TEXT_LIST, "Orte und Gebäude", "Places and buildings"),
        key(
            "horizon",
            T.ID,
            "Zeithorizont (ID aus `plan.horizons`); ohne `due` ist sein Ende die Frist",
            "Horizon (id from `plan.horizons`); without `due` its end is the deadline",
            ref="horizons",
        ),
        key(
            "start",
            T.TIMEFRAME,
            "Umsetzungsbeginn (Tag, Monat, Quartal, Halbjahr oder Jahr)",
            "Start of implementation (day, month, quarter, half-year or year)",
        ),
        key(
            "due",
            T.TIMEFRAME,
            "Frist: Tag, Monat, Quartal, Halbjahr oder Jahr (fällig mit dessen letztem Tag)",
            "Deadline: day, month, quarter, half-year or year (due on its last day)",
        ),
        key("status", T.CHOICE, "Umsetzungsstand", "Status", required=True, vocabulary=v.STATUS),
        key(
            "assessment",
            T.CHOICE,
            "Einschätzung des Teams (Ampel)",
            "The team's assessment (traffic light)",
            vocabulary=v.ASSESSMENT,
        ),
        key("progress", T.INT, "Umsetzungsgrad in %", "Progress in %", minimum=0, maximum=100),
        key("updated", T.DATE, "Datum der letzten Statusprüfung", "Date of the last status review"),
        key(
            "depends_on",
            T.ID_LIST,
            "Baut auf diesen Maßnahmen auf (IDs)",
            "Builds on these measures (ids)",
            ref="measures",
        ),
        key(
            "related",
            T.ID_LIST,
            "Siehe auch (Maßnahmen-IDs)",
            "See also (measure ids)",
            ref="measures",
        ),
        key(
            "merged_into",
            T.ID,
            "Fortgeführt in dieser Maßnahme (ID; bei Status `merged`)",
            "Continued in this measure (id; with status `merged`)",
            ref="measures",
        ),
        key(
            "superseded_by",
            T.ID,
            "Ersetzt durch diese Maßnahme (ID)",
            "Replaced by this measure (id)",
            ref="measures",
        ),
        MILESTONES,
        key(
            "description",
            T.TEXT,
            "Beschreibung: Hintergrund, Ziel, Schritte",
            "Description: background, aim, steps",
        ),
        key("target_groups", T.TEXT_LIST, "Zielgruppen", "Target groups"),
        key("budget", T.TEXT, "Budget oder Ressourcen in Worten", "Budget or resources in words"),
        COSTS,
        FUNDING,
        decisions_key(),
        links_key(),
        UPDATES,
        attributes_key(),
        key(
            "visibility",
            T.CHOICE,
            "Sichtbarkeit in veröffentlichten Berichten",
            "Visibility in published reports",
            vocabulary=v.VISIBILITY,
            default="public",
        ),
        key("note", T.TEXT, "Aktueller Stand in einem Absatz", "Current state, one paragraph"),
    ),
    "Maßnahmen: wer macht was bis wann",
    "Measures: who does what by when",
)

EVENTS = SectionSpec(
    "events",
    "event",
    True,
    (
        id_key(),
        key("title", T.TEXT, "Titel der Veranstaltung", "Title of the event", required=True),
        key("date", T.DATE, "Datum", "Date", required=True),
        key(
            "kind",
            T.CHOICE,
            "Art der Veranstaltung",
            "Kind of event",
            required=True,
            vocabulary=v.EVENT_KIND,
        ),
        key("region", T.ID, "Planungsregion (ID)", "Planning region (id)", ref="regions"),
        key("location", T.TEXT, "Ort", "Place"),
        key(
            "participants",
            T.ID_LIST,
            "Beteiligte (Akteurs-IDs)",
            "Participants (actor ids)",
            ref="actors",
        ),
        key(
            "results",
            T.ID_LIST,
            "Daraus entstandene Maßnahmen (IDs)",
            "Measures that came out of it (ids)",
            ref="measures",
        ),
        key("note", T.TEXT, "Ergebnisse in Kürze", "Results in brief"),
        attributes_key(),
    ),
    "Zukunftswerkstätten, Regionalkonferenzen und Treffen",
    "Future workshops, regional conferences and meetings",
)

SECTIONS: tuple[SectionSpec, ...] = (
    PLAN,
    ACTORS,
    REGIONS,
    SWOT,
    FIELDS,
    GOALS,
    INDICATORS,
    MEASURES,
    EVENTS,
)
