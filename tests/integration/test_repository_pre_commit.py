"""The repository's own .pre-commit-config.yaml runs werkplan's published hooks as published.

The config runs the hooks of .pre-commit-hooks.yaml with this checkout's werkplan (a local
hook, nothing downloaded); this keeps the two from drifting apart, and keeps every local hook
on the tools of the project's .venv.
"""

from __future__ import annotations

from typing import Any

from conftest import REPO
from ruamel.yaml import YAML

MANIFEST = REPO / ".pre-commit-hooks.yaml"
CONFIG = REPO / ".pre-commit-config.yaml"
VENV_BIN = ".venv/bin/"


def _local_hooks() -> dict[str, dict[str, Any]]:
    config = YAML(typ="safe").load(CONFIG.read_text(encoding="utf-8"))
    (local,) = config["repos"]
    assert local["repo"] == "local"
    return {hook["id"]: hook for hook in local["hooks"]}


def test_published_hooks_run_as_published() -> None:
    local = _local_hooks()
    for published in YAML(typ="safe").load(MANIFEST.read_text(encoding="utf-8")):
        hook = local[published["id"]]
        assert hook["entry"] == VENV_BIN + published["entry"]
        assert hook["args"] == published["args"]
        assert hook["pass_filenames"] == published["pass_filenames"]


def test_every_local_hook_uses_the_project_venv() -> None:
    hooks = _local_hooks()
    assert {"ruff-check", "ruff-format", "mypy"} <= set(hooks)
    for hook in hooks.values():
        assert hook["language"] == "system"  # no environment for pre-commit to download
        assert hook["entry"].startswith(VENV_BIN), hook["id"]
