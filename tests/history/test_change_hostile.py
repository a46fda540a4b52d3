"""No value in any key makes the change log raise: each hostile value changed into the next
one, in every key of every section and of the plan, is compared and worded in both languages
and as JSON. (The values are those of tests/format/test_hostile_values.py.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import MINIMAL_PLAN, PlanWriter, run_check

from werkplan import schema
from werkplan.history.changes import ChangeLog, diff
from werkplan.history.output import FORMATS
from werkplan.model import Plan

HOSTILE = [
    "~",
    "''",
    "[]",
    "{}",
    "[[]]",
    "[~]",
    "[{}]",
    "{a: {b: {c: [1, {d: [2]}]}}}",
    "{de: {en: {de: x}}}",
    ".nan",
    ".inf",
    "1e400",
    "99999999999999999999999999",
    "-1",
    "0",
    "true",
    "2026",
    "'\\u202e\\u0000\\u200b'",
    "[2026, {x: 1}, [3]]",
    "[{date: ~, value: ~, title: ~, source: ~, url: ~}]",
    "[{date: .nan, value: .inf, region: [x], due: 1e400, done: -1}]",
    "[{date: 2025, value: 1, title: A, source: A, url: 'https://a', id: a, label: A, end: 2026}]",
    "{2026: .nan, abc: [1], ~: 2}",
    "{status: {planned: {de: [1]}}, prioritaet: {x: 1}}",
    "{status: {planned: Offen}, prioritaet: 2, co2: 5, total: 3, name: n, start: 2025}",
    "M-1",
    "[M-1, M-1, M-2]",
    "'javascript:alert(1)'",
]

SECTIONS_BASE = {
    "measures": "  - id: {id}\n    title: T\n    goals: [Z-1]\n    owner: amt\n"
    "    status: in_progress\n    updated: 2026-11-01\n    due: 2026-12-31\n",
    "indicators": "  - id: {id}\n    title: T\n    targets: [{{date: 2030, value: 5}}]\n"
    "    values: [{{date: 2025, value: 1}}]\n",
    "actors": "  - id: {id}\n    name: X\n    kind: office\n",
    "regions": "  - id: {id}\n    name: X\n",
    "swot": "  - id: {id}\n    kind: strength\n    text: X\n",
    "fields": "  - id: {id}\n    title: X\n",
    "goals": "  - id: {id}\n    field: HF-1\n    title: X\n",
    "events": "  - id: {id}\n    title: X\n    date: 2026-01-01\n    kind: meeting\n",
}

DEFINITIONS = """\
  attributes:
    - {id: prioritaet, label: P, kind: ordered_choice, choices: [{value: 1}, {value: 2}]}
    - {id: co2, label: C, kind: number, min: 0}
"""


def _plan(write_plan: PlanWriter, folder: str, files: dict[str, str], base: bool = True) -> Plan:
    written = write_plan(files, base=base)
    moved = written.with_name(folder)
    written.rename(moved)
    return run_check(moved).plan


def _every_format_works(old: Plan, new: Plan) -> None:
    changes = diff(old, new)
    assert changes
    log = ChangeLog(None, None, tuple(changes))
    for lang in ("de", "en"):
        for render in FORMATS.values():
            assert render(log, lang)
    json.loads(FORMATS["json"](log, "de"))


def _entries(section: str, shift: int) -> str:
    spec = schema.SECTION_BY_KEY[section]
    entries = []
    for key in spec.fields:
        if key.name == "id":
            continue
        for number in range(len(HOSTILE)):
            value = HOSTILE[(number + shift) % len(HOSTILE)]
            entries.append(
                SECTIONS_BASE[section].format(id=f"X-{key.name}-{number}")
                + f"    {key.name}: {value}\n"
            )
    return f"{section}:\n" + "".join(entries)


@pytest.mark.parametrize("section", sorted(SECTIONS_BASE))
def test_every_hostile_value_changed_in_every_key_of_a_section(
    write_plan: PlanWriter, section: str
) -> None:
    plan = MINIMAL_PLAN.replace("  period:", DEFINITIONS + "  period:")
    old = _plan(write_plan, "old", {"plan.yaml": plan, "x.yaml": _entries(section, 0)})
    new = _plan(write_plan, "new", {"plan.yaml": plan, "x.yaml": _entries(section, 1)})
    _every_format_works(old, new)


@pytest.mark.parametrize("number", range(len(HOSTILE)))
def test_every_hostile_value_changed_in_every_key_of_the_plan(
    write_plan: PlanWriter, number: int
) -> None:
    measures = "measures:\n" + SECTIONS_BASE["measures"].format(id="M-1") + "    horizon: kurz\n"

    def plan_with(value: str) -> dict[str, str]:
        lines = [f"  {key.name}: {value}\n" for key in schema.PLAN.fields]
        return {"plan.yaml": "plan:\n" + "".join(lines), "m.yaml": measures}

    after = HOSTILE[(number + 1) % len(HOSTILE)]
    old = _plan(write_plan, "old", plan_with(HOSTILE[number]), base=False)
    new = _plan(write_plan, "new", plan_with(after), base=False)
    if old.info == new.info and old.measures == new.measures:
        pytest.skip("both values read as the same")
    _every_format_works(old, new)


def test_records_that_came_and_went_in_a_valid_plan(write_plan: PlanWriter, tmp_path: Path) -> None:
    rich = (
        "measures:\n"
        + SECTIONS_BASE["measures"].format(id="M-1")
        + "    milestones: [{title: A, due: 2026}, {title: A, due: 2027}]\n"
        "    funding: [{source: S}]\n    decisions: [{date: 2026-01-01}]\n"
        "    links: [{url: 'https://example.org'}]\n    updates: [{date: 2026-01-01}]\n"
        "    costs: {by_year: {2026: 1}}\n"
    )
    old = _plan(write_plan, "old", {"m.yaml": rich})
    new = _plan(
        write_plan, "new", {"m.yaml": "measures:\n" + SECTIONS_BASE["measures"].format(id="M-1")}
    )
    _every_format_works(old, new)
    _every_format_works(new, old)
