"""The language of a command's messages, known before its options are read.

One decision for every text a command shows: `--lang` as given on the command line, else
the `language:` of the plan the command names (or finds), else WERKPLAN_LANG and the locale
(``i18n.system_language``). The app's entry (``help.LocalisedGroup.main``) records the command
line before Click reads it, so that an option Click or werkplan refuses – wherever it stands
before `--lang` – is refused in that language too. The plan is only read when a message needs
its language before the command has read the plan itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from werkplan import i18n
from werkplan.load import PlanDirError, load_plan_dir
from werkplan.validate import build_plan

PLAN_DIR_METAVAR = "PLAN_DIR"  # the argument of every command that reads an existing plan

_command_line: tuple[Any, tuple[str, ...]] | None = None
_decided: str | None = None


def remember_command_line(app: Any, args: Sequence[str]) -> None:
    """Called by the app before it parses ``args``; the language is decided when first asked."""
    global _command_line, _decided
    _command_line = (app, tuple(args))
    _decided = None


def reader_language() -> str:
    """The language of this command's messages (see the module's text); decided once."""
    global _decided
    if _decided is None:
        _decided = _decide()
    return _decided


def plan_language(plan_dir: Path) -> str:
    """The plan's `language`; reading it needs the files, not the rules."""
    try:
        return build_plan(load_plan_dir(plan_dir), plan_dir)[0].language
    except PlanDirError:
        return i18n.system_language()


def _decide() -> str:
    if _command_line is None:
        return i18n.system_language()
    lang, plan_dir = _options_given(*_command_line)
    lang = lang or _lang_written(_command_line[1])
    if lang in i18n.LANGUAGES:
        return str(lang)
    if plan_dir is not None:
        try:
            return plan_language(plan_dir)
        except Exception:  # asked for while showing an internal error: never a second one
            return i18n.system_language()
    return i18n.system_language()


def _options_given(app: Any, args: tuple[str, ...]) -> tuple[str | None, Path | None]:
    """`--lang` and the plan folder as Click reads them, without failing on any other option
    (resilient parsing: no callbacks, no errors, as for shell completion)."""
    try:
        ctx = app.make_context("werkplan", list(args), resilient_parsing=True)
        rest = [*ctx._protected_args, *ctx.args]
        while rest and hasattr(ctx.command, "resolve_command"):
            name, command, rest = ctx.command.resolve_command(ctx, rest)
            if command is None:
                break
            ctx = command.make_context(name, rest, parent=ctx, resilient_parsing=True)
            rest = [*ctx._protected_args, *ctx.args]
        lang = ctx.params.get("lang")
        return (
            str(getattr(lang, "value", lang)) if lang else None,
            _plan_dir(ctx),
        )
    except Exception:  # an unreadable command line: Click says so itself, in any language
        return None, None


def _lang_written(args: tuple[str, ...]) -> str | None:
    """`--lang` where Click could not place it (after a misspelt command, say)."""
    for position, arg in enumerate(args):
        if arg == "--":
            break
        if arg.startswith("--lang="):
            return arg.removeprefix("--lang=")
        if arg == "--lang" and position + 1 < len(args):
            return args[position + 1]
    return None


def _plan_dir(ctx: Any) -> Path | None:
    for param in ctx.command.params:
        if param.metavar == PLAN_DIR_METAVAR:
            value = ctx.params.get(param.name)
            if value is None:
                from werkplan.cli.common import find_plan_dir

                return find_plan_dir()
            return Path(value)
    return None
