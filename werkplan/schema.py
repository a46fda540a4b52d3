"""The one definition of the plan format.

Everything that knows what a plan file may contain reads it from here: the validator, the
model builder, the reference rule, the generated field reference in docs/plan-format.md and
(later) the JSON Schema. Keys are English; descriptions come in German and English.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

STATUSES = ("planned", "preparing", "in_progress", "ongoing", "done", "on_hold", "dropped")
ACTOR_KINDS = (
    "office",
    "board",
    "committee",
    "association",
    "municipality",
    "network",
    "company",
    "external",
)
EVENT_KINDS = ("kickoff", "workshop", "conference", "meeting", "survey", "review", "other")
SWOT_KINDS = ("strength", "weakness", "opportunity", "threat")
VISIBILITIES = ("public", "internal")
LANGUAGES = ("de", "en")

ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9_.\-]*"


class Kind(enum.Enum):
    TEXT = "text"
    ID = "id"
    ID_LIST = "id list"
    TEXT_LIST = "text list"
    DATE = "date"
    INT = "whole number"
    CHOICE = "choice"
    MAPPING = "mapping"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: Kind
    de: str
    en: str
    required: bool = False
    ref: str | None = None  # the section whose ids this field names
    choices: tuple[str, ...] = ()
    vocabulary: str | None = None  # i18n vocabulary that labels the choices
    default: str | int | None = None
    fields: tuple[FieldSpec, ...] = ()  # for MAPPING
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class SectionSpec:
    key: str  # top-level key in a plan file
    entity: str  # singular name, also the i18n vocabulary key for messages
    many: bool  # a list of entities (True) or one mapping (False)
    fields: tuple[FieldSpec, ...]
    de: str
    en: str

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)


def _id(de: str = "Eindeutige Kennung", en: str = "Unique identifier") -> FieldSpec:
    return FieldSpec("id", Kind.ID, de, en, required=True)


PLAN = SectionSpec(
    "plan",
    "plan",
    False,
    (
        FieldSpec(
            "id",
            Kind.ID,
            "Dauerhafte Kennung des Plans, bleibt über alle Fassungen gleich (trägt die "
            "Kalender-UIDs von `werkplan export -f ics`)",
            "Lasting identifier of the plan, the same across editions (carries the calendar "
            "UIDs of `werkplan export -f ics`)",
        ),
        FieldSpec("title", Kind.TEXT, "Titel des Plans", "Title of the plan", required=True),
        FieldSpec(
            "organisation",
            Kind.TEXT,
            "Herausgebende Verwaltung",
            "Administration that publishes the plan",
            required=True,
        ),
        FieldSpec("description", Kind.TEXT, "Kurzbeschreibung", "Short description"),
        FieldSpec(
            "period",
            Kind.MAPPING,
            "Laufzeit des Plans",
            "Period the plan covers",
            fields=(
                FieldSpec(
                    "start", Kind.DATE, "Beginn (JJJJ-MM-TT)", "Start (YYYY-MM-DD)", required=True
                ),
                FieldSpec("end", Kind.DATE, "Ende (JJJJ-MM-TT)", "End (YYYY-MM-DD)", required=True),
            ),
        ),
        FieldSpec(
            "language",
            Kind.CHOICE,
            "Sprache der Ausgaben",
            "Language of all output",
            choices=LANGUAGES,
            vocabulary="language",
            default="de",
        ),
        FieldSpec(
            "accessibility_statement",
            Kind.TEXT,
            "Adresse der Erklärung zur Barrierefreiheit (für veröffentlichte Berichte)",
            "Address of the accessibility statement (for published reports)",
        ),
        FieldSpec(
            "settings",
            Kind.MAPPING,
            "Einstellungen",
            "Settings",
            fields=(
                FieldSpec(
                    "stale_after_days",
                    Kind.INT,
                    "Nach wie vielen Tagen ohne Statusprüfung (`updated`) ein Status veraltet ist",
                    "Days without a status review (`updated`) after which a status is stale",
                    default=90,
                    minimum=1,
                    maximum=3650,
                ),
                FieldSpec(
                    "due_soon_days",
                    Kind.INT,
                    "Wie viele Tage im Voraus eine Frist als „bald fällig“ gilt",
                    "How many days ahead a deadline counts as due soon",
                    default=42,
                    minimum=1,
                    maximum=3650,
                ),
            ),
        ),
    ),
    "Angaben zum Plan (genau einmal je Plan-Verzeichnis)",
    "About the plan (exactly once per plan directory)",
)

ACTORS = SectionSpec(
    "actors",
    "actor",
    True,
    (
        _id(),
        FieldSpec(
            "name",
            Kind.TEXT,
            "Name der Stelle oder des Gremiums (keine Privatperson)",
            "Name of the office or body (never a private person)",
            required=True,
        ),
        FieldSpec(
            "kind",
            Kind.CHOICE,
            "Art des Akteurs",
            "Kind of actor",
            required=True,
            choices=ACTOR_KINDS,
            vocabulary="actor_kind",
        ),
        FieldSpec(
            "parent",
            Kind.ID,
            "Übergeordnete Stelle (Akteurs-ID)",
            "Parent body (actor id)",
            ref="actors",
        ),
        FieldSpec(
            "contact",
            Kind.TEXT,
            "Funktionaler Kontakt, z. B. ein Funktionspostfach",
            "Functional contact such as a team mailbox",
        ),
        FieldSpec("description", Kind.TEXT, "Beschreibung", "Description"),
    ),
    "Akteure: Ämter, Beiräte, Vereine, Gemeinden – Rollen, keine Personen",
    "Actors: offices, advisory boards, associations, municipalities – roles, not persons",
)

REGIONS = SectionSpec(
    "regions",
    "region",
    True,
    (
        _id(),
        FieldSpec(
            "name",
            Kind.TEXT,
            "Name der Planungsregion",
            "Name of the planning region",
            required=True,
        ),
        FieldSpec(
            "municipalities",
            Kind.TEXT_LIST,
            "Gemeinden, Ämter und Städte der Region",
            "Municipalities in the region",
        ),
        FieldSpec("description", Kind.TEXT, "Beschreibung", "Description"),
    ),
    "Planungsregionen",
    "Planning regions",
)

SWOT = SectionSpec(
    "swot",
    "swot",
    True,
    (
        _id(),
        FieldSpec(
            "kind",
            Kind.CHOICE,
            "Stärke, Schwäche, Chance oder Risiko",
            "Strength, weakness, opportunity or threat",
            required=True,
            choices=SWOT_KINDS,
            vocabulary="swot_kind",
        ),
        FieldSpec(
            "text",
            Kind.TEXT,
            "Aussage aus der SWOT-Analyse",
            "Statement from the SWOT",
            required=True,
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
        _id(),
        FieldSpec(
            "title",
            Kind.TEXT,
            "Titel des Handlungsfelds",
            "Title of the field of action",
            required=True,
        ),
        FieldSpec("description", Kind.TEXT, "Beschreibung", "Description"),
        FieldSpec(
            "swot",
            Kind.ID_LIST,
            "Zugehörige SWOT-Aussagen (IDs)",
            "Related SWOT statements (ids)",
            ref="swot",
        ),
    ),
    "Handlungsfelder der Demografiestrategie",
    "Fields of action of the demography strategy",
)

GOALS = SectionSpec(
    "goals",
    "goal",
    True,
    (
        _id(),
        FieldSpec(
            "field",
            Kind.ID,
            "Handlungsfeld (ID)",
            "Field of action (id)",
            required=True,
            ref="fields",
        ),
        FieldSpec("title", Kind.TEXT, "Ziel (Qualitätsziel)", "Goal", required=True),
        FieldSpec("description", Kind.TEXT, "Beschreibung", "Description"),
        FieldSpec(
            "indicator",
            Kind.TEXT,
            "Indikator, an dem das Ziel gemessen wird",
            "Indicator that measures the goal",
        ),
        FieldSpec("target", Kind.TEXT, "Zielwert", "Target value"),
    ),
    "Ziele je Handlungsfeld",
    "Goals per field of action",
)

MEASURES = SectionSpec(
    "measures",
    "measure",
    True,
    (
        _id(),
        FieldSpec("title", Kind.TEXT, "Kurztitel der Maßnahme", "Short title", required=True),
        FieldSpec(
            "goals",
            Kind.ID_LIST,
            "Ziele, zu denen die Maßnahme beiträgt (IDs)",
            "Goals the measure serves (ids)",
            ref="goals",
        ),
        FieldSpec(
            "field",
            Kind.ID,
            "Handlungsfeld (ID), wenn kein Ziel passt",
            "Field of action (id) where no goal fits",
            ref="fields",
        ),
        FieldSpec(
            "owner",
            Kind.ID,
            "Verantwortliche Stelle (Akteurs-ID)",
            "Responsible body (actor id)",
            ref="actors",
        ),
        FieldSpec(
            "partners",
            Kind.ID_LIST,
            "Beteiligte (Akteurs-IDs)",
            "Partners (actor ids)",
            ref="actors",
        ),
        FieldSpec(
            "regions",
            Kind.ID_LIST,
            "Planungsregionen (IDs)",
            "Planning regions (ids)",
            ref="regions",
        ),
        FieldSpec("start", Kind.DATE, "Umsetzungsbeginn", "Start of implementation"),
        FieldSpec("due", Kind.DATE, "Frist (Umsetzungsende)", "Deadline"),
        FieldSpec(
            "status",
            Kind.CHOICE,
            "Umsetzungsstand",
            "Status",
            required=True,
            choices=STATUSES,
            vocabulary="status",
        ),
        FieldSpec(
            "updated",
            Kind.DATE,
            "Datum der letzten Statusprüfung",
            "Date of the last status review",
        ),
        FieldSpec(
            "depends_on",
            Kind.ID_LIST,
            "Baut auf diesen Maßnahmen auf (IDs)",
            "Builds on these measures (ids)",
            ref="measures",
        ),
        FieldSpec(
            "description",
            Kind.TEXT,
            "Beschreibung: Hintergrund, Ziel, Schritte",
            "Description: background, aim, steps",
        ),
        FieldSpec("target_groups", Kind.TEXT_LIST, "Zielgruppen", "Target groups"),
        FieldSpec("budget", Kind.TEXT, "Budget oder Ressourcen", "Budget or resources"),
        FieldSpec(
            "visibility",
            Kind.CHOICE,
            "Sichtbarkeit in veröffentlichten Berichten",
            "Visibility in published reports",
            choices=VISIBILITIES,
            vocabulary="visibility",
            default="public",
        ),
        FieldSpec(
            "note", Kind.TEXT, "Aktueller Stand in einem Absatz", "Current state, one paragraph"
        ),
    ),
    "Maßnahmen: wer macht was bis wann",
    "Measures: who does what by when",
)

EVENTS = SectionSpec(
    "events",
    "event",
    True,
    (
        _id(),
        FieldSpec(
            "title", Kind.TEXT, "Titel der Veranstaltung", "Title of the event", required=True
        ),
        FieldSpec("date", Kind.DATE, "Datum", "Date", required=True),
        FieldSpec(
            "kind",
            Kind.CHOICE,
            "Art der Veranstaltung",
            "Kind of event",
            required=True,
            choices=EVENT_KINDS,
            vocabulary="event_kind",
        ),
        FieldSpec("region", Kind.ID, "Planungsregion (ID)", "Planning region (id)", ref="regions"),
        FieldSpec("location", Kind.TEXT, "Ort", "Place"),
        FieldSpec(
            "participants",
            Kind.ID_LIST,
            "Beteiligte (Akteurs-IDs)",
            "Participants (actor ids)",
            ref="actors",
        ),
        FieldSpec(
            "results",
            Kind.ID_LIST,
            "Daraus entstandene Maßnahmen (IDs)",
            "Measures that came out of it (ids)",
            ref="measures",
        ),
        FieldSpec("note", Kind.TEXT, "Ergebnisse in Kürze", "Results in brief"),
    ),
    "Zukunftswerkstätten, Regionalkonferenzen und Treffen",
    "Future workshops, regional conferences and meetings",
)

SECTIONS: tuple[SectionSpec, ...] = (PLAN, ACTORS, REGIONS, SWOT, FIELDS, GOALS, MEASURES, EVENTS)
SECTION_BY_KEY = {section.key: section for section in SECTIONS}
COLLECTIONS = tuple(section for section in SECTIONS if section.many)
