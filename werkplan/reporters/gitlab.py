"""GitLab CI Code Quality report: a JSON array, one object per problem.

Each object has description, check_name, fingerprint, severity and location (path from the
repository root, lines.begin). A fingerprint comes from what the finding is and which entry
and key it is about, never from its line or its rank among similar findings, so GitLab tells
new findings from old ones when lines move, days pass or a similar finding is added above.
"""

from __future__ import annotations

import json

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.problems import Severity
from werkplan.reporters.base import SourcePaths, fingerprints
from werkplan.reporters.source import Sources

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor"}


def render(result: CheckResult) -> str:
    paths, sources = SourcePaths(result.plan.directory), Sources()
    report = [
        {
            "description": i18n.render(problem.message, result.language),
            "check_name": problem.rule,
            "fingerprint": fingerprint,
            "severity": SEVERITY[problem.severity],
            "location": {
                "path": paths.of(problem.path),
                "lines": {"begin": problem.line},
                "positions": {"begin": {"line": problem.line, "column": problem.column}},
            },
        }
        for problem, fingerprint in zip(
            result.problems, fingerprints(result, paths, sources), strict=True
        )
    ]
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
