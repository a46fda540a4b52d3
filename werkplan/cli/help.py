"""The frame of `--help` in the reader's language, with value names a person understands.

Typer writes its help with rich; the words around the texts ("Usage", "Options",
"[default: …]") are module-level strings in ``typer.rich_utils`` and are set here once, when
the app is built, like the help texts themselves. The command classes below add what those
strings do not reach: the usage line, the help option's own text, and the value names
(metavars) that Typer would show as ``<bool>``, ``<list[str]>`` or a choice list long enough
to be broken in the middle of a word.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import typer.rich_utils
from typer._click.exceptions import ClickException, UsageError
from typer.core import TyperCommand, TyperGroup
from typer.exceptions import Abort

from werkplan import i18n
from werkplan.cli.language import reader_language, remember_command_line
from werkplan.cli.usage_errors import translate

LANGUAGE = i18n.system_language()
_frame_language = [LANGUAGE]  # the frame words' language: LANGUAGE, a usage error's own
# Typer's own options, whose help Typer writes in English.
_TYPER_OPTIONS = ("install_completion", "show_completion")
# Longer choice lists are named by the option (--format FORMAT) and listed in its help text:
# rich would break them in the middle of a word on a narrow terminal.
_LONGEST_CHOICE_LIST = len("<md|html>")

# (name in typer.rich_utils, key of its text: help_frame.KEY)
_RICH_STRINGS = (
    ("ARGUMENTS_PANEL_TITLE", "arguments"),
    ("OPTIONS_PANEL_TITLE", "options"),
    ("COMMANDS_PANEL_TITLE", "commands"),
    ("ERRORS_PANEL_TITLE", "error"),
    ("DEFAULT_STRING", "default"),
    ("REQUIRED_LONG_STRING", "required"),
    ("ENVVAR_STRING", "envvar"),
    ("DEPRECATED_STRING", "deprecated"),
    ("ABORTED_TEXT", "aborted"),
    ("RICH_HELP", "try_help"),
)


def set_frame_words(language: str) -> None:
    """Typer's frame words in one language (they are module-wide, so for the whole app)."""
    _frame_language[0] = language
    for name, key in _RICH_STRINGS:
        if hasattr(typer.rich_utils, name):
            setattr(typer.rich_utils, name, _word(key, language))


def _word(key: str, language: str | None = None) -> str:
    return i18n.text(f"help_frame.{key}", language or _frame_language[0])


class _Localised:
    """What the help of a command or group shares; mixed into Typer's classes."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        if pieces and pieces[0] == self.options_metavar:  # type: ignore[attr-defined]
            pieces[0] = _word("options_metavar")  # in a usage error's language
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=_word("usage"))

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = _word("help_option")
            option.metavar = ""
        return option

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if param.name in _TYPER_OPTIONS:
                param.help = _word(param.name)
            if param.param_type_name == "argument" and param.metavar:
                # The argument's name column shows the metavar already; without this,
                # Typer would add its type name (<path>) beside it.
                param.display_type_rich = _no_type_name
            elif param.metavar is None:
                param.metavar = value_name(param, ctx)
        return params


def _no_type_name(ctx: Any) -> None:
    return None


def value_name(param: Any, ctx: Any) -> str | None:
    """The metavar for an option that has none: nothing for a flag, a word for the rest."""
    if getattr(param, "is_flag", False):
        return ""  # a switch takes no value; Typer would write <bool>
    if not hasattr(param, "display_type"):
        return None
    shown = str(param.display_type(ctx))
    long_names = [opt for opt in param.opts if opt.startswith("--")]
    named = (long_names[0][2:] if long_names else param.name or "value").upper()
    if shown.startswith("<list["):
        return named
    if "|" in shown and len(shown) > _LONGEST_CHOICE_LIST:
        return named
    if "|" in shown:
        return None  # a short choice list shows the values themselves
    key = f"value_name.{shown.strip('<>').removesuffix(' range')}"  # an int range is a number
    return i18n.text(key, LANGUAGE) if i18n.has_text(key) else named


class LocalisedCommand(_Localised, TyperCommand):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options_metavar = _word("options_metavar")


class LocalisedGroup(_Localised, TyperGroup):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options_metavar = _word("options_metavar")
        self.subcommand_metavar = _word("subcommand_metavar")

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the app; a usage error is shown in the command's language (language.py)."""
        arguments = list(sys.argv[1:] if args is None else args)
        remember_command_line(self, arguments)
        if not standalone_mode:
            return super().main(arguments, prog_name, complete_var, False, **extra)
        try:
            code = super().main(arguments, prog_name, complete_var, False, **extra)
        except ClickException as error:
            show_usage_error(error)
        except Abort:
            typer.rich_utils.rich_abort_error()
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def show_usage_error(error: ClickException) -> NoReturn:
    """Click's error box, its fixed words and phrases in the command's language."""
    language = reader_language()
    if error.__class__.__name__ != "NoArgsIsHelpError":  # the help was shown instead
        shown = UsageError(translate(error.format_message(), language), getattr(error, "ctx", None))
        set_frame_words(language)
        try:
            typer.rich_utils.rich_format_error(shown)
        finally:
            set_frame_words(LANGUAGE)  # the help's own language, for a next run in-process
    sys.exit(error.exit_code)


set_frame_words(LANGUAGE)
