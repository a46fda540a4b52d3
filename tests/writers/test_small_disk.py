"""Writers on a real full disk and a real read-only file system: a small tmpfs, mounted for
the test (needs root and the right to mount; skipped elsewhere, where the tests with a
failing fsync and with `ulimit -f` in test_replace.py and test_init.py still run)."""

from __future__ import annotations

import errno
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from conftest import EXAMPLE_PLAN
from helpers import cli, snapshot
from processes import TODAY, status_sheet, temporary_files

from werkplan.cli.init import skeleton

Mount = Callable[..., None]


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[tuple[Path, Mount]]:
    """A folder with a tmpfs of the given size on it; ``remount(options)`` changes it."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k,mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)")

    def remount(options: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True)

    try:
        yield folder, remount
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "fuellung.bin"
    with filler.open("wb", buffering=0) as stream:
        written = 1
        while written:  # until the disk is full: then write() raises ENOSPC
            written = _write_or_full(stream)
    return filler


def _write_or_full(stream: BinaryIO) -> int:
    try:
        return stream.write(b"\0" * 4096) or 0
    except OSError as error:
        if error.errno != errno.ENOSPC:
            raise
        return 0


@pytest.mark.slow  # each test mounts a tmpfs
def test_new_on_a_full_disk_changes_nothing_and_works_once_there_is_room(
    disk: tuple[Path, Mount],
) -> None:
    folder, _ = disk
    plans = folder / "plans"
    shutil.copytree(EXAMPLE_PLAN, plans)
    filler = fill(folder)
    before = snapshot(plans)
    args = ["new", "measure", "-p", str(plans), "--field", "HF-BEG", "--title", "Neu", *TODAY]
    result = cli(args)
    assert result.exit_code == 2, result.output
    assert "lässt sich nicht schreiben (kein Platz mehr auf dem Datenträger)" in result.stderr
    assert snapshot(plans) == before
    assert not temporary_files(plans)
    filler.unlink()
    assert cli(args).exit_code == 0


@pytest.mark.slow
def test_init_on_a_full_disk_leaves_nothing_and_works_once_there_is_room(
    disk: tuple[Path, Mount],
) -> None:
    folder, remount = disk
    remount("size=12k")  # room for some of the files, not for the schema
    target = folder / "neu"
    result = cli(["init", str(target), "--lang", "de"])
    assert result.exit_code == 2, result.output
    assert "kein Platz mehr auf dem Datenträger" in result.stderr
    assert list(folder.iterdir()) == []
    remount("size=512k")
    assert cli(["init", str(target), "--lang", "de"]).exit_code == 0
    assert all((target / relative).is_file() for relative in skeleton("de"))


@pytest.mark.slow
def test_writers_on_a_read_only_file_system_change_nothing(
    disk: tuple[Path, Mount], tmp_path: Path
) -> None:
    folder, remount = disk
    plans = folder / "plans"
    shutil.copytree(EXAMPLE_PLAN, plans)
    sheet = status_sheet(plans, tmp_path / "rueckmeldung.csv", {"M-JUG-04": "Abgeschlossen"})
    begegnung = plans / "handlungsfelder" / "begegnung.yaml"
    begegnung.write_text(begegnung.read_text("utf-8").replace("goals: [", "goals:   ["), "utf-8")
    remount("ro")
    before = snapshot(plans)
    commands = {
        ("new", "measure", "-p", str(plans), "--field", "HF-BEG", "--title", "x", *TODAY): 2,
        ("import-status", str(sheet), str(plans), *TODAY): 2,
        ("init", str(folder / "neu"), "--lang", "de"): 2,
        ("fmt", str(plans)): 1,  # fmt names each file it leaves alone, with the reason
    }
    for args, code in commands.items():
        result = cli(list(args))
        assert result.exit_code == code, (args, result.output)
        assert "Datenträger nur lesbar" in result.stderr, args
    assert snapshot(plans) == before
