"""Work the tests would otherwise repeat for every CLI call, done once per test run.

The command line: Typer's CliRunner turns the app into a Click command on every invoke,
which took about a third of the time of a typical command test. The app is built once at
import (help texts included), so one Click command serves every invoke.

The report templates: werkplan builds a fresh Jinja environment for every report, so every
render parses and compiles the templates again: right for a command that renders once, but in
the test suite that compiling took most of the time of the report tests. The cache keeps the
compiled code by template file and source checksum (a changed or broken template is compiled
again, so syntax errors still show), and apart for HTML and Markdown, whose escaping is
compiled in.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import CodeType

import jinja2
import pytest
import typer.main
import typer.testing
from jinja2.bccache import Bucket
from jinja2.sandbox import SandboxedEnvironment

from werkplan.cli import app
from werkplan.report import render
from werkplan.report.bounds import RenderLimits


class _CompiledTemplates(jinja2.BytecodeCache):
    def __init__(self) -> None:
        self.code: dict[str, tuple[str, CodeType]] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        checksum, code = self.code.get(bucket.key, ("", None))
        if code is not None and checksum == bucket.checksum:
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is not None:
            self.code[bucket.key] = (bucket.checksum, bucket.code)


@pytest.fixture(autouse=True, scope="session")
def _compile_each_template_once() -> Iterator[None]:
    build = render._environment
    by_escaping = {True: _CompiledTemplates(), False: _CompiledTemplates()}

    def environment(
        fmt: str, folder: Path, language: str, limits: RenderLimits
    ) -> SandboxedEnvironment:
        built = build(fmt, folder, language, limits)
        built.bytecode_cache = by_escaping[fmt == "md"]
        return built

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(render, "_environment", environment)
        yield


@pytest.fixture(autouse=True, scope="session")
def _build_the_command_once() -> Iterator[None]:
    build = typer.main.get_command  # what typer.testing imports as _get_command
    command = build(app)

    def get_command(typer_app: typer.Typer) -> object:
        return command if typer_app is app else build(typer_app)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(typer.testing, "_get_command", get_command)
        yield
