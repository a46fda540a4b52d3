"""The plan's schema in a real editor backend: yaml-language-server, spoken to over stdio.

What VS Code (and vim, Emacs, …) shows while someone types in a plan file: completion of
`owner:` with the plan's actors, of an attribute with its choices, and an error for an
unknown id. yaml-language-server comes from tests/tools (npm), which `.ci/run` installs;
without it (or node) these tests skip, except under CI=true, where that is a failure.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from conftest import REPO
from helpers import cli

SERVER = REPO / "tests" / "tools" / "node_modules" / "yaml-language-server" / "bin"
SERVER_SCRIPT = SERVER / "yaml-language-server"
EVERY_KEY = REPO / "tests" / "fixtures" / "every-key"
TIMEOUT = 60.0
NEW_FILE = "".join(
    line + "\n"
    for line in (
        "# yaml-language-server: $schema=.werkplan/plan.schema.json",
        "measures:",
        "  - id: M-9",
        "    title: Falscher Verantwortlicher",
        "    status: planned",
        "    attributes: {prioritaet: 1}",
        "    owner: unbekannt",
        "  - id: M-10",
        "    title: Noch leer",
        "    status: planned",
        "    attributes:",
        "      prioritaet: ",  # the cursor goes after the space: completion
        "    owner: ",
    )
)
Message = dict[str, Any]


def _require(available: bool, what: str) -> None:
    if available:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing on CI; .ci/run must install it")
    pytest.skip(f"{what} is not installed (see .ci/run)")


class LanguageServer:
    """A minimal LSP client: JSON-RPC with Content-Length headers over the server's stdio."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.messages: queue.Queue[Message | None] = queue.Queue()
        self.next_id = 0
        assert process.stdout is not None
        self.reader = threading.Thread(target=self._read, args=(process.stdout,), daemon=True)
        self.reader.start()

    def _read(self, stream: IO[bytes]) -> None:
        while True:
            headers = {}
            while line := stream.readline().decode("ascii").strip():
                name, value = line.split(":", 1)
                headers[name.lower()] = value.strip()
            if "content-length" not in headers:
                self.messages.put(None)  # the server ended
                return
            self.messages.put(json.loads(stream.read(int(headers["content-length"]))))

    def send(self, message: Message) -> None:
        data = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.process.stdin.flush()

    def notify(self, method: str, params: object) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: object) -> Any:
        self.next_id += 1
        wanted = self.next_id
        self.send({"id": wanted, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == wanted and "method" not in m)["result"]

    def wait(self, wanted: Any) -> Message:
        deadline = time.monotonic() + TIMEOUT
        while (left := deadline - time.monotonic()) > 0:
            try:
                message = self.messages.get(timeout=left)
            except queue.Empty:
                break
            assert message is not None, "yaml-language-server ended"
            if "id" in message and "method" in message:  # the server asks: nothing to add
                self.send({"id": message["id"], "result": None})
            elif wanted(message):
                return message
        raise AssertionError(f"no answer from yaml-language-server within {TIMEOUT} s")


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    target = tmp_path / "plan"
    shutil.copytree(EVERY_KEY, target)
    output = target / ".werkplan" / "plan.schema.json"
    result = cli(["schema", str(target), "-o", str(output)])
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture
def server(plan: Path) -> Iterator[LanguageServer]:
    node = shutil.which("node")
    _require(node is not None and SERVER_SCRIPT.is_file(), "node and yaml-language-server")
    assert node is not None
    process = subprocess.Popen(
        [node, str(SERVER_SCRIPT), "--stdio"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    client = LanguageServer(process)
    try:
        capabilities: Message = {"textDocument": {"completion": {}, "publishDiagnostics": {}}}
        root = {"processId": os.getpid(), "rootUri": plan.as_uri(), "capabilities": capabilities}
        client.request("initialize", root)
        client.notify("initialized", {})
        # No schema store: it would fetch schemas from the network.
        settings = {
            "yaml": {"validate": True, "completion": True, "schemaStore": {"enable": False}}
        }
        client.notify("workspace/didChangeConfiguration", {"settings": settings})
        yield client
        client.request("shutdown", None)
        client.notify("exit", None)
        process.wait(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        client.reader.join(timeout=TIMEOUT)  # it stops at the end of the server's output
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


def _open(server: LanguageServer, path: Path, text: str) -> list[Message]:
    path.write_text(text, encoding="utf-8")
    document = {"uri": path.as_uri(), "languageId": "yaml", "version": 1, "text": text}
    server.notify("textDocument/didOpen", {"textDocument": document})
    published = server.wait(
        lambda m: (
            m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == path.as_uri()
        )
    )
    diagnostics: list[Message] = published["params"]["diagnostics"]
    return diagnostics


def _completion(server: LanguageServer, path: Path, line: int, character: int) -> dict[str, Any]:
    position = {
        "textDocument": {"uri": path.as_uri()},
        "position": {"line": line, "character": character},
    }
    result = server.request("textDocument/completion", position)
    items = result["items"] if isinstance(result, dict) else result
    return {item["label"]: item.get("documentation") for item in items}


@pytest.mark.slow
def test_the_editor_completes_and_checks_with_the_plans_schema(
    plan: Path, server: LanguageServer
) -> None:
    path = plan / "neu.yaml"
    diagnostics = _open(server, path, NEW_FILE)
    # `owner: unbekannt` (line 7) is an error that names the plan's actors.
    (unknown,) = [d for d in diagnostics if d["range"]["start"]["line"] == 6]
    assert "amt" in unknown["message"]
    assert "kreistag" in unknown["message"]
    assert unknown["source"].startswith("yaml-schema: werkplan")
    # `owner: ` offers the plan's actors, each with its name.
    owners = _completion(server, path, 12, len("    owner: "))
    assert {"amt": "Sozialamt", "kreistag": "Kreistag", "12": "Amt 12 – Bauamt"}.items() <= (
        owners.items()
    )
    # `prioritaet: ` offers the attribute's choices with their labels.
    choices = _completion(server, path, 11, len("      prioritaet: "))
    assert {"1": "niedrig", "2": "mittel", "3": "hoch"}.items() <= choices.items()


@pytest.mark.slow
def test_the_every_key_plan_has_no_errors_in_the_editor(plan: Path, server: LanguageServer) -> None:
    for name in ("plan.yaml", "eigene-bezeichnungen.yaml"):
        text = (plan / name).read_text(encoding="utf-8")
        assert _open(server, plan / name, text) == [], name
