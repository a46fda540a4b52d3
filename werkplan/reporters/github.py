"""GitHub Actions workflow commands: one annotation per problem, grouped per file.

``::error file=…,line=…,col=…,title=…::message``, escaped as the Actions toolkit does: in the
message ``%``, CR and LF; in properties also ``:`` and ``,``.
"""

from __future__ import annotations

from itertools import groupby

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.problems import Problem
from werkplan.reporters.base import tool_path
from werkplan.reporters.text import summary_line


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem, lang: str) -> str:
    properties = {
        "file": tool_path(problem.path),
        "line": str(problem.line),
        "col": str(problem.column),
        "title": f"werkplan {problem.rule}",
    }
    joined = ",".join(f"{name}={escape_property(value)}" for name, value in properties.items())
    message = escape_data(i18n.render(problem.message, lang))
    return f"::{problem.severity} {joined}::{message}"


def render(result: CheckResult) -> str:
    lines = []
    for path, problems in groupby(result.problems, key=lambda p: p.path):
        lines.append(f"::group::{escape_data(tool_path(path))}")
        lines += [annotation(problem, result.language) for problem in problems]
        lines.append("::endgroup::")
    lines.append(summary_line(result).plain)
    return "\n".join(lines) + "\n"
