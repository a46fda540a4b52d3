"""Plan files that fmt, new and import-status change: all or nothing, in the file's own line
endings, never a read-only or hard-linked file, owner, group and mode kept."""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import errno
import os
import resource
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Any

import pytest
from helpers import cli, snapshot
from processes import ENV, TODAY, status_sheet, temporary_files

from werkplan.writers.atomic import WriteRefused
from werkplan.writers.edit import append_entry
from werkplan.writers.lock import plan_lock
from werkplan.writers.plan_change import PlanChange

BEGEGNUNG = Path("handlungsfelder/begegnung.yaml")
JUGEND = Path("handlungsfelder/jugend.yaml")
MOBILITAET = Path("handlungsfelder/mobilitaet.yaml")
NEW_MEASURE = ["--field", "HF-BEG", "--title", "Dorfladen", "--owner", "sozialplanung", *TODAY]
STATUSES = {"M-JUG-04": "Abgeschlossen", "M-MOB-04": "Zurückgestellt"}
TODAY_DATE = dt.date(2026, 11, 25)


def new_measure(plans: Path) -> list[str]:
    return ["new", "measure", "-p", str(plans), *NEW_MEASURE]


def import_status(plans: Path, tmp_path: Path) -> list[str]:
    sheet = status_sheet(plans, tmp_path / "rueckmeldung.csv", STATUSES)
    return ["import-status", str(sheet), str(plans), *TODAY]


def fmt(plans: Path) -> list[str]:
    """fmt, with begegnung.yaml out of shape so that fmt rewrites it."""
    path = plans / BEGEGNUNG
    path.write_text(path.read_text(encoding="utf-8").replace("goals: [", "goals:   ["), "utf-8")
    return ["fmt", str(plans)]


WRITERS: dict[str, tuple[Callable[[Path, Path], list[str]], Path]] = {
    "fmt": (lambda plans, _: fmt(plans), BEGEGNUNG),
    "new": (lambda plans, _: new_measure(plans), BEGEGNUNG),
    "import-status": (import_status, JUGEND),
}
# fmt reads and rewrites every file of the plan: the slowest writer, run in full by CI only
WRITER_CASES = [
    pytest.param(n, marks=pytest.mark.slow) if n == "fmt" else n for n in sorted(WRITERS)
]


@pytest.mark.parametrize("name", WRITER_CASES)
def test_a_read_only_plan_file_is_refused_by_name(plans: Path, tmp_path: Path, name: str) -> None:
    arguments, touched = WRITERS[name]
    args = arguments(plans, tmp_path)
    (plans / touched).chmod(0o444)
    before = snapshot(plans)
    result = cli(args)
    assert result.exit_code == 1, result.output
    assert f"{touched.as_posix()}: Die Datei ist schreibgeschützt" in result.stderr
    assert snapshot(plans) == before
    assert stat.S_IMODE((plans / touched).stat().st_mode) == 0o444


@pytest.mark.parametrize("name", WRITER_CASES)
def test_a_hard_linked_plan_file_keeps_its_link(plans: Path, tmp_path: Path, name: str) -> None:
    arguments, touched = WRITERS[name]
    args = arguments(plans, tmp_path)
    other_name = tmp_path / "sicherung.yaml"
    os.link(plans / touched, other_name)
    before = snapshot(plans)
    result = cli(args)
    assert result.exit_code == 1, result.output
    assert f"{touched.as_posix()}: Die Datei hat 2 feste Verknüpfungen" in result.stderr
    assert snapshot(plans) == before
    assert (plans / touched).samefile(other_name)


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
@pytest.mark.parametrize("name", WRITER_CASES)
def test_owner_group_and_mode_are_kept(plans: Path, tmp_path: Path, name: str) -> None:
    arguments, touched = WRITERS[name]
    args = arguments(plans, tmp_path)
    path = plans / touched
    os.chown(path, 4321, 4322)
    path.chmod(0o664)
    before = path.read_bytes()
    result = cli(args)
    assert result.exit_code == 0, result.output
    assert path.read_bytes() != before
    info = path.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (4321, 4322, 0o664)


def _windows_file(path: Path) -> bytes:
    data = codecs.BOM_UTF8 + path.read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(data)
    return data


def test_new_keeps_crlf_and_bom_and_adds_only_its_lines(plans: Path) -> None:
    before = _windows_file(plans / BEGEGNUNG)
    result = cli(new_measure(plans))
    assert result.exit_code == 0, result.output
    after = (plans / BEGEGNUNG).read_bytes()
    assert after.startswith(before)  # the diff is only the new measure's lines
    added = after[len(before) :]
    assert b"M-BEG-11" in added
    assert added.count(b"\n") == added.count(b"\r\n") == 6


