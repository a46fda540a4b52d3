"""Machine-readable problems for scripts: a versioned JSON document.

``{"version": 1, "problems": [...], "summary": {...}}``; paths start at the repository root
and use forward slashes, ``line`` and ``column`` are 1-based, ``message`` is in the result's
language.
"""

from __future__ import annotations

import json

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.reporters.base import SourcePaths

VERSION = 1


def render(result: CheckResult) -> str:
    paths = SourcePaths(result.plan.directory)
    problems = [
        {
            "path": paths.of(problem.path),
            "line": problem.line,
            "column": problem.column,
            "severity": str(problem.severity),
            "rule": problem.rule,
            "message": i18n.render(problem.message, result.language),
        }
        for problem in result.problems
    ]
    summary = {
        "errors": result.errors,
        "warnings": result.warnings,
        "files": len(result.plan.files),
        "measures": len(result.plan.measures),
        "today": result.today.isoformat(),
        "language": result.language,
        "unread_files": [paths.of(path) for path in result.plan.unread],
        "skipped_files": [paths.of(path) for path in result.plan.skipped],
    }
    document = {"version": VERSION, "problems": problems, "summary": summary}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
