"""The check pipeline: load → validate → rules → one finished, sorted result."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

from werkplan.collector import collector_paused
from werkplan.load import (
    LoadedFile,
    load_each,
    load_file,
    may_hold_plan_section,
    read_plan_dir,
)
from werkplan.load.values_file import CompanionReader, disk_reader
from werkplan.model import Plan
from werkplan.problems import Problem, Severity
from werkplan.rules import RuleContext, run_rules
from werkplan.rules.schema_outdated import check_schema_files, find_modeline
from werkplan.validate import PlanKnowledge, build_plan, plan_knowledge


@dataclass(frozen=True)
class CheckResult:
    plan: Plan
    problems: tuple[Problem, ...]
    today: dt.date
    language: str

    def count(self, severity: Severity) -> int:
        return sum(1 for problem in self.problems if problem.severity is severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    def only_errors(self) -> CheckResult:
        errors = tuple(p for p in self.problems if p.severity is Severity.ERROR)
        return dataclasses.replace(self, problems=errors)

    def exit_code(self, strict: bool = False) -> int:
        return 1 if self.errors or (strict and self.warnings) else 0


def check_plan(
    plan_dir: Path,
    today: dt.date,
    language: str | None = None,
    on_file: Callable[[PurePath], None] | None = None,
) -> CheckResult:
    """Raises ``PlanDirError`` when the directory itself cannot be used."""
    with collector_paused():
        return _check_plan(plan_dir, today, language, on_file)


def _check_plan(
    plan_dir: Path,
    today: dt.date,
    language: str | None,
    on_file: Callable[[PurePath], None] | None,
) -> CheckResult:
    skipped: list[PurePath] = []
    found = read_plan_dir(plan_dir, skipped)
    knowledge = plan_knowledge(load_file(f) for f in found if may_hold_plan_section(f))
    files = load_each(found, on_file)
    result = check_loaded(files, plan_dir, today, language, disk_reader(plan_dir), knowledge)
    companions = values_files(result.plan)
    skipped = [path for path in skipped if PurePath(os.path.normpath(path)) not in companions]
    # The editor schema files the plan's files name lie on disk: only a plan read from disk
    # is compared with them (not a plan being changed in memory, nor one from git).
    modelines = (find_modeline(f.shown, f.data) for f in found if f.data is not None)
    outdated = check_schema_files(result.plan, (m for m in modelines if m is not None))
    problems = sorted((*result.problems, *outdated), key=Problem.sort_key)
    return dataclasses.replace(
        result,
        plan=dataclasses.replace(result.plan, skipped=tuple(skipped)),
        problems=tuple(problems),
    )


def read_plan(plan_dir: Path) -> tuple[Plan, list[Problem]]:
    """The plan as its files give it, with the problems of reading them, without the rules
    (for `werkplan schema`). Raises ``PlanDirError`` like ``check_plan``."""
    found = read_plan_dir(plan_dir)
    knowledge = plan_knowledge(load_file(f) for f in found if may_hold_plan_section(f))
    return build_plan(load_each(found), plan_dir, None, knowledge)


def check_loaded(
    files: Iterable[LoadedFile],
    plan_dir: PurePath,
    today: dt.date,
    language: str | None = None,
    read_companion: CompanionReader | None = None,
    knowledge: PlanKnowledge | None = None,
) -> CheckResult:
    """Check files already read, e.g. a plan with one file changed in memory before writing.

    Each file is validated as it comes: given the plan's knowledge (see ``plan_knowledge``), a
    lazy iterable keeps one file's tree at a time. ``read_companion`` reads files that plan
    files name (indicator values files)."""
    plan, problems = build_plan(files, plan_dir, read_companion, knowledge)
    problems.extend(run_rules(RuleContext(plan, today)))
    problems.sort(key=Problem.sort_key)
    return CheckResult(plan, tuple(problems), today, language or plan.language)


def values_files(plan: Plan) -> set[PurePath]:
    """The values files indicators name: part of the plan, not files to mention as skipped."""
    found = set()
    for indicator in plan.indicators:
        if indicator.values_file:
            named = indicator.origin.path.parent / indicator.values_file
            found.add(PurePath(os.path.normpath(named)))
    return found
