"""Nothing from a repository's or the user's git configuration runs or changes what `changes`
reads, and whatever git returns (dates, names, encodings, missing or damaged objects) ends in
a clear message, never a traceback."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from gitrepo import Repo, first_plan, measure
from helpers import cli

SIGNED = (
    b"author Sozialplanung <s@example.org> 1795000000 +0100\n"
    b"committer Sozialplanung <s@example.org> 1795000000 +0100\n"
    b"gpgsig -----BEGIN PGP SIGNATURE-----\n"
    b" \n"
    b" iQEzBAABCAAdFiEEfakefakefakefakefakefakefakefakeFAmXfakeACgkQfake\n"
    b" =fake\n"
    b" -----END PGP SIGNATURE-----"
)


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    return first_plan(tmp_path / "repo")


def _marker_script(folder: Path, marker: Path) -> Path:
    script = folder / "spion.sh"
    script.write_text(f'#!/bin/sh\necho "$0 $*" >> "{marker}"\nexit 1\n')
    script.chmod(0o755)
    return script


def _signed_change(repo: Repo) -> str:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    return repo.head_commit(SIGNED, b"M-1 erledigt (im Web signiert)")


def _both_in_process(repo: Repo) -> list[str]:
    """`changes` and `report --since` over the signed commit; their standard output."""
    outputs = []
    for command in (
        ["changes", str(repo.plan), "--since", "HEAD~1"],
        ["report", str(repo.plan), "--today", "2026-11-25", "--since", "HEAD~1"],
    ):
        result = cli(command)
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    return outputs


def _both_commands(repo: Repo, env: dict[str, str] | None = None) -> list[str]:
    """`changes` and `report --since` over the signed commit, each in a new process (which
    takes the environment as a user's shell hands it over); their standard output."""
    outputs = []
    for command in (
        ["changes", str(repo.plan), "--since", "HEAD~1"],
        ["report", str(repo.plan), "--today", "2026-11-25", "--since", "HEAD~1"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "werkplan", *command],
            capture_output=True,
            text=True,
            env={**os.environ, "WERKPLAN_LANG": "de", **(env or {})},
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        outputs.append(done.stdout)
    return outputs


def test_repository_config_runs_no_program(repo: Repo, tmp_path: Path) -> None:
    marker = tmp_path / "ran.txt"
    script = _marker_script(tmp_path, marker)
    _signed_change(repo)
    for key in (
        "gpg.program",
        "gpg.openpgp.program",
        "gpg.ssh.program",
        "core.fsmonitor",
        "core.pager",
        "diff.external",
        "core.sshCommand",
    ):
        repo.git("config", key, str(script))
    repo.git("config", "log.showSignature", "true")
    repo.git("config", "i18n.logOutputEncoding", "UTF-16")
    repo.git("config", "log.follow", "true")
    changes, report = _both_in_process(repo)
    for output in (changes, report):
        assert "Status: In Umsetzung → Abgeschlossen" in output
    assert "M-1 erledigt (im Web signiert)" in changes
    assert not marker.exists(), marker.read_text()


@pytest.mark.slow
def test_the_users_own_config_runs_no_program(repo: Repo, tmp_path: Path) -> None:
    """People who sign their commits often set log.showSignature in their own config. Run in
    new processes, which take the environment as a user's shell hands it over."""
    marker = tmp_path / "ran.txt"
    script = _marker_script(tmp_path, marker)
    _signed_change(repo)
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text(
        f"[log]\n\tshowSignature = true\n[gpg]\n\tprogram = {script}\n"
        "[i18n]\n\tlogOutputEncoding = UTF-16\n"
    )
    environment = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "GIT_CONFIG_PARAMETERS": "'log.showsignature'='true'",
        "GIT_CONFIG_COUNT": "1",
        "GIT_CONFIG_KEY_0": "core.fsmonitor",
        "GIT_CONFIG_VALUE_0": str(script),
        "GIT_LITERAL_PATHSPECS": "1",
        # Variables a calling git hook may leave behind, or a user may set for debugging.
        "GIT_OBJECT_DIRECTORY": os.devnull,
        "GIT_INDEX_FILE": os.devnull,
        "GIT_NAMESPACE": "anders",
        "GIT_TRACE": "1",
    }
    for output in _both_commands(repo, environment):
        assert "Status: In Umsetzung → Abgeschlossen" in output
    assert not marker.exists(), marker.read_text()


def test_replace_refs_do_not_change_history(repo: Repo) -> None:
    """refs/replace could make an old commit show other content; history is read as it is."""
    repo.git("checkout", "-q", "-b", "fake")
    repo.write("m.yaml", "measures:\n" + measure("M-1", "dropped") + measure("M-2"))
    fake = repo.commit("gefälscht", "2026-10-03T08:00:00")
    repo.git("checkout", "-q", "main")
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    real = repo.commit("M-1 erledigt", "2026-10-02T08:00:00")
    repo.git("replace", real, fake)
    assert "dropped" in repo.git("show", "HEAD:plans/m.yaml")  # git itself now shows the fake
    args = ["changes", str(repo.plan), "--since", "HEAD~1", "--until", "HEAD", "-f", "json"]
    log = json.loads(cli(args).stdout)
    (change,) = log["changes"]
    assert change["fields"][0]["new"] == "done"
    assert change["commits"][0]["subject"] == "M-1 erledigt"


ODD_DATES = [
    b"0 +0000",  # 1970
    b"-1 +0000",  # before 1970
    b"99999999999999999 +0000",  # far beyond year 9999
    b"1795000000 +9959",  # a zone of four days
    b"1795000000 -0000",
    b"1795000000",  # no zone
    b"nicht +0100",  # no number
    b"1795000000 +01000",  # a zone with five digits
]


@pytest.mark.parametrize("date", ODD_DATES)
def test_odd_commit_dates_and_zones(repo: Repo, date: bytes) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    person = b"Sozialplanung <s@example.org> " + date
    repo.head_commit(b"author " + person + b"\ncommitter " + person, b"Datum seltsam")
    for output_format in ("text", "json", "md"):
        result = cli(["changes", str(repo.plan), "-f", output_format])
        assert result.exit_code == 0, result.output
        assert "Datum seltsam" in result.stdout


def test_names_with_control_characters_and_foreign_encodings(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.head_commit(
        b"author B\xf6se\x1b]0;Titel\x07\x1f\x01\r Person <b@example.org> 1795000000 +0100\n"
        b"committer X <x@example.org> 1795000000 +0100\n"
        b"encoding ISO-8859-1",
        b"Gr\xfc\xdfe aus dem Amt\n\nText",
    )
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2", "done"))
    repo.head_commit(
        b"author Y <y@example.org> 1795100000 +0100\n"
        b"committer Y <y@example.org> 1795100000 +0100\n"
        b"encoding gibt-es-nicht",
        b"kaputt \xff\xfe UTF-8",
    )
    for output_format in ("text", "json", "md"):
        result = cli(["changes", str(repo.plan), "--since", "HEAD~2", "-f", output_format])
        assert result.exit_code == 0, result.output
        assert "Grüße aus dem Amt" in result.stdout
        assert "kaputt" in result.stdout
    data = json.loads(cli(["changes", str(repo.plan), "--since", "HEAD~2", "-f", "json"]).stdout)
    authors = {c["author"] for change in data["changes"] for c in change["commits"]}
    assert any(author.startswith("Böse") for author in authors)


def _make_writable(path: Path) -> None:
    path.chmod(path.stat().st_mode | stat.S_IWUSR)


@pytest.mark.parametrize("damage", ["missing", "corrupt"])
@pytest.mark.parametrize("where", ["start", "between"])
def test_missing_or_damaged_blob_names_the_commit(repo: Repo, damage: str, where: str) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "on_hold") + measure("M-2"))
    between = repo.commit("dazwischen", "2026-10-02T08:00:00")
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("erledigt", "2026-10-03T08:00:00")
    broken = between if where == "between" else repo.git("rev-parse", "--short", "HEAD~2").strip()
    blob = repo.blob_of(broken, "m.yaml")
    _make_writable(blob)
    if damage == "missing":
        blob.unlink()
    else:
        blob.write_bytes(b"x\x9c kaputt" * 10)
    for command in (
        ["changes", str(repo.plan), "--since", "HEAD~2"],
        ["report", str(repo.plan), "--today", "2026-11-25", "--since", "HEAD~2"],
    ):
        result = cli(command)
        assert result.exit_code == 2, result.output
        assert isinstance(result.exception, SystemExit)
        assert broken in result.stderr
        assert "m.yaml" in result.stderr
        assert "git fsck" in result.stderr


