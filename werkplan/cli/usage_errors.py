"""Click's and Typer's usage errors in the reader's language.

Click builds its messages in English from fixed phrases ("Invalid value for --output: …",
"No such option: …"); werkplan's own part of a message (what is wrong with the value) is
already in the reader's language. The fixed phrases are read here and said again through
the catalogue (``click.*``); a message no phrase matches is shown as Click wrote it.
"""

from __future__ import annotations

import re

from werkplan import i18n
from werkplan.i18n.languages import EN

# (phrase as Click or Typer writes it, catalogue key); the part named `rest` is itself
# a message that may hold a phrase (the type's complaint inside "Invalid value for …").
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), key)
    for pattern, key in (
        (r"Invalid value for (?P<hint>.+?): (?P<rest>.*)", "click.invalid_value_for"),
        (r"Invalid value: (?P<rest>.*)", "click.invalid_value"),
        (
            r"(?:Value error, )?(?P<value>'.*') is not one of (?P<choices>.*)\.",
            "click.not_one_of",
        ),
        (r"Value (?P<value>.*) is not a valid (?P<kind>\w+)\.", "click.not_valid"),
        (r"Missing argument (?P<hint>.+?)\.(?: .*)?", "click.missing.argument"),
        (r"Missing option (?P<hint>.+?)\.(?: .*)?", "click.missing.option"),
        (r"Missing parameter:? (?P<hint>.+?)\.?", "click.missing.parameter"),
        (
            r"No such option: (?P<name>\S+)(?: \(Possible options: (?P<options>.*)\))?",
            "click.no_such_option",
        ),
        (
            r"No such command '(?P<name>.*?)'\.(?: Did you mean (?P<matches>.*)\?)?",
            "click.no_such_command",
        ),
        (r"Missing command\.", "click.missing_command"),
        (r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)", "click.extra_arguments"),
        (r"Option (?P<option>'.*') requires an argument\.", "click.requires_argument"),
        (r"Option (?P<option>'.*') does not take a value\.", "click.takes_no_value"),
        (r"(?:File|Directory|Path) '(?P<path>.*)' does not exist\.", "click.does_not_exist"),
    )
)


def translate(message: str, language: str) -> str:
    """A usage error's text in ``language``: Click's fixed phrases through the catalogue."""
    if language == EN:
        return message
    for pattern, key in _PHRASES:
        match = pattern.fullmatch(message)
        if match is None:
            continue
        args = {name: value or "" for name, value in match.groupdict().items()}
        if "rest" in args:
            args["rest"] = translate(args["rest"], language)
        return i18n.text(key, language, **args)
    return message
