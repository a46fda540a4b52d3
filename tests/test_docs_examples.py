"""Every ```yaml block in docs/plan-format.md and docs/indicators.md is a working example.

Each block is written as its own file beside a small base plan and checked on the day the
examples are written for (25.11.2026). It must give no error, and every entry it defines must
arrive in the plan – so a block that werkplan silently ignored would fail as well.

How a block joins the base plan: entries it defines replace the base plan's entries with the
same id; a `plan:` section in the block replaces the base plan's, and gets the base plan's
title and organisation where it leaves them out (the docs show only the keys they explain).
A `values_file` a block names is written with the doc's first ```csv block.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, TODAY, run_check
from ruamel.yaml import YAML

from werkplan import i18n
from werkplan.problems import Severity

DOCS = ("plan-format.md", "indicators.md")
FENCE = re.compile(r"^```(?P<lang>yaml|csv)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)
# Fewer blocks than this means the extraction broke, not that the docs got shorter.
AT_LEAST = {"plan-format.md": 15, "indicators.md": 3}


BASE: dict[str, Any] = {
    "plan": {
        "title": "Werkstattplan Demografie – Fortschreibung 2025–2027",
        "organisation": "Landkreis Rostock – Sozialamt, Sozialplanung",
        "period": {"start": "2025-01-01", "end": "2027-12-31"},
        "horizons": [
            {"id": "kurzfristig", "label": "kurzfristig", "end": "2026"},
            {"id": "mittelfristig", "label": "mittelfristig", "start": "2027", "end": "2027"},
            {"id": "langfristig", "label": "langfristig", "start": "2028", "end": "2030"},
        ],
        "attributes": [
            {
                "id": "prioritaet",
                "label": "Priorität",
                "kind": "ordered_choice",
                "choices": [
                    {"value": "1", "label": "niedrig"},
                    {"value": "2", "label": "mittel"},
                    {"value": "3", "label": "hoch"},
                ],
            }
        ],
    },
    "actors": [
        {"id": actor_id, "name": name, "kind": kind}
        for actor_id, name, kind in (
            ("sozialamt", "Sozialamt", "office"),
            ("sozialplanung", "Sozialamt – Sozialplanung", "office"),
            ("sb-projektfoerderung", "Sozialamt – Projektförderung", "office"),
            ("jugendamt", "Jugendamt", "office"),
            ("oepnv", "ÖPNV-Aufgabenträger", "office"),
            ("kreisentwicklung", "Amt für Kreisentwicklung", "office"),
            ("pflegestuetzpunkte", "Pflegestützpunkte", "office"),
            ("kreistag", "Kreistag", "politics"),
            ("ausschuss-soziales", "Ausschuss für Soziales", "committee"),
            ("kreisseniorenbeirat", "Kreisseniorenbeirat", "board"),
            ("kreisjugendring", "Kreisjugendring", "association"),
            ("kreissportbund", "Kreissportbund", "association"),
            ("bisdede", "Bisdede e.V.", "association"),
            ("kleinstprojekte-traeger", "Träger der Kleinstprojekte", "network"),
            ("verkehrsgesellschaft", "Verkehrsgesellschaft", "company"),
            ("gemeinde-dummerstorf", "Gemeinde Dummerstorf", "municipality"),
            ("kirchengemeinden", "Kirchengemeinden im Landkreis", "group"),
            ("buergerschaft", "Bürgerinnen und Bürger", "citizens"),
        )
    ],
    "regions": [
        {"id": region_id, "name": f"Planungsregion {name}"}
        for region_id, name in (
            ("nord-ost", "Nord-Ost"),
            ("sued-west", "Süd-West"),
            ("nord-west", "Nord-West"),
            ("sued-ost", "Süd-Ost"),
        )
    ],
    "swot": [
        {"id": "S-VEREINE", "kind": "strength", "text": "Starke Vereine"},
        {"id": "W-WEGE", "kind": "weakness", "text": "Weite Wege"},
    ],
    "fields": [
        {"id": field_id, "title": title}
        for field_id, title in (
            ("HF-BEG", "Begegnung"),
            ("HF-JUG", "Jugend"),
            ("HF-MOB", "Mobilität"),
            ("HF-TEI", "Teilhabe"),
            ("HF-ALT", "Wohnen und Leben im Alter"),
        )
    ],
    "goals": [
        {"id": goal_id, "field": field_id, "title": f"Ziel {goal_id}"}
        for goal_id, field_id in (
            ("Z-BEG-1", "HF-BEG"),
            ("Z-BEG-2", "HF-BEG"),
            ("Z-BEG-3", "HF-BEG"),
            ("Z-JUG-1", "HF-JUG"),
            ("Z-JUG-2", "HF-JUG"),
            ("Z-MOB-1", "HF-MOB"),
            ("Z-TEI-2", "HF-TEI"),
            ("Z-ALT-1", "HF-ALT"),
        )
    ],
    "measures": [
        {
            "id": measure_id,
            "title": f"Maßnahme {measure_id}",
            "goals": [goal_id],
            "owner": "sozialplanung",
            "due": "2027-06-30",
            "status": "in_progress",
            "updated": "2026-11-01",
        }
        for measure_id, goal_id in (
            ("M-BEG-02", "Z-BEG-3"),
            ("M-BEG-03", "Z-BEG-1"),
            ("M-BEG-04", "Z-BEG-2"),
            ("M-BEG-05", "Z-BEG-2"),
            ("M-JUG-01", "Z-JUG-1"),
            ("M-MOB-01", "Z-MOB-1"),
            ("M-MOB-02", "Z-MOB-1"),
            ("M-MOB-03", "Z-MOB-1"),
        )
    ],
}


def blocks(doc: str, lang: str) -> list[tuple[int, str]]:
    """(line of the fence, text) of every fenced block in that language."""
    text = (REPO / "docs" / doc).read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, match.start()) + 1, match["body"])
        for match in FENCE.finditer(text)
        if match["lang"] == lang
    ]


EXAMPLES = [(doc, line, body) for doc in DOCS for line, body in blocks(doc, "yaml")]


def defined(block: dict[str, Any]) -> dict[str, set[str]]:
    """Section → ids of the entries a block defines."""
    return {
        section: {str(entry["id"]) for entry in entries if isinstance(entry, dict)}
        for section, entries in block.items()
        if isinstance(entries, list)
    }


def base_without(block: dict[str, Any]) -> dict[str, Any]:
    replaced = defined(block)
    base: dict[str, Any] = {
        section: [e for e in entries if e["id"] not in replaced.get(section, set())]
        for section, entries in BASE.items()
        if section != "plan"
    }
    if "plan" not in block:
        base["plan"] = BASE["plan"]
    return base


def completed_plan_section(text: str, block: dict[str, Any]) -> str:
    """The block with title and organisation added to a `plan:` section that has none."""
    plan = block.get("plan")
    if not isinstance(plan, dict):
        return text
    missing = "".join(
        f"  {key}: {BASE['plan'][key]}\n" for key in ("title", "organisation") if key not in plan
    )
    return re.sub(r"^plan:\n", lambda _: "plan:\n" + missing, text, count=1, flags=re.MULTILINE)


def test_every_doc_has_its_examples() -> None:
    for doc in DOCS:
        assert len(blocks(doc, "yaml")) >= AT_LEAST[doc], doc
    assert blocks("indicators.md", "csv")


@pytest.mark.parametrize(
    ("doc", "line", "body"), EXAMPLES, ids=[f"{doc}:{line}" for doc, line, _ in EXAMPLES]
)
def test_yaml_example_checks_without_errors(doc: str, line: int, body: str, tmp_path: Path) -> None:
    block = YAML(typ="safe").load(body)
    assert isinstance(block, dict), f"{doc}:{line}: a block is a mapping of sections"
    plan_dir = tmp_path / "plan"
    plan_dir.mkdir()
    # JSON is YAML: the base plan as one flow document.
    base = json.dumps(base_without(block), ensure_ascii=False, indent=1)
    (plan_dir / "basis.yaml").write_text(base, encoding="utf-8")
    (plan_dir / "beispiel.yaml").write_text(completed_plan_section(body, block), "utf-8")
    csv_examples = blocks(doc, "csv")
    for indicator in block.get("indicators", ()):
        if "values_file" in indicator:
            target = plan_dir / indicator["values_file"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(csv_examples[0][1], encoding="utf-8")

    result = run_check(plan_dir, TODAY)

    errors = [
        f"{p.position} [{p.rule}] {i18n.render(p.message, 'de')}"
        for p in result.problems
        if p.severity is Severity.ERROR
    ]
    assert not errors, f"{doc}:{line}: " + "\n".join(errors)
    for section, ids in defined(block).items():
        if section in result.plan.indexes:
            assert ids <= set(result.plan.indexes[section]), f"{doc}:{line}: {section}"
    if "plan" in block:
        assert result.plan.info is not None
        assert result.plan.info.origin.path.name == "beispiel.yaml"
