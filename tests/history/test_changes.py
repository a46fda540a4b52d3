"""`werkplan changes` on real git repositories made in temporary folders."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import MINIMAL_PLAN
from gitrepo import Repo, measure
from helpers import cli

from werkplan.history import collect_changes


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    repository = Repo(tmp_path / "repo")
    repository.write("plan.yaml", MINIMAL_PLAN)
    repository.write("m.yaml", "measures:\n" + measure("M-1") + measure("M-2"))
    repository.commit("Plan angelegt", "2026-09-01T09:00:00")
    return repository


def changes(plan: Path, *args: str) -> dict:  # type: ignore[type-arg]
    result = cli(["changes", str(plan), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_status_and_due_changes_name_the_commit(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done", "2027-01-31") + measure("M-2"))
    repo.commit("M-1 erledigt", "2026-11-20T12:00:00")
    log = changes(repo.plan)
    assert log["since"]["subject"] == "Plan angelegt"
    (change,) = log["changes"]
    assert (change["id"], change["kind"]) == ("M-1", "changed")
    assert change["fields"] == [
        {"field": "due", "old": "2026-12-31", "new": "2027-01-31", "days_moved": 31},
        {"field": "status", "old": "in_progress", "new": "done"},
    ]
    (commit,) = change["commits"]
    assert (commit["subject"], commit["date"], commit["author"]) == (
        "M-1 erledigt",
        "2026-11-20",
        "Sozialplanung",
    )


def test_text_output_shows_old_to_new_in_german(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("M-1 erledigt", "2026-11-20T12:00:00")
    result = cli(["changes", str(repo.plan)])
    assert "Maßnahme M-1 „Maßnahme M-1“ geändert" in result.stdout
    assert "  Status: In Umsetzung → Abgeschlossen" in result.stdout
    assert "20.11.2026 Sozialplanung: M-1 erledigt" in result.stdout


def test_added_and_removed_measures(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1") + measure("M-3"))
    repo.commit("M-2 ersetzt durch M-3", "2026-11-02T08:00:00")
    kinds = {(c["id"], c["kind"]) for c in changes(repo.plan)["changes"]}
    assert kinds == {("M-2", "removed"), ("M-3", "added")}


def test_a_measure_moved_to_another_file_is_a_move(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1"))
    repo.write("jugend/m2.yaml", "measures:\n" + measure("M-2"))
    repo.commit("M-2 in eigene Datei", "2026-11-03T08:00:00")
    (change,) = changes(repo.plan)["changes"]
    assert (change["id"], change["kind"], change["fields"]) == ("M-2", "changed", [])
    assert change["moved"]["to"].endswith("jugend/m2.yaml")


def test_renamed_file_with_changes_keeps_both(repo: Repo) -> None:
    repo.git("mv", "plans/m.yaml", "plans/massnahmen.yaml")
    repo.write("massnahmen.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("Datei umbenannt", "2026-11-04T08:00:00")
    by_id = {c["id"]: c for c in changes(repo.plan)["changes"]}
    assert by_id["M-1"]["fields"] == [{"field": "status", "old": "in_progress", "new": "done"}]
    assert by_id["M-2"]["moved"]["from"].endswith("m.yaml")


def test_uncommitted_changes_are_included(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "on_hold") + measure("M-2"))
    (change,) = changes(repo.plan, "--since", "HEAD")["changes"]
    assert change["commits"] == [{"uncommitted": True}]


def test_since_a_date_and_until_a_revision(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    middle = repo.commit("Oktober", "2026-10-15T08:00:00")
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2", "done"))
    repo.commit("November", "2026-11-15T08:00:00")
    since_october = changes(repo.plan, "--since", "2026-10-01")
    assert since_october["since"]["subject"] == "Plan angelegt"
    assert {c["id"] for c in since_october["changes"]} == {"M-1", "M-2"}
    until_middle = changes(repo.plan, "--since", "2026-10-01", "--until", middle)
    assert {c["id"] for c in until_middle["changes"]} == {"M-1"}


def test_a_change_undone_later_is_not_listed(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "on_hold") + measure("M-2"))
    repo.commit("pausiert", "2026-10-10T08:00:00")
    repo.write("m.yaml", "measures:\n" + measure("M-1") + measure("M-2"))
    repo.commit("doch weiter", "2026-10-11T08:00:00")
    assert changes(repo.plan, "--since", "2026-10-01")["changes"] == []


def test_plan_in_a_subfolder(tmp_path: Path) -> None:
    repository = Repo(tmp_path / "kreis", plan="sozialplanung/werkstattplan")
    repository.write("plan.yaml", MINIMAL_PLAN)
    repository.write("m.yaml", "measures:\n" + measure("M-1"))
    (tmp_path / "kreis" / "README.md").write_text("anderes Projekt")
    repository.commit("Plan", "2026-09-01T08:00:00")
    repository.write("m.yaml", "measures:\n" + measure("M-1", "done"))
    repository.commit("erledigt", "2026-10-01T08:00:00")
    (change,) = changes(repository.plan)["changes"]
    assert change["id"] == "M-1"


def test_an_unparsable_old_revision_is_named(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n  - id: [kaputt\n")
    broken = repo.commit("kaputt", "2026-10-05T08:00:00")
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("repariert", "2026-10-06T08:00:00")
    result = cli(["changes", str(repo.plan), "--since", broken])
    assert result.exit_code == 2
    assert broken in result.stderr
    assert "m.yaml:" in result.stderr
    assert "[yaml-syntax]" in result.stderr
    between = changes(repo.plan, "--since", "2026-10-01")
    assert between["skipped_commits"]
    assert {c["id"] for c in between["changes"]} == {"M-1"}


def test_not_a_git_repository(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(MINIMAL_PLAN)
    result = cli(["changes", str(tmp_path)])
    assert result.exit_code == 2
    assert "git" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_revision(repo: Repo) -> None:
    result = cli(["changes", str(repo.plan), "--since", "gibtsnicht"])
    assert result.exit_code == 2
    assert "gibtsnicht" in result.stderr


def test_shallow_clone_says_how_to_fetch_more(repo: Repo, tmp_path: Path) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("zweiter", "2026-11-01T08:00:00")
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", repo.root.as_uri(), str(clone)],
        check=True,
        capture_output=True,
    )
    for since in ("2026-09-15", "HEAD~1"):
        result = cli(["changes", str(clone / "plans"), "--since", since])
        assert result.exit_code == 2, result.output
        assert "GIT_DEPTH: 0" in result.stderr
        assert "fetch-depth: 0" in result.stderr


def test_markdown_format(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("M-1 | erledigt", "2026-11-20T12:00:00")
    result = cli(["changes", str(repo.plan), "-f", "md"])
    assert result.stdout.startswith("### Änderungen seit")
    assert "M-1 \\| erledigt" in result.stdout


def test_report_since_adds_the_section(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("M-1 erledigt", "2026-11-20T12:00:00")
    args = ["report", str(repo.plan), "--today", "2026-11-25", "--since", "2026-11-01"]
    result = cli(args)
    assert result.exit_code == 0, result.output
    assert "## Änderungen seit" in result.stdout
    assert "Status: In Umsetzung → Abgeschlossen" in result.stdout
    html = cli([*args, "-f", "html", "--lang", "en"]).stdout
    assert "Changes since" in html
    assert 'id="aenderungen"' in html


def test_api_returns_the_same_log(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("M-1 erledigt", "2026-11-20T12:00:00")
    log = collect_changes(repo.plan)
    assert [c.id for c in log.changes] == ["M-1"]
    assert log.until is None


def test_merged_branches_credit_each_change_to_its_own_step(repo: Repo) -> None:
    base = repo.git("rev-parse", "HEAD").strip()
    repo.git("checkout", "-q", "-b", "feature")
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("feature: M-1 erledigt", "2026-10-02T08:00:00")
    repo.git("checkout", "-q", "main")
    repo.write("m.yaml", "measures:\n" + measure("M-1") + measure("M-2", due="2027-03-31"))
    repo.commit("main: M-2 später", "2026-10-03T08:00:00")
    repo.git("checkout", "-q", "feature")
    repo.git("merge", "-q", "--no-edit", "main", date="2026-10-04T08:00:00")
    by_id = {c["id"]: c for c in changes(repo.plan, "--since", base)["changes"]}
    assert [c["subject"] for c in by_id["M-1"]["commits"]] == ["feature: M-1 erledigt"]
    assert [c["subject"].startswith("Merge") for c in by_id["M-2"]["commits"]] == [True]


def test_shallow_clone_without_since_says_how_to_fetch_more(repo: Repo, tmp_path: Path) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("zweiter", "2026-11-01T08:00:00")
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", repo.root.as_uri(), str(clone)],
        check=True,
        capture_output=True,
    )
    result = cli(["changes", str(clone / "plans")])
    assert result.exit_code == 2
    assert "fetch-depth: 0" in result.stderr


def test_a_broken_working_tree_is_named_as_such(repo: Repo) -> None:
    repo.write("m.yaml", "measures: [\n")
    result = cli(["changes", str(repo.plan), "--since", "HEAD"])
    assert result.exit_code == 2
    assert "revision  " not in result.stderr
    assert "m.yaml:" in result.stderr


def test_until_alone_shows_the_change_that_led_to_it(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    first = repo.commit("M-1 erledigt", "2026-10-02T08:00:00")
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2", "done"))
    repo.commit("M-2 erledigt", "2026-10-03T08:00:00")
    log = changes(repo.plan, "--until", first)
    assert [c["id"] for c in log["changes"]] == ["M-1"]


def test_public_change_log_hides_internal_measures_everywhere(repo: Repo) -> None:
    repo.write(
        "m.yaml",
        "measures:\n" + measure("M-1") + measure("M-2") + measure("M-X", visibility="internal"),
    )
    repo.write(
        "e.yaml",
        "events:\n  - {id: E-1, title: Treffen, date: 2026-09-01, kind: meeting,"
        " results: [M-1, M-X]}\n",
    )
    repo.commit("interne Maßnahme", "2026-10-01T08:00:00")
    repo.write(
        "m.yaml",
        "measures:\n"
        + measure("M-1", depends_on="[M-X]")
        + measure("M-2")
        + measure("M-X", "done", visibility="internal"),
    )
    repo.write(
        "e.yaml",
        "events:\n  - {id: E-1, title: Treffen, date: 2026-09-01, kind: meeting, results: [M-1]}\n",
    )
    repo.commit("M-X erledigt", "2026-10-02T08:00:00")
    args = ["report", str(repo.plan), "--today", "2026-11-25", "--since", "HEAD~1"]
    public = cli([*args, "--public"]).stdout
    assert "M-X" not in public
    internal = cli(args).stdout
    assert "M-X" in internal
