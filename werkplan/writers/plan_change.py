"""Changing plan files as one step: edit in memory, check the whole plan, then write all.

Nothing is written when an edit cannot be made losslessly or when the plan would have an
error it did not have before, so a refused change leaves every file as it was. The files
are replaced together (writers.atomic): all or none, each only if it is still what was read,
each in its own line endings and with its BOM, if it had one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from werkplan.checker import check_loaded
from werkplan.load import load_file
from werkplan.load.files import FoundFile, find_plan_files, in_memory
from werkplan.problems import Message, Problem, Severity
from werkplan.writers.atomic import Replacement, replace_files
from werkplan.writers.edit import Edited
from werkplan.writers.line_endings import TextStyle, plain


@dataclass
class PlanChange:
    plan_dir: Path
    today: dt.date
    files: dict[PurePath, FoundFile] = field(default_factory=dict)
    new_texts: dict[PurePath, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.files = {found.shown: found for found in find_plan_files(self.plan_dir)}

    def text(self, shown: PurePath) -> str:
        if shown in self.new_texts:
            return self.new_texts[shown]
        return plain(self._original(shown).decode("utf-8"))

    def _original(self, shown: PurePath) -> bytes:
        found = self.files.get(shown)
        return found.data if found and found.data is not None else b""

    def edit(self, shown: PurePath, how: Callable[[str], Edited]) -> Message | None:
        result = how(self.text(shown))
        if result.text is None:
            return result.reason
        self.new_texts[shown] = result.text
        return None

    def new_errors(self) -> list[Problem]:
        """Errors the changed plan has that the plan on disk does not have."""
        before = self._errors({})
        after = self._errors(self.new_texts)
        known = {(p.rule, p.message) for p in before}
        return [p for p in after if (p.rule, p.message) not in known]

    def _errors(self, replaced: dict[PurePath, str]) -> list[Problem]:
        loaded = []
        for shown, found in self.files.items():
            text = replaced.get(shown)
            loaded.append(load_file(in_memory(shown, text.encode()) if text is not None else found))
        loaded += [
            load_file(in_memory(s, t.encode())) for s, t in replaced.items() if s not in self.files
        ]
        result = check_loaded(loaded, self.plan_dir, self.today)
        return [p for p in result.problems if p.severity is Severity.ERROR]

    def write(self) -> None:
        """Raises NotWritten (naming the file) and leaves every file as it was."""
        replacements = []
        for shown, text in self.new_texts.items():
            found = self.files.get(shown)
            before = found.data if found else None
            style = TextStyle.of(before or b"")
            target = found.path if found and found.path else Path(shown)
            replacements.append(
                Replacement(target, style.encode(text), shown.as_posix(), True, before)
            )
        replace_files(replacements)
