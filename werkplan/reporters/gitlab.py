"""GitLab CI Code Quality report: a JSON array, one object per problem.

Each object has description, check_name, fingerprint, severity and location (path,
lines.begin). Fingerprints ignore line numbers, so a finding keeps its identity when lines
move, and GitLab can tell new findings from old ones.
"""

from __future__ import annotations

import json

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.problems import Severity
from werkplan.reporters.base import fingerprints, tool_path

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor"}


def render(result: CheckResult) -> str:
    report = [
        {
            "description": i18n.render(problem.message, result.language),
            "check_name": problem.rule,
            "fingerprint": fingerprint,
            "severity": SEVERITY[problem.severity],
            "location": {
                "path": tool_path(problem.path),
                "lines": {"begin": problem.line},
                "positions": {"begin": {"line": problem.line, "column": problem.column}},
            },
        }
        for problem, fingerprint in zip(result.problems, fingerprints(result.problems), strict=True)
    ]
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
