"""`werkplan show ACTOR` lists the decisions that body took on measures (query.decisions_by)."""

from __future__ import annotations

from conftest import TODAY, PlanWriter
from helpers import cli

MEASURES = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    due: 2026-12-31
    status: in_progress
    updated: 2026-11-01
    decisions:
      - {body: beirat, date: 2026-03-13, reference: DS 2026/12, title: Empfehlung}
      - {body: amt, date: 2025-01-10, title: Auftrag}
  - id: M-2
    title: Bus
    goals: [Z-1]
    owner: amt
    due: 2026-12-31
    status: in_progress
    updated: 2026-11-01
    decisions: [{body: beirat, date: 2025-05-02, title: Grundsatzbeschluss}]
"""


def show(plan: str, entity: str, lang: str) -> list[str]:
    result = cli(["show", entity, plan, "--lang", lang, "--today", str(TODAY)])
    assert result.exit_code == 0, result.output
    return [line.strip() for line in result.stdout.splitlines()]


def test_a_body_lists_its_decisions_oldest_first(write_plan: PlanWriter) -> None:
    plan = str(write_plan({"m.yaml": MEASURES}))
    lines = show(plan, "beirat", "de")
    start = lines.index("Beschlüsse zu Maßnahmen:")
    assert lines[start + 1 : start + 3] == [
        "M-2 – 02.05.2025: Grundsatzbeschluss",
        "M-1 – 13.03.2026 (DS 2026/12): Empfehlung",
    ]
    english = show(plan, "amt", "en")
    start = english.index("Decisions on measures:")
    assert english[start + 1] == "M-1 – 2025-01-10: Auftrag"


def test_an_actor_without_decisions_has_no_such_block(write_plan: PlanWriter) -> None:
    plan = str(write_plan({"m.yaml": MEASURES.replace("body: amt", "body: beirat")}))
    assert "Beschlüsse zu Maßnahmen:" not in show(plan, "amt", "de")
