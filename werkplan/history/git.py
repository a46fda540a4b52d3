"""Reading a plan's history from git without touching the working tree or the index.

Only plumbing commands with fixed arguments run here (rev-parse, rev-list, ls-tree,
cat-file, log); their output is parsed, never shown raw. Every failure becomes a ``GitError``
whose message says what to do.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from werkplan.load.files import PLAN_SUFFIXES
from werkplan.problems import Message


class GitError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.key)
        self.message = message


@dataclass(frozen=True)
class Commit:
    sha: str
    short: str
    date: dt.date
    author: str
    subject: str


@dataclass(frozen=True)
class Repository:
    root: Path
    prefix: PurePosixPath  # the plan directory inside the repository ("" for the root)

    @classmethod
    def of(cls, plan_dir: Path) -> Repository:
        if not plan_dir.is_dir():
            raise GitError(Message.of("plan_dir_missing", path=str(plan_dir)))
        try:
            root = _git(plan_dir, "rev-parse", "--show-toplevel").strip()
            prefix = _git(plan_dir, "rev-parse", "--show-prefix").strip()
        except GitError:
            raise GitError(Message.of("not_a_repository", path=str(plan_dir))) from None
        return cls(Path(root), PurePosixPath(prefix.rstrip("/")) if prefix else PurePosixPath())

    def run(self, *args: str, stdin: bytes | None = None) -> str:
        return _git(self.root, *args, stdin=stdin)

    @property
    def shallow(self) -> bool:
        return self.run("rev-parse", "--is-shallow-repository").strip() == "true"

    def resolve(self, revision: str) -> str:
        """The full hash of a commit named by a hash, branch, tag or ``HEAD~2``."""
        try:
            return self.run(
                "rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"
            ).strip()
        except GitError:
            raise self._missing(
                Message.of("unknown_revision", revision=revision), revision
            ) from None

    def last_commit_before(self, day: dt.date) -> str:
        self.head()
        found = self.run("rev-list", "-1", f"--before={day.isoformat()} 00:00:00", "HEAD").strip()
        if not found:
            raise self._missing(Message.of("no_commit_before", date=day), day.isoformat())
        return found

    def head(self) -> str:
        try:
            return self.run("rev-parse", "--verify", "--quiet", "HEAD^{commit}").strip()
        except GitError:
            raise GitError(Message.of("plan_not_committed", path=str(self.prefix or "."))) from None

    def last_change(self, until: str) -> str | None:
        """The parent of the newest commit up to ``until`` that touched the plan: where 'recent
        changes' start. None when that commit has no parent (the first commit)."""
        newest = self.run("log", "-1", "--format=%H", until, "--", self.pathspec).strip()
        if not newest:
            raise GitError(Message.of("plan_not_committed", path=str(self.prefix or ".")))
        parents = self.run("rev-list", "--parents", "-1", newest).split()
        if len(parents) > 1:
            return parents[1]
        if self.shallow:  # the parent was cut off by the clone, it is not the first commit
            raise GitError(Message.of("shallow_clone", wanted=f"{newest[:7]}^"))
        return None

    def commits(self, base: str | None, until: str) -> list[Commit]:
        """Commits after ``base`` up to ``until`` that touched the plan, oldest first."""
        span = f"{base}..{until}" if base else until
        # Along first parents only: each commit is compared with the state it was made on,
        # and a merge counts as one step that brings in what the other branch did.
        output = self.run(
            "log",
            "--first-parent",
            "--reverse",
            "-z",
            "--format=%H%x1f%h%x1f%aI%x1f%an%x1f%s",
            span,
            "--",
            self.pathspec,
        )
        return [_commit(record) for record in output.split("\0") if record.strip()]

    def describe(self, sha: str) -> Commit:
        output = self.run("log", "-1", "--format=%H%x1f%h%x1f%aI%x1f%an%x1f%s", sha)
        return _commit(output.strip("\n"))

    def plan_files(self, sha: str) -> list[tuple[PurePosixPath, bytes]]:
        """Every plan file at a revision (path relative to the plan directory, content)."""
        listing = self.run("ls-tree", "-r", "-z", "--full-tree", sha, "--", self.pathspec)
        blobs: list[tuple[PurePosixPath, str]] = []
        for entry in listing.split("\0"):
            if not entry:
                continue
            info, _, path = entry.partition("\t")
            mode, kind, blob = info.split()
            relative = (
                PurePosixPath(path).relative_to(self.prefix)
                if self.prefix.parts
                else PurePosixPath(path)
            )
            if kind == "blob" and mode != "120000" and _is_plan_file(relative):
                blobs.append((relative, blob))
        contents = self._read_blobs([blob for _, blob in blobs])
        return [(path, contents[blob]) for path, blob in blobs]

    @property
    def pathspec(self) -> str:
        return f":(top){self.prefix}" if self.prefix.parts else ":(top)."

    def _read_blobs(self, blobs: list[str]) -> dict[str, bytes]:
        if not blobs:
            return {}
        request = "".join(f"{blob}\n" for blob in blobs).encode()
        raw = subprocess.run(
            ["git", "cat-file", "--batch"],
            cwd=self.root,
            input=request,
            capture_output=True,
            check=False,
            env=_ENV,
        ).stdout
        contents, position = {}, 0
        for blob in blobs:
            header_end = raw.index(b"\n", position)
            size = int(raw[position:header_end].split()[2])
            start = header_end + 1
            contents[blob] = raw[start : start + size]
            position = start + size + 1
        return contents

    def _missing(self, message: Message, wanted: str) -> GitError:
        if self.shallow:
            return GitError(Message.of("shallow_clone", wanted=wanted))
        return GitError(message)


def _is_plan_file(relative: PurePosixPath) -> bool:
    hidden = any(part.startswith(".") for part in relative.parts)
    return not hidden and relative.name.lower().endswith(PLAN_SUFFIXES)


def _commit(record: str) -> Commit:
    sha, short, date, author, subject = record.split("\x1f", 4)
    return Commit(sha, short, dt.datetime.fromisoformat(date).date(), author, subject)


# Plumbing output in a fixed language and without pagers or prompts.
_ENV = {**os.environ, "LC_ALL": "C", "GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0"}


def _git(folder: Path, *args: str, stdin: bytes | None = None) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=folder, input=stdin, capture_output=True, check=False, env=_ENV
        )
    except FileNotFoundError:
        raise GitError(Message.of("git_missing")) from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise GitError(Message.of("git_failed", detail=detail[-1] if detail else ""))
    return done.stdout.decode("utf-8", errors="replace")
