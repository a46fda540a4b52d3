"""A plan as it was at one revision (or as it is in the working tree), read like `check` does."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePath

from werkplan.history.git import Commit, Repository
from werkplan.load import load_file, load_plan_dir
from werkplan.load.files import in_memory
from werkplan.model import Plan
from werkplan.problems import Problem, Severity
from werkplan.validate import build_plan


@dataclass(frozen=True)
class Snapshot:
    commit: Commit | None  # None: the working tree
    plan: Plan
    errors: tuple[Problem, ...]


def at_revision(repository: Repository, commit: Commit, shown_root: PurePath) -> Snapshot:
    files = [
        load_file(in_memory(shown_root / relative, data))
        for relative, data in repository.plan_files(commit.sha)
    ]
    plan, problems = build_plan(files, shown_root)
    return Snapshot(commit, plan, _errors(problems))


def working_tree(plan_dir: Path) -> Snapshot:
    plan, problems = build_plan(load_plan_dir(plan_dir), plan_dir)
    return Snapshot(None, plan, _errors(problems))


def _errors(problems: list[Problem]) -> tuple[Problem, ...]:
    """The problems that make a snapshot unreliable to compare: files that did not load."""
    reading = {
        "yaml-syntax",
        "invalid-encoding",
        "invalid-character",
        "unreadable-file",
        "file-too-large",
        "yaml-limit",
        "duplicate-key",
        "yaml-tag",
    }
    return tuple(p for p in problems if p.severity is Severity.ERROR and p.rule in reading)
