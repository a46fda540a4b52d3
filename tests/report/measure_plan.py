"""A small plan that uses what issues 13 and 14 added to measures, for the report's tests:
time frames and a horizon, numbering, a joint lead with supporters, sub-measures and a small
project, a proposal, assessments, milestones, relations both ways, costs and funding, the
plan's own attributes and labels, decisions, links and dated updates."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

from conftest import PlanWriter
from helpers import cli
from markdown_it import MarkdownIt

from werkplan.checker import check_plan
from werkplan.report.context import build_context
from werkplan.report.views import Filters, ReportContext

TODAY = dt.date(2026, 11, 25)

PLAN = """\
plan:
  title: Testplan
  organisation: Landkreis Test
  period: {start: 2025-01-01, end: 2027-12-31}
  horizons:
    - {id: kurz, label: {de: kurzfristig, en: short term}, end: 2026}
  labels:
    status: {planned: Nicht begonnen}
    assessment: {off_track: Rot}
    funding_status: {approved: Zugesagt}
    measure_kind: {project: Kleinstprojekt}
  attributes:
    - id: prioritaet
      label: {de: Priorität, en: Priority}
      kind: ordered_choice
      choices: [{value: 1, label: niedrig}, {value: 3, label: {de: hoch, en: high}}]
    - {id: co2_t, label: {de: CO2-Minderung, en: CO2 saved}, kind: number, unit: t/a}
    - {id: weich, label: {de: Weiche Maßnahme, en: Soft measure}, kind: yes_no}
  report: {columns: [prioritaet]}
  decisions:
    - {body: kreistag, date: 2024-03-13, reference: V/0021/2024, title: Aktionsplan,
       url: "https://example.org/v21"}
  links:
    - {title: Beteiligungsportal, url: "https://example.org/portal"}
actors:
  - {id: amt, name: Sozialamt, kind: office}
  - {id: beirat, name: Kreisseniorenbeirat, kind: board}
  - {id: kreistag, name: Kreistag, kind: politics}
  - {id: verein, name: Bisdede e.V., kind: association}
regions:
  - {id: nord, name: Nord}
fields:
  - {id: HF-1, title: Begegnung}
  - {id: HF-2, title: Mobilität}
goals:
  - {id: Z-1, field: HF-1, title: Mehr Orte der Begegnung}
  - {id: Z-2, field: HF-2, title: Mobil im Alter}
"""

MEASURES = """\
measures:
  - id: M-1
    number: Ü1
    title: Treffpunkte in den Dörfern
    goals: [Z-1]
    owner: [amt, beirat]
    partners: [verein]
    supporters: [kreistag]
    locations: [Dorfgemeinschaftshaus Mühl Rosin]
    start: 2026-Q1
    due: 2026-Q4
    status: in_progress
    assessment: at_risk
    updated: 2026-11-01
    related: [M-5]
    milestones:
      - {title: Konzept, due: 2026-Q2, done: 2026-06-12}
      - {title: Eröffnung, due: 2026-09}
    costs: {total: 1100000, per_year: 110000, by_year: {2026: 450000, 2027: 650000}, staff: 1.5}
    funding:
      - {source: Bund, amount: 500000, status: approved}
      - {source: Land, amount: 100000, status: applied}
    decisions:
      - {body: kreistag, date: 2025-03-13, reference: DS 2025/12, title: Förderrichtlinie,
         url: "https://example.org/ds12"}
    links: [{title: Konzeptpapier, url: "https://example.org/konzept.pdf"}]
    updates:
      - {date: 2025-01-15, note: Auftakt im Amt}
      - {date: 2025-06-30, status: preparing, note: Planung}
      - {date: 2026-03-01, status: in_progress, progress: 20, note: Baubeginn}
      - {date: 2026-10-01, assessment: at_risk, note: Verzug beim Bau}
    attributes: {prioritaet: 3, co2_t: 2480, weich: ja}
  - id: M-2
    title: Gemeinsam nicht einsam
    parent: M-1
    kind: project
    owner: verein
    due: 2026-10
    status: in_progress
    progress: 60
    updated: 2026-11-01
    costs: {total: 5000}
  - id: M-3
    title: Sommerfest
    parent: M-1
    kind: project
    owner: verein
    horizon: kurz
    status: proposed
    costs: {total: 3000}
  - id: M-4
    number: B5+6
    title: Rufbus
    goals: [Z-2]
    owner: amt
    horizon: kurz
    status: planned
    assessment: off_track
    updated: 2026-11-01
    related: [M-1]
    attributes: {prioritaet: 1}
  - id: M-5
    title: Alter Treffpunkt
    goals: [Z-1]
    owner: amt
    status: merged
    merged_into: M-1
  - id: M-6
    title: Bürgerbus
    goals: [Z-2]
    owner: amt
    status: dropped
    superseded_by: M-4
"""


def write(write_plan: PlanWriter, measures: str = MEASURES, plan: str = PLAN) -> Path:
    return write_plan({"plan.yaml": plan, "m.yaml": measures}, base=False)


def report(folder: Path, fmt: str, *args: str) -> str:
    command = ["report", str(folder), "--today", TODAY.isoformat(), "-f", fmt, *args]
    result = cli(command)
    assert result.exit_code == 0, result.output
    return result.stdout


def context(folder: Path, language: str = "de", filters: Filters | None = None) -> ReportContext:
    result = check_plan(folder, TODAY, language)
    assert result.errors == 0, result.problems
    return build_context(result.plan, TODAY, language, filters or Filters())


_INLINE = frozenset({"a", "span", "strong", "em", "time", "abbr", "b", "i"})
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}
)


class _Text(HTMLParser):
    """The text a reader sees; only inside the element with id ``within`` where one is given."""

    def __init__(self, within: str | None) -> None:
        super().__init__()
        self.within = within
        self.depth = 0  # open elements inside the wanted one; 0 outside it
        self.parts: list[str] = []

    def inside(self) -> bool:
        return self.within is None or self.depth > 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _INLINE and self.inside():
            self.parts.append(" ")
        if tag in _VOID:
            return
        if self.depth > 0:
            self.depth += 1
        elif self.within is not None and dict(attrs).get("id") == self.within:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID and self.depth > 0:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.inside():
            self.parts.append(data)


def visible(html: str, within: str | None = None) -> str:
    """The text of the page (or of the element with id ``within``), as a reader sees it."""
    body = html[html.index("<body") :]
    parser = _Text(within)
    parser.feed(body)
    return " ".join("".join(parser.parts).split())


def markdown_text(markdown: str) -> str:
    """The text a reader of the rendered Markdown sees (escapes undone), white space collapsed."""
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("&quot;", '"').split())
