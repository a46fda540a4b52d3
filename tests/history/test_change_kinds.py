"""Every key of the richer format in the change log, in words a committee reads: time frames
and horizons, joint leads, sub-measures, milestones, costs, funding, decisions, links, status
entries, attributes, indicators (also values kept in a values file) and the `plan:` section;
records as records, in German and English, in JSON, and nothing internal when published."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from gitrepo import Repo
from helpers import cli

import werkplan.history.git
from werkplan import i18n
from werkplan.history.changes import FieldChange
from werkplan.history.output import field_line, key_label
from werkplan.load.files import MAX_FILE_BYTES
from werkplan.schema import SECTIONS, ValueType

PLAN = """\
plan:
  title: Testplan
  organisation: Landkreis Test
  period: {start: 2025, end: 2027}
  horizons:
    - {id: kurzfristig, label: kurzfristig, end: 2026}
    - {id: mittelfristig, label: {de: mittelfristig, en: medium term}, end: 2028}
  attributes:
    - id: prioritaet
      label: {de: Priorität, en: Priority}
      kind: ordered_choice
      choices: [{value: 1, label: niedrig}, {value: 2, label: mittel}, {value: 3, label: hoch}]
    - {id: co2_t, label: CO2-Minderung, kind: number, unit: t/a}
actors:
  - {id: amt, name: Sozialamt, kind: office}
  - {id: beirat, name: Kreisseniorenbeirat, kind: board}
  - {id: kreistag, name: Kreistag, kind: politics}
regions:
  - {id: nord-ost, name: Nord-Ost}
fields:
  - {id: HF-1, title: Begegnung}
goals:
  - {id: Z-1, field: HF-1, title: Mehr Orte der Begegnung}
"""

MEASURES = """\
measures:
  - id: M-1
    number: Ü1
    title: Treffpunkte
    goals: [Z-1]
    owner: amt
    status: in_progress
    updated: 2026-11-01
  - id: M-2
    title: Dorfladen
    goals: [Z-1]
    owner: beirat
    status: planned
    updated: 2026-11-01
