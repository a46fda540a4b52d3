"""What reporters share: the signature, paths as tools want them, stable fingerprints."""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import PurePath

from werkplan.checker import CheckResult
from werkplan.problems import Problem

# A reporter renders the whole result as one string in the result's language.
Reporter = Callable[[CheckResult], str]

# Message arguments that change from day to day or with line numbers; a fingerprint that
# included them would make GitLab see a new finding every morning.
_VOLATILE = {"days", "first", "first_line", "detail", "limit", "today"}


def tool_path(path: PurePath) -> str:
    """The path relative to the working directory when it lies below it, with '/'."""
    relative = os.path.relpath(path) if PurePath(path).is_absolute() else str(path)
    if relative.startswith(".."):
        relative = str(path)
    return PurePath(relative).as_posix()


def fingerprints(problems: Iterable[Problem]) -> list[str]:
    """One stable id per problem: rule, file and what it is about, but not the line."""
    seen: Counter[str] = Counter()
    result = []
    for problem in problems:
        stable = sorted(
            (name, str(value))
            for name, value in problem.message.args
            if name not in _VOLATILE and isinstance(value, str)
        )
        basis = repr((problem.rule, tool_path(problem.path), problem.message.key, stable))
        digest = hashlib.sha256(basis.encode()).hexdigest()[:32]
        seen[digest] += 1
        result.append(digest if seen[digest] == 1 else f"{digest}-{seen[digest]}")
    return result
