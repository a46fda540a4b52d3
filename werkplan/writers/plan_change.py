"""Changing plan files as one step: edit in memory, check the whole plan, then write all.

Nothing is written when an edit cannot be made losslessly or when the plan would have an
error it did not have before, so a refused change leaves every file as it was. The files
are replaced together (writers.atomic): all or none, each only if it is still what was read,
each in its own line endings and with its BOM, if it had one. Besides plan files, a change
may rewrite the files plan files name (an indicator's values file): the check reads them as
changed, and they are replaced together with the rest.

A plan's schema for editors (``.werkplan/plan.schema.json``, named in the files' first
comment lines) holds the plan's ids, attributes and labels: every change renews it together
with the plan files, so `werkplan check` right after does not report `schema-outdated`. Only
a schema werkplan wrote for the plan, inside the plan folder, is renewed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from werkplan.checker import check_loaded
from werkplan.json_schema import is_plan_schema, plan_schema, schema_text
from werkplan.load import load_file
from werkplan.load.files import FoundFile, find_plan_files, in_memory, read_companion_file
from werkplan.load.values_file import disk_reader
from werkplan.model import Plan
from werkplan.problems import Message, Problem, Severity
from werkplan.rules.schema_outdated import MAX_SCHEMA_BYTES, find_modeline, local_path
from werkplan.writers.atomic import Replacement, replace_files
from werkplan.writers.edit import Edited
from werkplan.writers.line_endings import TextStyle, plain


@dataclass
class PlanChange:
    plan_dir: Path
    today: dt.date
    files: dict[PurePath, FoundFile] = field(default_factory=dict)
    new_texts: dict[PurePath, str] = field(default_factory=dict)
    # Companion files (values files): as read, and their new bytes.
    companions: dict[PurePath, FoundFile] = field(default_factory=dict)
    new_companions: dict[PurePath, bytes] = field(default_factory=dict)
    # The plan as the change makes it (set by new_errors; built by write if not yet).
    changed_plan: Plan | None = None

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

    def companion(self, shown: PurePath) -> FoundFile:
        """A file a plan file names, as the change has it so far (read once, inside the plan
        folder only)."""
        shown = _normal(shown)
        if shown not in self.companions:
            self.companions[shown] = read_companion_file(self.plan_dir, shown)
        found = self.companions[shown]
        if shown in self.new_companions:
            return FoundFile(shown, self.new_companions[shown], found.path)
        return found

    def edit_companion(
        self, shown: PurePath, how: Callable[[bytes], bytes | Message]
    ) -> Message | None:
        shown = _normal(shown)
        found = self.companion(shown)
        if found.problem is not None or found.data is None or found.path is None:
            return found.problem.message if found.problem else Message.of("companion_missing")
        result = how(found.data)
        if isinstance(result, Message):
            return result
        self.new_companions[shown] = result
        return None

    def new_errors(self) -> list[Problem]:
        """Errors the changed plan has that the plan on disk does not have."""
        _, before = self._check({}, {})
        self.changed_plan, after = self._check(self.new_texts, self.new_companions)
        known = {(p.rule, p.message) for p in _errors(before)}
        return [p for p in _errors(after) if (p.rule, p.message) not in known]

    def _check(
        self, replaced: dict[PurePath, str], companions: dict[PurePath, bytes]
    ) -> tuple[Plan, tuple[Problem, ...]]:
        loaded = []
        for shown, found in self.files.items():
            text = replaced.get(shown)
            loaded.append(load_file(in_memory(shown, text.encode()) if text is not None else found))
        loaded += [
            load_file(in_memory(s, t.encode())) for s, t in replaced.items() if s not in self.files
        ]
        result = check_loaded(
            loaded, self.plan_dir, self.today, read_companion=self._reader(companions)
        )
        return result.plan, result.problems

    def _reader(self, changed: dict[PurePath, bytes]) -> Callable[[PurePath], FoundFile]:
        """Values files from disk, the changed ones from memory."""
        from_disk = disk_reader(self.plan_dir)

        def read(shown: PurePath) -> FoundFile:
            key = _normal(shown)
            if key in changed:
                return in_memory(shown, changed[key])
            return from_disk(shown)

        return read

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
        for shown, data in self.new_companions.items():
            found = self.companions[shown]
            assert found.path is not None  # edit_companion refused the others
            replacements.append(Replacement(found.path, data, shown.as_posix(), True, found.data))
        replace_files(replacements + self._renewed_schemas())

    def _renewed_schemas(self) -> list[Replacement]:
        """The plan's schema files the plan files name, renewed for the changed plan."""
        if not self.new_texts and not self.new_companions:
            return []
        named = {path for path in map(self._local_schema, self.new_texts) if path is not None}
        named |= {p for p in map(self._local_schema, self.files) if p is not None}
        if not named:
            return []
        plan = self.changed_plan
        if plan is None:
            plan, _ = self._check(self.new_texts, self.new_companions)
        if plan.unread:
            return []  # what a file it cannot read holds would be missing from the schema
        renewed = schema_text(plan_schema(plan)).encode()
        replacements = []
        for path in sorted(named):
            before = _plan_schema_bytes(path)
            if before is not None and before != renewed:
                replacements.append(Replacement(path, renewed, str(path), True, before))
        return replacements

    def _local_schema(self, shown: PurePath) -> Path | None:
        """The schema file a plan file names in its modeline, if it lies in the plan folder."""
        new_text = self.new_texts.get(shown)
        data = new_text.encode() if new_text is not None else self._original(shown)
        modeline = find_modeline(shown, data)
        path = local_path(modeline) if modeline is not None else None
        if path is None:
            return None
        real, folder = os.path.realpath(path), os.path.realpath(self.plan_dir)
        return Path(real) if real.startswith(folder + os.sep) else None


def _errors(problems: tuple[Problem, ...]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


def _plan_schema_bytes(path: Path) -> bytes | None:
    """The file's bytes when it is a regular file holding a plan's schema werkplan wrote."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_SCHEMA_BYTES:
            return None
        data = path.read_bytes()
        document = json.loads(data.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    return data if is_plan_schema(document) else None


def _normal(shown: PurePath) -> PurePath:
    """`plans/a/../werte/k.csv` and `plans/werte/k.csv` name one file."""
    return PurePath(os.path.normpath(shown))
