"""Where the plan folder lies: at the top of the repository, named in any way, or in a folder
whose name looks like a pattern; and what is not a folder at all."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import TODAY
from gitrepo import Repo, first_plan, measure
from helpers import cli

from werkplan import i18n
from werkplan.checker import check_plan
from werkplan.history import GitError, collect_changes


def _six_commits(repository: Repo) -> None:
    """Five more commits after the first: M-1 done on 2026-11-20, M-2 later on 2026-11-22."""
    for day in range(10, 15):
        repository.write(
            "notes.yaml",
            f"events:\n  - {{id: E-{day}, title: T, date: 2026-10-{day}, kind: meeting}}\n",
        )
        repository.commit(f"Termin {day}", f"2026-10-{day}T08:00:00")
    repository.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repository.commit("M-1 erledigt", "2026-11-20T08:00:00")
    repository.write(
        "m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2", due="2027-06-30")
    )
    repository.commit("M-2 später", "2026-11-22T08:00:00")


def _json(*args: str) -> dict:  # type: ignore[type-arg]
    result = cli(["changes", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _ids(log: dict) -> set[str]:  # type: ignore[type-arg]
    return {c["id"] for c in log["changes"]}


@pytest.fixture
def at_top(tmp_path: Path) -> Repo:
    repository = first_plan(tmp_path / "kreis", plan="")
    _six_commits(repository)
    return repository


def test_plan_at_the_top_of_the_repository(at_top: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(at_top.root)
    latest = _json(".")
    assert _ids(latest) == {"M-2"}
    assert latest["since"]["subject"] == "M-1 erledigt"
    assert _ids(_json(".", "--since", "2026-11-01")) == {"M-1", "M-2"}
    pair = _json(".", "--since", "HEAD~2", "--until", "HEAD")
    assert _ids(pair) == {"M-1", "M-2"}
    assert all(c["commits"][0] is not None for c in pair["changes"])
    report = cli(["report", ".", "--today", "2026-11-25", "--since", "2026-11-01"])
    assert report.exit_code == 0, report.output
    assert "Status: In Umsetzung → Abgeschlossen" in report.stdout
    assert "hinzugefügt" not in report.stdout


@pytest.mark.parametrize("named", ["./", "absolute", "parent"])
def test_every_way_of_naming_the_top_folder(
    at_top: Repo, monkeypatch: pytest.MonkeyPatch, named: str
) -> None:
    if named == "parent":
        monkeypatch.chdir(at_top.root.parent)
        folder = at_top.root.name
    else:
        monkeypatch.chdir(at_top.root)
        folder = str(at_top.root) if named == "absolute" else "./"
    assert _ids(_json(folder, "--since", "HEAD~2")) == {"M-1", "M-2"}


@pytest.mark.parametrize("where", ["top", "parent"])
def test_with_git_dir_set(at_top: Repo, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    if where == "top":
        monkeypatch.chdir(at_top.root)
        monkeypatch.setenv("GIT_DIR", ".git")
        folder = "."
    else:
        monkeypatch.chdir(at_top.root.parent)
        monkeypatch.setenv("GIT_DIR", f"{at_top.root.name}/.git")
        folder = at_top.root.name
    assert _ids(_json(folder, "--since", "HEAD~2")) == {"M-1", "M-2"}


def test_git_dir_of_a_repository_kept_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The work tree has no .git of its own; GIT_DIR and GIT_WORK_TREE say where it is."""
    repository = first_plan(tmp_path / "kreis")
    _six_commits(repository)
    (repository.root / ".git").rename(tmp_path / "separate.git")
    monkeypatch.setenv("GIT_DIR", str(tmp_path / "separate.git"))
    monkeypatch.setenv("GIT_WORK_TREE", str(repository.root))
    assert _ids(_json(str(repository.plan), "--since", "HEAD~2")) == {"M-1", "M-2"}


@pytest.mark.parametrize("name", ["plan*", "plan?", "[plan]", "p:(glob)x"])
def test_folder_names_that_look_like_patterns(tmp_path: Path, name: str) -> None:
    repository = first_plan(tmp_path / "kreis", plan=f"a*b/{name}")
    # A sibling the pattern would match, if the name were taken as one.
    sibling = Repo.__new__(Repo)
    sibling.root, sibling.plan = repository.root, repository.root / "a*b" / "planX"
    sibling.write("m.yaml", "measures:\n" + measure("M-9"))
    repository.commit("Nachbar", "2026-09-02T08:00:00")
    _six_commits(repository)
    log = _json(str(repository.plan), "--since", "2026-09-02")
    assert _ids(log) == {"M-1", "M-2", "E-14"}


@pytest.mark.parametrize("kind", ["file", "fifo"])
def test_a_file_or_a_pipe_is_not_a_folder(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "plan.yaml"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.write_text("plan: {}\n")
    for command in (["changes", str(target)], ["report", str(target), "--since", "HEAD"]):
        result = cli([*command, "--lang", "en"])
        assert result.exit_code == 2, result.output
        assert "not a directory" in result.stderr
        assert "does not exist" not in result.stderr
    with pytest.raises(GitError) as raised:
        collect_changes(target)
    shown = i18n.render(raised.value.message, "de")
    assert "kein Verzeichnis" in shown


def test_plan_files_under_templates_folders_count_alike(tmp_path: Path) -> None:
    """check and changes share one definition of a plan file: the top-level templates folder
    holds report templates, a templates folder further down holds plan files."""
    repository = first_plan(tmp_path / "kreis")
    repository.write("templates/report.md.j2", "# {{ ctx.title }}\n")
    repository.write("templates/extra.yaml", "measures:\n" + measure("M-T"))
    repository.write("felder/templates/m3.yaml", "measures:\n" + measure("M-3"))
    repository.commit("Vorlagen", "2026-09-02T08:00:00")
    checked = check_plan(repository.plan, TODAY)
    files = {p.relative_to(repository.plan).as_posix() for p in checked.plan.files}
    assert "templates/extra.yaml" not in files
    assert "felder/templates/m3.yaml" in files
    since_start = _json(str(repository.plan), "--since", "2026-08-01")
    assert "M-T" not in _ids(since_start)
    assert "M-3" in _ids(since_start)
    # Nothing changed since the last commit: the working tree and HEAD are read alike.
    assert _json(str(repository.plan), "--since", "HEAD")["changes"] == []
