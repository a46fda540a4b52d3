"""Rendering a report context through Jinja templates.

Every template renders in a sandboxed environment, the built-in ones included, so a
plan's own template (``--template`` or ``templates/`` in the plan directory) cannot reach
Python internals or files outside its folder. Autoescaping is decided by the output
format, not by file names (``report.html.j2`` would not match Jinja's default rule).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from werkplan import i18n
from werkplan.collector import collector_paused
from werkplan.problems import MessageArg
from werkplan.report.bounds import (
    MIB,
    LimitReached,
    OutOfTime,
    RenderLimits,
    bounded_output,
    bounded_range,
    check_binop,
    time_and_memory,
)
from werkplan.report.context import ReportContext
from werkplan.report.css import css_string
from werkplan.report.timeline import build_timeline
from werkplan.report_formats import REPORT_FORMATS
from werkplan.safe_text import (
    Markdown,
    markdown_text,
    mermaid_text,
    safe_url,
    visible_controls,
)
from werkplan.timeframes import TimeFrame

FORMATS = tuple(REPORT_FORMATS)


class TemplateProblem(Exception):
    """A template could not be found or rendered; the message says which and why."""


@dataclass(frozen=True)
class TemplateChoice:
    folder: Path
    name: str


def builtin_templates() -> Path:
    installed = Path(__file__).resolve().parent.parent / "templates"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "templates"  # a source checkout


def choose_template(fmt: str, plan_dir: Path, template: Path | None) -> TemplateChoice:
    name = f"report.{fmt}.j2"
    if template is not None:
        return TemplateChoice(template.parent, template.name)
    if (plan_dir / "templates" / name).is_file():
        return TemplateChoice(plan_dir / "templates", name)
    return TemplateChoice(builtin_templates(), name)


DEFAULT_LIMITS = RenderLimits()


def render_report(
    context: ReportContext, fmt: str, choice: TemplateChoice, limits: RenderLimits | None = None
) -> str:
    """The report text; ``TemplateProblem`` when the template fails or reaches a limit.

    A template from the plan (``templates/``, ``--template``) runs within ``limits``
    (``DEFAULT_LIMITS`` unless given); werkplan's own templates are bounded by the plan's size.
    """
    bounded = limits is not None or not _is_builtin(choice)
    limits = limits or DEFAULT_LIMITS
    environment = _environment(fmt, choice.folder, context.language, limits)
    timeline = build_timeline(context)  # werkplan's own work, not bounded as the template is
    try:
        # A plan's own template runs within its memory limit with the collector at work;
        # werkplan's own builds no reference cycles (see werkplan/collector.py).
        with time_and_memory(limits) if bounded else collector_paused():
            template = environment.get_template(choice.name)
            chunks = template.generate(ctx=context, timeline=timeline)
            return bounded_output(chunks, limits) if bounded else "".join(chunks)
    except LimitReached as reached:
        message = i18n.text(
            reached.key, context.language, **_limit_args(reached, limits, context.language)
        )
        raise TemplateProblem(f"{choice.folder / choice.name}: {message}") from None
    except MemoryError:
        mib = (limits.extra_memory_bytes or 0) // MIB
        message = i18n.text("template_memory", context.language, limit=mib)
        raise TemplateProblem(f"{choice.folder / choice.name}: {message}") from None
    except jinja2.TemplateNotFound as error:
        raise TemplateProblem(f"{error.name}: {_NOT_FOUND[context.language]}") from None
    except jinja2.TemplateSyntaxError as error:
        raise TemplateProblem(f"{error.filename}:{error.lineno}: {error.message}") from None
    except Exception as error:  # a template is code from the plan's team: any failure is theirs
        detail = f"{type(error).__name__}: {error}".replace("\n", " ")[:300]
        raise TemplateProblem(f"{choice.folder / choice.name}: {detail}") from None


def _limit_args(
    reached: LimitReached, limits: RenderLimits, language: str
) -> dict[str, MessageArg]:
    """The numbers of a limit as people write them: 50.000.000 and 0,5 in German."""
    if isinstance(reached, OutOfTime):
        args: dict[str, object] = {"seconds": limits.seconds}
    else:
        args = dict(reached.args_for_message)
    return {name: _number(value, language) for name, value in args.items()}


def _number(value: object, language: str) -> str:
    shown = f"{value:,}" if isinstance(value, int) else f"{value:g}"
    if language == "de":
        shown = shown.replace(",", " ").replace(".", ",").replace(" ", ".")
    return shown


def _is_builtin(choice: TemplateChoice) -> bool:
    return choice.folder.resolve() == builtin_templates().resolve()


_NOT_FOUND = {
    "de": "nicht gefunden (im Ordner der Vorlage)",
    "en": "not found (in the template's folder)",
}


class _ConfinedLoader(jinja2.FileSystemLoader):
    """A file loader that refuses files reached through links out of its folder."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        root = Path(self.searchpath[0]).resolve()
        if root not in Path(filename).resolve().parents:
            raise jinja2.TemplateNotFound(template)
        return source, filename, uptodate


