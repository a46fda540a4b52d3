"""Every -o of every command: one guard against plan files, and the right kind of write for
regular files, links, devices, pipes and /dev/stdout (writers.atomic.write_output).

The device and /dev/stdout tests first write to a private device node or link in the test's
own folder; only when that passes do they touch the system's /dev/null and /dev/stdout, so a
run against a writer that replaces its target can never replace the machine's devices.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest
from helpers import cli, snapshot
from processes import TODAY, werkplan

GERMAN = {"WERKPLAN_LANG": "de"}  # schema speaks the system's language

COMMANDS = {
    "check": ["check", "{plans}", *TODAY, "-f", "json"],
    "report": ["report", "{plans}", *TODAY, "-f", "md"],
    "export": ["export", "{plans}", *TODAY, "-f", "csv"],
    "schema": ["schema"],
}


def command(name: str, plans: Path, output: Path) -> list[str]:
    return [*(part.format(plans=plans) for part in COMMANDS[name]), "-o", str(output)]


@pytest.mark.parametrize("name", ["check", "report", "export"])
def test_no_output_replaces_a_plan_file(plans: Path, tmp_path: Path, name: str) -> None:
    before = snapshot(plans)
    link = tmp_path / "ergebnis.json"
    link.symlink_to(plans / "plan.yaml")
    for output in (plans / "plan.yaml", plans / "handlungsfelder" / "neu.yml", link):
        result = cli(command(name, plans, output), env=GERMAN)
        assert result.exit_code == 2, (output, result.output)
        assert "überschreibt mit -o nie eine Plan-Datei" in result.stderr
    assert snapshot(plans) == before
    assert link.is_symlink()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_no_output_replaces_a_yaml_file_elsewhere(plans: Path, tmp_path: Path, name: str) -> None:
    other_plan = tmp_path / "anderer-plan" / "plan.yaml"
    other_plan.parent.mkdir()
    other_plan.write_text("plan: {title: Nachbarkreis}\n")
    result = cli(command(name, plans, other_plan), env=GERMAN)
    assert result.exit_code == 2, result.output
    assert "überschreibt mit -o keine YAML-Datei" in result.stderr
    assert other_plan.read_text() == "plan: {title: Nachbarkreis}\n"


def _device(tmp_path: Path, minor: int) -> Path:
    """A private copy of /dev/null (minor 3) or /dev/full (minor 7); making one needs root."""
    node = tmp_path / f"device-{minor}"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return node


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_output_into_a_device_writes_into_it(plans: Path, tmp_path: Path, name: str) -> None:
    private = _device(tmp_path, 3)
    assert cli(command(name, plans, private), env=GERMAN).exit_code == 0
    assert stat.S_ISCHR(private.stat().st_mode)
    assert private.stat().st_rdev == os.makedev(1, 3)
    system = Path("/dev/null")
    assert cli(command(name, plans, system), env=GERMAN).exit_code == 0
    assert stat.S_ISCHR(system.stat().st_mode)


def test_a_full_device_is_a_message_not_a_crash(plans: Path, tmp_path: Path) -> None:
    full = _device(tmp_path, 7)
    result = cli(command("check", plans, full), env=GERMAN)
    assert result.exit_code == 2
    assert f"{full}: lässt sich nicht schreiben (kein Platz mehr auf dem Datenträger)" in (
        result.stderr
    )
    assert stat.S_ISCHR(full.stat().st_mode)


def test_output_into_a_pipe_reaches_its_reader(plans: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "bericht.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    try:
        result = cli(command("report", plans, fifo), env=GERMAN)
        reader.join(timeout=30)
    finally:
        if reader.is_alive():  # the writer never opened it: let the reader go
            with fifo.open("wb"):
                pass
    assert result.exit_code == 0, result.output
    assert len(received) == 1
    assert received[0].startswith(b"# ")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def _first_json(text: str) -> object:
    return json.JSONDecoder().raw_decode(text)[0]


@pytest.mark.slow
def test_output_to_stdout_prints(plans: Path, tmp_path: Path) -> None:
    private = tmp_path / "ausgabe"
    private.symlink_to("/proc/self/fd/1")
    for output in (private, Path("/dev/fd/1"), Path("/dev/stdout")):
        done = werkplan(*command("check", plans, output))
        assert done.returncode == 0, done.stderr
        document = _first_json(done.stdout)
        assert isinstance(document, dict)
        assert document["version"] == 1
        assert private.is_symlink()


@pytest.mark.slow
def test_stdout_redirected_to_a_file_keeps_the_shells_file(plans: Path, tmp_path: Path) -> None:
    target = tmp_path / "check.json"
    with target.open("w") as stream:
        done = werkplan(*command("schema", plans, Path("/dev/stdout")), stdout=stream)
    assert done.returncode == 0, done.stderr
    assert json.loads(target.read_text())["title"]


def test_a_linked_report_is_written_through_the_link(plans: Path, tmp_path: Path) -> None:
    published = tmp_path / "oeffentlich"
    published.mkdir()
    (published / "bericht.md").write_text("alt\n")
    existing, dangling = tmp_path / "bericht.md", tmp_path / "neu.md"
    existing.symlink_to(published / "bericht.md")
    dangling.symlink_to(published / "neu.md")
    for link in (existing, dangling):
        assert cli(command("report", plans, link), env=GERMAN).exit_code == 0
        assert link.is_symlink()
    assert (published / "bericht.md").read_text().startswith("# ")
    assert (published / "neu.md").read_text().startswith("# ")


def test_outputs_that_are_refused_stay_as_they_were(plans: Path, tmp_path: Path) -> None:
    read_only = tmp_path / "schreibgeschuetzt.json"
    read_only.write_text("{}")
    read_only.chmod(0o444)
    linked = tmp_path / "verknuepft.json"
    linked.write_text("{}")
    os.link(linked, tmp_path / "zweiter-name.json")
    cases = {
        read_only: "schreibgeschützt",
        linked: "2 feste Verknüpfungen",
        tmp_path: "keine normale Datei",
        tmp_path / "fehlt" / "x.json": "der Ordner existiert nicht",
    }
    for output, reason in cases.items():
        result = cli(command("check", plans, output), env=GERMAN)
        assert result.exit_code == 2, (output, result.output)
        assert f"werkplan: {output}: " in result.stderr
        assert reason in result.stderr
    assert read_only.read_text() == linked.read_text() == "{}"
    assert linked.stat().st_nlink == 2
    assert stat.S_IMODE(read_only.stat().st_mode) == 0o444
