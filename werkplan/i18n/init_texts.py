"""The files `werkplan init` writes, in German and English.

A new plan is the files named by ``init_file.*``: their paths are ``init_path.*``. The
contents are filled in with ``start``, ``end``, ``due`` and ``today`` as ISO dates.
"""

from werkplan.i18n.languages import DE, EN

# The order is the order of writing.
INIT_FILES = ("plan", "actors", "field", "readme", "gitignore")

TEXTS: dict[str, dict[str, str]] = {
    "init_path.plan": {DE: "plan.yaml", EN: "plan.yaml"},
    "init_path.actors": {DE: "akteure.yaml", EN: "actors.yaml"},
    "init_path.field": {DE: "handlungsfelder/beispiel.yaml", EN: "fields/example.yaml"},
    "init_path.readme": {DE: "README.md", EN: "README.md"},
    "init_path.gitignore": {DE: ".gitignore", EN: ".gitignore"},
    "init_file.plan": {
        DE: """\
# Angaben zum Plan und die Planungsregionen.
plan:
  title: Werkstattplan Demografie
  organisation: Landkreis – Sozialplanung
  period: {{start: {start}, end: {end}}}
  language: de
  settings: {{stale_after_days: 90, due_soon_days: 42}}

regions:
  - id: region-1
    name: Planungsregion 1
""",
        EN: """\
# About the plan, and the planning regions.
plan:
  title: Demography action plan
  organisation: District – social planning
  period: {{start: {start}, end: {end}}}
  language: en
  settings: {{stale_after_days: 90, due_soon_days: 42}}

regions:
  - id: region-1
    name: Planning region 1
""",
    },
    "init_file.actors": {
        DE: """\
# Akteure: Stellen und Gremien, keine Personen. Kontakt nur als Funktionspostfach.
actors:
  - id: sozialplanung
    name: Sozialamt – Sozialplanung
    kind: office
""",
        EN: """\
# Actors: offices and bodies, not persons. Contacts only as team mailboxes.
actors:
  - id: social-planning
    name: Social office – social planning
    kind: office
""",
    },
    "init_file.field": {
        DE: """\
# Ein Handlungsfeld mit seinen Zielen und Maßnahmen. Weitere Felder als eigene Dateien.
fields:
  - id: HF-BEG
    title: Begegnung

goals:
  - id: Z-BEG-1
    field: HF-BEG
    title: In jeder Planungsregion gibt es offene Treffpunkte für alle Generationen.

measures:
  - id: M-BEG-01
    title: Übersicht der Begegnungsorte erstellen
    goals: [Z-BEG-1]
    owner: sozialplanung
    regions: [region-1]
    due: {due}
    status: planned
    updated: {today}
""",
        EN: """\
# One field of action with its goals and measures. More fields as files of their own.
fields:
  - id: HF-MEET
    title: Meeting places

goals:
  - id: Z-MEET-1
    field: HF-MEET
    title: Every planning region has open meeting places for all generations.

measures:
  - id: M-MEET-01
    title: Survey the meeting places
    goals: [Z-MEET-1]
    owner: social-planning
    regions: [region-1]
    due: {due}
    status: planned
    updated: {today}
""",
    },
    "init_file.gitignore": {
        DE: """\
# Was werkplan ausgibt, gehört nicht ins Repository: Berichte und Exporte besser neben den
# Plan-Ordner schreiben (werkplan report . -o ../bericht.html). Werte-Dateien (.csv) und
# .werkplan/plan.schema.json gehören dagegen zum Plan.
bericht.html
bericht.md
report.html
report.md
*.pdf
*.xlsx
*.ods
*.ics
# Reste eines abgebrochenen Schreibvorgangs von werkplan
.*.werkplan-*.tmp
""",
        EN: """\
# What werkplan writes out does not belong in the repository: better write reports and
# exports beside the plan folder (werkplan report . -o ../report.html). Values files (.csv)
# and .werkplan/plan.schema.json, on the other hand, are part of the plan.
bericht.html
bericht.md
report.html
report.md
*.pdf
*.xlsx
*.ods
*.ics
# Left over when werkplan was killed while writing
.*.werkplan-*.tmp
""",
    },
    "init_file.readme": {
        DE: """\
# Unser Werkstattplan

Der Plan steht in den YAML-Dateien dieses Ordners; git hält jede Änderung fest.

- `werkplan check .` prüft den Plan (im Ordner des Plans) – vor jedem Commit und in der CI.
- `werkplan report . -o ../bericht.html` schreibt den Bericht für die nächste Sitzung – neben
  den Plan-Ordner, nicht hinein: Berichte und Exporte gehören nicht ins Repository
  (`.gitignore` hält `bericht.html` und andere Ausgaben heraus, falls doch).
- `werkplan new measure -p . --field HF-BEG --title "…"` legt eine Maßnahme an.
- `werkplan list . --overdue` zeigt, was überfällig ist.
- `werkplan schema . -o .werkplan/plan.schema.json` schreibt das Schema für Editoren neu (sie
  schlagen damit beim Tippen die IDs des Plans vor), wenn `werkplan check` es als veraltet meldet.

Verantwortlich (`owner`) sind Stellen und Gremien, keine Personen: der Plan wird
veröffentlicht, und git vergisst nichts.
""",
        EN: """\
# Our action plan

The plan lives in the YAML files of this folder; git keeps every change.

- `werkplan check .` checks the plan (inside its folder) – before every commit and in CI.
- `werkplan report . -o ../report.html` writes the report for the next meeting – beside the
  plan folder, not into it: reports and exports do not belong in the repository
  (`.gitignore` keeps `report.html` and other outputs out, should one land here).
- `werkplan new measure -p . --field HF-MEET --title "…"` adds a measure.
- `werkplan list . --overdue` shows what is overdue.
- `werkplan schema . -o .werkplan/plan.schema.json` rewrites the schema for editors (they
  suggest the plan's ids while typing) when `werkplan check` reports it out of date.

Owners are offices and bodies, not persons: the plan is published, and git forgets nothing.
""",
    },
}
