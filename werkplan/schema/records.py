"""Keys that several sections share, and the records (lists of small mappings) they hold."""

from __future__ import annotations

from werkplan.schema import vocabularies as v
from werkplan.schema.types import KeySpec, ValueType


def key(name: str, value_type: ValueType, de: str, en: str, **options: object) -> KeySpec:
    return KeySpec(name, value_type, de, en, **options)  # type: ignore[arg-type]


def id_key(de: str = "Eindeutige Kennung", en: str = "Unique identifier") -> KeySpec:
    return key("id", ValueType.ID, de, en, required=True)


def records(
    name: str, record: str, de: str, en: str, *fields: KeySpec, **options: object
) -> KeySpec:
    return key(name, ValueType.RECORDS, de, en, fields=fields, record=record, **options)


def attributes_key() -> KeySpec:
    return key(
        "attributes",
        ValueType.ATTRIBUTES,
        "Werte der Merkmale, die der Plan unter `plan.attributes` festlegt",
        "Values of the attributes the plan defines under `plan.attributes`",
    )


def visibility_key() -> KeySpec:
    """Whether an entry appears in published reports and exports (`--public`)."""
    return key(
        "visibility",
        ValueType.CHOICE,
        "Sichtbarkeit in veröffentlichten Berichten",
        "Visibility in published reports",
        vocabulary=v.VISIBILITY,
        default="public",
    )


def links_key() -> KeySpec:
    return records(
        "links",
        "link",
        "Verweise auf Dokumente und Seiten",
        "Links to documents and pages",
        key("title", ValueType.TEXT, "Bezeichnung", "Title"),
        key(
            "url",
            ValueType.URL,
            "Adresse (https:, http: oder mailto:)",
            "Address (https:, http: or mailto:)",
            required=True,
        ),
    )


def decisions_key() -> KeySpec:
    return records(
        "decisions",
        "decision",
        "Beschlüsse von Gremien (Kreistag, Ausschüsse)",
        "Decisions of councils and committees",
        key(
            "body",
            ValueType.ID,
            "Beschließendes Gremium (Akteurs-ID)",
            "Deciding body (actor id)",
            ref="actors",
        ),
        key("date", ValueType.DATE, "Datum des Beschlusses", "Date of the decision"),
        key(
            "reference",
            ValueType.TEXT,
            "Vorlagen- oder Drucksachennummer, z. B. V/0021/2019",
            "Reference, e.g. V/0021/2019",
        ),
        key("title", ValueType.TEXT, "Gegenstand des Beschlusses", "Subject of the decision"),
        key(
            "url",
            ValueType.URL,
            "Adresse des Beschlusses (https:)",
            "Address of the decision (https:)",
        ),
        requires_any=("date", "reference"),
    )


MILESTONES = records(
    "milestones",
    "milestone",
    "Meilensteine und Schritte der Maßnahme",
    "Milestones and steps of the measure",
    key("title", ValueType.TEXT, "Meilenstein", "Milestone", required=True),
    key(
        "due",
        ValueType.TIMEFRAME,
        "Bis wann (Tag, Monat, Quartal, Halbjahr oder Jahr)",
        "By when (day, month, quarter, half-year or year)",
    ),
    key("done", ValueType.DATE, "Datum, an dem er erreicht wurde", "Date it was reached"),
    key("note", ValueType.TEXT, "Anmerkung", "Note"),
)

COSTS = key(
    "costs",
    ValueType.MAPPING,
    "Kosten in Euro",
    "Costs in euros",
    record="costs",
    fields=(
        key("total", ValueType.AMOUNT, "Kosten insgesamt (€)", "Total costs (€)", minimum=0),
        key("per_year", ValueType.AMOUNT, "Kosten je Jahr (€)", "Costs per year (€)", minimum=0),
        key(
            "by_year",
            ValueType.YEAR_AMOUNTS,
            "Kosten nach Jahren, z. B. {2026: 450000}",
            "Costs by year, e.g. {2026: 450000}",
            minimum=0,
        ),
        key(
            "staff",
            ValueType.NUMBER,
            "Personal in Vollzeitstellen (VZÄ)",
            "Staff in full-time equivalents",
            minimum=0,
        ),
        key("note", ValueType.TEXT, "Anmerkung zu den Kosten", "Note on the costs"),
    ),
)

FUNDING = records(
    "funding",
    "funding",
    "Förderung und Finanzierung",
    "Funding",
    key(
        "source", ValueType.TEXT, "Fördergeber oder Programm", "Funder or programme", required=True
    ),
    key("amount", ValueType.AMOUNT, "Betrag (€)", "Amount (€)", minimum=0),
    key(
        "status",
        ValueType.CHOICE,
        "Stand der Förderung",
        "Funding status",
        vocabulary=v.FUNDING_STATUS,
    ),
    key("note", ValueType.TEXT, "Anmerkung", "Note"),
)

