"""`werkplan report`: the meeting summary as Markdown or HTML, through Jinja templates."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from werkplan import i18n
from werkplan.cli.common import (
    DEFAULT_PLAN_DIR,
    EXIT_USAGE,
    Color,
    ColorMode,
    Lang,
    PlanDir,
    Today,
    console_for,
    fail,
    help_text,
    parse_today,
    plan_without_errors,
    refuse_plan_file,
    registry_choices,
    require_ids,
    write_output,
)
from werkplan.cli.language import reader_language
from werkplan.query import region_named
from werkplan.report_formats import REPORT_FORMATS, format_from_suffix
from werkplan.safe_text import terminal_document, terminal_text

NAME = "report"
HELP_KEY = "report"


if TYPE_CHECKING:
    ReportFormat = str
else:
    ReportFormat = registry_choices("ReportFormat", REPORT_FORMATS)


Option = typer.Option


def run(
    plan_dir: PlanDir = DEFAULT_PLAN_DIR,
    *,
    output_format: Annotated[
        ReportFormat | None, Option("--format", "-f", help=help_text("report_format"))
    ] = None,
    output: Annotated[
        Path | None, Option("--output", "-o", metavar="FILE", help=help_text("output"))
    ] = None,
    today: Today = None,
    lang: Lang = None,
    field: Annotated[str | None, Option("--field", metavar="ID", help=help_text("field"))] = None,
    region: Annotated[
        str | None, Option("--region", metavar="REGION", help=help_text("region"))
    ] = None,
    owner: Annotated[str | None, Option("--owner", metavar="ID", help=help_text("owner"))] = None,
    public: Annotated[bool, Option("--public", help=help_text("public"))] = False,
    template: Annotated[
        Path | None, Option("--template", metavar="FILE", help=help_text("template"))
    ] = None,
    since: Annotated[
        str | None,
        Option("--since", metavar=help_text("metavar_since"), help=help_text("report_since")),
    ] = None,
    color: Color = ColorMode.AUTO,
) -> None:
    from werkplan.cli.changes import collect_changes_or_fail
    from werkplan.report import (
        Filters,
        TemplateProblem,
        build_context,
        choose_template,
        render_report,
    )

    day = parse_today(today)
    chosen = str(output_format) if output_format else format_from_suffix(output)
    if chosen is None:
        message = i18n.text("unknown_suffix", reader_language(), path=str(output))
        raise typer.BadParameter(message, param_hint="--output")
    fmt = chosen
    no_color = console_for(color).no_color
    errors = Console(stderr=True, highlight=False, no_color=no_color)
    plan, language = plan_without_errors(plan_dir, day, lang, no_color=no_color)
    region = region_named(plan, region) or region if region is not None else None
    filters = Filters(field=field, region=region, owner=owner, public=public)
    require_ids(
        plan,
        {
            "--field": ("fields", field),
            "--region": ("regions", region),
            "--owner": ("actors", owner),
        },
        language,
    )
    if output is not None:
        refuse_plan_file(output, plan_dir, language)
    log = collect_changes_or_fail(plan_dir, since, None, language, public) if since else None
    context = build_context(plan, day, language, filters, log)
    try:
        text = render_report(context, fmt, choose_template(fmt, plan_dir, template))
    except TemplateProblem as problem:
        fail(errors, i18n.text("template_failed", language, detail=str(problem)), EXIT_USAGE)
    if output is None:
        sys.stdout.write(terminal_document(text))  # a terminal or CI log: nothing may act
        return
    write_output(output, text, language, plan_dir)
    written = i18n.text(
        "report_written",
        language,
        path=str(output),
        measures=i18n.count(len(context.measures), "measure", language),
    )
    errors.print(terminal_text(written), soft_wrap=True, markup=False)
