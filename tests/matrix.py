"""Long parametrisations: a few representative cases in the default run, all of them in CI.

The cases left out of the default run are marked slow, so `pytest --run-slow` (and CI=true)
still runs the whole matrix; nothing is dropped, the inner loop just stays fast.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest


def representative(
    cases: Sequence[Any], every: int, ids: Callable[[Any], str] | None = None
) -> list[Any]:
    """Every case as a pytest.param; all but each `every`-th (and the first and last) are slow.

    A tuple is the values of several argument names, as in ``parametrize(("a", "b"), ...)``.
    """
    last = len(cases) - 1
    return [
        pytest.param(
            *(case if isinstance(case, tuple) else (case,)),
            id=ids(case) if ids else None,
            marks=() if index % every == 0 or index == last else pytest.mark.slow,
        )
        for index, case in enumerate(cases)
    ]
