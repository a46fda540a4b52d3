"""What the report shows besides the plan's own data: short titles, "all planning regions",
the timeline's positions in percent, and the plan's title as a CSS string for print."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import EXAMPLE_PLAN, MINIMAL_PLAN, PlanWriter
from helpers import cli

from werkplan.checker import check_plan
from werkplan.report.context import build_context, short_title
from werkplan.report.css import css_string
from werkplan.report.timeline import Bar, Timeline, build_timeline
from werkplan.report.views import Filters

TODAY = ["--today", "2026-11-25"]
THREE_REGIONS = MINIMAL_PLAN.replace(
    "regions:\n  - {id: nord, name: Nord}",
    "regions:\n  - {id: nord, name: Nord}\n  - {id: sued, name: Süd}\n  - {id: west, name: West}",
)


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("Kurzer Titel", "Kurzer Titel"),
        ("Genau vierzig Zeichen lang, kein Zeichen mehr", "Genau vierzig Zeichen lang, kein…"),
        ("Netzwerk Begegnungsorte – Austauschtreffen der Träger", "Netzwerk Begegnungsorte…"),
        (
            "Treffpunkte „Gemeinsam nicht einsam“ übertragen",
            "Treffpunkte „Gemeinsam nicht einsam“…",
        ),
        (
            "Donaudampfschifffahrtsgesellschaftskapitänsmütze",
            "Donaudampfschifffahrtsgesellschaftskap…",
        ),
    ],
)
def test_short_title_is_cut_at_a_word(title: str, short: str) -> None:
    assert short_title(title) == short
    assert len(short_title(title)) <= 39


def _measures(regions: str) -> dict[str, str]:
    return {
        "m.yaml": f"""\
        measures:
          - {{id: M-1, title: Eins, goals: [Z-1], owner: amt, regions: {regions},
             due: 2026-12-31, status: planned, updated: 2026-11-01}}
        """
    }


@pytest.mark.parametrize(
    ("plan", "regions", "shown", "hidden"),
    [
        (THREE_REGIONS, "[west, nord, sued]", "alle Planungsregionen", "Nord, "),
        (THREE_REGIONS, "[nord, sued]", "Nord, Süd", "alle Planungsregionen"),
        # One region in the plan: its name says more than "all" would.
        (MINIMAL_PLAN, "[nord]", "| Nord |", "alle Planungsregionen"),
    ],
)
def test_a_measure_in_every_region_says_all_planning_regions(
    write_plan: PlanWriter, plan: str, regions: str, shown: str, hidden: str
) -> None:
    folder = write_plan({"plan.yaml": plan, **_measures(regions)}, base=False)
    markdown = cli(["report", str(folder), *TODAY, "-f", "md"]).stdout
    html = cli(["report", str(folder), *TODAY, "-f", "html"]).stdout
    assert shown in markdown
    assert hidden not in markdown
    assert shown.strip("| ") in html
    english = cli(["report", str(folder), *TODAY, "--lang", "en"]).stdout
    assert ("all planning regions" in english) == (shown == "alle Planungsregionen")


def _timeline(write_plan: PlanWriter, measures: str, today: str = "2026-11-25") -> Timeline:
    folder = write_plan({"m.yaml": measures})
    day = dt.date.fromisoformat(today)
    result = check_plan(folder, day, "de")
    assert result.errors == 0, result.problems
    return build_timeline(build_context(result.plan, day, "de", Filters()))


def _bars(timeline: Timeline) -> dict[str, Bar]:
    return {bar.measure.id: bar for group in timeline.groups for bar in group.bars}


def test_timeline_positions_are_percent_of_the_plan_period(write_plan: PlanWriter) -> None:
    # The plan runs 2025-01-01 … 2027-12-31, so the chart spans 2025-01-01 … 2028-01-01.
    timeline = _timeline(
        write_plan,
        """\
        measures:
          - {id: M-1, title: Eins, goals: [Z-1], owner: amt, start: 2025-01-01,
             due: 2026-07-02, status: in_progress, updated: 2026-11-01}
          - {id: M-2, title: Zwei, goals: [Z-1], owner: amt, due: 2027-12-01,
             status: planned, updated: 2026-11-01}
        """,
    )
    bars = _bars(timeline)
    days = (dt.date(2028, 1, 1) - dt.date(2025, 1, 1)).days
    assert bars["M-1"].left == 0
    assert bars["M-1"].span == round(
        100 * (dt.date(2026, 7, 2) - dt.date(2025, 1, 1)).days / days, 2
    )
    assert bars["M-2"].milestone
    assert bars["M-2"].span == 0
    assert timeline.today_left == round(
        100 * (dt.date(2026, 11, 25) - dt.date(2025, 1, 1)).days / days, 2
    )
    assert timeline.today_label_before  # 25.11.2026 is in the right half: label left of it
    assert all(0 <= tick.left <= 100 for tick in timeline.ticks)
    assert timeline.ticks[0].left == 0
    assert timeline.ticks[-1].left == 100


def test_an_overdue_note_goes_where_there_is_room(write_plan: PlanWriter) -> None:
    timeline = _timeline(
        write_plan,
        """\
        measures:
          - {id: EARLY, title: Früh, goals: [Z-1], owner: amt, start: 2025-02-01,
             due: 2025-06-30, status: in_progress, updated: 2025-06-01}
          - {id: LATE, title: Spät, goals: [Z-1], owner: amt, start: 2027-06-01,
             due: 2027-11-01, status: in_progress, updated: 2027-11-01}
          - {id: LONG, title: Lang, goals: [Z-1], owner: amt, start: 2025-01-10,
             due: 2027-11-02, status: in_progress, updated: 2027-11-01}
        """,
        today="2027-11-25",
    )
    bars = _bars(timeline)
    assert {b.overdue for b in bars.values()} == {True}
    assert bars["EARLY"].note_place == "after"
    assert bars["LATE"].note_place == "before"
    assert bars["LONG"].note_place == "inside"


@pytest.mark.parametrize(
    "title",
    ['Plan "A" \\ B', "</style><script>alert(1)</script>", "Zeile 1\nZeile 2", "a;}body{x:y"],
)
def test_css_string_cannot_end_the_string_or_the_style_sheet(title: str) -> None:
    css = str(css_string(title))
    assert css[0] == css[-1] == '"'
    inner = css[1:-1]
    assert re.fullmatch(r"[\w ]*(\\[0-9a-f]+ [\w ]*)*", inner), inner
    assert _unescape_css(inner) == title


def _unescape_css(text: str) -> str:
    return re.sub(r"\\([0-9a-f]+) ", lambda m: chr(int(m.group(1), 16)), text)


def test_the_printed_page_header_holds_the_plan_title(write_plan: PlanWriter) -> None:
    hostile = 'Plan "Zukunft" </style><b>x</b> & mehr'
    plan = MINIMAL_PLAN.replace("title: Testplan", f"title: '{hostile}'")
    folder = write_plan({"plan.yaml": plan}, base=False)
    html = cli(["report", str(folder), *TODAY, "-f", "html"]).stdout
    style = html[html.index("<style>") : html.index("</style>")]
    header = re.search(r'@top-left \{ content: "([^"]*)"', style)
    assert header is not None
    assert _unescape_css(header.group(1)) == hostile
    assert "<b>" not in style
    assert re.search(r'content: "Seite" " " counter\(page\) " " "von" " " counter\(pages\)', style)


def test_timeline_rows_show_id_and_short_title() -> None:
    html = cli(["report", str(EXAMPLE_PLAN), *TODAY, "-f", "html"]).stdout
    rows = re.findall(r'<span class="tl-id">([^<]+)</span> <span>([^<]+)</span>', html)
    assert len(rows) == 48  # every measure but the two projects without a deadline
    assert ("M-BEG-02", "Netzwerk Begegnungsorte…") in rows
    assert ("M-MOB-03", "Eigener Freizeitbus des Landkreises…") in rows
