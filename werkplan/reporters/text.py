"""``PATH:LINE:COL: severity [rule] message``, grouped by file, then a one-line summary.

The line format is the one compilers use, so editors and terminals turn it into links; PATH
starts at the repository root, as in every other format. The
styled variant only adds colour; its plain text is exactly the uncoloured output.
"""

from __future__ import annotations

from itertools import groupby

from rich.text import Text

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.problems import MessageArg, Problem, Severity
from werkplan.reporters.base import SourcePaths
from werkplan.safe_text import terminal_text

_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow"}


def problem_line(problem: Problem, lang: str, paths: SourcePaths) -> Text:
    line = Text()
    # A file name or a message may carry control characters or line breaks: never raw.
    position = f"{paths.of(problem.path)}:{problem.line}:{problem.column}"
    line.append(terminal_text(position), style="bold")
    line.append(": ")
    line.append(str(problem.severity), style=_SEVERITY_STYLE[problem.severity])
    line.append(f" [{problem.rule}]", style="dim")
    line.append(" " + terminal_text(i18n.render(problem.message, lang)))
    return line


def summary_line(result: CheckResult) -> Text:
    lang = result.language
    skipped, unread = len(result.plan.skipped), len(result.plan.unread)
    counts: dict[str, MessageArg] = {
        "files": i18n.count(len(result.plan.files), "file", lang),
        "measures": i18n.count(len(result.plan.measures), "measure", lang),
        "today": result.today,
        "skipped": i18n.count(skipped, "file", lang) if skipped else "",
        "unread": i18n.count(unread, "file", lang) if unread else "",
    }
    if not result.problems:
        return Text(i18n.text("summary_clean", lang, **counts), style="green")
    style = "bold red" if result.errors else "yellow"
    summary = i18n.text(
        "summary",
        lang,
        errors=i18n.count(result.errors, "error", lang),
        warnings=i18n.count(result.warnings, "warning", lang),
        **counts,
    )
    return Text(summary, style=style)


def render_styled(result: CheckResult) -> Text:
    output = Text()
    paths = SourcePaths(result.plan.directory)
    for _, problems in groupby(result.problems, key=lambda p: p.path):
        for problem in problems:
            output.append_text(problem_line(problem, result.language, paths))
            output.append("\n")
        output.append("\n")
    output.append_text(summary_line(result))
    output.append("\n")
    return output


def render(result: CheckResult) -> str:
    return render_styled(result).plain
