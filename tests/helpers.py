"""What many tests share: running the command line, a plan folder's bytes, and measures.

``cli`` runs werkplan in this process as a user would call it; ``snapshot`` takes every file
of a folder, to show that a refused command changed none; ``measure_yaml`` writes one measure
as a plan file holds it; ``make_measure`` and ``make_plan`` build the model directly, for
tests of findings that need no files.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path, PurePath
from typing import Any

from typer.testing import CliRunner, Result

from werkplan.cli import app
from werkplan.model import Measure, Plan
from werkplan.problems import Position

TODAY_OPTION = ["--today", "2026-11-25"]
_runner = CliRunner()


def cli(
    args: Sequence[str | Path], *, env: Mapping[str, str | None] | None = None, **kwargs: Any
) -> Result:
    """`werkplan ARGS` in this process: exit code, stdout and stderr apart, no traceback
    swallowed (``result.exception`` holds it)."""
    return _runner.invoke(app, [str(arg) for arg in args], env=env, **kwargs)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below a folder with its bytes: equal before and after when nothing changed."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def measure_yaml(mid: str = "M-1", **fields: str) -> str:
    """One measure as an item of `measures:`, valid against the minimal plan (goal Z-1, actor
    amt); a field given as "-" is left out, other fields are added after the usual ones."""
    values = {
        "title": "Treffpunkt",
        "goals": "[Z-1]",
        "owner": "amt",
        "due": "2026-12-31",
        "status": "in_progress",
        "updated": "2026-11-01",
    }
    values.update(fields)
    lines = [f"  - id: {mid}"] + [f"    {k}: {v}" for k, v in values.items() if v != "-"]
    return "\n".join(lines) + "\n"


def make_measure(mid: str = "M", **values: Any) -> Measure:
    """A measure of the model, as if read from m.yaml."""
    return Measure(id=mid, origin=Position(PurePath("m.yaml")), **values)


def make_plan(*measures: Measure) -> Plan:
    return Plan(PurePath(), (), measures=measures)
