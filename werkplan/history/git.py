"""Reading a plan's history from git without touching the working tree or the index.

Only plumbing commands with fixed arguments run here (rev-parse, rev-list, ls-tree, cat-file),
under a fixed configuration: neither the system's, the user's nor the repository's settings
may run a program (signature checks, fsmonitor, pagers, fetches) or change what git prints.
Commits are read as raw objects and parsed here, so no log format, encoding or date setting
applies. Everything git returns is treated as untrusted input; every failure becomes a
``GitError`` whose message names the commit and says what to do.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import IO

from werkplan.load.files import in_plan, is_plan_file
from werkplan.problems import Message


class GitError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.key)
        self.message = message

    @property
    def message_detail(self) -> str:
        """What git itself said, when the message carries it."""
        return str(dict(self.message.args).get("detail", ""))


@dataclass(frozen=True)
class Commit:
    sha: str
    short: str
    date: dt.date | None  # the author date; None when the commit's date cannot be read
    author: str
    subject: str
    tree: str | None = None  # the object id of the commit's top folder


@dataclass(frozen=True)
class PlanBlob:
    path: PurePosixPath  # relative to the plan directory
    blob: str  # object id


# Settings that win over every configuration file, for what werkplan reads. Together with
# the environment below no configuration can run a program: no signature is checked (that
# would run gpg.program), no fsmonitor hook, no pager, no fetch of missing objects (a
# partial clone's remote could name an ssh command), no external diff or text conversion.
SAFE_CONFIG = (
    "log.showSignature=false",
    "core.fsmonitor=false",
    "core.pager=cat",
    "color.ui=false",
    "i18n.logOutputEncoding=UTF-8",
    "log.follow=false",
    "diff.external=",
    "protocol.allow=never",
)

# Variables of the calling environment that may stay; every other GIT_* variable is dropped
# (GIT_CONFIG_PARAMETERS, GIT_LITERAL_PATHSPECS, GIT_TRACE, GIT_INDEX_FILE, ... would change
# what git reads or prints). GIT_DIR and GIT_WORK_TREE are used only to find the repository.
_KEPT_VARIABLES = {"GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM", "GIT_EXEC_PATH"}
_FIXED_VARIABLES = {
    "LC_ALL": "C",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_NO_REPLACE_OBJECTS": "1",
    "GIT_NO_LAZY_FETCH": "1",
    "GIT_OPTIONAL_LOCKS": "0",
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_PAGER": "cat",
    "GIT_ATTR_NOSYSTEM": "1",
}
_TRUSTED_SCOPES = ("system", "global", "command")
_OBJECT_ID = re.compile(r"[0-9a-f]{40}([0-9a-f]{24})?\Z")
# Commit dates and time zones are only as good as whoever wrote the commit.
_FOLDER = b"40000"
_REGULAR_FILES = (b"100644", b"100755")
_RAW_DATE = re.compile(rb"(-?\d{1,20}) ([+-])(\d{2})(\d{2})\Z")


def _environment(repository_variables: dict[str, str]) -> dict[str, str]:
    kept = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("GIT_") or name in _KEPT_VARIABLES
    }
    return {**kept, **_FIXED_VARIABLES, **repository_variables}


class Repository:
    """The repository that holds a plan directory. Use it in a ``with`` block: it keeps one
    ``git cat-file`` process for the objects it reads."""

    def __init__(
        self, root: Path, prefix: PurePosixPath, env: dict[str, str], config: tuple[str, ...]
    ) -> None:
        self.root = root
        self.prefix = prefix  # the plan directory inside the repository ("" for the root)
        self._env = env
        self._config = config
        self._objects: _ObjectReader | None = None
        self._short_length: int | None = None
        # Trees read for the current and the previous revision, by object id.
        self._trees_now: dict[str, list[tuple[bytes, str, str]]] = {}
        self._trees_before: dict[str, list[tuple[bytes, str, str]]] = {}

    @classmethod
    def of(cls, plan_dir: Path) -> Repository:
        if not plan_dir.exists():
            raise GitError(Message.of("plan_dir_missing", path=str(plan_dir)))
        if not plan_dir.is_dir():
            raise GitError(Message.of("plan_dir_not_dir", path=str(plan_dir)))
        folder = plan_dir.absolute()
        config = tuple(SAFE_CONFIG) + tuple(
            f"safe.directory={entry}" for entry in _trusted_folders(folder)
        )
        untrusted = False
        for variables in _ways_to_find_the_repository():
            env = _environment(variables)
            try:
                root = _git(folder, env, config, "rev-parse", "--show-toplevel")
                prefix = _git(folder, env, config, "rev-parse", "--show-prefix")
            except GitError as error:
                untrusted = untrusted or "safe.directory" in error.message_detail
                continue
            relative = prefix.removesuffix("\n").rstrip("/")
            top = Path(root.removesuffix("\n"))
            return cls(top, PurePosixPath(relative) if relative else PurePosixPath(), env, config)
        key = "repository_not_trusted" if untrusted else "not_a_repository"
        raise GitError(Message.of(key, path=str(plan_dir)))

    def __enter__(self) -> Repository:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._objects is not None:
            self._objects.close()
            self._objects = None

    def run(self, *args: str) -> str:
        return _git(self.root, self._env, self._config, *args)

    @property
    def shallow(self) -> bool:
        return self.run("rev-parse", "--is-shallow-repository").strip() == "true"

    @property
    def pathspec(self) -> str:
        """The plan directory as a pathspec: from the top, never a pattern (a folder may be
        called `a*b`); the whole tree when the plan lies at the top."""
        return f":(top,literal){self.prefix}" if self.prefix.parts else ":(top,literal)"

    def resolve(self, revision: str) -> str:
        """The full hash of a commit named by a hash, branch, tag or ``HEAD~2``."""
        try:
            found = self.run(
                "rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"
            ).strip()
        except GitError:
            found = ""
        if not _OBJECT_ID.match(found):
            raise self._missing(Message.of("unknown_revision", revision=revision), revision)
        return found

    def last_commit_before(self, day: dt.date) -> str | None:
        """The newest commit before the day, None when the history starts later."""
        self.head()
        found = self.run("rev-list", "-1", f"--before={day.isoformat()} 00:00:00", "HEAD").strip()
        if not found and self.shallow:  # the history was cut off by the clone
            raise GitError(Message.of("shallow_clone", wanted=day.isoformat()))
        return found or None

    def head(self) -> str:
        try:
            return self.run("rev-parse", "--verify", "--quiet", "HEAD^{commit}").strip()
        except GitError:
            raise GitError(Message.of("plan_not_committed", path=str(self.prefix or "."))) from None

    def last_change(self, until: str) -> str | None:
        """The parent of the newest commit up to ``until`` that touched the plan: where 'recent
        changes' start. None when that commit has no parent (the first commit)."""
        newest = self._touching_the_plan("-1", until).strip()
        if not newest:
            raise GitError(Message.of("plan_not_committed", path=str(self.prefix or ".")))
        parents = self.run("rev-list", "--parents", "-1", newest).split()
        if len(parents) > 1:
            return parents[1]
        if self.shallow:  # the parent was cut off by the clone, it is not the first commit
            raise GitError(Message.of("shallow_clone", wanted=f"{newest[:7]}^"))
        return None

    def commits(self, base: str | None, until: str) -> list[str]:
        """Commits after ``base`` up to ``until`` that touched the plan, oldest first."""
        span = f"{base}..{until}" if base else until
        # Along first parents only: each commit is compared with the state it was made on,
        # and a merge counts as one step that brings in what the other branch did.
        return self._touching_the_plan("--first-parent", "--reverse", span).split()

    def _touching_the_plan(self, *args: str) -> str:
        """`git rev-list` of the commits that changed the plan directory. To tell that, git
        reads trees; when one is missing or damaged, the message names its commit."""
        try:
            return self.run("rev-list", *args, "--", self.pathspec)
        except GitError as error:
            for sha in self.run("rev-list", "--first-parent", *args[-1:]).split():
                self.plan_files(self.describe(sha))  # raises, naming the damaged commit
            detail = error.message_detail
            raise GitError(Message.of("git_history_unreadable", detail=detail)) from None

    def describe(self, sha: str) -> Commit:
        """A commit's date, author and subject, parsed from the raw object (never through
        `git log`, so no signature is checked and no encoding or date setting applies)."""
        short = self._short(sha)
        kind, data = self._reader().read(sha, short, None)
        if kind != "commit":
            raise GitError(Message.of("git_commit_unreadable", revision=short))
        return _parse_commit(sha, short, data)

    def plan_files(self, commit: Commit) -> list[PlanBlob]:
        """Every plan file at a revision (path relative to the plan directory), sorted as the
        plan directory's walk sorts them. Read from the tree objects; a folder that is the
        same tree as in the revision read before is not read again."""
        tree: str | None = commit.tree
        for name in self.prefix.parts:
            folders = {n: sha for mode, n, sha in self._tree(tree, commit) if mode == _FOLDER}
            tree = folders.get(name)
            if tree is None:
                return []  # the plan directory did not exist yet
        found = []
        pending = [(tree, PurePosixPath())]
        while pending:  # a loop, not recursion: a tree may be nested any number of levels
            folder_tree, folder = pending.pop()
            for mode, name, sha in self._tree(folder_tree, commit):
                relative = folder / name
                if mode == _FOLDER and in_plan(relative):
                    pending.append((sha, relative))
                # Links and submodules are not read: the plan directory's walk sees links'
                # targets, which a revision does not have.
                elif mode in _REGULAR_FILES and is_plan_file(relative):
                    found.append(PlanBlob(relative, sha))
        self._trees_before, self._trees_now = self._trees_now, {}
        return sorted(found, key=lambda item: item.path)

    def file_at(self, commit: Commit, path: PurePosixPath) -> PlanBlob | None:
        """A file a plan file names (an indicator's values file), by its path inside the plan
        directory; None when the revision has no regular file there (links are not followed,
        as in `plan_files`)."""
        tree: str | None = commit.tree
        *folders, name = (*self.prefix.parts, *path.parts)
        for folder in folders:
            entries = {n: (mode, sha) for mode, n, sha in self._tree(tree, commit)}
            mode, tree = entries.get(folder, (b"", None))
            if mode != _FOLDER:
                return None
        for mode, entry, sha in self._tree(tree, commit):
            if entry == name:
                return PlanBlob(path, sha) if mode in _REGULAR_FILES else None
        return None

    def _tree(self, sha: str | None, commit: Commit) -> list[tuple[bytes, str, str]]:
        """A tree's entries as (mode, name, object id)."""
        if sha is None:
            raise GitError(Message.of("git_commit_unreadable", revision=commit.short))
        entries = self._trees_now.get(sha) or self._trees_before.get(sha)
        if entries is None:
            kind, data = self._reader().read(sha, commit.short, None)
            entries = _parse_tree(data, len(sha) // 2) if kind == "tree" else None
            if entries is None:
                raise GitError(Message.of("git_commit_unreadable", revision=commit.short))
        self._trees_now[sha] = entries
        return entries

    def blob_size(self, blob: PlanBlob, commit: Commit) -> int:
        return self._reader().size(blob.blob, commit.short, blob.path)

    def read_blob(self, blob: PlanBlob, commit: Commit) -> bytes:
        return self._reader().read(blob.blob, commit.short, blob.path)[1]

    def _short(self, sha: str) -> str:
        if self._short_length is None:
            # git abbreviates by the size of the repository; ask once, use that length
            self._short_length = len(self.run("rev-parse", "--short", sha).strip()) or 7
        return sha[: self._short_length]

    def _reader(self) -> _ObjectReader:
        if self._objects is None:
            self._objects = _ObjectReader(self.root, self._env, self._config)
        return self._objects

    def _missing(self, message: Message, wanted: str) -> GitError:
        if self.shallow:
            return GitError(Message.of("shallow_clone", wanted=wanted))
        return GitError(message)


class _ObjectReader:
    """Two long-running `git cat-file` processes: one tells an object's type and size, the
    other hands out its content. Sizes come first, so an oversize file is never read."""

    def __init__(self, root: Path, env: dict[str, str], config: tuple[str, ...]) -> None:
        self._root, self._env, self._config = root, env, config
        self._processes: dict[str, subprocess.Popen[bytes]] = {}
        self._errors: dict[str, IO[bytes]] = {}

    def size(self, sha: str, revision: str, path: PurePosixPath | None) -> int:
        header = self._ask("--batch-check", sha, revision, path)
        return header[1]

    def read(self, sha: str, revision: str, path: PurePosixPath | None) -> tuple[str, bytes]:
        kind, size = self._ask("--batch", sha, revision, path)
        process = self._processes["--batch"]
        assert process.stdout is not None
        data = process.stdout.read(size + 1)
        if len(data) != size + 1 or not data.endswith(b"\n"):
            raise self._failed("--batch", revision, path)
        return kind, data[:-1]

    def close(self) -> None:
        for process in self._processes.values():
            _close(process)
        for errors in self._errors.values():
            errors.close()
        self._processes.clear()
        self._errors.clear()

    def _ask(
        self, mode: str, sha: str, revision: str, path: PurePosixPath | None
    ) -> tuple[str, int]:
        if not _OBJECT_ID.match(sha):
            raise self._unreadable(revision, path)
        process = self._process(mode)
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            process.stdin.write(f"{sha}\n".encode())
            process.stdin.flush()
        except OSError:
            raise self._failed(mode, revision, path) from None
        header = process.stdout.readline().split()
        if len(header) == 2 and header[1] == b"missing":
            raise self._unreadable(revision, path)
        if len(header) != 3 or header[0].decode(errors="replace") != sha:
            raise self._failed(mode, revision, path)
        kind, size = header[1].decode(errors="replace"), header[2]
        if not size.isdigit():
            raise self._failed(mode, revision, path)
        return kind, int(size)

    def _process(self, mode: str) -> subprocess.Popen[bytes]:
        process = self._processes.get(mode)
        if process is None or process.poll() is not None:
            # git's complaints go to a file: a pipe nobody reads could fill up and stall git
            self._errors[mode] = errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed in close)
            try:
                process = subprocess.Popen(
                    ["git", *_config_arguments(self._config), "cat-file", mode],
                    cwd=self._root,
                    env=self._env,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=errors,
                )
            except OSError:
                raise GitError(Message.of("git_missing")) from None
            self._processes[mode] = process
        return process

    def _failed(self, mode: str, revision: str, path: PurePosixPath | None) -> GitError:
        """git stopped in the middle (a corrupt object): the process is of no more use."""
        process = self._processes.pop(mode)
        process.kill()
        _close(process)
        errors = self._errors.pop(mode)
        errors.seek(0)
        lines = errors.read().decode("utf-8", errors="replace").strip().splitlines()
        errors.close()
        return self._unreadable(revision, path, lines[-1] if lines else "")

    @staticmethod
    def _unreadable(revision: str, path: PurePosixPath | None, detail: str = "") -> GitError:
        if path is None:
            return GitError(Message.of("git_commit_unreadable", revision=revision))
        shown = path.as_posix()
        if detail:
            detail = f"{shown}: {detail}"
            return GitError(Message.of("git_revision_unreadable", revision=revision, detail=detail))
        return GitError(Message.of("git_object_unreadable", revision=revision, path=shown))