UPDATES = records(
    "updates",
    "update",
    "Datierte Sachstände (ältere Berichte, ein Eintrag je Sitzung)",
    "Dated status entries (earlier reports, one per meeting)",
    key("date", ValueType.DATE, "Datum des Sachstands", "Date of the entry", required=True),
    key(
        "status",
        ValueType.CHOICE,
        "Umsetzungsstand zu diesem Datum",
        "Status at that date",
        vocabulary=v.STATUS,
    ),
    key(
        "assessment",
        ValueType.CHOICE,
        "Einschätzung zu diesem Datum",
        "Assessment at that date",
        vocabulary=v.ASSESSMENT,
    ),
    key(
        "progress",
        ValueType.INT,
        "Umsetzungsgrad in % zu diesem Datum",
        "Progress in % at that date",
        minimum=0,
        maximum=100,
    ),
    key("note", ValueType.TEXT, "Sachstand", "Status text"),
)

HORIZONS = records(
    "horizons",
    "horizon",
    "Benannte Zeithorizonte, z. B. kurzfristig bis 2026",
    "Named horizons, e.g. short term until 2026",
    id_key(),
    key(
        "label",
        ValueType.LABEL,
        "Bezeichnung, z. B. kurzfristig",
        "Label, e.g. short term",
        required=True,
    ),
    key("start", ValueType.TIMEFRAME, "Beginn", "Start"),
    key(
        "end",
        ValueType.TIMEFRAME,
        "Ende: Frist der Maßnahmen ohne eigene Frist",
        "End: deadline of measures without their own",
        required=True,
    ),
)

ATTRIBUTE_DEFINITIONS = records(
    "attributes",
    "attribute_definition",
    "Merkmale, die dieser Plan festlegt (Priorität, Bewertungen …)",
    "Attributes this plan defines (priority, ratings …)",
    id_key("Kennung des Merkmals, z. B. prioritaet", "Identifier of the attribute, e.g. priority"),
    key(
        "label",
        ValueType.LABEL,
        "Bezeichnung (Text oder {de: …, en: …})",
        "Label (text or {de: …, en: …})",
        required=True,
    ),
    key(
        "kind",
        ValueType.CHOICE,
        "Art der Werte",
        "Kind of values",
        required=True,
        vocabulary=v.ATTRIBUTE_KIND,
    ),
    records(
        "choices",
        "attribute_choice",
        "Erlaubte Werte (bei Auswahl), bei Rangfolge vom niedrigsten zum höchsten",
        "Allowed values (for choices), lowest first for an ordered choice",
        key(
            "value",
            ValueType.SCALAR,
            "Wert, wie er bei den Einträgen steht",
            "Value as entries write it",
            required=True,
        ),
        key("label", ValueType.LABEL, "Bezeichnung", "Label"),
    ),
    key(
        "applies_to",
        ValueType.CHOICE_LIST,
        "Abschnitte, in denen das Merkmal vorkommt",
        "Sections that carry the attribute",
        vocabulary=v.APPLIES_TO,
        default=("measures",),
    ),
    key("unit", ValueType.TEXT, "Einheit, z. B. t/a", "Unit, e.g. t/a"),
    key("min", ValueType.NUMBER, "Kleinster erlaubter Wert", "Smallest allowed value"),
    key("max", ValueType.NUMBER, "Größter erlaubter Wert", "Largest allowed value"),
    key("required", ValueType.BOOL, "Pflichtangabe bei jedem Eintrag", "Required on every entry"),
    key("description", ValueType.TEXT, "Erläuterung", "Explanation"),
)


def series_point(name: str, record: str, de: str, en: str, region: bool = True) -> KeySpec:
    """baseline, targets and values of an indicator: a dated number, optionally per region."""
    fields = [
        key(
            "date",
            ValueType.TIMEFRAME,
            "Zeitpunkt oder Zeitraum (2025, 2025-Q3, 2025-06-30)",
            "Date or period (2025, 2025-Q3, 2025-06-30)",
            required=True,
        ),
        key("value", ValueType.NUMBER, "Wert", "Value", required=True),
    ]
    if region:
        fields.append(
            key(
                "region", ValueType.ID, "Planungsregion (ID)", "Planning region (id)", ref="regions"
            )
        )
    fields.append(key("note", ValueType.TEXT, "Anmerkung", "Note"))
    if name == "baseline":
        return key(name, ValueType.MAPPING, de, en, fields=tuple(fields), record=record)
    return records(name, record, de, en, *fields)
