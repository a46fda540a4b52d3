"""What the report shows of issue 14's keys: costs and funding (per measure, per field of action
and for the plan), the plan's own attributes (in the details and as columns), decisions and
links (only safe addresses become links) and the latest dated updates."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import PlanWriter
from markdown_it import MarkdownIt
from measure_plan import MEASURES, TODAY, context, markdown_text, report, visible, write

from werkplan import i18n
from werkplan.checker import check_plan
from werkplan.findings import costs
from werkplan.model import Decision, Link
from werkplan.report import build_context, choose_template, render_report
from werkplan.report.details import link_address
from werkplan.report.views import Filters


def test_costs_and_funding_per_field_and_for_the_plan(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    plan = check_plan(folder, TODAY, "de").plan
    sums = costs.plan_cost_sums(plan.measures)
    assert (sums.total, sums.measures) == (1105000, 2)  # the proposal's 3.000 € left out
    section = context(folder).costs
    assert section is not None
    assert section.years == (2026, 2027)
    assert [(r.title, r.total, r.per_year, r.staff) for r in section.fields] == [
        ("Begegnung", "1.105.000 €", "110.000 €", "1,5")
    ]
    assert section.total.by_year == ("450.000 €", "650.000 €")
    assert section.funding_by_status == (("Beantragt", "100.000 €"), ("Zugesagt", "500.000 €"))
    assert section.funding_by_source == (("Bund", "500.000 €"), ("Land", "100.000 €"))
    assert section.funding_secured == i18n.format_amount(sums.secured, "de") == "500.000 €"
    html = visible(report(folder, "html"), "kosten")
    assert "Begegnung 2 1.105.000 € 110.000 € 1,5 Summe 2 1.105.000 € 110.000 € 1,5" in html
    assert "Begegnung 450.000 € 650.000 €" in html
    assert "Gesichert (bewilligt oder ausgezahlt) 500.000 €" in html
    markdown = report(folder, "md", "--lang", "en")
    assert "| Begegnung | 2 | €1,105,000 | €110,000 | 1.5 |" in markdown
    assert "| **Secured (approved or paid)** | €500,000 |" in markdown


def test_the_measure_tables_show_costs(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    html = report(folder, "html")
    field = visible(html, "hf-HF-1")
    assert "Kosten" in field
    assert "1.100.000 €" in field
    assert "5.000 €" in field
    assert "3.000 €" in visible(html, "vorschlaege")
    markdown = report(folder, "md")
    assert "| 1.100.000 € | hoch | " in markdown
    details = visible(html, "m-M-1")
    assert "gesamt: 1.100.000 € jährlich: 110.000 € 2026: 450.000 € 2027: 650.000 €" in details
    assert "1,5 VZÄ" in details
    assert "Bund: 500.000 € (Zugesagt) Land: 100.000 € (Beantragt)" in details


def test_no_costs_no_section(write_plan: PlanWriter) -> None:
    without = "\n".join(
        line
        for line in MEASURES.splitlines()
        if "costs:" not in line and "source:" not in line and "funding:" not in line
    )
    folder = write(write_plan, without + "\n")
    ctx = context(folder)
    assert ctx.costs is None
    assert not ctx.show_costs
    assert 'id="kosten"' not in report(folder, "html")


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("de", [("Priorität", "hoch"), ("CO2-Minderung", "2.480 t/a"), ("Weiche Maßnahme", "ja")]),
        ("en", [("Priority", "high"), ("CO2 saved", "2,480 t/a"), ("Soft measure", "yes")]),
    ],
)
def test_attributes_in_the_details(
    write_plan: PlanWriter, language: str, shown: list[tuple[str, str]]
) -> None:
    folder = write(write_plan)
    details = visible(report(folder, "html", "--lang", language), "m-M-1")
    markdown = markdown_text(report(folder, "md", "--lang", language))
    for label, value in shown:
        assert f"{label} {value}" in details
        assert f"{label}: {value}" in markdown


def test_attributes_the_plan_asks_for_are_columns(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    ctx = context(folder)
    assert [(c.id, c.label, c.numeric) for c in ctx.columns] == [("prioritaet", "Priorität", True)]
    values = {m.id: m.column_values for m in ctx.measures}
    assert values["M-1"] == ("hoch",)
    assert values["M-4"] == ("niedrig",)
    assert values["M-2"] == ("",)
    html = report(folder, "html")
    assert '<th scope="col" class="num">Priorität</th>' in html
    assert 'data-label="Priorität">niedrig</td>' in html
    markdown = report(folder, "md")
    assert "| Kosten | Priorität | Stand |" in markdown
    assert "| Costs | Priority | Current state |" in report(folder, "md", "--lang", "en")


def test_decisions_name_body_date_and_reference(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    html = report(folder, "html")
    header = html[html.index("<header>") : html.index("</header>")]
    assert "Kreistag: Beschluss vom 13.03.2024 (V/0021/2024)" in header  # near the top
    assert '<a href="https://example.org/v21">Aktionsplan</a>' in header
    assert '<a href="https://example.org/portal">Beteiligungsportal</a>' in header
    details = visible(html, "m-M-1")
    assert "Kreistag: Beschluss vom 13.03.2025 (DS 2025/12) – Förderrichtlinie" in details
    assert '<a href="https://example.org/konzept.pdf">Konzeptpapier</a>' in html
    english = report(folder, "md", "--lang", "en")
    assert (
        "- Kreistag: Decision of 2024-03-13 (V/0021/2024) – [Aktionsplan](<https://example.org/v21>)"
        in (english)
    )
    assert "**Links:** [Beteiligungsportal](<https://example.org/portal>)" in english


HOSTILE_ADDRESSES = [
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    " JaVaScRiPt:alert(1)",
    "file:///etc/passwd",
]


@pytest.mark.parametrize("address", HOSTILE_ADDRESSES)
def test_only_safe_addresses_become_links(write_plan: PlanWriter, address: str) -> None:
    # check refuses such an address; the report keeps refusing it should one get through.
    folder = write(write_plan)
    plan = check_plan(folder, TODAY, "de").plan
    info = plan.info
    assert info is not None
    measure = plan.measures[0]
    sneaky = dataclasses.replace(
        measure,
        decisions=(Decision(body="kreistag", title="Beschluss X", url=address),),
        links=(Link(title="Seite X", url=address), Link(url=address)),
    )
    plan = dataclasses.replace(
        plan,
        infos=(dataclasses.replace(info, links=(Link(title="Start X", url=address),)),),
        measures=(sneaky, *plan.measures[1:]),
    )
    ctx = build_context(plan, TODAY, "de", Filters())
    assert link_address(address) is None
    for fmt in ("html", "md"):
        text = render_report(ctx, fmt, choose_template(fmt, folder, None))
        lowered = text.lower()
        for scheme in ("javascript:", "data:", "vbscript:", "file:"):
            assert f'href="{scheme}' not in lowered
            assert f"](<{scheme}" not in lowered
        for title in ("Beschluss X", "Seite X", "Start X"):
            assert title in text  # shown as text
    markdown = render_report(ctx, "md", choose_template("md", folder, None))
    hrefs = [
        dict(token.attrs).get("href")
        for block in MarkdownIt("commonmark").enable("table").parse(markdown)
        for token in block.children or []
        if token.type == "link_open"
    ]
    assert all(str(href).startswith(("https:", "http:", "mailto:")) for href in hrefs), hrefs


@pytest.mark.parametrize(
    ("address", "target"),
    [
        ("https://example.org/a b", "https://example.org/a%20b"),
        ("https://example.org/x?q=<b>", "https://example.org/x?q=%3Cb%3E"),
        ("https://example.org/\"'", "https://example.org/%22'"),
        ("mailto:team@example.org", "mailto:team@example.org"),
        ("https://example.org/ä", "https://example.org/%C3%A4"),
        ("https://example.org/%20", "https://example.org/%20"),
    ],
)
def test_a_link_address_cannot_end_early(address: str, target: str) -> None:
    assert link_address(address) == target


def test_the_latest_updates_newest_first(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    m1 = next(m for m in context(folder).measures if m.id == "M-1")
    assert [u.date.isoformat() for u in m1.updates if u.date] == [
        "2026-10-01",
        "2026-03-01",
        "2025-06-30",
    ]
    assert m1.older_updates == 1
    details = visible(report(folder, "html"), "m-M-1")
    assert (
        "Letzte Sachstände 01.10.2026 · Gefährdet: Verzug beim Bau 01.03.2026 · In Umsetzung "
        "· 20 %: Baubeginn 30.06.2025 · In Vorbereitung: Planung … ein früherer Eintrag im Plan"
    ) in details
    assert "Auftakt im Amt" not in details
    markdown = report(folder, "md", "--lang", "en")
    assert "  - 2026-10-01 · At risk: Verzug beim Bau\n  - 2026-03-01 · In progress" in markdown
    assert "one earlier entry in the plan" in markdown