def _close(process: subprocess.Popen[bytes]) -> None:
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()
    process.wait()


def _parse_tree(data: bytes, id_size: int) -> list[tuple[bytes, str, str]] | None:
    """The entries of a raw tree object (`<mode> <name>\\0<binary id>` each), None when the
    object is damaged."""
    entries = []
    position = 0
    while position < len(data):
        space = data.find(b" ", position)
        end = data.find(b"\0", space + 1) if space >= 0 else -1
        if end < 0 or end + 1 + id_size > len(data):
            return None
        mode, name = data[position:space], data[space + 1 : end]
        object_id = data[end + 1 : end + 1 + id_size].hex()
        entries.append((mode, name.decode("utf-8", errors="replace"), object_id))
        position = end + 1 + id_size
    return entries


def _parse_commit(sha: str, short: str, data: bytes) -> Commit:
    """The parts of a raw commit object that the change log shows. Nothing in it is trusted:
    an unreadable date becomes None, an odd name or subject is kept as text."""
    head, _, message = data.partition(b"\n\n")
    headers: dict[bytes, bytes] = {}
    for line in head.split(b"\n"):
        if line.startswith(b" "):
            continue  # the continuation of a multi-line header (a signature)
        name, _, value = line.partition(b" ")
        headers.setdefault(name, value)
    encoding = _encoding(headers.get(b"encoding", b"utf-8"))
    author, date = _person(headers.get(b"author", b""))
    first_paragraph = message.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    subject = " ".join(
        line.strip() for line in first_paragraph.decode(encoding, errors="replace").splitlines()
    ).strip()
    tree = headers.get(b"tree", b"").decode("ascii", errors="replace")
    author_name = author.decode(encoding, errors="replace")
    return Commit(sha, short, date, author_name, subject, tree if _OBJECT_ID.match(tree) else None)


