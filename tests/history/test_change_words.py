"""What the change log says: names instead of ids, labels instead of raw values, moves in
every format, the start as the user typed it, and nothing unpublished in public output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import MINIMAL_PLAN
from gitrepo import Repo, first_plan, measure
from helpers import cli

ACTORS_CHANGED = MINIMAL_PLAN.replace(
    "{id: beirat, name: Kreisseniorenbeirat, kind: board}",
    "{id: beirat, name: Kreisseniorenbeirat, kind: committee}",
)


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    return first_plan(tmp_path / "repo")


def _run(*args: str) -> str:
    result = cli(list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_references_show_names_and_kinds_their_labels(repo: Repo) -> None:
    repo.write("plan.yaml", ACTORS_CHANGED)
    repo.write(
        "m.yaml",
        "measures:\n"
        + measure("M-1").replace("owner: amt", "owner: beirat")
        + "    partners: [amt]\n    regions: [nord]\n    field: HF-1\n"
        + measure("M-2"),
    )
    repo.commit("Zuständigkeit", "2026-10-02T08:00:00")
    german = _run("changes", str(repo.plan))
    assert "Verantwortlich: Sozialamt → Kreisseniorenbeirat" in german
    assert "Beteiligte: (leer) → Sozialamt" in german
    assert "Regionen: (leer) → Nord" in german
    assert "Handlungsfeld: (leer) → Begegnung" in german
    assert "Art: Beirat → Ausschuss / Gremium" in german
    english = _run("changes", str(repo.plan), "--lang", "en")
    assert "Owner: Sozialamt → Kreisseniorenbeirat" in english
    assert "Kind: Advisory board → Committee" in english
    report = _run("report", str(repo.plan), "--today", "2026-11-25", "--since", "HEAD~1")
    assert "Verantwortlich: Sozialamt → Kreisseniorenbeirat" in report
    assert "Art: Beirat → Ausschuss / Gremium" in report
    data = json.loads(_run("changes", str(repo.plan), "-f", "json"))
    owner = next(f for c in data["changes"] for f in c["fields"] if f["field"] == "owner")
    assert (owner["old"], owner["new"]) == (["amt"], ["beirat"])
    assert owner["names"] == {"amt": "Sozialamt", "beirat": "Kreisseniorenbeirat"}


def test_an_event_kind_shows_its_label(repo: Repo) -> None:
    event = "events:\n  - {{id: E-1, title: Treffen, date: 2026-10-01, kind: {}}}\n"
    repo.write("e.yaml", event.format("meeting"))
    repo.commit("Termin", "2026-10-01T08:00:00")
    repo.write("e.yaml", event.format("workshop"))
    repo.commit("Werkstatt", "2026-10-02T08:00:00")
    assert "Art: Treffen → Zukunftswerkstatt" in _run("changes", str(repo.plan))


def test_a_renamed_actor_is_shown_by_its_old_and_new_name(repo: Repo) -> None:
    repo.write("plan.yaml", MINIMAL_PLAN.replace("name: Sozialamt", "name: Amt für Soziales"))
    repo.write("m.yaml", "measures:\n" + measure("M-1").replace("amt", "beirat") + measure("M-2"))
    repo.commit("umbenannt", "2026-10-02T08:00:00")
    assert "Verantwortlich: Sozialamt → Kreisseniorenbeirat" in _run("changes", str(repo.plan))


def test_a_move_shows_in_every_format(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1"))
    repo.write("jugend/m2.yaml", "measures:\n" + measure("M-2"))
    repo.commit("M-2 in eigene Datei", "2026-10-02T08:00:00")
    monkeypatch.chdir(repo.root)
    moved = "verschoben von plans/m.yaml nach plans/jugend/m2.yaml"
    assert moved in _run("changes", "plans")
    assert moved in _run("changes", "plans", "-f", "md")
    report = ["report", "plans", "--today", "2026-11-25", "--since", "HEAD~1"]
    assert moved in _run(*report)
    assert moved in _run(*report, "-f", "html")


def test_the_heading_names_the_start_as_typed(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("erledigt", "2026-11-20T08:00:00")
    by_date = _run("changes", str(repo.plan), "--since", "2026-10-01")
    assert by_date.startswith("Änderungen seit 01.10.2026 bis zum Arbeitsstand")
    report = _run("report", str(repo.plan), "--today", "2026-11-25", "--since", "2026-10-01")
    assert "## Änderungen seit 01.10.2026\n" in report
    by_revision = _run("changes", str(repo.plan), "--since", "HEAD~1", "--until", "HEAD")
    assert by_revision.startswith(
        "Änderungen seit HEAD~1 (Stand vom 01.09.2026) bis HEAD (Stand vom 20.11.2026)"
    )
    english = _run("changes", str(repo.plan), "--since", "2026-10-01", "--lang", "en")
    assert english.startswith("Changes since 2026-10-01 until the working tree")
    data = json.loads(_run("changes", str(repo.plan), "--since", "2026-10-01", "-f", "json"))
    assert data["requested"] == {"since": "2026-10-01", "until": None}


def test_a_date_before_the_first_commit_starts_at_the_beginning(repo: Repo) -> None:
    data = json.loads(_run("changes", str(repo.plan), "--since", "2026-08-01", "-f", "json"))
    assert data["since"] is None
    added = {c["id"]: c for c in data["changes"] if c["kind"] == "added"}
    assert {"M-1", "M-2", "amt"} <= added.keys()
    assert added["M-1"]["commits"][0]["subject"] == "Plan angelegt"
    text = _run("changes", str(repo.plan), "--since", "2026-08-01")
    assert text.startswith("Änderungen seit 01.08.2026")


def test_public_output_shows_no_commit_subject_author_or_file(repo: Repo) -> None:
    repo.write(
        "m.yaml",
        "measures:\n" + measure("M-1", "done") + measure("M-X", visibility="internal"),
    )
    repo.write("jugend/m2.yaml", "measures:\n" + measure("M-2"))
    repo.commit("Vertraulich: M-X mit Frau Müller besprochen", "2026-10-02T08:00:00")
    args = ["report", str(repo.plan), "--today", "2026-11-25", "--since", "HEAD~1"]
    for output_format in ("md", "html"):
        public = _run(*args, "--public", "-f", output_format)
        assert "Status: In Umsetzung → Abgeschlossen" in public
        assert "← 02.10.2026" in public
        for secret in ("Vertraulich", "Müller", "M-X", "Sozialplanung", "m2.yaml", "verschoben"):
            assert secret not in public, secret
        internal = _run(*args, "-f", output_format)
        assert "Vertraulich: M-X mit Frau Müller besprochen" in internal
        assert "m2.yaml" in internal
