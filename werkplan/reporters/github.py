"""GitHub Actions workflow commands: one annotation per problem, grouped per file.

``::error file=…,line=…,col=…,title=…::message``, escaped as the Actions toolkit does: in the
message ``%``, CR and LF; in properties also ``:`` and ``,``. ``file`` is the path from the
repository root, which is where GitHub looks for it.

GitHub turns at most 10 error and 10 warning commands per step into annotations (documented
in actions/toolkit, docs/problem-matchers.md); the rest appear only in the log. Past that
limit a notice says so, so a reader does not take the annotations for the whole list.
"""

from __future__ import annotations

from itertools import groupby

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.problems import Problem
from werkplan.reporters.base import SourcePaths
from werkplan.reporters.text import summary_line
from werkplan.safe_text import terminal_text

ANNOTATIONS_PER_SEVERITY = 10


def escape_data(value: str) -> str:
    escaped = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    # Other control and bidi characters show as codes: a log shows them, never acts on them.
    return terminal_text(escaped)


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem, lang: str, paths: SourcePaths) -> str:
    properties = {
        "file": paths.of(problem.path),
        "line": str(problem.line),
        "col": str(problem.column),
        "title": f"werkplan {problem.rule}",
    }
    joined = ",".join(f"{name}={escape_property(value)}" for name, value in properties.items())
    message = escape_data(i18n.render(problem.message, lang))
    return f"::{problem.severity} {joined}::{message}"


def render(result: CheckResult) -> str:
    paths = SourcePaths(result.plan.directory)
    lines = []
    for path, problems in groupby(result.problems, key=lambda p: p.path):
        lines.append(f"::group::{escape_data(paths.of(path))}")
        lines += [annotation(problem, result.language, paths) for problem in problems]
        lines.append("::endgroup::")
    if max(result.errors, result.warnings) > ANNOTATIONS_PER_SEVERITY:
        lines.append(limit_notice(result))
    lines.append(summary_line(result).plain)
    return "\n".join(lines) + "\n"


def limit_notice(result: CheckResult) -> str:
    lang = result.language
    text = i18n.text(
        "github_annotation_limit",
        lang,
        limit=ANNOTATIONS_PER_SEVERITY,
        errors=i18n.count(result.errors, "error", lang),
        warnings=i18n.count(result.warnings, "warning", lang),
    )
    return f"::notice title={escape_property('werkplan')}::{escape_data(text)}"
