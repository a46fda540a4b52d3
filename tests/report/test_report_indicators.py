"""The report's "Ziele und Kennzahlen": verdicts in words, sign and colour, progress, tables,
the geometry of the SVG charts, the Mermaid charts' text, --public and --field, hostile text.

The plan in tests/fixtures/indicators has one indicator per verdict on 25.11.2026; the
verdicts themselves are tested in tests/findings/test_indicator_verdicts.py, so these tests
check that the report shows what findings decided, never its own judgement.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import INDICATOR_PLAN, MINIMAL_PLAN, TODAY, PlanWriter, run_check
from helpers import cli
from markdown_it import MarkdownIt
from test_report_hostile import HOSTILE, _Collector, _tables, shown

from werkplan.findings import indicators as judge
from werkplan.model import Source
from werkplan.report.context import build_context
from werkplan.report.indicators import (
    VERDICT_SYMBOLS,
    Chart,
    IndicatorView,
    build_indicators,
)
from werkplan.report.views import Filters, ReportContext

SVG = "{http://www.w3.org/2000/svg}"

# The verdict of each indicator of the fixture plan on TODAY, as findings decide it.
VERDICTS = {
    "K-TREFF": "on_track",
    "K-DORF": "behind",
    "K-TEILN": "reached",
    "K-CO2": "missed",
    "K-AB": "on_track",
    "K-ALT": "stale",
    "K-NEU": "no_data",
    "K-EINS": "on_track",
    "K-REG": "behind",
    "K-INTERN": "behind",
}
LABELS = {
    "de": {
        "reached": "Erreicht",
        "on_track": "Auf Kurs",
        "behind": "Im Rückstand",
        "missed": "Verfehlt",
        "stale": "Veraltet",
        "no_data": "Keine Daten",
    },
    "en": {
        "reached": "Reached",
        "on_track": "On track",
        "behind": "Behind",
        "missed": "Missed",
        "stale": "Stale",
        "no_data": "No data",
    },
}


def _report(plan: Path, fmt: str, *args: str) -> str:
    command = ["report", str(plan), "--today", TODAY.isoformat(), "-f", fmt, *args]
    result = cli(command)
    assert result.exit_code == 0, result.output
    return result.stdout


def _context(plan: Path = INDICATOR_PLAN, language: str = "de", **filters: object) -> ReportContext:
    checked = run_check(plan)
    assert checked.plan is not None
    return build_context(checked.plan, TODAY, language, Filters(**filters))  # type: ignore[arg-type]


def _indicators(context: ReportContext) -> dict[str, IndicatorView]:
    section = context.goals_and_indicators
    found = {i.id: i for f in section.fields for g in f.goals for i in g.indicators}
    found.update({i.id: i for i in section.other})
    return found


def _article(html: str, indicator_id: str) -> str:
    start = html.index(f'<article class="indicator" id="k-{indicator_id}"')
    return html[start : html.index("</article>", start)]


def test_the_verdicts_are_those_of_findings() -> None:
    checked = run_check(INDICATOR_PLAN)
    assert checked.plan is not None
    for indicator in checked.plan.indicators:
        expected = judge.indicator_verdict(indicator, TODAY)
        assert VERDICTS.get(indicator.id) == expected, indicator.id
    shown_verdicts = {i.id: i.verdict.key for i in _indicators(_context()).values()}
    assert {k: v for k, v in shown_verdicts.items() if v} == VERDICTS


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_verdict_in_words_sign_and_colour(language: str) -> None:
    html = _report(INDICATOR_PLAN, "html", "--lang", language)
    markdown = _report(INDICATOR_PLAN, "md", "--lang", language)
    for indicator_id, verdict in VERDICTS.items():
        label, sign = LABELS[language][verdict], VERDICT_SYMBOLS[verdict]
        badge = (
            f'<span class="vbadge v-{verdict}"><span aria-hidden="true">{sign} </span>'
            f"{label}</span>"
        )
        article = _article(html, indicator_id)
        assert badge in article, (indicator_id, article[:600])
        heading = re.search(rf"^#{{5}} {indicator_id}: .*\n\n(.*)$", markdown, re.MULTILINE)
        assert heading is not None, indicator_id
        assert heading.group(1).startswith(f"{sign} {label}"), heading.group(1)
    # every verdict has its own sign and its own colour in the style sheet
    assert len(set(VERDICT_SYMBOLS.values())) == len(VERDICT_SYMBOLS)
    colours = re.findall(r"\.v-(\w+) \{ ([^}]*)\}", html)
    assert {name for name, _ in colours} >= set(VERDICT_SYMBOLS)
    assert len({rule for name, rule in colours if name in VERDICT_SYMBOLS}) == len(VERDICT_SYMBOLS)


def test_context_and_untargeted_indicators_have_no_verdict_colour() -> None:
    html = _report(INDICATOR_PLAN, "html")
    context = _article(html, "K-65")
    sign = "\u2139"  # information source
    assert (
        f'<span class="vbadge v-context"><span aria-hidden="true">{sign} </span>Kontext' in context
    )
    assert not re.search(r"v-(reached|on_track|behind|missed|stale|no_data)", context)
    assert "Nächster Zielwert" not in context  # context only: no target, no progress
    loose = _article(html, "K-LOSE")
    assert '<span class="vbadge v-none"><span aria-hidden="true">– </span>ohne Zielwert' in loose
    assert "Kennzahlen ohne Ziel" in html  # it measures no goal


def test_the_meeting_view_lists_what_is_behind_missed_or_stale() -> None:
    context = _context()
    alerts = [(a.id, a.region, a.verdict.key) for a in context.indicator_alerts]
    # the worst first; a region's series with its region; as `check` warns
    assert alerts == [
        ("K-CO2", None, "missed"),
        ("K-DORF", None, "behind"),
        ("K-REG", "Nord", "behind"),
        ("K-INTERN", None, "behind"),
        ("K-ALT", None, "stale"),
    ]
    # one alert per warning of `check` about an indicator
    warned = sorted(
        f"{dict(p.message.args)['id']}{dict(p.message.args)['region']}"
        for p in run_check(INDICATOR_PLAN).problems
        if p.rule.startswith("indicator-")
    )
    assert warned == sorted(i + (f" ({r})" if r else "") for i, r, _ in alerts)
    html = _report(INDICATOR_PLAN, "html")
    section = html[html.index('id="kennzahlen-achtung"') : html.index('id="handlungsfelder"')]
    assert '<a href="#k-K-REG">K-REG</a>' in section
    assert "Nord" in section
    assert "der Zielpfad verlangt 8 Treffs" in section
    assert "Zielwert 1.000.000,0 t CO2-Äquivalent je Jahr (2025) nicht erreicht" in section
    assert "letzter Wert vor 694 Tagen, neue Werte alle 365 Tage erwartet" in section
    assert '<li><a href="#kennzahlen-achtung">' in html  # in the table of contents
    markdown = _report(INDICATOR_PLAN, "md")
    assert "| K-REG | Seniorentreffs mit Fahrdienst | Nord | ⚠ Im Rückstand |" in markdown


def test_progress_latest_value_next_target_and_source() -> None:
    views = _indicators(_context())
    (treff, nord, sued) = views["K-TREFF"].series
    assert (treff.label, treff.progress, treff.latest_value) == ("Gesamt", "50\u00a0%", "7 Orte")
    assert (str(treff.latest_date), treff.next_target_value) == ("2025", "9 Orte")
    assert str(treff.next_target_date) == "2026"
    assert (nord.label, nord.verdict.key, nord.progress) == ("Nord", None, None)
    assert sued.latest_value == "3 Orte"
    indicator = views["K-TREFF"]
    assert indicator.source_url == "https://example.org/daten"
    assert (indicator.source_name, indicator.source_license) == ("Beispielwerte", "dl-de/by-2-0")
    html = _article(_report(INDICATOR_PLAN, "html"), "K-TREFF")
    assert '<a href="https://example.org/daten">Beispielwerte</a>' in html
    assert "Lizenz: dl-de/by-2-0" in html
    assert "7 Orte (2025)" in html
    assert "9 Orte (2026)" in html


def test_a_source_link_only_for_safe_addresses() -> None:
    checked = run_check(INDICATOR_PLAN)
    assert checked.plan is not None
    plan = checked.plan
    hostile = Source(name="Quelle", url="javascript:alert(1)")
    changed = tuple(
        dataclasses.replace(i, source=hostile) if i.id == "K-TREFF" else i for i in plan.indicators
    )
    section, _ = build_indicators(dataclasses.replace(plan, indicators=changed), TODAY, "de")
    view = section.fields[0].goals[0].indicators[0]
    assert (view.id, view.source_name, view.source_url, view.source_link) == (
        "K-TREFF",
        "Quelle",
        None,
        None,
    )


def test_german_and_english_number_formats() -> None:
    german = _indicators(_context(language="de"))["K-CO2"]
    english = _indicators(_context(language="en"))["K-CO2"]
    assert german.series[0].latest_value == "1.100.000,0 t CO2-Äquivalent je Jahr"
    assert english.series[0].latest_value == "1,100,000.0 t CO2-Äquivalent je Jahr"
    assert [t.label for t in german.charts[0].values] == [
        "600.000",
        "800.000",
        "1.000.000",
        "1.200.000",
        "1.400.000",
    ]
    assert [t.label for t in english.charts[0].values][-1] == "1,400,000"
    rows = [(str(r.date), r.kind, r.value, r.path) for r in german.rows]
    assert rows == [
        ("2020", "baseline", "1.250.000,0", "1.250.000,0"),
        ("2023", "value", "1.180.000,5", "1.100.000,0"),
        ("2025", "value", "1.100.000,0", "1.000.000,0"),
        ("2025", "target", "", "1.000.000,0"),
        ("2030", "target", "", "750.000,0"),
    ]
    percent = _indicators(_context(language="de"))["K-65"]
    assert percent.series[0].latest_value == "28,4 %"
    assert [t.label for t in percent.charts[0].values][:2] == ["24", "26"]
    path = _indicators(_context())["K-INTERN"].rows[1]
    assert (path.value, path.path) == ("1", "2,5")  # the path between two whole numbers


def test_decreasing_indicators_point_down() -> None:
    views = _indicators(_context())
    for indicator_id in ("K-CO2", "K-AB"):
        view = views[indicator_id]
        assert view.direction == "decrease"
        assert view.direction_label == "Soll sinken"
        (line,) = view.charts[0].lines
        assert line.baseline is not None
        assert all(t.y > line.baseline.y for t in line.targets)  # lower values lie lower
    html = _article(_report(INDICATOR_PLAN, "html"), "K-AB")
    assert "Soll sinken" in html
    assert "v-on_track" in html


def test_region_series_as_lines_or_small_multiples() -> None:
    views = _indicators(_context())
    treff = views["K-TREFF"]  # overall and two regions: one chart, three lines
    assert not treff.small_multiples
    (chart,) = treff.charts
    assert [line.label for line in chart.lines] == ["Gesamt", "Nord", "Süd"]
    # told apart without colour: dash pattern and point shape differ for each line
    assert len({(line.dash, line.marker) for line in chart.lines}) == 3
    assert len({line.dash for line in chart.lines}) == 3
    assert len({line.marker for line in chart.lines}) == 3
    labels = [line.label_y for line in chart.lines]
    assert all(y is not None for y in labels)
    ys = sorted(y for y in labels if y is not None)
    assert all(b - a >= chart.font_size for a, b in itertools.pairwise(ys))
    many = views["K-65"]  # five series: one small chart each, on the same scales
    assert many.small_multiples
    assert [c.title for c in many.charts] == [
        "Gesamt",
        "Nord",
        "Ost",
        "Süd",
        "Westliches Amt Rostocker Heide und Umgebung",
    ]
    assert len({tuple(t.label for t in c.values) for c in many.charts}) == 1
    assert len({tuple(t.label for t in c.years) for c in many.charts}) == 1
    regional = views["K-REG"]  # values only per region, the general target for each
    assert regional.small_multiples
    assert [s.label for s in regional.series] == ["Nord", "Süd"]
    assert all(line.targets for c in regional.charts for line in c.lines)
    html = _article(_report(INDICATOR_PLAN, "html"), "K-TREFF")
    assert html.count('<svg class="ind-svg"') == 1
    assert re.search(r'<text class="line-label"[^>]*>Nord</text>', html)
    assert 'stroke-dasharray="9 3 2 3"' in html


def test_one_value_only() -> None:
    view = _indicators(_context())["K-EINS"]
    (series,) = view.series
    assert (series.latest_value, series.baseline_value, series.progress) == (
        "4 Stationen",
        "4 Stationen",
        "0\u00a0%",
    )
    (line,) = view.charts[0].lines
    assert len(line.points) == 1
    assert line.baseline is not None
    assert (line.baseline.x, line.baseline.y) == (line.points[0].x, line.points[0].y)
    assert [(r.kind, r.value, r.path) for r in view.rows] == [
        ("baseline", "4", "4"),
        ("target", "", "8"),
    ]
    html = _article(_report(INDICATOR_PLAN, "html"), "K-EINS")
    assert "<polyline" not in html  # one point is no line
    # a value alone without a target is a table, not a Mermaid chart
    loose = _indicators(_context())["K-TREFF"]
    assert [m.label for m in loose.mermaid] == ["Gesamt"]


def test_no_data() -> None:
    view = _indicators(_context())["K-NEU"]
    (series,) = view.series
    assert (series.verdict.key, series.latest_value, series.progress) == ("no_data", None, None)
    assert series.next_target_value == "2.000 Fahrgäste"
    (line,) = view.charts[0].lines
    assert line.points == ()
    assert line.baseline is not None
    assert len(line.targets) == 1  # the path from the baseline to the target is drawn
    assert view.mermaid == ()
    bare = dataclasses.replace(view, charts=(), rows=(), mermaid=())
    assert not bare.draws_targets
    markdown = _report(INDICATOR_PLAN, "md")
    assert "##### K-NEU: Nutzerinnen und Nutzer des Rufbusses\n\n∅ Keine Daten" in markdown


def test_an_indicator_without_any_number(write_plan: PlanWriter) -> None:
    plan = write_plan(
        {
            "k.yaml": """\
            indicators:
              - {id: K-LEER, title: Noch nichts, goals: [Z-1]}
            """
        }
    )
    html = _report(plan, "html")
    article = _article(html, "K-LEER")
    assert "Noch keine Werte." in article
    assert "<svg" not in article
    assert "Noch keine Werte." in _report(plan, "md")


def _charts() -> Iterator[tuple[str, Chart]]:
    for language in ("de", "en"):
        for view in _indicators(_context(language=language)).values():
            for chart in view.charts:
                yield view.id, chart


def test_every_point_lies_inside_the_plot_area() -> None:
    for indicator_id, chart in _charts():
        assert 0 < chart.left < chart.right < chart.width, indicator_id
        assert 0 < chart.top < chart.bottom < chart.height, indicator_id
        assert chart.today_x is not None
        assert chart.left <= chart.today_x <= chart.right, indicator_id
        for line in chart.lines:
            points = [*line.points, *line.targets]
            points += [line.baseline] if line.baseline else []
            for point in points:
                assert chart.left <= point.x <= chart.right, (indicator_id, point)
                assert chart.top <= point.y <= chart.bottom, (indicator_id, point)
            # later dates lie further right
            xs = [p.x for p in line.points]
            assert xs == sorted(xs), indicator_id
        for tick in chart.years:
            assert chart.left <= tick.position <= chart.right, indicator_id
        for tick in chart.values:
            assert chart.top <= tick.position <= chart.bottom, indicator_id
        years = [t.label for t in chart.years if t.label]
        assert years == sorted(years)
        assert years, indicator_id


def test_values_lie_higher_the_larger_they_are() -> None:
    view = _indicators(_context())["K-TREFF"]
    (chart,) = view.charts
    by_value = sorted(
        ((float(p.shown), p.y) for line in chart.lines for p in line.points), key=lambda v: v[0]
    )
    ys = [y for _, y in by_value]
    assert ys == sorted(ys, reverse=True)
    ticks = [(float(t.label), t.position) for t in chart.values]
    for value, y in by_value:
        below = max((t for t in ticks if t[0] <= value), key=lambda t: t[0])
        above = min((t for t in ticks if t[0] >= value), key=lambda t: t[0])
        assert above[1] <= y <= below[1]


def _svgs(html: str) -> list[ET.Element]:
    return [
        ET.fromstring(svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))
        for svg in re.findall(r'<svg class="ind-svg".*?</svg>', html, re.DOTALL)
    ]


def test_the_drawn_svg_stays_in_its_box_and_draws_the_path_from_the_baseline() -> None:
    html = _report(INDICATOR_PLAN, "html")
    svgs = _svgs(html)
    views = _indicators(_context())
    assert len(svgs) == sum(len(v.charts) for v in views.values())
    for svg in svgs:
        assert svg.get("role") == "img"
        name = svg.get("aria-labelledby")
        assert name is not None
        assert f'<span id="{name}" class="visually-hidden">Diagramm: ' in html
        _, _, width, height = (float(v) for v in (svg.get("viewBox") or "").split())
        for circle in svg.iter(f"{SVG}circle"):
            assert 0 <= float(circle.get("cx", -1)) <= width
            assert 0 <= float(circle.get("cy", -1)) <= height
        for polyline in svg.iter(f"{SVG}polyline"):
            for pair in (polyline.get("points") or "").split():
                x, y = (float(v) for v in pair.split(","))
                assert 0 <= x <= width
                assert 0 <= y <= height
        baselines = {
            (c.get("cx"), c.get("cy"))
            for c in svg.iter(f"{SVG}circle")
            if "baseline" in (c.get("class") or "")
        }
        targets = {
            (c.get("cx"), c.get("cy"))
            for c in svg.iter(f"{SVG}circle")
            if c.get("class") == "target"
        }
        paths = [line for line in svg.iter(f"{SVG}line") if line.get("class") == "path"]
        assert {(p.get("x1"), p.get("y1")) for p in paths} <= baselines
        assert {(p.get("x2"), p.get("y2")) for p in paths} == (targets if baselines else set())
    treff = _svgs(_article(html, "K-TREFF"))[0]
    paths = [line for line in treff.iter(f"{SVG}line") if line.get("class") == "path"]
    assert len(paths) == 2  # from the baseline to each of the two targets


def test_each_chart_has_its_table_as_text_alternative() -> None:
    html = _report(INDICATOR_PLAN, "html")
    article = _article(html, "K-TREFF")
    assert '<table class="ind-data stack" id="k-K-TREFF-table">' in article
    assert "<caption>Werte und Zielpfad von K-TREFF</caption>" in article
    assert "die Zahlen stehen in der Tabelle „Werte und Zielpfad von K-TREFF“" in article
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", article[article.index("ind-data") :])
    assert cells[5:10] == ["Gesamt", "Wert", "7", "7", "Zählung der Sozialplanung"]


def test_goals_show_their_verdict_and_their_old_text() -> None:
    section = _context().goals_and_indicators
    goals = {g.id: g for f in section.fields for g in f.goals}
    z1 = goals["Z-1"]
    assert z1.verdict is not None
    assert z1.verdict.key == "behind"  # its worst indicator: K-INTERN
    assert (z1.indicator, z1.target) == (
        "Zahl der offenen Begegnungsorte",
        "9 bis 2026, 12 bis 2027",
    )
    assert goals["Z-3"].verdict is not None
    assert goals["Z-3"].verdict.key == "missed"
    assert goals["Z-5"].verdict is None
    # an indicator of two goals is shown once, and named under the other
    assert [i.id for i in goals["Z-2"].indicators] == ["K-DORF", "K-TEILN"]
    assert goals["Z-2"].shown_elsewhere == (
        ("K-TREFF", "Offene Begegnungsorte mit generationenübergreifendem Angebot", "k-K-TREFF"),
    )
    html = _report(INDICATOR_PLAN, "html")
    part = html[html.index('id="ziele-kennzahlen"') :]
    assert "Bewertung des Ziels (die schlechteste seiner Kennzahlen): <span class" in part
    assert "Indikator: <span>Zahl der offenen Begegnungsorte</span>" in part
    assert '<a href="#k-K-TREFF">' in part
    assert "Für dieses Ziel gibt es noch keine Kennzahl." in part


def test_public_reports_leave_internal_indicators_out() -> None:
    for fmt in ("html", "md"):
        public = _report(INDICATOR_PLAN, fmt, "--public")
        assert "K-INTERN" not in public
        assert "Interne Auslastung" not in public
        assert "K-INTERN" in _report(INDICATOR_PLAN, fmt)
    context = _context(public=True)
    goals = {g.id: g for f in context.goals_and_indicators.fields for g in f.goals}
    verdict = goals["Z-1"].verdict
    assert verdict is not None
    assert verdict.key == "on_track"  # judged without the internal indicator
    assert "K-INTERN" not in {a.id for a in context.indicator_alerts}


def test_a_field_shows_its_goals_indicators() -> None:
    context = _context(field="HF-2")
    section = context.goals_and_indicators
    assert [f.id for f in section.fields] == ["HF-2"]
    assert section.other == ()  # indicators of no goal belong to no field
    assert {a.id for a in context.indicator_alerts} == {"K-CO2", "K-REG", "K-ALT"}


def test_a_plan_without_indicators_has_no_such_section(write_plan: PlanWriter) -> None:
    plan = write_plan()
    html = _report(plan, "html")
    markdown = _report(plan, "md")
    for text in ("Ziele und Kennzahlen", "Kennzahlen mit Handlungsbedarf", ".vbadge"):
        assert text not in html
        assert text not in markdown


# --- Mermaid text ---------------------------------------------------------------------------

MERMAID_BLOCK = re.compile(r"```mermaid\n(.*?)\n```", re.DOTALL)
NUMBER = r"-?\d+(\.\d+)?"
MERMAID_LINE = re.compile(
    r'(xychart-beta|    title "[^"\n]+"|    x-axis \["[^"\n]+"(, "[^"\n]+")*\]'
    rf'|    y-axis ("[^"\n]+" )?{NUMBER} --> {NUMBER}|    line \[{NUMBER}(, {NUMBER})*\])'
)


def _xycharts(markdown: str) -> list[str]:
    return [c for c in MERMAID_BLOCK.findall(markdown) if c.startswith("xychart-beta")]


def test_mermaid_charts_of_values_and_path() -> None:
    views = _indicators(_context())
    (chart,) = views["K-TREFF"].mermaid
    assert chart.text == (
        "xychart-beta\n"
        '    title "K-TREFF Offene Begegnungsorte mit generationenübergreifendem Angebot"\n'
        '    x-axis ["2024", "2025", "2026", "2027"]\n'
        '    y-axis "Orte" 4 --> 12\n'
        "    line [5, 7]\n"
        "    line [5, 7, 9, 12]"
    )
    assert chart.has_path
    # a target between two values: the value line runs straight through its date
    (nord, _) = views["K-REG"].mermaid
    assert '    x-axis ["2025", "2. Quartal 2026", "2026"]' in nord.text
    assert "    line [6, 6.5]\n    line [6, 8, 10]" in nord.text
    assert "– Nord" in nord.text
    co2 = views["K-CO2"].mermaid[0].text
    assert "    line [1250000, 1180000.5, 1100000]" in co2
    context = views["K-65"].mermaid
    assert len(context) == 5
    assert all(not m.has_path for m in context)
    markdown = _report(INDICATOR_PLAN, "md")
    charts = _xycharts(markdown)
    assert len(charts) == sum(len(v.mermaid) for v in views.values())
    for text in charts:
        for line in text.split("\n"):
            assert MERMAID_LINE.fullmatch(line), line


MERMAID_HOSTILE = [
    *HOSTILE,
    'Titel "zu" ] ; %%{init: {"theme": "dark"}}%% `code` #1',
    'Zeile\n    line [1, 2, 3]\n    title "x"',
    "accTitle: gekapert",
    "Unsichtbares \u200b Leerzeichen und \u2066isoliert\u2069",
]


def _quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped + '"'


def hostile_plan(write_plan: PlanWriter) -> Path:
    """Indicators whose title, unit, region, note and source are each hostile text."""
    lines = ["indicators:"]
    for number, text in enumerate(MERMAID_HOSTILE, start=1):
        lines += [
            f"  - id: K-{number}",
            f"    title: {_quoted(text)}",
            f"    unit: {_quoted(text)}",
            "    goals: [Z-1]",
            f"    source: {{name: {_quoted(text)}, license: {_quoted(text)}}}",
            "    baseline: {date: 2024, value: 5}",
            "    targets: [{date: 2027, value: 9}]",
            "    values:",
            f"      - {{date: 2025, value: 6, note: {_quoted(text)}}}",
            "      - {date: 2025, region: nord, value: 2}",
            "      - {date: 2026-Q1, region: nord, value: 3}",
        ]
    regions = MINIMAL_PLAN.replace(
        "  - {id: nord, name: Nord}", f"  - id: nord\n    name: {_quoted(MERMAID_HOSTILE[-4])}"
    )
    plan = write_plan({"k.yaml": "\n".join(lines) + "\n"})
    (plan / "plan.yaml").write_text(regions, encoding="utf-8")
    return plan


def test_hostile_text_cannot_break_the_mermaid_charts(write_plan: PlanWriter) -> None:
    plan = hostile_plan(write_plan)
    markdown = _report(plan, "md")
    charts = _xycharts(markdown)
    assert len(charts) == 2 * len(MERMAID_HOSTILE)  # overall and the region's
    for number, text in enumerate(charts):
        assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069]", text)
        lines = text.split("\n")
        # overall: values and the path; the region (no targets of its own): values
        kinds = ["xychart-beta", "title", "x-axis", "y-axis", "line"]
        assert [line.split()[0] for line in lines] == kinds + (["line"] if number % 2 == 0 else [])
        for line in lines:
            assert MERMAID_LINE.fullmatch(line), line


def test_hostile_text_keeps_the_markdown_tables_and_the_html_markup(write_plan: PlanWriter) -> None:
    plan = hostile_plan(write_plan)
    markdown = _report(plan, "md")
    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    tables = _tables(parser.parse(markdown))
    assert len(tables) >= 1 + 2 * len(MERMAID_HOSTILE)  # alerts; status and data per indicator
    for table in tables:
        assert all(len(row) == len(table[0]) for row in table), table
    cells = {cell for table in tables for row in table for cell in row}
    for text in HOSTILE:
        assert " ".join(shown(text).split()) in cells, text  # as a title, a unit, a note
    rendered = parser.render(markdown)
    assert "<script" not in rendered
    assert "<img" not in rendered
    assert 'href="javascript' not in rendered
    collector = _Collector()
    collector.feed(_report(plan, "html"))
    assert "script" not in collector.tags
    assert "img" not in collector.tags
    assert not any(name.startswith("on") for name, _ in collector.attributes)
    text = "".join(collector.text)
    assert "\u202e" not in text
    for hostile in HOSTILE:
        assert shown(hostile).split("\n")[0] in text, hostile


def test_the_reference_date_decides_what_is_missed() -> None:
    checked = run_check(INDICATOR_PLAN)
    assert checked.plan is not None
    later = build_context(checked.plan, TODAY + dt.timedelta(days=400), "de", Filters())
    alerts = {(a.id, a.verdict.key) for a in later.indicator_alerts}
    assert ("K-TREFF", "missed") in alerts  # the 2026 target has passed unreached
    now = {(a.id, a.verdict.key) for a in _context().indicator_alerts}
    assert ("K-TREFF", "missed") not in now


@pytest.mark.parametrize(
    ("values", "ticks"),
    [
        ("[{date: 2024, value: 5}, {date: 2025, value: 5}]", ["4,5", "5,0", "5,5"]),
        ("[{date: 2024, value: -0.004}, {date: 2025, value: 0.003}]", ["-0,004", "0,004"]),
        ("[{date: 2024, value: 1000000000000}, {date: 2025, value: 2500000000000}]", None),
        ("[{date: 2024, value: 0}, {date: 2025, value: 0}]", ["-1,0", "0,0", "1,0"]),
        ("[{date: 1990, value: 3.25}, {date: 2025-06-30, value: -12}]", None),
    ],
)
def test_axes_and_mermaid_numbers_for_any_values(
    write_plan: PlanWriter, values: str, ticks: list[str] | None
) -> None:
    plan = write_plan(
        {"k.yaml": f"indicators:\n  - {{id: K-X, title: X, goals: [Z-1], values: {values}}}\n"}
    )
    view = _indicators(_context(plan))["K-X"]
    (chart,) = view.charts
    labels = [t.label for t in chart.values]
    if ticks is not None:
        assert (labels[0], labels[-1]) == (ticks[0], ticks[-1])
        assert all(t in labels for t in ticks)
    numbers = [float(t.label.replace(".", "").replace(",", ".")) for t in chart.values]
    assert numbers == sorted(numbers)
    assert 3 <= len(numbers) <= 7
    for line in chart.lines:
        for point in line.points:
            assert chart.top <= point.y <= chart.bottom
            assert chart.left <= point.x <= chart.right
    (mermaid,) = view.mermaid
    for text in mermaid.text.split("\n"):
        assert MERMAID_LINE.fullmatch(text), text
