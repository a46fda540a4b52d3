"""The HTML report on a projector, a wide screen, a phone and A4 paper, in headless Chromium.

At 1024 CSS px (an XGA projector, or a laptop at 125–150 % scaling), at 1920 px, at 390 px
and in print emulation at the width of an A4 page's text area, no part of the report may
stick out of the page: no horizontal scrolling, no table wider than the page, no cell whose
content is wider than the cell. Each view is photographed; set WERKPLAN_SCREENSHOTS=DIR to
keep the pictures. The printed PDF (Chromium's --print-to-pdf, read with pypdf) carries the
plan's title and "Seite n von m" on every page.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import measure_plan
import pytest
from conftest import EXAMPLE_PLAN, INDICATOR_PLAN, MINIMAL_PLAN, REPO, run_check
from headless import CHROMIUM, CHROMIUM_ARGS, only_local_files, require
from helpers import cli

from werkplan.report.context import shown_statuses

FULL_FORMAT = REPO / "tests" / "fixtures" / "full-format"
# A4 portrait less the report's @page margins of 12 mm left and right, in CSS px (96 per inch).
A4_TEXT_WIDTH = round((210 - 2 * 12) / 25.4 * 96)
VIEWS = {
    "projector": (1024, "screen"),
    "wide": (1920, "screen"),
    "phone": (390, "screen"),
    "a4": (A4_TEXT_WIDTH, "print"),
}
HOSTILE_TITLE = 'Plan "Zukunft" \\ 2030 </style><b>fett</b> & mehr'
# What stresses a layout: ids and words longer than any column, an address without spaces,
# milestones near both ends, a title that must stay text in the printed page header.
STRESS_PLAN = {
    "plan.yaml": MINIMAL_PLAN.replace("title: Testplan", f"title: '{HOSTILE_TITLE}'").replace(
        "regions:\n  - {id: nord, name: Nord}",
        "regions:\n  - {id: nord, name: Nord}\n  - {id: sued, name: Süd}",
    ),
    "m.yaml": """\
measures:
  - {id: M-SEHR-LANGE-KENNUNG-2026-ABSCHNITT-ZWEI-TEIL-DREI, title: Kurz, goals: [Z-1],
     owner: beirat, partners: [amt, beirat], regions: [nord, sued], due: 2027-12-20,
     status: on_hold, updated: 2026-11-01,
     note: "https://www.example.org/ein/sehr/langer/pfad/ohne/leerzeichen/index.html"}
  - {id: M-2, title: Meilenstein ohne Beginn, goals: [Z-1], owner: amt, due: 2026-05-01,
     status: in_progress, updated: 2026-11-01,
     depends_on: [M-SEHR-LANGE-KENNUNG-2026-ABSCHNITT-ZWEI-TEIL-DREI]}
  - {id: M-3, title: Donaudampfschifffahrtsgesellschaftskapitänsmützenhalterungsentwurf,
     goals: [Z-1], owner: amt, start: 2025-01-02, due: 2026-11-20, status: on_hold,
     updated: 2026-11-01}
  - {id: M-4, title: Entfallen, goals: [Z-1], owner: amt, start: 2025-03-01, due: 2025-12-01,
     status: dropped, updated: 2026-11-01}
""",
}


def _render(plan: Path, out: Path, *args: str) -> Path:
    args = ("-f", "html", "--today", "2026-11-25", *args)
    result = cli(["report", str(plan), *args])
    assert result.exit_code == 0, result.output
    out.write_text(result.stdout, encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("layout")
    stress = folder / "stress"
    for name, text in STRESS_PLAN.items():
        (stress / name).parent.mkdir(parents=True, exist_ok=True)
        (stress / name).write_text(text, encoding="utf-8")
    measures = folder / "measures"
    measures.mkdir()
    (measures / "plan.yaml").write_text(measure_plan.PLAN, encoding="utf-8")
    (measures / "m.yaml").write_text(measure_plan.MEASURES, encoding="utf-8")
    return {
        "example-de": _render(EXAMPLE_PLAN, folder / "example-de.html"),
        "example-en": _render(EXAMPLE_PLAN, folder / "example-en.html", "--lang", "en"),
        "stress": _render(stress, folder / "stress.html"),
        # Every key of the format, and the measures of issues 13 and 14 in a plan of their own.
        "full-de": _render(FULL_FORMAT, folder / "full-de.html"),
        "full-en": _render(FULL_FORMAT, folder / "full-en.html", "--lang", "en"),
        "measures": _render(measures, folder / "measures.html"),
        # charts, small multiples and tables of indicators, long units and region names
        "indicators": _render(INDICATOR_PLAN, folder / "indicators.html"),
    }


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require(CHROMIUM.is_file(), "chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "the playwright Python package")
        return
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _open(browser: Any, report: Path, view: str) -> Any:
    width, media = VIEWS[view]
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.route("**/*", only_local_files)
    page.emulate_media(media=media)
    page.goto(report.as_uri())
    return page


# Everything whose box reaches past the right (or left) edge of the viewport, unless a
# box around it clips it inside the viewport; and every table cell whose content is wider
# than the cell (its text would be cut or run into the next column).
_OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const clippedInside = (element) => {
    for (let box = element.parentElement; box; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.overflowX !== 'visible') {
        const r = box.getBoundingClientRect();
        if (r.right <= width + 0.5 && r.left >= -0.5) return true;
      }
    }
    return false;
  };
  const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
    + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').join('.') : '')
    + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
  const outside = [];
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if ((r.right > width + 0.5 || r.left < -0.5) && !clippedInside(e)) outside.push(name(e));
  }
  const tables = [...document.querySelectorAll('table')]
    .filter(t => t.getBoundingClientRect().right > width + 0.5).map(name);
  const cells = [...document.querySelectorAll('th, td')]
    .filter(c => c.clientWidth > 1 && !clippedInside(c) && c.scrollWidth > c.clientWidth + 1)
    .map(c => name(c) + ' ' + c.scrollWidth + '>' + c.clientWidth);
  return {
    width, innerWidth, scrollWidth: document.documentElement.scrollWidth,
    outside: outside.slice(0, 20), tables, cells: cells.slice(0, 20),
  };
}"""


