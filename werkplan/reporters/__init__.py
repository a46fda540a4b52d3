"""Reporters turn a finished check result into output; they never decide anything.

Registered by name, as ``--format`` offers them.
"""

from werkplan.reporters import json_reporter, text
from werkplan.reporters.base import Reporter

REPORTERS: dict[str, Reporter] = {
    "text": text.render,
    "json": json_reporter.render,
}

__all__ = ["REPORTERS", "Reporter"]
