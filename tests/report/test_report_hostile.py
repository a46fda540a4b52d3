"""Plan text that tries to break out: the Markdown keeps its tables, the HTML its markup."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import PlanWriter
from helpers import cli
from markdown_it import MarkdownIt

HOSTILE = [
    "a | b | c",
    "Zeile eins\nZeile zwei | injected | row",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "Tom & Jerry &amp; &#60;b&#62;",
    "[klick](javascript:alert(1)) ![pixel](http://tracker.example/p.gif)",
    "**fett** _kursiv_ `code | pipe` ~~weg~~",
    "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsverfahren" * 3,
    "Emoji 🎉👩‍👩‍👧 und Umlaute äöüß",
    "نص عربي من اليمين إلى اليسار",
    "\u202eRTL override\u202c",
    "# keine Überschrift",
    "1. keine Liste",
    '" onmouseover="alert(1)',
    "{{ 7*7 }}",
]


def shown(text: str) -> str:
    """Bidi overrides are shown as their code in reports, not obeyed."""
    return text.replace("\u202e", "[U+202E]").replace("\u202c", "[U+202C]")


def _plan(write_plan: PlanWriter) -> Path:
    measures = ["measures:"]
    for number, text in enumerate(HOSTILE, start=1):
        quoted = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        measures += [
            f"  - id: M-{number}",
            f'    title: "{quoted}"',
            "    goals: [Z-1]",
            "    owner: amt",
            "    due: 2026-10-01",
            "    status: in_progress",
            "    updated: 2026-11-01",
            f'    note: "{quoted}"',
        ]
    return write_plan({"m.yaml": "\n".join(measures) + "\n"})


def _report(plan: Path, fmt: str) -> str:
    result = cli(["report", str(plan), "--today", "2026-11-25", "-f", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout


def _tables(tokens: list) -> list[list[list[str]]]:  # type: ignore[type-arg]
    """Every table as rows of cell texts, from markdown-it's token stream."""
    tables: list[list[list[str]]] = []
    row: list[str] | None = None
    for token in tokens:
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(_plain(token))
        elif token.type == "tr_close" and row is not None:
            tables[-1].append(row)
            row = None
    return tables


def _plain(token) -> str:  # type: ignore[no-untyped-def]
    return "".join(
        child.content for child in token.children or [] if child.type in ("text", "code_inline")
    )


def test_markdown_tables_keep_their_columns_and_the_text(write_plan: PlanWriter) -> None:
    markdown = _report(_plan(write_plan), "md")
    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    tokens = parser.parse(markdown)
    tables = _tables(tokens)
    assert tables
    for table in tables:
        width = len(table[0])
        assert all(len(row) == width for row in table), table
    cells = {cell for table in tables for row in table for cell in row}
    for text in HOSTILE:
        assert " ".join(shown(text).split()) in cells, text


