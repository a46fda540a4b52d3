"""A small plan that uses every key `list`, `show` and `new` work with: horizons, attributes,
joint leads, sub-measures and small projects, milestones, costs, funding, decisions,
updates, relations and indicators (overall, per region, context only).

On 25.11.2026 (TODAY): M-BEG-01 is at risk with one milestone reached and one overdue;
M-MOB-01 is overdue and off track; K-TREFF is on track, K-BUS behind in both regions.
"""

from __future__ import annotations

from pathlib import Path

from conftest import PlanWriter

TODAY = ["--today", "2026-11-25"]

PLAN = """\
plan:
  title: Testplan
  organisation: Landkreis Test
  period: {start: 2025, end: 2030}
  horizons:
    - {id: kurz, label: kurzfristig, end: 2026}
    - {id: mittel, label: {de: mittelfristig, en: medium term}, end: 2028}
  attributes:
    - id: prioritaet
      label: {de: Priorität, en: Priority}
      kind: ordered_choice
      choices: [{value: 1, label: niedrig}, {value: 2, label: mittel}, {value: 3, label: hoch}]
    - id: co2_t
      label: CO2-Minderung
      kind: number
      unit: t/a
      min: 0
    - id: zielgruppe
      label: Zielgruppe
      kind: choice
      choices: [{value: jung}, {value: alt}]
    - id: weich
      label: Weiche Maßnahme
      kind: yes_no
    - id: beschluss
      label: Beschlossen am
      kind: date
    - id: quelle
      label: Quelle
      kind: text
      applies_to: [indicators]
actors:
  - {id: amt, name: Sozialamt, kind: office}
  - {id: beirat, name: Kreisseniorenbeirat, kind: board}
  - {id: kreistag, name: Kreistag, kind: politics}
regions:
  - {id: nord, name: Nord}
  - {id: sued, name: Süd}
fields:
  - {id: HF-BEG, title: Begegnung}
  - {id: HF-MOB, title: Mobilität}
goals:
  - {id: Z-BEG-1, field: HF-BEG, title: Mehr Orte der Begegnung}
  - {id: Z-MOB-1, field: HF-MOB, title: Bessere Busse}
indicators:
  - id: K-TREFF
    title: Offene Begegnungsorte
    unit: Orte
    goals: [Z-BEG-1]
    measures: [M-BEG-01]
    source: {name: Sozialplanung, url: "https://example.org/daten"}
    update_every_days: 400
    baseline: {date: 2024, value: 5}
    targets: [{date: 2026, value: 9}, {date: 2027, value: 12}]
    values:
      - {date: 2025, value: 7}
    attributes: {quelle: Zählung}
  - id: K-BUS
    title: Fahrgäste Rufbus
    unit: Personen
    goals: [Z-MOB-1]
    regions: [nord, sued]
    targets: [{date: 2026, value: 1000}]
    values:
      - {date: 2024, region: nord, value: 200}
      - {date: 2025, region: nord, value: 300}
      - {date: 2024, region: sued, value: 100}
      - {date: 2025-Q2, region: sued, value: 150}
  - id: K-ALTER
    title: Anteil 65+
    unit: "%"
    decimals: 1
    direction: none
    values:
      - {date: 2024, value: 28.4}
"""

BEGEGNUNG = """\
measures:
  - id: M-BEG-01
    number: Ü1
    title: Treffpunkte im Dorf
    goals: [Z-BEG-1]
    owner: [amt, beirat]
    supporters: [kreistag]
    due: 2026-Q4
    status: in_progress
    assessment: at_risk
    updated: 2026-11-01
    milestones:
      - {title: Konzept, due: 2026-03, done: 2026-02-20}
      - {title: Eröffnung, due: 2026-Q3}
      - {title: Auswertung, due: 2027}
    costs: {total: 1100000, per_year: 110000, by_year: {2026: 450000, 2027: 650000}, staff: 1.5}
    funding:
      - {source: Bundesprogramm, amount: 200000, status: approved}
      - {source: Land, amount: 50000, status: applied}
    decisions:
      - {body: kreistag, date: 2025-03-13, reference: DS 2025/12, title: Grundsatzbeschluss}
    links:
      - {title: Konzept, url: "https://example.org/konzept.pdf"}
    updates:
      - {date: 2025-06-01, status: planned, note: Start vorbereitet}
      - {date: 2026-05-01, status: in_progress, assessment: at_risk, progress: 40, note: Verzug}
    attributes: {prioritaet: 3, co2_t: 2480, zielgruppe: alt, weich: nein, beschluss: 2025-03-13}
  - id: M-BEG-02
    title: Dorffest
    parent: M-BEG-01
    kind: project
    owner: beirat
    horizon: kurz
    status: planned
    updated: 2026-11-01
    attributes: {prioritaet: 1}
  - id: M-BEG-03
    title: Bänke am Dorfplatz
    parent: M-BEG-02
    owner: amt
    due: 2027
    status: done
    updated: 2026-11-01
    attributes: {prioritaet: mittel, co2_t: 12.5}
"""

MOBILITAET = """\
measures:
  - id: M-MOB-01
    title: Rufbus
    goals: [Z-MOB-1]
    owner: amt
    due: 2026-06
    status: in_progress
    assessment: off_track
    progress: 20
    updated: 2026-11-01
    costs: {by_year: {2026: 30000}}
    related: [M-BEG-01]
    attributes: {zielgruppe: jung, weich: ja, beschluss: 2024-01-10}
  - id: M-MOB-02
    title: Alter Rufbus
    goals: [Z-MOB-1]
    owner: amt
    status: merged
    merged_into: M-MOB-01
    updated: 2026-11-01
  - id: M-MOB-03
    title: Bürgerbus
    goals: [Z-MOB-1]
    status: proposed
    superseded_by: M-MOB-01
    horizon: mittel
"""


def write_rich_plan(write_plan: PlanWriter, changes: dict[str, str] | None = None) -> Path:
    """The plan in three files; ``changes`` replaces text in them (old → new)."""
    files = {
        "plan.yaml": PLAN,
        "massnahmen/begegnung.yaml": BEGEGNUNG,
        "massnahmen/mobilitaet.yaml": MOBILITAET,
    }
    for old, new in (changes or {}).items():
        files = {name: text.replace(old, new) for name, text in files.items()}
    return write_plan(files, base=False)
