"""Real git repositories in temporary folders, for the change log's tests."""

from __future__ import annotations

import os
import subprocess
import textwrap
from pathlib import Path

from conftest import MINIMAL_PLAN
from helpers import measure_yaml


def measure(mid: str, status: str = "in_progress", due: str = "2026-12-31", **extra: str) -> str:
    return measure_yaml(mid, title=f"Maßnahme {mid}", status=status, due=due, **extra)


class Repo:
    def __init__(self, root: Path, plan: str = "plans") -> None:
        self.root = root
        self.plan = root / plan if plan else root
        self.plan.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str, date: str = "2026-10-01T10:00:00") -> str:
        env = {
            **os.environ,
            "GIT_AUTHOR_NAME": "Sozialplanung",
            "GIT_AUTHOR_EMAIL": "sozialplanung@example.org",
            "GIT_COMMITTER_NAME": "Sozialplanung",
            "GIT_COMMITTER_EMAIL": "sozialplanung@example.org",
            "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_DATE": date,
        }
        done = subprocess.run(
            ["git", *args], cwd=self.root, env=env, capture_output=True, text=True, check=True
        )
        return done.stdout

    def write(self, name: str, text: str) -> None:
        path = self.plan / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")

    def commit(self, subject: str, date: str) -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", subject, date=date)
        return self.git("rev-parse", "--short", "HEAD").strip()

    def object(self, kind: str, data: bytes) -> str:
        """Write any object as it is, also one git itself would refuse to make."""
        done = subprocess.run(
            ["git", "hash-object", "-t", kind, "-w", "--literally", "--stdin"],
            cwd=self.root,
            input=data,
            capture_output=True,
            check=True,
        )
        return done.stdout.decode().strip()

    def head_commit(self, headers: bytes, message: bytes) -> str:
        """A commit of the working tree as it is now on top of HEAD, written by hand (odd
        dates, names, encodings, signatures), and made HEAD."""
        self.git("add", "-A")
        tree = self.git("write-tree").strip()
        parent = self.git("rev-parse", "HEAD").strip()
        body = b"tree %s\nparent %s\n%s\n\n%s" % (
            tree.encode(),
            parent.encode(),
            headers,
            message,
        )
        sha = self.object("commit", body)
        self.git("update-ref", "HEAD", sha)
        return sha

    def blob_of(self, revision: str, name: str) -> Path:
        """The loose object file of a plan file's blob at a revision."""
        relative = (self.plan / name).relative_to(self.root).as_posix()
        sha = self.git("rev-parse", f"{revision}:{relative}").strip()
        return self.root / ".git" / "objects" / sha[:2] / sha[2:]


def first_plan(root: Path, plan: str = "plans") -> Repo:
    """A repository whose first commit holds a small plan with measures M-1 and M-2."""
    repository = Repo(root, plan)
    repository.write("plan.yaml", MINIMAL_PLAN)
    repository.write("m.yaml", "measures:\n" + measure("M-1") + measure("M-2"))
    repository.commit("Plan angelegt", "2026-09-01T09:00:00")
    return repository
