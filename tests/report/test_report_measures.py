"""The report shows measures as real plans hold them (issue 13): time frames as written, the
plan's numbering, proposals and assessments in their own sections, joint leads and
supporters, sub-measures under their parent, progress, milestones and relations both ways."""

from __future__ import annotations

import re

import pytest
from conftest import PlanWriter
from measure_plan import MEASURES, TODAY, context, markdown_text, report, visible, write

from werkplan import findings
from werkplan.checker import check_plan
from werkplan.report.details import RELATIONS, Details
from werkplan.report.timeline import build_timeline
from werkplan.report.views import Filters


@pytest.mark.parametrize(
    ("language", "quarter", "horizon", "month"),
    [
        ("de", "4. Quartal 2026", "kurzfristig (bis 2026)", "September 2026"),
        ("en", "Q4 2026", "short term (by 2026)", "September 2026"),
    ],
)
def test_time_frames_show_as_written_and_a_horizon_by_its_label(
    write_plan: PlanWriter, language: str, quarter: str, horizon: str, month: str
) -> None:
    folder = write(write_plan)
    html = report(folder, "html", "--lang", language)
    markdown = markdown_text(report(folder, "md", "--lang", language))
    for text in (visible(html, "gefaehrdet"), markdown):
        assert f"Treffpunkte in den Dörfern {_owners(language)} {quarter}" in text
        assert f"Rufbus Sozialamt {horizon}" in text
    assert f"Eröffnung – {month}" in visible(html, "m-M-1")
    assert f"Eröffnung – {month}" in markdown


def _owners(language: str) -> str:
    marker = "koordiniert" if language == "de" else "coordinating"
    return f"Sozialamt ({marker}), Kreisseniorenbeirat"


