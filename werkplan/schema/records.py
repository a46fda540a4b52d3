"""Keys that several sections share, and the records (lists of small mappings) they hold."""

from __future__ import annotations

from werkplan.schema import vocabularies as v
from werkplan.schema.types import FieldSpec, ValueType

T = ValueType


def key(name: str, value_type: ValueType, de: str, en: str, **options: object) -> FieldSpec:
    return FieldSpec(name, value_type, de, en, **options)  # type: ignore[arg-type]


def id_key(de: str = "Eindeutige Kennung", en: str = "Unique identifier") -> FieldSpec:
    return key("id", T.ID, de, en, required=True)


def records(
    name: str, record: str, de: str, en: str, *fields: FieldSpec, **options: object
) -> FieldSpec:
    return key(name, T.RECORDS, de, en, fields=fields, record=record, **options)


def attributes_key() -> FieldSpec:
    return key(
        "attributes",
        T.ATTRIBUTES,
        "Werte der Merkmale, die der Plan unter `plan.attributes` festlegt",
        "Values of the attributes the plan defines under `plan.attributes`",
    )


def links_key() -> FieldSpec:
    return records(
        "links",
        "link",
        "Verweise auf Dokumente und Seiten",
        "Links to documents and pages",
        key("title", T.TEXT, "Bezeichnung", "Title"),
        key(
            "url",
            T.URL,
            "Adresse (https:, http: oder mailto:)",
            "Address (https:, http: or mailto:)",
            required=True,
        ),
    )


def decisions_key() -> FieldSpec:
    return records(
        "decisions",
        "decision",
        "Beschlüsse von Gremien (Kreistag, Ausschüsse)",
        "Decisions of councils and committees",
        key(
            "body",
            T.ID,
            "Beschließendes Gremium (Akteurs-ID)",
            "Deciding body (actor id)",
            ref="actors",
        ),
        key("date", T.DATE, "Datum des Beschlusses", "Date of the decision"),
        key(
            "reference",
            T.TEXT,
            "Vorlagen- oder Drucksachennummer, z. B. V/0021/2019",
            "Reference, e.g. V/0021/2019",
        ),
        key("title", T.TEXT, "Gegenstand des Beschlusses", "Subject of the decision"),
        key("url", T.URL, "Adresse des Beschlusses (https:)", "Address of the decision (https:)"),
        requires_any=("date", "reference"),
    )


MILESTONES = records(
    "milestones",
    "milestone",
    "Meilensteine und Schritte der Maßnahme",
    "Milestones and steps of the measure",
    key("title", T.TEXT, "Meilenstein", "Milestone", required=True),
    key(
        "due",
        T.TIMEFRAME,
        "Bis wann (Tag, Monat, Quartal, Halbjahr oder Jahr)",
        "By when (day, month, quarter, half-year or year)",
    ),
    key("done", T.DATE, "Datum, an dem er erreicht wurde", "Date it was reached"),
    key("note", T.TEXT, "Anmerkung", "Note"),
)

COSTS = key(
    "costs",
    T.MAPPING,
    "Kosten in Euro",
    "Costs in euros",
    record="costs",
    fields=(
        key("total", T.NUMBER, "Kosten insgesamt (€)", "Total costs (€)", minimum=0),
        key("per_year", T.NUMBER, "Kosten je Jahr (€)", "Costs per year (€)", minimum=0),
        key(
            "by_year",
            T.YEAR_AMOUNTS,
            "Kosten nach Jahren, z. B. {2026: 450000}",
            "Costs by year, e.g. {2026: 450000}",
            minimum=0,
        ),
        key(
            "staff",
            T.NUMBER,
            "Personal in Vollzeitstellen (VZÄ)",
            "Staff in full-time equivalents",
            minimum=0,
        ),
        key("note", T.TEXT, "Anmerkung zu den Kosten", "Note on the costs"),
    ),
)

