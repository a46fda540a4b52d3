"""Real werkplan processes at once and interrupted: no lost change, no half-applied import,
no temporary file left for `git add -A`, and a signal is one line and 128 + its number."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import snapshot
from processes import (
    ENV,
    TODAY,
    handlers_installed,
    held_werkplan,
    status_sheet,
    temporary_files,
    wait_for,
    werkplan,
)

pytestmark = [
    pytest.mark.slow,  # every test starts two or more Python processes
    pytest.mark.skipif(sys.platform != "linux", reason="signals and /proc as on Linux"),
]
STATUSES = {"M-JUG-04": "Abgeschlossen", "M-MOB-04": "Zurückgestellt"}
BUSY = "Ein anderer werkplan-Befehl ändert gerade diesen Plan; nichts wurde geschrieben."


def new_measure(plans: Path, title: str) -> list[str]:
    return ["new", "measure", "-p", str(plans), "--field", "HF-BEG", "--title", title, *TODAY]


def test_two_new_at_once_the_second_refuses_and_nothing_is_lost(
    plans: Path, tmp_path: Path
) -> None:
    with held_werkplan(tmp_path, *new_measure(plans, "Erster Treffpunkt")) as first:
        first.wait_until_held()
        second = werkplan(*new_measure(plans, "Zweiter Treffpunkt"))
        first.release()
        code, _, err = first.finish()
    assert code == 0, err
    assert second.returncode == 1, second.stderr
    assert BUSY in second.stderr
    text = (plans / "handlungsfelder" / "begegnung.yaml").read_text("utf-8")
    assert text.count("id: M-BEG-10") == 1
    assert "Erster Treffpunkt" in text
    assert "Zweiter Treffpunkt" not in text
    assert werkplan("check", str(plans), *TODAY).returncode == 0


def test_new_during_an_import_refuses_and_the_import_is_complete(
    plans: Path, tmp_path: Path
) -> None:
    sheet = status_sheet(plans, tmp_path / "rueckmeldung.csv", STATUSES)
    before = snapshot(plans)
    importing = ("import-status", str(sheet), str(plans), *TODAY)
    with held_werkplan(tmp_path, *importing) as first:
        first.wait_until_held()
        second = werkplan(*new_measure(plans, "Dazwischen"))
        first.release()
        code, _, err = first.finish()
    assert (code, second.returncode) == (0, 1), (err, second.stderr)
    assert BUSY in second.stderr
    after = snapshot(plans)
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"handlungsfelder/jugend.yaml", "handlungsfelder/mobilitaet.yaml"}
    assert b"Dazwischen" not in after["handlungsfelder/begegnung.yaml"]


def _git(folder: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(folder), *args], capture_output=True, text=True, check=True
    )
    return done.stdout


def _repository(plans: Path) -> None:
    _git(plans, "init", "-q")
    _git(plans, "add", "-A")
    _git(plans, "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "Plan")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_writer_stopped_while_writing_leaves_no_trace(
    plans: Path, tmp_path: Path, signum: signal.Signals
) -> None:
    sheet = status_sheet(plans, tmp_path / "rueckmeldung.csv", STATUSES)
    _repository(plans)
    before = snapshot(plans)
    with held_werkplan(tmp_path, "import-status", str(sheet), str(plans), *TODAY) as writer:
        writer.wait_until_held()
        assert temporary_files(plans)  # stopped with a temporary file on disk
        writer.process.send_signal(signum)
        code, _, err = writer.finish()
    assert code == 128 + signum
    assert err.splitlines()[-1] == f"werkplan: abgebrochen ({signum.name})."
    assert "Traceback" not in err
    assert snapshot(plans) == before
    assert not temporary_files(plans)
    assert _git(plans, "status", "--porcelain", "--untracked-files=all") == ""


def test_a_signal_while_renaming_waits_until_every_file_is_in_place(
    plans: Path, tmp_path: Path
) -> None:
    sheet = status_sheet(plans, tmp_path / "rueckmeldung.csv", STATUSES)
    before = snapshot(plans)
    importing = ("import-status", str(sheet), str(plans), *TODAY)
    with held_werkplan(tmp_path, *importing, at="rename") as writer:
        writer.wait_until_held()
        writer.process.send_signal(signal.SIGTERM)
        time.sleep(0.2)
        writer.release()
        code, _, err = writer.finish()
    assert code == 128 + signal.SIGTERM, err
    after = snapshot(plans)
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"handlungsfelder/jugend.yaml", "handlungsfelder/mobilitaet.yaml"}
    assert not temporary_files(plans)


def _program() -> list[str]:
    """The `werkplan` script pip made from pyproject.toml's entry point, as people run it."""
    script = Path(sys.executable).parent / "werkplan"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "werkplan"]


def test_ctrl_c_right_after_start_is_no_traceback(plans: Path) -> None:
    # Before Python itself has started, Ctrl-C ends the process as the system does (killed
    # by SIGINT, nothing printed); from werkplan's first line on, it is werkplan's line.
    process = subprocess.Popen(
        [*_program(), "check", str(plans), *TODAY],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert (process.returncode, err) in (
        (-signal.SIGINT, ""),
        (130, "werkplan: abgebrochen (SIGINT).\n"),
    )


@pytest.mark.parametrize("after_start", [0.0, 0.02, 0.05, 0.1, 0.2, 0.4, None])
def test_ctrl_c_at_any_later_moment_is_one_line_and_130(
    plans: Path, tmp_path: Path, after_start: float | None
) -> None:
    """While the modules load, while the plan and the sheet are read and checked, and
    (None) while the temporary files are being written: the import is held there, so the
    process is alive at every moment chosen."""
    sheet = status_sheet(plans, tmp_path / "rueckmeldung.csv", STATUSES)
    before = snapshot(plans)
    with held_werkplan(tmp_path, "import-status", str(sheet), str(plans), *TODAY) as writer:
        wait_for(
            lambda: handlers_installed(writer.process.pid) or writer.process.poll() is not None
        )
        if after_start is None:
            writer.wait_until_held()
        else:
            time.sleep(after_start)
        writer.process.send_signal(signal.SIGINT)
        code, _, err = writer.finish()
    assert (code, err) == (130, "werkplan: abgebrochen (SIGINT).\n")
    assert snapshot(plans) == before
    assert not temporary_files(plans)


def test_the_entry_point_is_the_small_start_module() -> None:
    text = (Path(__file__).parents[2] / "pyproject.toml").read_text()
    assert 'werkplan = "werkplan.entry:main"' in text
    started = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import werkplan.entry"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=True,
    )
    loaded = {line.split("|")[-1].strip() for line in started.stderr.splitlines()[1:]}
    assert not loaded & {"typer", "rich", "jinja2", "ruamel.yaml", "importlib.metadata"}
