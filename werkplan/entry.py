"""The `werkplan` program. Signals are handled before anything heavy is imported.

Loading typer, rich, Jinja and ruamel.yaml takes a few hundred milliseconds; a Ctrl-C in that
time, or at any later moment, ends with one line on stderr and exit code 130 (143 for
SIGTERM, 129 for SIGHUP), never with a traceback. Keep this module and ``werkplan/__init__.py``
free of imports that take time: until ``signals.install()`` has run, Python itself answers
Ctrl-C.
"""

from __future__ import annotations

import sys

from werkplan import signals


def main() -> None:
    signals.install()
    try:
        from werkplan.cli import main as run_app

        run_app()
    except signals.Interrupted as stop:
        say_interrupted(stop)
        sys.exit(stop.exit_code)


def say_interrupted(stop: signals.Interrupted) -> None:
    """One line in the reader's language; the catalogue is loaded here if it is not yet."""
    try:
        from werkplan import i18n

        line = "werkplan: " + i18n.text("interrupted", i18n.system_language(), signal=stop.name)
    except Exception:  # the catalogue's import was what got interrupted, and broke
        line = f"werkplan: {stop.name}"
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except OSError:  # stderr closed or a broken pipe: the exit code still says it
        pass
