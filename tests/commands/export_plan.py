"""A small plan that uses what the exports and imports of the richer format carry: attributes
of every kind (one whose label is also a fixed column's), costs and funding, a joint lead, a
sub-project, milestones, a proposal, plan labels, and indicators with values in the YAML and
in a values file (CSV with CRLF line ends and decimal commas)."""

from __future__ import annotations

from pathlib import Path

from helpers import snapshot

PLAN = """\
plan:
  id: lk-test
  title: Testplan
  organisation: Landkreis Test
  period: {start: 2025, end: 2030}
  labels:
    status: {planned: Nicht begonnen}
  horizons:
    - {id: kurz, label: kurzfristig, end: 2026}
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
    - id: foerderfaehig
      label: Förderfähig
      kind: yes_no
    - id: beschluss
      label: Beschlussdatum
      kind: date
    - id: art
      label: Art
      kind: text
actors:
  - {id: amt, name: Sozialamt, kind: office}
  - {id: beirat, name: Seniorenbeirat, kind: board}
  - {id: verein, name: Heimatverein, kind: association}
regions:
  - {id: nord, name: Nord-Ost}
  - {id: sued, name: Süd-West}
fields:
  - {id: HF-1, title: Begegnung}
goals:
  - {id: Z-1, field: HF-1, title: Mehr Orte der Begegnung}
"""

MEASURES = """\
# Maßnahmen des Handlungsfelds Begegnung
measures:
  - id: M-1
    number: Ü1
    title: Treffpunkte in den Dörfern
    goals: [Z-1]
    owner: [amt, beirat]  # gemeinsam verantwortlich
    supporters: [verein]
    regions: [nord]
    start: 2026-Q1
    due: 2026-Q4
    status: in_progress
    assessment: on_track
    updated: 2026-11-01
    milestones:
      - {title: Konzept, due: 2026-Q2, done: 2026-06-12}
      - {title: Erster Treffpunkt offen, due: 2026-09}
    costs: {total: 400000, per_year: 100000, staff: 1.5}
    funding:
      - {source: Land, amount: 100000, status: approved}
      - {source: Bund, amount: 50000, status: applied}
    # Bewertung aus der Klausur
    attributes: {prioritaet: 2, co2_t: 12.5, foerderfaehig: ja, beschluss: 2025-03-13, art: Bau}
    note: Läuft.
  - id: M-2
    title: Dorffest Nord
    parent: M-1
    kind: project
    owner: verein
    due: 2026-06-30
    status: planned
    updated: 2026-11-01
  - id: M-3
    title: Mobile Sprechstunde
    field: HF-1
    owner: amt
    horizon: kurz
    status: proposed
"""

INDICATORS = """\
indicators:
  - id: K-1
    title: Offene Begegnungsorte
    unit: Orte
    direction: increase
    goals: [Z-1]
    regions: [nord, sued]
    min: 0
    max: 100
    baseline: {date: 2024, value: 5}
    targets: [{date: 2027, value: 12}]
    values:
      # Zählung der Sozialplanung
      - {date: 2025, value: 7}
      - {date: 2025, region: nord, value: 3}
  - id: K-2
    title: Anteil der Menschen ab 65
    unit: "%"
    decimals: 1
    direction: none
    source: {name: Beispielwerte}
    values_file: werte/k-2.csv
"""

# A values file as Excel saves "CSV (Trennzeichen-getrennt)": CRLF, `;`, decimal commas.
VALUES_FILE = b"Datum;Wert;Region;Anmerkung\r\n2023;28,4;;\r\n2024;28,9;;vorl\xc3\xa4ufig\r\n"


def write_rich_plan(folder: Path) -> Path:
    plan = folder / "plan"
    (plan / "werte").mkdir(parents=True)
    (plan / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (plan / "massnahmen.yaml").write_text(MEASURES, encoding="utf-8")
    (plan / "kennzahlen.yaml").write_text(INDICATORS, encoding="utf-8")
    (plan / "werte" / "k-2.csv").write_bytes(VALUES_FILE)
    return plan


__all__ = ["INDICATORS", "MEASURES", "PLAN", "VALUES_FILE", "snapshot", "write_rich_plan"]
