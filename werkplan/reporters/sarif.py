"""SARIF 2.1.0 for GitHub code scanning: every rule werkplan knows, and one result per problem.

File locations are relative references from the repository root (``uriBaseId`` ``%SRCROOT%``),
percent-encoded as RFC 3986 asks, so names with spaces, umlauts, ``%``, ``[`` or ``#`` stay
valid. A region runs from the finding's position to the end of the value there; columns count
characters (``columnKind`` ``unicodeCodePoints``). ``primaryLocationLineHash`` is the line hash
GitHub would compute itself; ``werkplanFinding/v2`` is the fingerprint GitLab gets as well.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from urllib.parse import quote

from werkplan import __version__, i18n
from werkplan.checker import CheckResult
from werkplan.problems import Problem, Severity
from werkplan.reporters.base import SourcePaths, fingerprints
from werkplan.reporters.line_hash import LineHashes
from werkplan.reporters.source import Sources, value_end
from werkplan.rules import RULES

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning"}
HELP_URI = "docs/check.md#alle-regeln"
SOURCE_ROOT = "%SRCROOT%"
SOURCE_ROOT_TEXT = "The root of the git repository that holds the plan folder."
FINGERPRINT = "werkplanFinding/v2"


def rule_name(rule_id: str) -> str:
    """``unknown-key`` → ``UnknownKey``: the form SARIF viewers show as a rule's name."""
    return "".join(part.capitalize() for part in rule_id.split("-"))


def uri_reference(path: str, directory: bool = False) -> str:
    """A relative reference per RFC 3986: every character but letters, digits, ``-._~`` and
    the ``/`` between folders percent-encoded from UTF-8 (``:`` too: in a first segment it
    would read as a scheme)."""
    encoded = quote(path, safe="/")
    return encoded + "/" if directory and not encoded.endswith("/") else encoded


def _rule(rule_id: str) -> dict[str, object]:
    rule = RULES[rule_id]
    return {
        "id": rule.id,
        "name": rule_name(rule.id),
        "shortDescription": {"text": rule.en},
        "fullDescription": {"text": f"{rule.en} ({rule.de})"},
        "help": {"text": f"{rule.en}. See {HELP_URI} in the werkplan documentation."},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
    }


class _Locations:
    def __init__(self, result: CheckResult) -> None:
        self.paths = SourcePaths(result.plan.directory)
        self.sources = Sources()
        self.hashes: dict[PurePath, LineHashes | None] = {}

    def physical(self, problem: Problem) -> dict[str, object]:
        directory = self.paths.is_plan_dir(problem.path)
        location: dict[str, object] = {
            "artifactLocation": {
                "uri": uri_reference(self.paths.of(problem.path), directory),
                "uriBaseId": SOURCE_ROOT,
            }
        }
        if not directory:
            location["region"] = self.region(problem)
        return location

    def region(self, problem: Problem) -> dict[str, int]:
        region = {"startLine": problem.line, "startColumn": problem.column}
        line = self.sources.line(problem.path, problem.line)
        if line is not None:
            region["endLine"] = problem.line
            region["endColumn"] = value_end(line, problem.column)
        return region

    def line_hash(self, problem: Problem) -> str | None:
        if problem.path not in self.hashes:
            text = self.sources.text(problem.path)
            self.hashes[problem.path] = LineHashes(text) if text is not None else None
        hashes = self.hashes[problem.path]
        return hashes.of(problem.line) if hashes is not None else None


def render(result: CheckResult) -> str:
    locations = _Locations(result)
    rule_ids = list(RULES)
    rule_index = {rule_id: index for index, rule_id in enumerate(rule_ids)}
    results = []
    for problem, fingerprint in zip(
        result.problems, fingerprints(result, locations.paths, locations.sources), strict=True
    ):
        partial = {FINGERPRINT: fingerprint}
        line_hash = locations.line_hash(problem)
        if line_hash is not None:
            partial["primaryLocationLineHash"] = line_hash
        results.append(
            {
                "ruleId": problem.rule,
                "ruleIndex": rule_index[problem.rule],
                "level": LEVEL[problem.severity],
                "message": {"text": i18n.render(problem.message, result.language)},
                "locations": [{"physicalLocation": locations.physical(problem)}],
                "partialFingerprints": partial,
            }
        )
    driver = {
        "name": "werkplan",
        "version": __version__,
        "rules": [_rule(rule_id) for rule_id in rule_ids],
    }
    run = {
        "tool": {"driver": driver},
        # No "uri": the folder differs per machine; SARIF allows leaving it out (3.14.14).
        "originalUriBaseIds": {SOURCE_ROOT: {"description": {"text": SOURCE_ROOT_TEXT}}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
