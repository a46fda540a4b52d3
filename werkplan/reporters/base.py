"""What reporters share: the registry entry, paths from the repository root, fingerprints.

Every format names a file by its path from the repository root, so the same finding reads the
same wherever werkplan was started (``cd``, an absolute path, a CI checkout) and GitLab and
GitHub, which resolve paths from the repository root, find the file.
"""

from __future__ import annotations

import hashlib
import os
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath

from werkplan.checker import CheckResult
from werkplan.model import ENTITY_TYPES, Plan
from werkplan.problems import KeyPath, Position
from werkplan.reporters.source import Sources

# A reporter renders the whole result as one string in the result's language.
Reporter = Callable[[CheckResult], str]


@dataclass(frozen=True)
class Format:
    """A ``--format`` choice: how it renders and what it is for (docs/check.md lists these)."""

    render: Reporter
    de: str
    en: str


# Message arguments that change from day to day or with line numbers; a fingerprint that
# included them would make GitLab see a new finding every morning.
_VOLATILE = {"days", "first", "first_line", "detail", "limit", "today"}


def repository_root(plan_dir: PurePath) -> Path:
    """The folder output paths start from: the nearest folder above the plan folder (or the
    plan folder itself) that holds ``.git`` – a folder, or a file in worktrees and submodules.
    Outside a repository it is the plan folder's parent, so paths start with the plan
    folder's name, as they would with the plan folder at the top of a repository.

    Found on disk rather than by asking git: it works without git installed, and in CI
    containers where git refuses a checkout owned by another user."""
    plan = Path(os.path.realpath(plan_dir))
    for folder in (plan, *plan.parents):
        if _holds_git(folder):
            return folder
    return plan.parent


def _holds_git(folder: Path) -> bool:
    try:
        return (folder / ".git").exists()
    except OSError:  # not allowed to look: not a repository werkplan can use
        return False


class SourcePaths:
    """Paths of the plan's files as output shows them: from the repository root, with '/'."""

    def __init__(self, plan_dir: PurePath) -> None:
        self.plan_dir = plan_dir
        self.root = repository_root(plan_dir)
        real = Path(os.path.realpath(plan_dir))
        self.prefix = PurePosixPath(real.relative_to(self.root).as_posix())
        self._shown: dict[PurePath, str] = {}

    def of(self, path: PurePath) -> str:
        if path not in self._shown:
            try:
                inside = path.relative_to(self.plan_dir)
            except ValueError:  # not below the plan folder: as werkplan was given it
                self._shown[path] = path.as_posix()
            else:
                self._shown[path] = (self.prefix / inside.as_posix()).as_posix()
        return self._shown[path]

    def is_plan_dir(self, path: PurePath) -> bool:
        return path == self.plan_dir


def fingerprints(result: CheckResult, paths: SourcePaths, sources: Sources) -> list[str]:
    """One stable id per problem from what it is and where it belongs, not from its line or
    its rank: rule, file from the repository root, message and its lasting arguments, and the
    entry and key it is about (the line's text where it is about no known key). Findings
    that agree in all of this cannot be told apart; only those are numbered in file order."""
    anchors = _Anchors(result.plan)
    seen: Counter[str] = Counter()
    result_ids = []
    for problem in result.problems:
        stable = sorted(
            (name, value.path if isinstance(value, KeyPath) else value)
            for name, value in problem.message.args
            if name not in _VOLATILE and isinstance(value, str | KeyPath)
        )
        anchor = anchors.of(problem.position) or ("", "", "")
        if not anchor[2]:
            anchor = (*anchor[:2], _squeezed(sources.line(problem.path, problem.line)))
        basis = repr((problem.rule, paths.of(problem.path), problem.message.key, stable, anchor))
        digest = hashlib.sha256(basis.encode()).hexdigest()[:32]
        seen[digest] += 1
        result_ids.append(digest if seen[digest] == 1 else f"{digest}-{seen[digest]}")
    return result_ids


def _squeezed(line: str | None) -> str:
    """The line without any whitespace: re-indenting does not make a finding new."""
    return "".join((line or "").split())


class _Anchors:
    """For a position, the entry that holds it (section, id) and the key whose value it is."""

    def __init__(self, plan: Plan) -> None:
        entries: dict[PurePath, list[_Entry]] = {}
        for entry in _entries(plan):
            entries.setdefault(entry[1].path, []).append(entry)
        self.by_file = {path: sorted(found, key=lambda e: e[1]) for path, found in entries.items()}
        self.origins = {path: [e[1] for e in found] for path, found in self.by_file.items()}

    def of(self, position: Position) -> tuple[str, str, str] | None:
        """The last entry starting at or before the position, unless the position is less
        indented than that entry's start (then it lies after the entry)."""
        index = bisect_right(self.origins.get(position.path, []), position) - 1
        if index < 0:
            return None
        section, origin, entity_id, where = self.by_file[position.path][index]
        if position.line != origin.line and position.column < origin.column:
            return None
        if position == origin:
            return section, entity_id, "(entry)"
        key = next((key for key, at in where.items() if at == position), "")
        return section, entity_id, key


_Entry = tuple[str, Position, str, Mapping[str, Position]]


def _entries(plan: Plan) -> Iterator[_Entry]:
    for info in plan.infos:
        yield "plan", info.origin, "", info.where
    for section in ENTITY_TYPES:
        for entity in plan.collection(section):
            yield section, entity.origin, entity.id, entity.where