def _encoding(name: bytes) -> str:
    try:
        return codecs.lookup(name.decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return "utf-8"


def _person(value: bytes) -> tuple[bytes, dt.date | None]:
    """`Name <mail> 1700000000 +0100` → the name and the day in the writer's time zone."""
    closing = value.rfind(b">")
    opening = value.rfind(b"<", 0, closing) if closing >= 0 else -1
    if opening < 0:
        return value.strip(), None
    return value[:opening].strip(), _day(value[closing + 1 :].strip())


def _day(raw: bytes) -> dt.date | None:
    match = _RAW_DATE.match(raw)
    if match is None:
        return None
    seconds, sign, hours, minutes = match.groups()
    offset = dt.timedelta(hours=int(hours), minutes=int(minutes))
    try:
        zone = dt.timezone(-offset if sign == b"-" else offset)
    except ValueError:  # a zone of a day or more: take the time in UTC
        zone = dt.UTC
    try:
        return dt.datetime.fromtimestamp(int(seconds), zone).date()
    except (OverflowError, OSError, ValueError):
        return None


def _trusted_folders(folder: Path) -> list[str]:
    """The user's own `safe.directory` entries (system, global or command line, never a
    repository's): they keep applying although those configuration files are not read."""
    try:
        done = subprocess.run(
            ["git", "config", "--show-scope", "--get-all", "safe.directory"],
            cwd=folder,
            capture_output=True,
            check=False,
            env={**os.environ, "LC_ALL": "C"},
        )
    except OSError:
        return []
    entries = []
    for line in done.stdout.decode("utf-8", errors="replace").splitlines():
        scope, _, value = line.partition("\t")
        if scope in _TRUSTED_SCOPES:
            entries.append(value)
    return entries


def _ways_to_find_the_repository() -> list[dict[str, str]]:
    """First from the plan directory itself; then, if the caller set GIT_DIR, as git would
    in the caller's folder (GIT_WORK_TREE, or else the current folder, is the work tree)."""
    ways: list[dict[str, str]] = [{}]
    git_dir = os.environ.get("GIT_DIR")
    if git_dir:
        work_tree = Path(os.environ.get("GIT_WORK_TREE") or Path.cwd())
        ways.append(
            {"GIT_DIR": str(Path(git_dir).absolute()), "GIT_WORK_TREE": str(work_tree.absolute())}
        )
    return ways


def _config_arguments(config: tuple[str, ...]) -> list[str]:
    return [argument for setting in config for argument in ("-c", setting)]


def _git(folder: Path, env: dict[str, str], config: tuple[str, ...], *args: str) -> str:
    try:
        done = subprocess.run(
            ["git", *_config_arguments(config), *args],
            cwd=folder,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            check=False,
            env=env,
        )
    except FileNotFoundError:
        raise GitError(Message.of("git_missing")) from None
    except OSError as error:
        detail = error.strerror or type(error).__name__
        raise GitError(Message.of("git_failed", detail=detail)) from None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise GitError(Message.of("git_failed", detail=lines[-1] if lines else ""))
    return done.stdout.decode("utf-8", errors="replace")
