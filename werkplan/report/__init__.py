"""Report stage: a checked plan and its findings → Markdown or HTML through Jinja templates."""

from werkplan.report.context import Filters, ReportContext, build_context
from werkplan.report.render import FORMATS, TemplateProblem, choose_template, render_report

__all__ = [
    "FORMATS",
    "Filters",
    "ReportContext",
    "TemplateProblem",
    "build_context",
    "choose_template",
    "render_report",
]