def test_import_keeps_crlf_and_bom_and_changes_only_the_status(plans: Path, tmp_path: Path) -> None:
    before = _windows_file(plans / JUGEND)
    result = cli(import_status(plans, tmp_path))
    assert result.exit_code == 0, result.output
    after = (plans / JUGEND).read_bytes()
    assert after.startswith(codecs.BOM_UTF8)
    assert after.count(b"\n") == after.count(b"\r\n") == before.count(b"\r\n")
    changed = [
        line
        for line in difflib.ndiff(before.decode().splitlines(), after.decode().splitlines())
        if line.startswith(("- ", "+ "))
    ]
    # The new status, and the review date a status report sets (see import-status).
    assert changed[:2] == ["-     status: in_progress", "+     status: done"]
    assert [line.split(":")[0] for line in changed[2:]] == ["-     updated", "+     updated"]


def test_a_failed_rename_puts_back_the_files_already_replaced(
    plans: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = import_status(plans, tmp_path)
    before = snapshot(plans)
    real_replace = Path.replace

    def replace(self: Path, target: Any) -> Path:
        if Path(target).name == MOBILITAET.name:
            raise OSError(errno.EPERM, "Operation not permitted")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    result = cli(args)
    assert result.exit_code == 2, result.output
    assert f"{MOBILITAET.as_posix()}: lässt sich nicht schreiben (nicht erlaubt)" in result.stderr
    assert snapshot(plans) == before
    assert not temporary_files(plans)


def test_a_full_disk_while_preparing_changes_no_file(
    plans: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = import_status(plans, tmp_path)
    before = snapshot(plans)
    real_fsync, calls = os.fsync, []

    def fsync(handle: int) -> None:
        calls.append(handle)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(handle)

    monkeypatch.setattr(os, "fsync", fsync)
    result = cli(args)
    assert result.exit_code == 2, result.output
    assert "lässt sich nicht schreiben (kein Platz mehr auf dem Datenträger)" in result.stderr
    assert snapshot(plans) == before
    assert not temporary_files(plans)


@pytest.mark.slow
def test_a_file_size_limit_on_the_second_file_changes_no_file(plans: Path, tmp_path: Path) -> None:
    """`ulimit -f` in a real process: the second file outgrows it, the first would fit."""
    padding = "# " + "Randnotiz " * 1500 + "\n"
    (plans / MOBILITAET).write_text(padding + (plans / MOBILITAET).read_text("utf-8"), "utf-8")
    limit = 12_000
    assert (plans / JUGEND).stat().st_size < limit < (plans / MOBILITAET).stat().st_size
    args = import_status(plans, tmp_path)
    before = snapshot(plans)

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = subprocess.run(
        [sys.executable, "-m", "werkplan", *args],
        capture_output=True,
        text=True,
        env={**ENV, "PYTHONDONTWRITEBYTECODE": "1"},
        preexec_fn=limit_file_size,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert f"{MOBILITAET.as_posix()}: lässt sich nicht schreiben (Datei größer als erlaubt)" in (
        done.stderr
    )
    assert snapshot(plans) == before
    assert not temporary_files(plans)


def test_a_file_changed_since_it_was_read_is_not_written(plans: Path) -> None:
    shown = PurePath(plans) / BEGEGNUNG
    change = PlanChange(plans, TODAY_DATE)
    entry = {"id": "M-BEG-11", "title": "Neu", "field": "HF-BEG", "status": "planned"}
    assert change.edit(shown, lambda text: append_entry(text, shown, "measures", entry)) is None
    edited_meanwhile = (plans / BEGEGNUNG).read_text("utf-8") + "# im Editor ergänzt\n"
    (plans / BEGEGNUNG).write_text(edited_meanwhile, "utf-8")
    with pytest.raises(WriteRefused) as refused:
        change.write()
    assert refused.value.message.key == "write_changed_meanwhile"
    assert (plans / BEGEGNUNG).read_text("utf-8") == edited_meanwhile
    assert not temporary_files(plans)


@pytest.mark.parametrize("name", WRITER_CASES)
def test_a_plan_another_command_is_changing_is_left_alone(
    plans: Path, tmp_path: Path, name: str
) -> None:
    arguments, _ = WRITERS[name]
    args = arguments(plans, tmp_path)
    before = snapshot(plans)
    with plan_lock(plans):  # as another werkplan process holds it while it writes
        result = cli(args)
    assert result.exit_code == 1, result.output
    assert f"{plans}: Ein anderer werkplan-Befehl ändert gerade diesen Plan" in result.stderr
    assert snapshot(plans) == before
    assert cli(args).exit_code == 0  # the lock ends with its holder