"""


def _measure(extra: str, **replaced: str) -> str:
    """M-1 with more keys (written at its indentation) and some of its lines replaced."""
    first, second = MEASURES.split("  - id: M-2\n")
    for old, new in replaced.items():
        first = first.replace(f"    {old}\n", f"    {new}\n")
    return first + extra + "  - id: M-2\n" + second


def _indicator(extra: str = "", **keys: str) -> str:
    lines = [
        "indicators:",
        "  - id: K-TREFF",
        "    title: Offene Begegnungsorte",
        "    unit: Orte",
        "    goals: [Z-1]",
        "    regions: [nord-ost]",
    ]
    lines += [f"    {key}: {value}" for key, value in keys.items()]
    return "\n".join(lines) + "\n" + extra


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    repository = Repo(tmp_path / "repo")
    repository.write("plan.yaml", PLAN)
    repository.write("m.yaml", MEASURES)
    repository.commit("Plan angelegt", "2026-09-01T09:00:00")
    return repository


def _run(*args: str) -> str:
    result = cli(list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _lines(repo: Repo, *args: str) -> list[str]:
    return [line.strip() for line in _run("changes", str(repo.plan), *args).splitlines()]


def _json(repo: Repo, *args: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_run("changes", str(repo.plan), "-f", "json", *args))
    return data


def _fields(data: dict[str, Any], entity: str) -> list[dict[str, Any]]:
    fields: list[dict[str, Any]] = next(c["fields"] for c in data["changes"] if c["id"] == entity)
    return fields


def _step(repo: Repo, plan_file: str, text: str, subject: str = "Änderung") -> None:
    repo.write(plan_file, text)
    repo.commit(subject, "2026-10-02T08:00:00")


def test_time_frames_as_written_with_days_by_last_and_first_day(repo: Repo) -> None:
    repo.write("m.yaml", _measure("    start: 2026-H1\n    due: 2026-Q4\n"))
    repo.commit("Fristen", "2026-10-01T08:00:00")
    _step(repo, "m.yaml", _measure("    start: 2026-07\n    due: 2027-06-30\n"))
    lines = _lines(repo)
    # a due date counts by its last day (31.12.2026), a start by its first (01.01.2026)
    assert "Frist: 4. Quartal 2026 → 30.06.2027 (181 Tage später)" in lines
    assert "Beginn: 1. Halbjahr 2026 → Juli 2026 (181 Tage später)" in lines
    english = _lines(repo, "--lang", "en")
    assert "Deadline: Q4 2026 → 2027-06-30 (181 days later)" in english
    due = next(f for f in _fields(_json(repo), "M-1") if f["field"] == "due")
    assert (due["old"], due["new"], due["days_moved"]) == ("2026-Q4", "2027-06-30", 181)


def test_a_deadline_moved_earlier_says_so(repo: Repo) -> None:
    repo.write("m.yaml", _measure("    due: 2027\n"))
    repo.commit("Frist", "2026-10-01T08:00:00")
    _step(repo, "m.yaml", _measure("    due: 2026-12\n"))
    assert "Frist: 2027 → Dezember 2026 (365 Tage früher)" in _lines(repo)
    assert "Deadline: 2027 → December 2026 (365 days earlier)" in _lines(repo, "--lang", "en")


def test_horizons_by_label_and_end(repo: Repo) -> None:
    repo.write("m.yaml", _measure("    horizon: kurzfristig\n"))
    repo.commit("Horizont", "2026-10-01T08:00:00")
    _step(repo, "m.yaml", _measure("    horizon: mittelfristig\n"))
    assert "Zeithorizont: kurzfristig (bis 2026) → mittelfristig (bis 2028)" in _lines(repo)
    english = _lines(repo, "--lang", "en")
    assert "Horizon: kurzfristig (by 2026) → medium term (by 2028)" in english


def test_who_and_what_by_names_and_labels(repo: Repo) -> None:
    _step(
        repo,
        "m.yaml",
        _measure(
            "    supporters: [kreistag]\n    locations: [Bürgerhaus Nord]\n"
            "    assessment: at_risk\n    progress: 40\n    kind: project\n",
            **{"owner: amt": "owner: [beirat, amt]", "number: Ü1": "number: Ü1a"},
        ).replace("    owner: beirat\n", "    owner: beirat\n    parent: M-1\n"),
    )
    lines = _lines(repo)
    # a joint lead: the coordinator first
    assert "Verantwortlich: Sozialamt → Kreisseniorenbeirat, Sozialamt" in lines
    assert "Könnten unterstützen: (leer) → Kreistag" in lines
    assert "Orte: (leer) → Bürgerhaus Nord" in lines
    assert "Einschätzung: (leer) → Gefährdet" in lines
    assert "Umsetzungsgrad: (leer) → 40 %" in lines
    assert "Art: Maßnahme → Kleinprojekt" in lines
    assert "Nummer: Ü1 → Ü1a" in lines
    assert "Maßnahme M-1 „Ü1a Treffpunkte“ geändert" in lines
    # a parent by its id, number and title
    assert "Übergeordnet: (leer) → M-1 „Ü1a Treffpunkte“" in lines
    english = _lines(repo, "--lang", "en")
    assert "Assessment: (empty) → At risk" in english
    assert "Kind: Measure → Small project" in english


def test_relations_between_measures(repo: Repo) -> None:
    _step(
        repo,
        "m.yaml",
        MEASURES.replace("status: planned", "status: merged\n    merged_into: M-1")
        + "    related: [M-1]\n    superseded_by: M-1\n",
    )
    lines = _lines(repo)
    assert "Fortgeführt in: (leer) → M-1 „Ü1 Treffpunkte“" in lines
    assert "Ersetzt durch: (leer) → M-1 „Ü1 Treffpunkte“" in lines
    assert "Siehe auch: (leer) → M-1" in lines
    assert "Status: Geplant → Zusammengeführt" in lines


def test_milestones_are_records(repo: Repo) -> None:
    repo.write(
        "m.yaml",
        _measure(
            "    milestones:\n"
            "      - {title: Konzept, due: 2026-06}\n"
            "      - {title: Umsetzung, due: 2026-Q4}\n"
            "      - {title: Alt, due: 2026}\n"
        ),
    )
    repo.commit("Meilensteine", "2026-10-01T08:00:00")
    _step(
        repo,
        "m.yaml",
        _measure(
            "    milestones:\n"
            "      - {title: Konzept, due: 2026-06, done: 2026-06-12}\n"
            "      - {title: Umsetzung, due: 2027-Q2}\n"
            "      - {title: Abschluss, due: 2027, note: Bericht an den Kreistag}\n"
        ),
    )
    lines = _lines(repo)
    assert "Meilenstein „Konzept“ erreicht am 12.06.2026" in lines
    assert (
        "Meilenstein „Umsetzung“, Frist: 4. Quartal 2026 → 2. Quartal 2027 (181 Tage später)"
        in lines
    )
    assert "Meilenstein „Abschluss“ neu: bis 2027, Bericht an den Kreistag" in lines
    assert "Meilenstein „Alt“ entfernt: bis 2026" in lines
    assert not any("Milestone(" in line for line in lines)
    assert "Milestone 'Konzept' reached on 2026-06-12" in _lines(repo, "--lang", "en")
    fields = _fields(_json(repo), "M-1")
    reached = next(f for f in fields if f.get("part") == "done")
    assert reached == {
        "field": "milestones",
        "part": "done",
        "item": {"title": "Konzept"},
        "change": "changed",
        "old": None,
        "new": "2026-06-12",
    }
    added = next(f for f in fields if f["change"] == "added")
    assert added["new"] == {
        "title": "Abschluss",
        "due": "2027",
        "done": None,
        "note": "Bericht an den Kreistag",
    }


def test_a_milestone_open_again(repo: Repo) -> None:
    repo.write("m.yaml", _measure("    milestones:\n      - {title: Konzept, done: 2026-06-12}\n"))
    repo.commit("erreicht", "2026-10-01T08:00:00")
    _step(repo, "m.yaml", _measure("    milestones:\n      - {title: Konzept}\n"))
    assert "Meilenstein „Konzept“ wieder offen (war erreicht am 12.06.2026)" in _lines(repo)


def test_costs_key_by_key_and_funding_entries(repo: Repo) -> None:
    repo.write(
        "m.yaml",
        _measure(
            "    costs: {total: 400000, staff: 1.5, by_year: {2026: 200000}}\n"
            "    funding:\n"
            "      - {source: LEADER, amount: 50000, status: applied}\n"
            "      - {source: Land, amount: 10000, status: planned}\n"
        ),
    )
    repo.commit("Kosten", "2026-10-01T08:00:00")
    _step(
        repo,
        "m.yaml",
        _measure(
            "    costs:\n      total: 450000\n      staff: 2\n"
            "      by_year: {2026: 200000, 2027: 250000}\n      note: ohne Personal\n"
            "    funding:\n"
            "      - {source: LEADER, amount: 60000, status: approved}\n"
            "      - {source: Stiftung, amount: 5000, status: paid}\n"
        ),
    )
    lines = _lines(repo)
    assert "Kosten gesamt: 400.000 € → 450.000 €" in lines
    assert "Kosten 2027: (leer) → 250.000 €" in lines
    assert "Personal: 1,5 → 2 VZÄ" in lines
    assert "Kosten, Anmerkung: (leer) → ohne Personal" in lines
    assert not any(line.startswith("Kosten 2026") for line in lines)
    assert "Förderung „LEADER“, Betrag: 50.000 € → 60.000 €" in lines
    assert "Förderung „LEADER“, Stand: Beantragt → Bewilligt" in lines
    assert "Förderung „Stiftung“ neu: 5.000 €, Ausgezahlt" in lines
    assert "Förderung „Land“ entfernt: 10.000 €, Geplant" in lines
    english = _lines(repo, "--lang", "en")
    assert "Total costs: €400,000 → €450,000" in english
    assert "Staff: 1.5 → 2 FTE" in english
    fields = _fields(_json(repo), "M-1")
    total = next(f for f in fields if f.get("part") == "total")
    assert total == {"field": "costs", "part": "total", "old": 400000, "new": 450000}
    year = next(f for f in fields if f.get("part") == "by_year")
    assert (year["item"], year["change"], year["new"]) == ({"year": 2027}, "added", 250000)


def test_decisions_links_and_new_status_entries(repo: Repo) -> None:
    repo.write(
        "m.yaml",
        _measure(
            "    updates:\n      - {date: 2026-01-10, status: planned, note: Start}\n"
            "    links:\n      - {title: Konzept, url: 'https://example.org/k.pdf'}\n"
        ),
    )
    repo.commit("Sachstand", "2026-10-01T08:00:00")
    _step(
        repo,
        "m.yaml",
        _measure(
            "    decisions:\n"
            "      - {body: kreistag, date: 2025-03-13, reference: DS 2025/123}\n"
            "      - {body: kreistag, date: 2025-06-01, title: Haushalt 2026}\n"
            "    links:\n      - {title: Konzept 2026, url: 'https://example.org/k.pdf'}\n"
            "      - {url: 'https://example.org/beschluss'}\n"
            "    updates:\n      - {date: 2026-01-10, status: planned, note: Start}\n"
            "      - {date: 2026-03-12, status: in_progress, progress: 40, note: Zwei Orte}\n"
        ),
    )
    lines = _lines(repo)
    assert "Beschluss neu: Kreistag, 13.03.2025, DS 2025/123" in lines
    assert "Beschluss neu: Kreistag, 01.06.2025, „Haushalt 2026“" in lines
    assert "Sachstand vom 12.03.2026 neu: In Umsetzung, 40 %, Zwei Orte" in lines
    assert "Verweis neu: https://example.org/beschluss" in lines
    assert "Verweis https://example.org/k.pdf, Titel: Konzept → Konzept 2026" in lines
    assert not any("10.01.2026" in line for line in lines)  # the old entry stayed
    english = _lines(repo, "--lang", "en")
    assert "Decision added: Kreistag, 2025-03-13, DS 2025/123" in english
    assert "Status entry of 2026-03-12 added: In progress, 40%, Zwei Orte" in english
    fields = _fields(_json(repo), "M-1")
    decision = next(f for f in fields if f["field"] == "decisions")
    assert decision["item"] == {"reference": "DS 2025/123"}
    assert decision["names"] == {"kreistag": "Kreistag"}
    update = next(f for f in fields if f["field"] == "updates")
    assert (update["change"], update["item"]) == ("added", {"date": "2026-03-12"})


def test_attributes_by_their_labels_with_the_plan_in_another_file(repo: Repo) -> None:
    """The definitions live in plan.yaml, the values in m.yaml: each revision's file is
    read with its plan's definitions, as `check` reads it."""
    repo.write("m.yaml", _measure("    attributes: {prioritaet: 2, co2_t: 2000}\n"))
    repo.commit("Merkmale", "2026-10-01T08:00:00")
    _step(repo, "m.yaml", _measure("    attributes: {prioritaet: 3, co2_t: 2480}\n"))
    lines = _lines(repo)
    assert "Priorität: mittel → hoch" in lines
    assert "CO2-Minderung: 2.000 → 2.480 t/a" in lines
    assert "Priority: mittel → hoch" in _lines(repo, "--lang", "en")
    fields = _fields(_json(repo), "M-1")
    assert fields[0] == {
        "field": "attributes",
        "item": {"id": "prioritaet"},
        "change": "changed",
        "old": "2",
        "new": "3",
    }


