"""Render the example plan's HTML report and photograph it in headless Chromium.

    python scripts/screenshot.py [--out docs/report-screenshot.png] [--width 1024]
                                 [--height 1300] [--full-page] [--print]

The default is the picture in the README: the top of the report at 1024 CSS px, the width of
an XGA projector. ``--width 1920 --full-page`` shows the whole report on a wide screen,
``--print`` the layout of a printed A4 page (703 px: A4 less the page margins).
Needs Debian's chromium (/usr/bin/chromium) and the playwright package (no browser download).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
A4_TEXT_WIDTH = 703


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "report-screenshot.png")
    parser.add_argument("--today", default="2026-11-25")
    parser.add_argument("--lang", default="de")
    parser.add_argument("--width", type=int, default=1024)
    parser.add_argument("--height", type=int, default=1300)
    parser.add_argument("--full-page", action="store_true")
    parser.add_argument("--print", action="store_true", help="print layout at A4 width")
    args = parser.parse_args()
    width = A4_TEXT_WIDTH if args.print else args.width
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "bericht.html"
        command = [sys.executable, "-m", "werkplan", "report", str(REPO / "plans")]
        command += ["--today", args.today, "--lang", args.lang, "-o", str(report)]
        subprocess.run(command, check=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": width, "height": args.height})
            page.emulate_media(media="print" if args.print else "screen")
            page.goto(report.as_uri())
            page.screenshot(path=str(args.out), full_page=args.full_page)
            browser.close()
    print(f"written: {args.out}")


if __name__ == "__main__":
    main()