class _BoundedEnvironment(SandboxedEnvironment):
    """The sandbox with werkplan's limits on ``range``, ``*`` and ``**`` (see bounds.py)."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, limits: RenderLimits, **options: Any) -> None:
        super().__init__(**options)
        self.limits = limits
        self.globals["range"] = bounded_range(limits)
        self.safe_attributes: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """The sandbox's answer, asked once per type and name: it depends on nothing else
        (a leading underscore, or an internal attribute of functions, methods, classes,
        code, frames and generators), and asking it each time took a quarter of rendering a large
        report."""
        key = (type(obj), attr)
        safe = self.safe_attributes.get(key)
        if safe is None:
            safe = self.safe_attributes[key] = super().is_safe_attribute(obj, attr, value)
        return safe

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        check_binop(operator, left, right, self.limits)
        return super().call_binop(context, operator, left, right)


def _environment(
    fmt: str, folder: Path, language: str, limits: RenderLimits
) -> SandboxedEnvironment:
    markdown = fmt == "md"
    environment = _BoundedEnvironment(
        limits,
        loader=_ConfinedLoader(folder),
        autoescape=not markdown,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=markdown_text if markdown else _html_text,
    )
    environment.filters.update(
        date=lambda when: _when(when, language),
        mermaid=lambda text: Markdown(mermaid_text(text)),
        safe_url=safe_url,
        css_string=css_string,
        join_names=lambda names: ", ".join(names),
        percent=lambda value: i18n.format_percent(value, language, NO_BREAK_SPACE),
        id_list=_id_list_markdown if markdown else _id_list_html,
    )
    environment.globals.update(t=_translator(language, markdown), md=Markdown, iso=_iso)
    return environment


NO_BREAK_SPACE = "\u00a0"  # between a number and its sign: `13 %` never breaks in two


def _html_text(value: object) -> object:
    """A value for HTML (``finalize``): hidden characters as codes, and a line break in a
    value written as ``&#10;`` – the same text to a browser, but a report printed to a CI
    log cannot start a line there (``::error …``)."""
    shown = visible_controls(value)
    if isinstance(shown, str) and not isinstance(shown, Markup) and "\n" in shown:
        return Markup(escape(shown).replace("\n", Markup("&#10;")))
    return shown


# Report headings renamed when the texts became one catalogue ("overdue" and "unowned" name
# the problems of `werkplan check` there); a plan's own template may still use the old names.
_RENAMED_TEXTS = {"overdue": "overdue_heading", "unowned": "unowned_heading"}


def _translator(language: str, markdown: bool) -> Any:
    """``t("key", days=3)``: a text of the catalogue; werkplan's own texts need no Markdown
    escaping. Templates written for the older names of two headings keep working."""

    def t(key: str, **args: Any) -> str:
        key = _RENAMED_TEXTS.get(key, key)
        if not markdown:
            return i18n.text(key, language, **args)
        # werkplan's own words are Markdown as they are; what is filled in is not.
        escaped = {name: markdown_text(value) for name, value in args.items()}
        return Markdown(i18n.text(key, language, **escaped))

    return t


def _id_list_html(ids: Iterable[str]) -> Markup:
    """Ids joined so that none of them breaks at its hyphen."""
    return Markup(", ").join(Markup('<span class="nw">{}</span>').format(i) for i in ids)


def _id_list_markdown(ids: Iterable[str]) -> str:
    return ", ".join(ids)


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _when(value: dt.date | TimeFrame | None, language: str) -> str:
    """A day as 25.11.2026, a time frame as it was written ('4. Quartal 2026')."""
    if isinstance(value, TimeFrame):
        return i18n.format_timeframe(value, language)
    return i18n.format_date(value, language) if value else ""