def test_a_status_written_as_the_plans_own_label(repo: Repo) -> None:
    repo.write(
        "plan.yaml",
        PLAN.replace("  horizons:", "  labels: {status: {planned: Offen}}\n  horizons:"),
    )
    repo.write("m.yaml", MEASURES.replace("status: in_progress", "status: Offen"))
    repo.commit("eigene Bezeichnung", "2026-10-01T08:00:00")
    _step(repo, "m.yaml", MEASURES)
    assert "Status: Offen → In Umsetzung" in _lines(repo)


def test_changed_definitions_read_every_file_again(repo: Repo) -> None:
    """A new choice in plan.yaml makes a value in m.yaml valid that was not before."""
    repo.write("m.yaml", _measure("    attributes: {prioritaet: 4}\n"))
    repo.commit("noch unbekannt", "2026-10-01T08:00:00")
    repo.write(
        "plan.yaml",
        PLAN.replace(
            "{value: 3, label: hoch}]", "{value: 3, label: hoch}, {value: 4, label: sehr hoch}]"
        ),
    )
    repo.commit("neue Stufe", "2026-10-02T08:00:00")
    data = _json(repo, "--since", "HEAD~1", "--until", "HEAD")
    fields = _fields(data, "M-1")
    assert fields == [
        {
            "field": "attributes",
            "item": {"id": "prioritaet"},
            "change": "added",
            "old": None,
            "new": "4",
        }
    ]
    lines = _lines(repo, "--since", "HEAD~1")
    assert "Priorität: (leer) → sehr hoch" in lines
    assert (
        "Merkmal „Priorität“, Auswahl: niedrig, mittel, hoch → niedrig, mittel, hoch, sehr hoch"
        in lines
    )


