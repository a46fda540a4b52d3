"""The check pipeline: load → validate → rules → one finished, sorted result."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

from werkplan.load import LoadedFile, load_plan_dir
from werkplan.model import Plan
from werkplan.problems import Problem, Severity
from werkplan.rules import RuleContext, run_rules
from werkplan.validate import build_plan


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
    skipped: list[PurePath] = []
    result = check_loaded(load_plan_dir(plan_dir, on_file, skipped), plan_dir, today, language)
    return dataclasses.replace(
        result, plan=dataclasses.replace(result.plan, skipped=tuple(skipped))
    )


def check_loaded(
    files: Iterable[LoadedFile], plan_dir: PurePath, today: dt.date, language: str | None = None
) -> CheckResult:
    """Check files already read, e.g. a plan with one file changed in memory before writing.
    Each file is validated as it comes: a lazy iterable keeps one file's tree at a time."""
    plan, problems = build_plan(files, plan_dir)
    problems.extend(run_rules(RuleContext(plan, today)))
    problems.sort(key=Problem.sort_key)
    return CheckResult(plan, tuple(problems), today, language or plan.language)
