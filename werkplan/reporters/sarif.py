"""SARIF 2.1.0 for GitHub code scanning: every rule werkplan knows, and one result per problem."""

from __future__ import annotations

import json

from werkplan import __version__, i18n
from werkplan.checker import CheckResult
from werkplan.problems import Severity
from werkplan.reporters.base import fingerprints, tool_path
from werkplan.rules import RULES

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning"}
HELP_URI = "docs/check.md#alle-regeln"


def _rule(rule_id: str) -> dict[str, object]:
    rule = RULES[rule_id]
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": rule.en},
        "fullDescription": {"text": f"{rule.en} ({rule.de})"},
        "help": {"text": f"{rule.en}. See {HELP_URI} in the werkplan documentation."},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
    }


def render(result: CheckResult) -> str:
    results = [
        {
            "ruleId": problem.rule,
            "level": LEVEL[problem.severity],
            "message": {"text": i18n.render(problem.message, result.language)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": tool_path(problem.path)},
                        "region": {"startLine": problem.line, "startColumn": problem.column},
                    }
                }
            ],
            "partialFingerprints": {"werkplanFinding/v1": fingerprint},
        }
        for problem, fingerprint in zip(result.problems, fingerprints(result.problems), strict=True)
    ]
    driver = {
        "name": "werkplan",
        "version": __version__,
        "rules": [_rule(rule_id) for rule_id in RULES],
    }
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "results": results}],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