def test_indicators_values_targets_and_baseline(repo: Repo) -> None:
    repo.write(
        "k.yaml",
        _indicator(
            "    values:\n      - {date: 2024, value: 5}\n"
            "      - {date: 2025, region: nord-ost, value: 2}\n",
            baseline="{date: 2024, value: 5}",
            targets="[{date: 2026, value: 9}, {date: 2027, value: 12}]",
        ),
    )
    repo.commit("Kennzahl", "2026-10-01T08:00:00")
    _step(
        repo,
        "k.yaml",
        _indicator(
            "    values:\n      - {date: 2025, value: 7}\n"
            "      - {date: 2025, region: nord-ost, value: 3}\n",
            baseline="{date: 2024, value: 6}",
            targets="[{date: 2026, value: 9}, {date: 2027, value: 15}, {date: 2028, value: 20}]",
        ),
    )
    lines = _lines(repo)
    assert "Kennzahl K-TREFF „Offene Begegnungsorte“ geändert" in lines
    assert "Wert 2025 = 7 neu" in lines
    assert "Wert 2025 (Nord-Ost): 2 → 3" in lines
    assert "Wert 2024 = 5 entfernt" in lines
    assert "Zielwert 2027: 12 → 15" in lines
    assert "Zielwert 2028 = 20 neu" in lines
    assert "Ausgangswert: 5 (2024) → 6 (2024)" in lines
    english = _lines(repo, "--lang", "en")
    assert "Value 2025 = 7 added" in english
    assert "Value 2025 (Nord-Ost): 2 → 3" in english
    fields = _fields(_json(repo), "K-TREFF")
    by_region = next(f for f in fields if f.get("item") == {"date": "2025", "region": "nord-ost"})
    assert (by_region["part"], by_region["old"], by_region["new"]) == ("value", 2, 3)
    assert by_region["names"] == {"nord-ost": "Nord-Ost"}


