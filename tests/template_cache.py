"""Each report template compiled once per test run instead of once per rendered report.

werkplan builds a fresh Jinja environment for every report, so every render parses and
compiles the templates again: right for a command that renders once, but in the test suite
that compiling took most of the time of the report tests. The cache keeps the compiled code
by template file and source checksum (a changed or broken template is compiled again, so
syntax errors still show), and apart for HTML and Markdown, whose escaping is compiled in.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import CodeType

import jinja2
import pytest
from jinja2.bccache import Bucket
from jinja2.sandbox import SandboxedEnvironment

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
