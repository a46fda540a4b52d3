"""History stage: git revisions → plans → a semantic change log (a diff of models)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path, PurePath

from werkplan.history.changes import ChangeLog, change_log
from werkplan.history.git import Commit, GitError, Repository
from werkplan.history.snapshot import Snapshot, at_revision, working_tree
from werkplan.model import Plan, public_part
from werkplan.problems import Message

__all__ = ["ChangeLog", "GitError", "collect_changes"]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def collect_changes(
    plan_dir: Path, since: str | None = None, until: str | None = None, public: bool = False
) -> ChangeLog:
    """Raises ``GitError`` with a message that says what to do.

    ``public``: compare only what may be published (see ``model.public_part``)."""
    repository = Repository.of(plan_dir)
    shown = PurePath(plan_dir)
    last = repository.describe(_until(repository, until)) if until else None
    base = _since(repository, since, last.sha if last else "HEAD")
    steps = repository.commits(base.sha if base else None, last.sha if last else "HEAD")
    snapshots = [_base_snapshot(repository, base, shown)]
    snapshots += [at_revision(repository, c, shown) for c in steps if not last or c.sha != last.sha]
    snapshots.append(at_revision(repository, last, shown) if last else working_tree(plan_dir))
    for snapshot in (snapshots[0], snapshots[-1]):
        _readable(snapshot)
    if public:
        snapshots = [dataclasses.replace(s, plan=public_part(s.plan)) for s in snapshots]
    return change_log(snapshots, base)


def _since(repository: Repository, since: str | None, until: str) -> Commit | None:
    if since is None:
        sha = repository.last_change(until)
    elif _DATE.match(since):
        sha = repository.last_commit_before(_date(since))
    else:
        sha = repository.resolve(since)
    return repository.describe(sha) if sha else None


def _until(repository: Repository, until: str) -> str:
    """A revision, or the last commit made on a date or before it."""
    if _DATE.match(until):
        return repository.last_commit_before(_date(until) + dt.timedelta(days=1))
    return repository.resolve(until)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise GitError(Message.of("bad_since_date", value=text)) from None


def _base_snapshot(repository: Repository, base: Commit | None, shown: PurePath) -> Snapshot:
    if base is None:
        return Snapshot(None, Plan(directory=shown, files=()), ())
    return at_revision(repository, base, shown)


def _readable(snapshot: Snapshot) -> None:
    if not snapshot.errors:
        return
    problem = snapshot.errors[0]
    where, rule = str(problem.position), problem.rule
    if snapshot.commit is None:
        raise GitError(Message.of("worktree_unreadable", where=where, rule=rule))
    revision = snapshot.commit.short
    raise GitError(Message.of("revision_unreadable", revision=revision, where=where, rule=rule))
