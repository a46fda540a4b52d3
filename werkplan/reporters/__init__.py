"""Reporters turn a finished check result into output; they never decide anything.

Registered by name, as ``--format`` offers them.
"""

from werkplan.reporters import github, gitlab, json_reporter, sarif, text
from werkplan.reporters.base import Reporter

REPORTERS: dict[str, Reporter] = {
    "text": text.render,
    "json": json_reporter.render,
    "github": github.render,
    "gitlab": gitlab.render,
    "sarif": sarif.render,
}

__all__ = ["REPORTERS", "Reporter"]