FUNDING = records(
    "funding",
    "funding",
    "Förderung und Finanzierung",
    "Funding",
    key("source", T.TEXT, "Fördergeber oder Programm", "Funder or programme", required=True),
    key("amount", T.NUMBER, "Betrag (€)", "Amount (€)", minimum=0),
    key("status", T.CHOICE, "Stand der Förderung", "Funding status", vocabulary=v.FUNDING_STATUS),
    key("note", T.TEXT, "Anmerkung", "Note"),
)

UPDATES = records(
    "updates",
    "update",
    "Datierte Sachstände (ältere Berichte, ein Eintrag je Sitzung)",
    "Dated status entries (earlier reports, one per meeting)",
    key("date", T.DATE, "Datum des Sachstands", "Date of the entry", required=True),
    key(
        "status",
        T.CHOICE,
        "Umsetzungsstand zu diesem Datum",
        "Status at that date",
        vocabulary=v.STATUS,
    ),
    key(
        "assessment",
        T.CHOICE,
        "Einschätzung zu diesem Datum",
        "Assessment at that date",
        vocabulary=v.ASSESSMENT,
    ),
    key(
        "progress",
        T.INT,
        "Umsetzungsgrad in % zu diesem Datum",
        "Progress in % at that date",
        minimum=0,
        maximum=100,
    ),
    key("note", T.TEXT, "Sachstand", "Status text"),
)

HORIZONS = records(
    "horizons",
    "horizon",
    "Benannte Zeithorizonte, z. B. kurzfristig bis 2026",
    "Named horizons, e.g. short term until 2026",
    id_key(),
    key(
        "label", T.LABEL, "Bezeichnung, z. B. kurzfristig", "Label, e.g. short term", required=True
    ),
    key("start", T.TIMEFRAME, "Beginn", "Start"),
    key(
        "end",
        T.TIMEFRAME,
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
        T.LABEL,
        "Bezeichnung (Text oder {de: …, en: …})",
        "Label (text or {de: …, en: …})",
        required=True,
    ),
    key(
        "kind",
        T.CHOICE,
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
            T.SCALAR,
            "Wert, wie er bei den Einträgen steht",
            "Value as entries write it",
            required=True,
        ),
        key("label", T.LABEL, "Bezeichnung", "Label"),
    ),
    key(
        "applies_to",
        T.CHOICE_LIST,
        "Abschnitte, in denen das Merkmal vorkommt",
        "Sections that carry the attribute",
        vocabulary=v.APPLIES_TO,
        default=("measures",),
    ),
    key("unit", T.TEXT, "Einheit, z. B. t/a", "Unit, e.g. t/a"),
    key("min", T.NUMBER, "Kleinster erlaubter Wert", "Smallest allowed value"),
    key("max", T.NUMBER, "Größter erlaubter Wert", "Largest allowed value"),
    key("required", T.BOOL, "Pflichtangabe bei jedem Eintrag", "Required on every entry"),
    key("description", T.TEXT, "Erläuterung", "Explanation"),
)


def series_point(name: str, record: str, de: str, en: str, region: bool = True) -> FieldSpec:
    """baseline, targets and values of an indicator: a dated number, optionally per region."""
    fields = [
        key(
            "date",
            T.TIMEFRAME,
            "Zeitpunkt oder Zeitraum (2025, 2025-Q3, 2025-06-30)",
            "Date or period (2025, 2025-Q3, 2025-06-30)",
            required=True,
        ),
        key("value", T.NUMBER, "Wert", "Value", required=True),
    ]
    if region:
        fields.append(
            key("region", T.ID, "Planungsregion (ID)", "Planning region (id)", ref="regions")
        )
    fields.append(key("note", T.TEXT, "Anmerkung", "Note"))
    if name == "baseline":
        return key(name, T.MAPPING, de, en, fields=tuple(fields), record=record)
    return records(name, record, de, en, *fields)