def _with_values_file(repo: Repo, rows: str, visibility: str = "public") -> None:
    repo.write("k.yaml", _indicator(values_file="kennzahlen/k-treff.csv", visibility=visibility))
    repo.write("kennzahlen/k-treff.csv", "date;value;region\n" + rows)


def test_a_commit_that_only_changes_the_values_file(repo: Repo) -> None:
    _with_values_file(repo, "2024;5;\n2025;2;nord-ost\n")
    repo.commit("Kennzahl", "2026-10-01T08:00:00")
    repo.write("kennzahlen/k-treff.csv", "date;value;region\n2024;5;\n2025;3;nord-ost\n2025;7,5;\n")
    repo.commit("Werte 2025", "2026-10-02T08:00:00")
    lines = _lines(repo)
    assert "Wert 2025 = 7,5 neu" in lines
    assert "Wert 2025 (Nord-Ost): 2 → 3" in lines
    assert any(line.endswith("Sozialplanung: Werte 2025") for line in lines)
    # the working tree's values file is read too
    repo.write("kennzahlen/k-treff.csv", "date;value;region\n2024;5;\n2025;3;nord-ost\n2025;8;\n")
    assert "Wert 2025: 7,5 → 8" in _lines(repo, "--since", "HEAD")
    # and the revision before it, from git, not from the working tree
    assert "Wert 2025 = 7,5 neu" in _lines(repo, "--since", "HEAD~1", "--until", "HEAD")


