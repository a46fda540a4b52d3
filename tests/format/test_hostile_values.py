"""No value in any key of the richer format makes werkplan raise: check, the findings and the
messages in both languages work for nulls, empty and nested structures, huge numbers, NaN
and infinity, control characters and values of the wrong kind in every key."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import MINIMAL_PLAN, TODAY, PlanWriter, run_check

from werkplan import findings, i18n, schema
from werkplan.checker import CheckResult
from werkplan.findings import costs
from werkplan.findings import indicators as judge

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
    "-.inf",
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
    "{2026: .nan, abc: [1], ~: 2}",
    "{status: {planned: {de: [1]}}, prioritaet: {x: 1}}",
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


def _everything_works(result: CheckResult) -> None:
    plan = result.plan
    findings.compute_findings(plan, TODAY)
    for measure in plan.measures:
        findings.progress(measure, plan)
        findings.deadline(measure, plan)
        findings.start_day(measure, plan)
        findings.overdue_milestones(measure, TODAY)
        findings.last_review(measure)
        measure.display_title  # noqa: B018
    costs.cost_sums(plan.measures)
    for indicator in plan.indicators:
        judge.assess(indicator, TODAY)
        judge.indicator_verdict(indicator, TODAY)
    for goal in plan.goals:
        judge.goal_verdict(goal, plan, TODAY)
    for problem in result.problems:
        for lang in ("de", "en"):
            assert i18n.render(problem.message, lang, plan.labels)


@pytest.mark.parametrize("section", sorted(SECTIONS_BASE))
def test_every_hostile_value_in_every_key_of_a_section(
    write_plan: PlanWriter, section: str
) -> None:
    spec = schema.SECTION_BY_KEY[section]
    entries = []
    for spec_field in spec.fields:
        if spec_field.name == "id":
            continue
        for number, value in enumerate(HOSTILE):
            entity_id = f"X-{spec_field.name}-{number}"
            entries.append(
                SECTIONS_BASE[section].format(id=entity_id) + f"    {spec_field.name}: {value}\n"
            )
    plan = MINIMAL_PLAN.replace("  period:", DEFINITIONS + "  period:")
    files = {"plan.yaml": plan, "x.yaml": f"{section}:\n" + "".join(entries)}
    result = run_check(write_plan(files))
    assert result.errors > 0
    _everything_works(result)


@pytest.mark.parametrize("value", HOSTILE)
def test_every_hostile_value_in_every_key_of_the_plan(write_plan: PlanWriter, value: str) -> None:
    lines = [f"  {spec.name}: {value}\n" for spec in schema.PLAN.fields]
    plan = "plan:\n" + "".join(lines)
    measures = "measures:\n" + SECTIONS_BASE["measures"].format(id="M-1") + "    horizon: kurz\n"
    result = run_check(write_plan({"plan.yaml": plan, "m.yaml": measures}, base=False))
    _everything_works(result)


@pytest.mark.parametrize(
    "text",
    [
        "measures:\n  - {}\n",
        "measures:\n  - ~\n",
        "measures:\n  - 42\n",
        "measures:\n  - [M-1]\n",
        "measures: M-1\n",
        "indicators:\n  - {id: K-1}\n",
        "indicators:\n  - {id: K-1, title: X, values: [{}, ~, 3, [1]], targets: [{}]}\n",
        "indicators:\n  - {id: K-1, title: X, baseline: [], targets: {}, values: ~}\n",
        "measures:\n  - {id: M-1, title: X, status: done, milestones: [{}, ~, x, [1]]}\n",
        "measures:\n  - {id: M-1, title: X, status: done, costs: {by_year: {2026: {}}}}\n",
        "measures:\n  - {id: M-1, title: X, status: done, funding: [{}, ~]}\n",
        "measures:\n  - {id: M-1, title: X, status: done, decisions: [{}, ~]}\n",
        "measures:\n  - {id: M-1, title: X, status: done, updates: [{}, ~]}\n",
        "measures:\n  - {id: M-1, title: X, status: done, links: [{}, ~]}\n",
    ],
)
def test_empty_and_scalar_records(write_plan: PlanWriter, text: str) -> None:
    result = run_check(write_plan({"x.yaml": text}))
    assert result.errors > 0
    _everything_works(result)


def test_deeply_nested_labels_and_attributes(write_plan: PlanWriter) -> None:
    nested = "x"
    for _ in range(60):
        nested = f"{{de: {nested}}}"
    plan = MINIMAL_PLAN.replace(
        "  period:",
        f"  labels: {{status: {{planned: {nested}}}}}\n"
        f"  horizons: [{{id: h, label: {nested}, end: 2026}}]\n"
        f"  attributes: [{{id: a, label: {nested}, kind: text}}]\n  period:",
    )
    measures = (
        "measures:\n" + SECTIONS_BASE["measures"].format(id="M-1") + f"    attributes: {nested}\n"
    )
    result = run_check(write_plan({"plan.yaml": plan, "m.yaml": measures}, base=False))
    assert result.errors > 0
    _everything_works(result)


def test_a_deep_chain_of_sub_measures_and_dependencies(write_plan: PlanWriter) -> None:
    lines = ["measures:"]
    for i in range(1500):
        parent = f", parent: M-{i - 1}" if i else ""
        depends = f", depends_on: [M-{i + 1}]" if i < 1499 else ""
        lines.append(
            f"  - {{id: M-{i}, title: T, goals: [Z-1], owner: amt, status: in_progress, "
            f"updated: 2026-11-01, due: 2026-12-31{parent}{depends}}}"
        )
    result = run_check(write_plan({"m.yaml": "\n".join(lines) + "\n"}), dt.date(2026, 11, 25))
    assert result.problems == ()
    plan = result.plan
    assert findings.compute_findings(plan, TODAY).blocked == ()
    assert findings.progress(plan.measures[0], plan) == 0
    assert [a.id for a in plan.ancestors(plan.measures[-1])][-1] == "M-0"
    assert plan.goals_of(plan.measures[-1]) == ("Z-1",)
