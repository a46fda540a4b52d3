"""Render the example plan's HTML report and photograph it in headless Chromium.

    python scripts/screenshot.py [--out docs/report-screenshot.png]

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "report-screenshot.png")
    parser.add_argument("--today", default="2026-11-25")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "bericht.html"
        command = [sys.executable, "-m", "werkplan", "report", str(REPO / "plans")]
        subprocess.run([*command, "--today", args.today, "-o", str(report)], check=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1100, "height": 1400})
            page.goto(report.as_uri())
            page.screenshot(path=str(args.out))
            browser.close()
    print(f"written: {args.out}")


if __name__ == "__main__":
    main()
