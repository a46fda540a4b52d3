"""Headless Chromium for the report tests: where it is, how it starts, what it may load.

Debian's chromium is driven by the playwright package (no browser download); `.ci/run`
installs both. Without them the browser tests skip with the reason, except under CI=true,
where a missing tool is a failure: a promise about the report is only kept if it is checked.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require(available: bool, what: str) -> None:
    if available:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing on CI; .ci/run must install it")
    pytest.skip(f"{what} is not installed (see .ci/run)")


def only_local_files(route, request) -> None:  # type: ignore[no-untyped-def]
    # The report must need nothing from any other host; a request would fail the page.
    if request.url.startswith("file://"):
        route.continue_()
    else:
        route.abort()
        pytest.fail(f"the report requested {request.url}")