def test_a_values_file_the_revision_lacks_is_a_plan_problem_not_an_unreadable_revision(
    repo: Repo,
) -> None:
    repo.write("k.yaml", _indicator(values_file="kennzahlen/k-treff.csv"))
    repo.commit("Datei fehlt noch", "2026-10-01T08:00:00")
    repo.write("kennzahlen/k-treff.csv", "date;value\n2025;7\n")
    repo.commit("Datei da", "2026-10-02T08:00:00")
    data = _json(repo)
    assert data["skipped_commits"] == []
    assert _fields(data, "K-TREFF")[0]["new"]["value"] == 7


def test_a_values_file_is_read_from_inside_the_plan_only_and_by_size_first(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo.root / "daten.csv").write_text("date;value\n2025;99\n")
    repo.write("k.yaml", _indicator(values_file="../daten.csv"))
    repo.commit("außerhalb", "2026-10-01T08:00:00")
    filler = "2025;1\n"
    repo.write("k.yaml", _indicator(values_file="gross.csv"))
    repo.write("gross.csv", "date;value\n" + filler * (MAX_FILE_BYTES // len(filler) + 10))
    repo.commit("zu groß", "2026-10-02T08:00:00")
    repo.write("k.yaml", _indicator(values_file="gross.csv", decimals="1"))
    repo.commit("danach", "2026-10-03T08:00:00")
    read: list[str] = []
    original = werkplan.history.git.Repository.read_blob

    def reading(self, blob, commit):  # type: ignore[no-untyped-def]
        read.append(blob.path.name)
        return original(self, blob, commit)

    monkeypatch.setattr(werkplan.history.git.Repository, "read_blob", reading)
    data = _json(repo, "--since", "HEAD~2", "--until", "HEAD")
    assert "gross.csv" not in read
    assert "daten.csv" not in read
    assert data["skipped_commits"] == []
    fields = {f["field"] for f in _fields(data, "K-TREFF")}
    assert fields == {"values_file", "decimals"}


def test_internal_indicators_and_their_values_files_stay_out_of_public_output(
    repo: Repo,
) -> None:
    _with_values_file(repo, "2024;5;\n", visibility="internal")
    repo.write(
        "m.yaml",
        MEASURES
        + "  - {id: M-X, title: Geheim, owner: amt, status: planned, visibility: internal}\n",
    )
    repo.commit("intern", "2026-10-01T08:00:00")
    repo.write("kennzahlen/k-treff.csv", "date;value;region\n2024;5;\n2025;4711;\n")
    repo.write(
        "m.yaml",
        MEASURES.replace("status: planned", "status: done")
        + "  - {id: M-X, title: Geheim, owner: amt, status: done, visibility: internal}\n",
    )
    repo.commit("Werte", "2026-10-02T08:00:00")
    internal = _run("changes", str(repo.plan))
    assert "Wert 2025 = 4.711 neu" in internal
    for output_format in ("text", "md", "json"):
        public = _run("changes", str(repo.plan), "--public", "-f", output_format)
        assert "Status: Geplant → Abgeschlossen" in public or '"done"' in public
        for secret in ("K-TREFF", "4711", "4.711", "k-treff.csv", "M-X", "Geheim", "Werte"):
            assert secret not in public, (output_format, secret)
    report = ["report", str(repo.plan), "--today", "2026-11-25", "--since", "HEAD~1"]
    for output_format in ("md", "html"):
        public = _run(*report, "--public", "-f", output_format)
        assert "K-TREFF" not in public
        assert "4.711" not in public


def test_the_plan_section(repo: Repo) -> None:
    plan = (
        PLAN.replace("title: Testplan", "title: Werkstattplan 2030")
        .replace("end: 2027}", "end: 2030}")
        .replace(
            "    - {id: mittelfristig,",
            "    - {id: langfristig, label: langfristig, end: 2030}\n    - {id: mittelfristig,",
        )
        .replace("end: 2026}", "end: 2027}")
        .replace(
            "  attributes:\n",
            "  labels: {status: {planned: Nicht begonnen}}\n"
            "  settings: {stale_after_days: 120}\n"
            "  report: {columns: [prioritaet]}\n"
            "  decisions:\n    - {body: kreistag, date: 2025-03-13, reference: DS 2025/123}\n"
            "  links:\n    - {title: Strategie, url: 'https://example.org/s'}\n"
            "  attributes:\n    - {id: wirkung, label: Wirkung, kind: text}\n",
        )
        .replace("unit: t/a}", "unit: t}")
    )
    _step(repo, "plan.yaml", plan)
    data = _json(repo)
    (change,) = [c for c in data["changes"] if c["collection"] == "plan"]
    assert (change["kind"], change["title"]) == ("changed", "Werkstattplan 2030")
    lines = _lines(repo)
    assert "Plan „Werkstattplan 2030“ geändert" in lines
    assert "Titel: Testplan → Werkstattplan 2030" in lines
    assert "Laufzeit, Ende: 2027 → 2030 (1096 Tage später)" in lines
    assert "Zeithorizont „langfristig“ neu: bis 2030" in lines
    assert "Zeithorizont „kurzfristig“, Ende: 2026 → 2027 (365 Tage später)" in lines
    assert "Merkmal „Wirkung“ neu: Text" in lines
    assert "Merkmal „CO2-Minderung“, Einheit: t/a → t" in lines
    assert "Bezeichnung für Umsetzungsstand „Geplant“: Geplant → Nicht begonnen" in lines
    assert "Status veraltet nach (Tagen): 90 → 120" in lines
    assert "Spalten im Bericht: (leer) → Priorität" in lines
    assert "Beschluss neu: Kreistag, 13.03.2025, DS 2025/123" in lines
    assert "Verweis neu: „Strategie“ (https://example.org/s)" in lines
    # the plan comes first, before every entity
    assert data["changes"][0]["collection"] == "plan"
    english = _lines(repo, "--lang", "en")
    assert "Horizon 'langfristig' added: until 2030" in english
    assert "Attribute 'Wirkung' added: Text" in english
    horizon = next(f for f in change["fields"] if f["field"] == "horizons" and not f["old"])
    assert horizon["item"] == {"id": "langfristig"}
    assert horizon["new"] == {
        "id": "langfristig",
        "label": "langfristig",
        "start": None,
        "end": "2030",
    }


def test_a_plan_label_per_language_in_json(repo: Repo) -> None:
    _step(
        repo,
        "plan.yaml",
        PLAN.replace(
            "  horizons:", "  labels: {status: {planned: {de: Offen, en: Open}}}\n  horizons:"
        ),
    )
    (label,) = [f for f in _fields(_json(repo), "") if f["field"] == "labels"]
    assert label == {
        "field": "labels",
        "item": {"vocabulary": "status", "value": "planned"},
        "change": "added",
        "old": None,
        "new": {"de": "Offen", "en": "Open"},
    }


def test_every_commit_that_touched_a_record_is_named(repo: Repo) -> None:
    repo.write("m.yaml", _measure("    milestones:\n      - {title: Konzept, due: 2026-06}\n"))
    repo.commit("Meilenstein neu", "2026-10-02T08:00:00")
    repo.write("m.yaml", _measure("    milestones:\n      - {title: Konzept, due: 2026-09}\n"))
    repo.commit("Meilenstein verschoben", "2026-10-03T08:00:00")
    repo.write(
        "m.yaml",
        _measure("    milestones:\n      - {title: Konzept, due: 2026-09}\n    progress: 10\n"),
    )
    repo.commit("Fortschritt", "2026-10-04T08:00:00")
    data = _json(repo, "--since", "HEAD~3")
    (change,) = data["changes"]
    subjects = [c["subject"] for c in change["commits"]]
    assert subjects == ["Meilenstein neu", "Meilenstein verschoben", "Fortschritt"]
    only_progress = _json(repo, "--since", "HEAD~1")
    assert [c["subject"] for c in only_progress["changes"][0]["commits"]] == ["Fortschritt"]


def test_json_is_version_2(repo: Repo) -> None:
    _step(repo, "m.yaml", MEASURES.replace("status: planned", "status: done"))
    data = _json(repo)
    assert data["version"] == 2
    assert _fields(data, "M-2") == [{"field": "status", "old": "planned", "new": "done"}]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_key_of_the_format_has_words(lang: str) -> None:
    """No key of any section, nor a key inside its records and mappings, is shown by its raw
    name."""
    for section in SECTIONS:
        for spec in section.fields:
            if spec.name == "id":
                continue
            label = key_label(section.key, spec.name, None, lang)
            assert label != spec.name, (section.key, spec.name)
            if spec.type in (ValueType.RECORDS, ValueType.MAPPING):
                for inner in spec.fields:
                    part = key_label(section.key, spec.name, inner.name, lang)
                    assert part != inner.name, (section.key, spec.name, inner.name)


def test_import_status_still_words_a_change_without_plans() -> None:
    line = field_line(FieldChange("assessment", None, "off_track"), "de")
    assert line == "Einschätzung: (leer) → Kritisch"


def test_a_new_attribute_definition_with_its_choices(repo: Repo) -> None:
    _step(
        repo,
        "plan.yaml",
        PLAN.replace(
            "  attributes:\n",
            "  attributes:\n    - id: wirkung\n      label: Wirkung\n      kind: choice\n"
            "      choices: [{value: a, label: gering}, {value: b, label: stark}]\n",
        ),
    )
    assert "Merkmal „Wirkung“ neu: Auswahl (gering, stark)" in _lines(repo)


def test_a_published_log_names_no_values_file(repo: Repo) -> None:
    _with_values_file(repo, "2024;5;\n")
    repo.commit("Kennzahl", "2026-10-01T08:00:00")
    repo.git("mv", "plans/kennzahlen", "plans/werte")
    repo.write("k.yaml", _indicator(values_file="werte/k-treff.csv"))
    repo.commit("Ordner umbenannt", "2026-10-02T08:00:00")
    assert "Datei mit Werten: kennzahlen/k-treff.csv → werte/k-treff.csv" in _lines(repo)
    public = _run("changes", str(repo.plan), "--public", "-f", "json")
    assert json.loads(public)["changes"] == []


def test_a_tiny_number_is_worded_without_failing(repo: Repo) -> None:
    """Python writes 0.0000001 as 1e-07: the decimals come from the number, not its text."""
    assert i18n.format_number(1e-07, "de") == "0,000000"
    assert i18n.format_number(1.25, "de") == "1,25"
    _step(repo, "k.yaml", _indicator("    values: [{date: 2025, value: 0.0000001}]\n"))
    assert "Kennzahl K-TREFF „Offene Begegnungsorte“ hinzugefügt" in _lines(repo)
    repo.write("k.yaml", _indicator("    values: [{date: 2025, value: 0.0000002}]\n"))
    assert "Wert 2025: 1e-07 → 2e-07" in _lines(repo, "--since", "HEAD")


def test_a_changed_decision_is_named_by_its_reference_or_body_and_date(repo: Repo) -> None:
    decisions = (
        "    decisions:\n"
        "      - {{body: kreistag, date: 2025-03-13, reference: DS 2025/123, title: {0}}}\n"
        "      - {{body: kreistag, date: 2025-06-01, title: {0}}}\n"
    )
    repo.write("m.yaml", _measure(decisions.format("Entwurf")))
    repo.commit("Beschlüsse", "2026-10-01T08:00:00")
    _step(repo, "m.yaml", _measure(decisions.format("Förderprogramm")))
    lines = _lines(repo)
    assert "Beschluss DS 2025/123, Gegenstand: Entwurf → Förderprogramm" in lines
    assert "Beschluss (Kreistag, 01.06.2025), Gegenstand: Entwurf → Förderprogramm" in lines