def test_markdown_opens_no_html_and_no_links(write_plan: PlanWriter) -> None:
    markdown = _report(_plan(write_plan), "md")
    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    html = parser.render(markdown)
    assert "<script" not in html
    assert "<img" not in html
    assert 'href="javascript' not in html
    inline_types = {
        child.type
        for token in parser.parse(markdown)
        if token.type == "inline"
        for child in token.children or []
    }
    assert not inline_types & {"html_inline", "image", "link_open", "em_open", "s_open"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture
def parsed_html(write_plan: PlanWriter) -> _Collector:
    collector = _Collector()
    collector.feed(_report(_plan(write_plan), "html"))
    return collector


def test_html_contains_no_markup_from_the_plan(parsed_html: _Collector) -> None:
    assert "script" not in parsed_html.tags
    assert "img" not in parsed_html.tags
    names = {name for name, _ in parsed_html.attributes}
    assert not any(name.startswith("on") for name in names)
    assert not any((value or "").startswith("javascript") for _, value in parsed_html.attributes)


def test_html_shows_the_plan_text_as_written(parsed_html: _Collector) -> None:
    text = "".join(parsed_html.text)
    for hostile in HOSTILE:
        assert shown(hostile).split("\n")[0] in text, hostile
    assert "\u202e" not in text


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _plan_with_new_keys(write_plan: PlanWriter) -> Path:
    """Hostile text in every text the report shows from the keys of issues 13 and 14."""
    plan = [
        "plan:",
        "  title: Testplan",
        "  organisation: Landkreis Test",
        "  period: {start: 2025-01-01, end: 2027-12-31}",
        "  horizons:",
        f"    - {{id: kurz, label: {_quoted(HOSTILE[0])}, end: 2026}}",
        "  attributes:",
        "    - {id: notiz, label: Notiz, kind: text}",
        "  report: {columns: [notiz]}",
        "  decisions:",
        f"    - {{body: amt, reference: {_quoted(HOSTILE[1])}, title: {_quoted(HOSTILE[2])},",
        '       url: "https://example.org/a"}',
        "  links:",
        f'    - {{title: {_quoted(HOSTILE[5])}, url: "https://example.org/b"}}',
        "actors:",
        "  - {id: amt, name: Sozialamt, kind: office}",
        "fields:",
        "  - {id: HF-1, title: Begegnung}",
        "goals:",
        "  - {id: Z-1, field: HF-1, title: Mehr Orte der Begegnung}",
        "measures:",
    ]
    for number, text in enumerate(HOSTILE, start=1):
        quoted = _quoted(text)
        plan += [
            f"  - id: M-{number}",
            f"    number: {quoted}",
            f"    title: {quoted}",
            "    goals: [Z-1]" if number == 1 else "    parent: M-1",
            "    owner: amt",
            "    horizon: kurz",
            "    status: in_progress",
            "    updated: 2026-11-01",
            f"    locations: [{quoted}]",
            f"    milestones: [{{title: {quoted}, due: 2026-03, note: {quoted}}}]",
            f"    costs: {{total: 1000, note: {quoted}}}",
            f"    funding: [{{source: {quoted}, amount: 10, note: {quoted}}}]",
            f"    decisions: [{{body: amt, reference: {quoted}, title: {quoted}}}]",
            f'    links: [{{title: {quoted}, url: "https://example.org/{number}"}}]',
            f"    updates: [{{date: 2026-01-01, note: {quoted}}}]",
            f"    attributes: {{notiz: {quoted}}}",
            f"    related: [M-{number % len(HOSTILE) + 1}]",
        ]
    return write_plan({"plan.yaml": "\n".join(plan) + "\n"}, base=False)


def test_markdown_of_the_new_keys_keeps_its_structure(write_plan: PlanWriter) -> None:
    markdown = _report(_plan_with_new_keys(write_plan), "md")
    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    tokens = parser.parse(markdown)
    for table in _tables(tokens):
        width = len(table[0])
        assert all(len(row) == width for row in table), table
    html = parser.render(markdown)
    assert "<script" not in html
    assert "<img" not in html
    inline = [child for t in tokens if t.type == "inline" for child in t.children or []]
    assert not {c.type for c in inline} & {"html_inline", "image", "em_open", "s_open"}
    assert not [t for t in tokens if t.type == "html_block"]
    links = [dict(c.attrs)["href"] for c in inline if c.type == "link_open"]
    expected = {"https://example.org/a", "https://example.org/b"}
    expected |= {f"https://example.org/{n}" for n in range(1, len(HOSTILE) + 1)}
    assert set(links) == expected  # the plan's own links, and nothing the text made up
    cells = {cell for table in _tables(tokens) for row in table for cell in row}
    for text in HOSTILE:
        assert " ".join(shown(text).split()) in cells, text


def test_html_of_the_new_keys_contains_no_markup_from_the_plan(write_plan: PlanWriter) -> None:
    collector = _Collector()
    collector.feed(_report(_plan_with_new_keys(write_plan), "html"))
    assert "script" not in collector.tags
    assert "img" not in collector.tags
    assert not any(name.startswith("on") for name, _ in collector.attributes)
    hrefs = [value or "" for name, value in collector.attributes if name == "href"]
    assert all(h.startswith(("#", "https://example.org/")) for h in hrefs), hrefs
    text = "".join(collector.text)
    for hostile in HOSTILE:
        assert shown(hostile).split("\n")[0] in text, hostile
    assert "\u202e" not in text
