"""`werkplan init DIR`: never replaces a file, never writes through a link out of DIR, and a
failed run leaves nothing behind, so the next run works (writers.create)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from helpers import cli

from werkplan.cli.init import skeleton


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def init(target: Path, *extra: str) -> tuple[int, str]:
    result = cli(["init", str(target), "--lang", "de", *extra])
    return result.exit_code, result.stderr


@pytest.mark.parametrize("existing", ["README.md", ".werkplan/plan.schema.json"])
def test_an_existing_file_is_named_and_nothing_is_written(tmp_path: Path, existing: str) -> None:
    target = tmp_path / "neu"
    (target / existing).parent.mkdir(parents=True)
    (target / existing).write_text("vom Team\n")
    before = listing(target)
    code, err = init(target)
    assert code == 2
    assert f"{target / existing}: Die Datei gibt es schon" in err
    assert listing(target) == before
    assert (target / existing).read_text() == "vom Team\n"


def test_a_folder_link_out_of_dir_is_not_written_through(tmp_path: Path) -> None:
    elsewhere = tmp_path / "anderswo"
    elsewhere.mkdir()
    (elsewhere / "notiz.yaml").write_text("fremd\n")
    target = tmp_path / "neu"
    target.mkdir()
    (target / "handlungsfelder").symlink_to(elsewhere)
    code, err = init(target)
    assert code == 2
    assert f"{target / 'handlungsfelder'}: Eine Verknüpfung, die nicht zu einem Ordner" in err
    assert listing(elsewhere) == ["notiz.yaml"]
    assert (elsewhere / "notiz.yaml").read_text() == "fremd\n"
    assert listing(target) == ["handlungsfelder"]


def test_a_link_in_place_of_a_file_counts_as_existing(tmp_path: Path) -> None:
    outside = tmp_path / "fremd.yaml"
    target = tmp_path / "neu"
    target.mkdir()
    (target / "plan.yaml").symlink_to(outside)  # dangling: writing would create `outside`
    code, err = init(target)
    assert code == 2
    assert "plan.yaml: Die Datei gibt es schon" in err
    assert not outside.exists()


def test_a_path_through_a_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "datei").write_text("x\n")
    code, err = init(tmp_path / "datei" / "plan")
    assert code == 2
    assert f"{tmp_path / 'datei'}: Das ist eine Datei, kein Ordner" in err


@pytest.mark.parametrize("exists", [False, True])
def test_a_failed_init_leaves_nothing_and_a_rerun_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exists: bool
) -> None:
    target = tmp_path / "neu"
    if exists:
        target.mkdir()
        (target / "notizen.txt").write_text("bleibt\n")
    before = listing(target) if exists else None
    real_fsync, calls = os.fsync, []

    def fsync(handle: int) -> None:
        calls.append(handle)
        if len(calls) >= 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(handle)

    monkeypatch.setattr(os, "fsync", fsync)
    code, err = init(target)
    assert code == 2
    assert "lässt sich nicht schreiben (kein Platz mehr auf dem Datenträger)" in err
    assert (listing(target) if exists else target.exists()) == (before if exists else False)
    monkeypatch.undo()
    assert init(target) == (0, init_done(target))
    assert all((target / relative).is_file() for relative in skeleton("de"))


def init_done(target: Path) -> str:
    return (
        f"werkplan: Neuer Plan in {target}. Als Nächstes: Titel und Verwaltung in plan.yaml "
        f"anpassen, dann `werkplan check {target}`.\n"
    )