def test_the_plans_numbering_stands_before_the_title(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    html = report(folder, "html")
    for part in ("gefaehrdet", "hf-HF-1", "hf-HF-2", "m-M-1", "m-M-4"):
        assert "Ü1 Treffpunkte" in visible(html, part) or "B5+6 Rufbus" in visible(html, part)
    assert "M-4 B5+6 Rufbus" in visible(html, "m-M-4")  # the details' heading
    assert "M-1 Ü1 Treffpunkte in den Dörfern" in visible(html, "m-M-5")  # a relation
    rows = re.findall(r'<span class="tl-id">([^<]+)</span> <span>([^<]+)</span>', html)
    assert ("M-1", "Ü1 Treffpunkte in den Dörfern") in rows
    assert ("M-4", "B5+6 Rufbus") in rows
    markdown = report(folder, "md")
    assert "| M-4 | B5+6 Rufbus |" in markdown
    assert "M-1 Ü1 Treffpunkte in den Dörfern :active, 2026-01-01, 2026-12-31" in markdown
    assert "### M-1 Ü1 Treffpunkte in den Dörfern" in markdown


def test_proposals_are_listed_on_their_own(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    ctx = context(folder)
    assert [m.id for m in ctx.proposals] == ["M-3"]
    goal = ctx.fields[0].goals[0]
    assert "M-3" in [m.id for m in goal.measures]  # it serves the goal (no gap) …
    assert "M-3" not in [row.measure.id for row in goal.rows]  # … but is no work yet
    assert [m.id for m in goal.proposals] == ["M-3"]
    html = report(folder, "html")
    proposals = visible(html, "vorschlaege")
    assert "M-3 Sommerfest Kleinstprojekt Teil von M-1 Bisdede e.V." in proposals
    assert "Vorgeschlagen 3.000 €" in proposals
    assert 'id="hf-HF-1"' in html
    assert "Sommerfest" not in _table_rows(html, "hf-HF-1")
    assert "Vorschläge zu diesem Ziel: M-3 Sommerfest (siehe Vorschläge)" in visible(
        html, "hf-HF-1"
    )
    markdown = report(folder, "md")
    assert "## Vorschläge (noch nicht beschlossen)" in markdown
    assert "**Vorschläge zu diesem Ziel:** M-3 Sommerfest (siehe Vorschläge)" in markdown


def _table_rows(html: str, section: str) -> str:
    """The rows of the measure tables in a section, without the lines beside them."""
    start = html.index(f'id="{section}"')
    part = html[start : html.index("</section>", start)]
    return " ".join(re.findall(r"<tbody>.*?</tbody>", part, re.S))


def test_measures_at_risk_or_off_track_have_a_section(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    ctx = context(folder)
    assert [m.id for m in ctx.at_risk] == ["M-4", "M-1"]  # off track first
    assert ctx.summary.at_risk == 2
    html = report(folder, "html")
    section = visible(html, "gefaehrdet")
    assert section.index("Rufbus") < section.index("Treffpunkte")
    assert "Einschätzung: ■ Rot" in section  # the plan's own label for off_track
    assert "Einschätzung: ▲ Gefährdet" in section
    assert '<a href="#gefaehrdet">' in html
    markdown = report(folder, "md", "--lang", "en")
    assert "## Measures at risk or off track" in markdown
    # The plan's labels are written without languages: they hold for English too.
    assert "| M-4 | B5+6 Rufbus | Sozialamt | short term (by 2026) | Nicht begonnen · Rot |" in (
        markdown
    )


def test_a_plan_without_assessments_has_no_such_section(write_plan: PlanWriter) -> None:
    measures = re.sub(r"\n    assessment: \w+", "", _without_proposal())
    folder = write(write_plan, measures)
    html = report(folder, "html")
    assert 'id="gefaehrdet"' not in html
    assert 'id="vorschlaege"' not in html
    assert "## Gefährdete" not in report(folder, "md")


def _without_proposal() -> str:
    start = MEASURES.index("  - id: M-3")
    return MEASURES[:start] + MEASURES[MEASURES.index("  - id: M-4") :]


def test_a_joint_lead_shows_every_owner_the_coordinator_first(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    ctx = context(folder)
    m1 = next(m for m in ctx.measures if m.id == "M-1")
    assert m1.owners == ("Sozialamt", "Kreisseniorenbeirat")
    assert m1.joint_lead
    assert m1.owner_id == "amt"
    html = report(folder, "html")
    assert "Sozialamt (koordiniert),<br>Kreisseniorenbeirat" in html
    english = report(folder, "md", "--lang", "en")
    assert "| Sozialamt (coordinating), Kreisseniorenbeirat |" in english


def test_supporters_are_shown_apart_from_partners(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    html = report(folder, "html")
    row = visible(html, "hf-HF-1")
    assert "Bisdede e.V. Könnte unterstützen: Kreistag" in row
    details = visible(html, "m-M-1")
    assert "Beteiligte Bisdede e.V. Könnte unterstützen Kreistag" in details
    actors = visible(html, "akteure")
    assert "Könnte unterstützen bei" in actors
    assert re.search(r"Kreistag Politik\s+M-1", actors)  # backs M-1, leads nothing
    markdown = report(folder, "md")
    assert "| Bisdede e.V.; Könnte unterstützen: Kreistag |" in markdown
    assert "| Kreistag | Politik |  |  | M-1 |" in markdown


def test_sub_measures_appear_under_their_parent_with_their_own_status(
    write_plan: PlanWriter,
) -> None:
    folder = write(write_plan)
    ctx = context(folder)
    rows = [(row.measure.id, row.level) for row in ctx.fields[0].goals[0].rows]
    assert rows == [("M-1", 0), ("M-2", 1), ("M-5", 0)]
    html = report(folder, "html")
    field = _table_rows(html, "hf-HF-1")
    assert field.index("Treffpunkte") < field.index("Gemeinsam nicht einsam")
    assert re.search(r'<tr class="sub">.*?↳.*?Teil von M-1: </span><strong>Gemeinsam', field)
    assert "Kleinstprojekt" in field
    markdown = report(folder, "md")
    assert "| M-2 | ↳ Gemeinsam nicht einsam (Kleinstprojekt) |" in markdown
    assert "In Umsetzung, ⚠ 25 Tage überfällig, 60 % umgesetzt" in markdown
    bars = [(b.measure.id, b.level) for g in build_timeline(ctx).groups for b in g.bars]
    assert bars.index(("M-2", 1)) == bars.index(("M-1", 0)) + 1


def test_a_sub_measure_whose_parent_is_filtered_out_stands_alone(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    ctx = context(folder, filters=Filters(owner="verein"))
    rows = [(row.measure.id, row.level) for row in ctx.fields[0].goals[0].rows]
    assert rows == [("M-2", 0)]
    m2 = ctx.measures[0]
    assert m2.parent is not None
    assert not m2.parent.in_report
    details = visible(report(folder, "html", "--owner", "verein"), "m-M-2")
    assert "Teil von M-1 Ü1 Treffpunkte in den Dörfern (nicht in diesem Bericht)" in details


def test_progress_comes_from_findings_for_measures_and_fields(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    plan = check_plan(folder, TODAY, "de").plan
    ctx = context(folder)
    for view in ctx.measures:
        assert view.progress == findings.progress(plan.measure(view.id), plan)  # type: ignore[arg-type]
    in_field = [m for m in plan.measures if "HF-1" in plan.fields_of(m)]
    # M-1: its newest update with a progress says 20 (before its milestones, one of two)
    assert ctx.fields[0].progress == findings.overall_progress(in_field, plan) == 20
    assert ctx.summary.progress == findings.overall_progress(list(plan.measures), plan)
    assert ctx.show_progress
    html = report(folder, "html")
    assert "20 % umgesetzt" in visible(html, "hf-HF-1")
    assert "Umsetzung: 20 %" in visible(html, "hf-HF-1")
    assert "60 % umgesetzt" in visible(html, "m-M-1")  # its small project
    overview = visible(html, "ueberblick")
    assert f"{ctx.summary.progress} % Umsetzung im Mittel" in overview
    assert "Umsetzung" in overview  # the column of the table per field
    assert "Umsetzung: 20 %" in report(folder, "md")


def test_milestones_in_the_timeline_and_in_the_details(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    timeline = build_timeline(context(folder))
    bar = next(b for g in timeline.groups for b in g.bars if b.measure.id == "M-1")
    marks = [(m.title, m.day.isoformat(), m.reached, m.late) for m in bar.milestones]
    assert marks == [
        ("Konzept", "2026-06-30", True, False),
        ("Eröffnung", "2026-09-30", False, True),
    ]
    assert all(0 < m.left < 100 for m in bar.milestones)
    html = report(folder, "html")
    assert re.search(r'class="tl-ms reached" style="left: [\d.]+%"', html)
    assert re.search(r'class="tl-ms late" style="left: [\d.]+%"', html)
    assert "Meilenstein erreicht" in visible(html, "zeitplan")
    details = visible(html, "m-M-1")
    assert "◆ Konzept – 2. Quartal 2026: erreicht am 12.06.2026" in details
    assert "◇ Eröffnung – September 2026: offen ⚠ 56 Tage überfällig" in details
    markdown = report(folder, "md")
    assert "↳ ◆ M-1 Konzept :done, milestone, 2026-06-30, 0d" in markdown
    assert "↳ ◇ M-1 Eröffnung :crit, milestone, 2026-09-30, 0d" in markdown


def test_relations_show_both_ways_and_link_within_the_report(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    html = report(folder, "html")
    m1 = visible(html, "m-M-1")
    assert "Siehe auch M-5 Alter Treffpunkt M-4 B5+6 Rufbus" in m1  # its own, then back
    assert "Hierin aufgegangen M-5 Alter Treffpunkt" in m1
    assert "Zusammengeführt in M-1 Ü1 Treffpunkte in den Dörfern" in visible(html, "m-M-5")
    assert "Ersetzt M-6 Bürgerbus" in visible(html, "m-M-4")
    assert "Ersetzt durch M-4 B5+6 Rufbus" in visible(html, "m-M-6")
    entry = html[html.index('id="m-M-5"') :]
    assert '<a href="#m-M-1">M-1</a>' in entry[: entry.index("</article>")]
    _every_link_within_the_report_has_a_target(html)
    markdown = markdown_text(report(folder, "md"))
    assert "Hierin aufgegangen: M-5 Alter Treffpunkt" in markdown
    assert "Ersetzt durch: M-4 B5+6 Rufbus" in markdown


def _every_link_within_the_report_has_a_target(html: str) -> None:
    targets = set(re.findall(r'href="#([^"]+)"', html))
    ids = set(re.findall(r' id="([^"]+)"', html))
    assert targets <= ids, targets - ids
    assert len(re.findall(r' id="([^"]+)"', html)) == len(ids)  # no id twice


def test_a_relation_out_of_the_report_is_named_not_linked(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    html = report(folder, "html", "--field", "HF-2")
    see_also = visible(html, "m-M-4")
    assert "Siehe auch M-1 Ü1 Treffpunkte in den Dörfern (nicht in diesem Bericht)" in see_also
    assert 'href="#m-M-1"' not in html
    _every_link_within_the_report_has_a_target(html)
    assert "(nicht in diesem Bericht)" in report(folder, "md", "--field", "HF-2")


def test_the_plans_labels_name_every_value(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    html = report(folder, "html")
    text = visible(html)
    assert "Nicht begonnen" in visible(html, "ueberblick")  # matrix and legend
    assert "○ Nicht begonnen" in visible(html, "hf-HF-2")
    assert "Geplant" not in text
    assert "Kritisch" not in text
    assert "Rot" in text
    assert "Zugesagt" in visible(html, "kosten")
    assert "Bewilligt" not in text
    assert "Kleinstprojekt" in text
    assert not re.search(r"Kleinprojekt\b", text)
    markdown = report(folder, "md")
    assert "Geplant" not in markdown
    assert "| Nicht begonnen |" in markdown


PUBLIC_MEASURES = """\
measures:
  - {id: M-1, title: Öffentlich, goals: [Z-1], owner: amt, status: in_progress, due: 2026-12,
     updated: 2026-11-01, related: [M-9], costs: {total: 1000}}
  - id: M-9
    title: Geheimprojekt
    number: X9
    parent: M-1
    kind: project
    owner: beirat
    supporters: [verein]
    status: in_progress
    due: 2026-12
    updated: 2026-11-01
    assessment: off_track
    visibility: internal
    costs: {total: 777777}
    funding: [{source: Geheimfonds, amount: 555555, status: approved}]
    decisions: [{body: kreistag, date: 2025-01-01, reference: NÖ 1/2025}]
    links: [{title: Intranet, url: "https://intranet.example.org"}]
    milestones: [{title: Geheimer Meilenstein, due: 2026-10}]
    updates: [{date: 2026-01-01, note: Geheime Notiz}]
  - {id: M-8, title: Verschmolzen intern, goals: [Z-1], owner: amt, status: merged,
     merged_into: M-1, visibility: internal}
  - {id: M-7, title: Vorschlag intern, goals: [Z-1], owner: amt, status: proposed,
     visibility: internal}
"""


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_public_report_shows_nothing_of_internal_measures(write_plan: PlanWriter, fmt: str) -> None:
    folder = write(write_plan, PUBLIC_MEASURES)
    public = report(folder, fmt, "--public")
    for secret in (
        "M-9",
        "X9",
        "Geheim",
        "777.777",
        "555.555",
        "NÖ 1/2025",
        "intranet",
        "M-8",
        "Verschmolzen",
        "M-7",
        "Vorschlag intern",
        "Bisdede",
        "Kritisch",
        "Rot",
    ):
        assert secret not in public, secret
    assert "1.000 €" in public
    internal = report(folder, fmt)
    assert "Geheimfonds" in internal
    assert "M-8" in internal


def test_a_plan_without_the_new_keys_keeps_its_report(write_plan: PlanWriter) -> None:
    folder = write_plan(
        {
            "m.yaml": """\
            measures:
              - {id: M-1, title: Eins, goals: [Z-1], owner: amt, due: 2026-12-31,
                 status: in_progress, updated: 2026-11-01}
              - {id: M-2, title: Zwei, goals: [Z-1], owner: amt, due: 2026-06-30,
                 status: done, updated: 2026-11-01}
            """
        }
    )
    ctx = context(folder)
    assert not ctx.show_progress
    assert not ctx.show_assessment
    assert not ctx.show_costs
    assert not ctx.show_backs
    assert (ctx.detailed, ctx.proposals, ctx.decisions, ctx.links, ctx.columns) == (
        (),
        (),
        (),
        (),
        (),
    )
    assert ctx.costs is None
    html = report(folder, "html")
    for part in ('id="einzeln"', 'id="kosten"', 'id="vorschlaege"', 'id="gefaehrdet"'):
        assert part not in html
    assert "umgesetzt" not in html
    assert ">Umsetzung</th>" not in html
    assert (
        "| Nr. | Maßnahme | Verantwortlich | Beteiligte | Regionen | Frist | Status | Stand |"
        in (report(folder, "md"))
    )


def test_the_reports_index_of_relations_agrees_with_plan_referrers(write_plan: PlanWriter) -> None:
    folder = write(write_plan)
    plan = check_plan(folder, TODAY, "de").plan
    details = Details(plan, "de", TODAY)
    for key in RELATIONS:
        for measure in plan.measures:
            expected = tuple(m.id for m in plan.referrers(key, measure.id))
            assert details.referrers[key].get(measure.id, ()) == expected, (key, measure.id)
    assert details.referrers["merged_into"]["M-1"] == ("M-5",)


def test_mermaid_names_of_milestones_are_not_escaped_for_markdown(write_plan: PlanWriter) -> None:
    folder = write_plan(
        {
            "m.yaml": """\
            measures:
              - {id: M-1, title: Plan_B *neu*, goals: [Z-1], owner: amt, start: 2026-01,
                 due: 2026-12, status: in_progress, updated: 2026-11-01,
                 milestones: [{title: Schritt_1 *fertig*, due: 2026-06, done: 2026-06-01}]}
            """
        }
    )
    markdown = report(folder, "md")
    chart = markdown[markdown.index("```mermaid") :]
    assert "    M-1 Plan_B *neu* :active, 2026-01-01, 2026-12-31" in chart
    assert "    ↳ ◆ M-1 Schritt_1 *fertig* :done, milestone, 2026-06-30, 0d" in chart