def _png_width(path: Path) -> int:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int(struct.unpack(">I", header[16:20])[0])


def _screenshot_folder(tmp_path: Path) -> Path:
    kept = os.environ.get("WERKPLAN_SCREENSHOTS")
    folder = Path(kept) if kept else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("view", sorted(VIEWS))
@pytest.mark.parametrize(
    "name", ["example-de", "example-en", "stress", "full-de", "full-en", "measures", "indicators"]
)
def test_nothing_sticks_out_of_the_page(
    browser: Any, reports: dict[str, Path], name: str, view: str, tmp_path: Path
) -> None:
    page = _open(browser, reports[name], view)
    found = page.evaluate(_OVERFLOW_JS)
    picture = _screenshot_folder(tmp_path) / f"report-{name}-{view}.png"
    page.screenshot(path=str(picture), full_page=True)
    page.close()
    assert found["scrollWidth"] <= found["innerWidth"], found
    assert found["outside"] == [], found
    assert found["tables"] == [], found
    assert found["cells"] == [], found
    # A full-page picture is as wide as the page's content: wider means scrolling sideways.
    assert _png_width(picture) == VIEWS[view][0]


_STATUS_JS = """() => {
  const chips = [...document.querySelectorAll('#ueberblick .legend .chip')];
  const shown = (e) => { const s = getComputedStyle(e);
    return {text: e.textContent.trim(), classes: e.className, color: s.color,
            background: s.backgroundColor, image: s.backgroundImage}; };
  return {
    legends: [...document.querySelectorAll('.legend')]
      .filter((legend) => legend.querySelector('.chip[class*="st-"]')).length,
    chips: chips.map(shown),
    segments: [...document.querySelectorAll('.stack-bar .st')].map(shown),
    rows: [...document.querySelectorAll('.tl-row .chip')].map(shown),
  };
}"""


def _luminance(css_colour: str) -> float:
    red, green, blue = (int(v) / 255 for v in re.findall(r"\d+", css_colour)[:3])

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else float(((c + 0.055) / 1.055) ** 2.4)

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def _contrast(one: str, other: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.slow
def test_every_status_has_a_sign_and_a_colour_of_its_own(
    browser: Any, reports: dict[str, Path]
) -> None:
    page = _open(browser, reports["example-de"], "projector")
    found = page.evaluate(_STATUS_JS)
    page.close()
    # of the status legends: one for the status bars, one for the timeline
    assert found["legends"] == 2
    chips = {chip["classes"].split("st-")[1]: chip for chip in found["chips"]}
    shown = shown_statuses(run_check(EXAMPLE_PLAN).plan)  # proposed and merged where used
    assert list(chips) == list(shown)
    # Grey-scale print keeps the signs: a different one per status.
    assert len({chip["text"] for chip in chips.values()}) == len(shown)
    # And the colours differ, "planned" and "dropped" too (plain blue-grey against hatching).
    looks = {(chip["background"], chip["image"]) for chip in chips.values()}
    assert len(looks) == len(shown)
    assert chips["planned"]["image"] == "none"
    assert "gradient" in chips["dropped"]["image"]
    for status, chip in chips.items():
        if chip["image"] == "none":  # a plain colour: its sign must be readable on it (AA)
            assert _contrast(chip["color"], chip["background"]) >= 4.5, status
    # Every section of a bar and every timeline row shows the sign of its status.
    for shown in found["segments"] + found["rows"]:
        status = shown["classes"].split("st-")[1]
        assert shown["text"].startswith(chips[status]["text"]), shown
    assert len(found["rows"]) == 48  # every measure but the two projects without a deadline


def _print_to_pdf(report: Path, pdf: Path) -> None:
    command = [str(CHROMIUM), "--headless", *CHROMIUM_ARGS, "--no-pdf-header-footer"]
    command += [f"--print-to-pdf={pdf}", report.as_uri()]
    subprocess.run(command, capture_output=True, timeout=180, check=True)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "title", "page_words"),
    [
        ("example-de", "Werkstattplan Demografie – Fortschreibung 2025–2027", ("Seite", "von")),
        ("example-en", "Werkstattplan Demografie – Fortschreibung 2025–2027", ("Page", "of")),
        ("stress", HOSTILE_TITLE, ("Seite", "von")),
    ],
    ids=["example-de", "example-en", "stress"],
)
def test_printed_pages_carry_title_and_page_number(
    reports: dict[str, Path], name: str, title: str, page_words: tuple[str, str], tmp_path: Path
) -> None:
    require(CHROMIUM.is_file(), "chromium")
    try:
        from pypdf import PdfReader
    except ImportError:
        require(False, "the pypdf Python package")
        return
    pdf = tmp_path / f"{name}.pdf"
    _print_to_pdf(reports[name], pdf)
    pages = PdfReader(pdf).pages
    assert len(pages) >= 2
    word, of = page_words
    for number, page in enumerate(pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (595, 842)  # A4 portrait in points
        # Ligatures such as "fi" come out of a PDF as one character; NFKC undoes that.
        text = unicodedata.normalize("NFKC", page.extract_text())
        assert title in text, (number, text[:300])
        assert f"{word} {number} {of} {len(pages)}" in text, (number, text[-300:])
