"""schema-outdated: the plan's schema that editors use no longer matches the plan.

A plan file's first comment lines may name a JSON Schema for editors
(``# yaml-language-server: $schema=.werkplan/plan.schema.json``). When that file is a plan's
schema written by ``werkplan schema PLAN_DIR``, it holds the plan's ids, attributes and
labels; once the plan changes, editors would suggest old ids and flag new ones as errors.

PASS: the named schema is what ``werkplan schema PLAN_DIR`` writes for the plan now (the
content counts, not the file's date); the modeline names a URL, the generic schema or any
other schema; no modeline.
FAIL (warning, once per schema file, at the first file naming it): the plan's schema is
older than the plan, or the named file does not exist. While a file of the plan cannot be
read, the plan is not compared with its schema: what it lacks would look like a change.

The plan's schema is built once per check, and only when some file names a plan schema.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from urllib.parse import unquote, urlsplit

from werkplan.json_schema import is_plan_schema, plan_schema, schema_text
from werkplan.model import Plan
from werkplan.problems import Position, Problem, Severity
from werkplan.rules.base import Rule

RULE = Rule(
    "schema-outdated",
    Severity.WARNING,
    "Das Schema des Plans für Editoren ist veraltet oder fehlt",
    "The plan's schema for editors is out of date or missing",
)

MAX_SCHEMA_BYTES = 64 * 1024 * 1024
_HEAD_BYTES = 64 * 1024
_HEAD_LINES = 50  # a modeline stands before the content (yaml-language-server ignores later ones)
# As yaml-language-server reads it: a comment `# yaml-language-server: … $schema=<target>`.
_MODELINE = re.compile(r"#\s+yaml-language-server\s*:.*?\$schema=(\S+)")
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]+:")  # a scheme; one letter is a Windows drive


@dataclass(frozen=True)
class Modeline:
    position: Position  # where the schema's path is written
    target: str  # as written


class _Missing:
    """The named schema file does not exist (or is a folder)."""


MISSING = _Missing()
SchemaReader = Callable[[Path], bytes | _Missing | None]


def find_modeline(shown: PurePath, data: bytes) -> Modeline | None:
    """The schema a file names in a comment before its first content line, if any."""
    head = data[:_HEAD_BYTES]
    if b"yaml-language-server" not in head:
        return None  # most files: no need to read their lines
    for number, raw in enumerate(head.split(b"\n", _HEAD_LINES)[:_HEAD_LINES], start=1):
        line = raw.decode("utf-8", errors="replace").rstrip("\r").removeprefix("\ufeff")
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            return None  # the content began: later comments name no schema
        match = _MODELINE.match(stripped)
        if match is not None:
            column = line.index(match.group(1)) + 1
            return Modeline(Position(shown, number, column), match.group(1))
    return None


def local_path(modeline: Modeline) -> Path | None:
    """The file a modeline names, relative to the file it stands in; None for a URL."""
    target = modeline.target
    if _URL.match(target):
        parts = urlsplit(target)
        if parts.scheme.lower() != "file":
            return None  # https: and the like: someone else's schema
        return Path(unquote(parts.path))
    named = Path(unquote(target))
    if named.is_absolute():
        return named
    return Path(os.path.normpath(Path(modeline.position.path).parent / named))


def read_from_disk(path: Path) -> bytes | _Missing | None:
    """The schema file's bytes; MISSING if there is none; None when it cannot be one of
    werkplan's (a pipe, a device, too large, unreadable): never opened, never a warning."""
    try:
        info = path.stat()
    except OSError:
        return MISSING
    if stat.S_ISDIR(info.st_mode):
        return MISSING
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SCHEMA_BYTES:
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None


def check_schema_files(
    plan: Plan, modelines: Iterable[Modeline], read: SchemaReader = read_from_disk
) -> Iterator[Problem]:
    """One warning per schema file that is missing or older than the plan."""
    seen: set[str] = set()
    expected: object = None
    for modeline in modelines:
        path = local_path(modeline)
        if path is None:
            continue
        key = os.path.realpath(path)
        if key in seen:
            continue
        seen.add(key)
        content = read(path)
        if content is None:
            continue
        command = _renew_command(plan.directory, path)
        if isinstance(content, _Missing):
            yield RULE.problem(
                modeline.position, "schema_missing", schema=str(path), command=command
            )
            continue
        document = _json(content)
        if not is_plan_schema(document) or plan.unread:
            continue  # the generic schema or someone else's; or the plan is read only in part
        if expected is None:  # built once, and only now that a plan schema is named
            expected = json.loads(schema_text(plan_schema(plan)))
        if document != expected:
            yield RULE.problem(
                modeline.position, "schema_outdated", schema=str(path), command=command
            )


def _json(content: bytes) -> object:
    try:
        return json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


def _renew_command(plan_dir: PurePath, schema: Path) -> str:
    return f"werkplan schema {shlex.quote(str(plan_dir))} -o {shlex.quote(str(schema))}"