def test_a_missing_tree_names_the_commit(repo: Repo) -> None:
    repo.write("m.yaml", "measures:\n" + measure("M-1", "done") + measure("M-2"))
    repo.commit("erledigt", "2026-10-03T08:00:00")
    tree = repo.git("rev-parse", "HEAD:plans").strip()
    loose = repo.root / ".git" / "objects" / tree[:2] / tree[2:]
    _make_writable(loose)
    loose.unlink()
    result = cli(["changes", str(repo.plan), "--since", "HEAD~1", "--until", "HEAD"])
    assert result.exit_code == 2, result.output
    assert repo.git("rev-parse", "--short", "HEAD").strip() in result.stderr


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
def test_a_repository_of_another_user_needs_the_users_own_trust(
    repo: Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """git refuses a repository another user owns unless the user's own configuration says
    safe.directory; werkplan keeps that entry although it reads no other user setting."""
    for path in [repo.root, *repo.root.rglob("*")]:
        os.lchown(path, 65534, 65534)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    command = ["changes", str(repo.plan), "--lang", "en"]
    untrusted = cli(command)
    assert untrusted.exit_code == 2
    assert "safe.directory" in untrusted.stderr
    (home / ".gitconfig").write_text(f"[safe]\n\tdirectory = {repo.root}\n")
    trusted = cli(command)
    assert trusted.exit_code == 0, trusted.output
    # The repository's own config cannot vouch for itself.
    (home / ".gitconfig").write_text("")
    with (repo.root / ".git" / "config").open("a") as config:
        config.write(f"[safe]\n\tdirectory = {repo.root}\n")
    assert cli(command).exit_code == 2
