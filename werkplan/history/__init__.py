"""History stage: git revisions → plans → a semantic change log (a diff of models)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path, PurePath

from werkplan.history.changes import ChangeLog, ChangeLogBuilder, Requested
from werkplan.history.git import Commit, GitError, Repository
from werkplan.history.snapshot import Revisions, Snapshot
from werkplan.problems import Message

__all__ = ["ChangeLog", "GitError", "collect_changes"]


def collect_changes(
    plan_dir: Path,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    public: bool = False,
) -> ChangeLog:
    """Raises ``GitError`` with a message that says what to do.

    ``since``: a revision, or a day (the state before the day's first commit). ``public``:
    compare only what may be published (see ``model.public_part``), and leave out commit
    subjects, authors and file names."""
    with Repository.of(plan_dir) as repository:
        revisions = Revisions(repository, PurePath(plan_dir), public)
        last = repository.describe(_until(repository, until)) if until else None
        base = _since(repository, since, last.sha if last else "HEAD")
        first = revisions.at(base) if base else revisions.empty()
        _readable(first)
        builder = ChangeLogBuilder(first)
        for sha in repository.commits(base.sha if base else None, last.sha if last else "HEAD"):
            if not last or sha != last.sha:
                builder.add(revisions.at(repository.describe(sha)))
        final = revisions.at(last) if last else revisions.working_tree(plan_dir)
        _readable(final)
        builder.add(final)
        return builder.finish(base, Requested(since, until), public)


def _since(repository: Repository, since: str | dt.date | None, until: str) -> Commit | None:
    if since is None:
        sha = repository.last_change(until)
    elif isinstance(since, dt.date):
        sha = repository.last_commit_before(since)  # None: the history starts later
    else:
        sha = repository.resolve(since)
    return repository.describe(sha) if sha else None


def _until(repository: Repository, until: str | dt.date) -> str:
    """A revision, or the last commit made on a day or before it."""
    if isinstance(until, dt.date):
        sha = repository.last_commit_before(until + dt.timedelta(days=1))
        if sha is None:
            raise GitError(Message.of("until_before_history", day=until))
        return sha
    return repository.resolve(until)


def _readable(snapshot: Snapshot) -> None:
    if not snapshot.errors:
        return
    problem = snapshot.errors[0]
    where, rule = str(problem.position), problem.rule
    if snapshot.commit is None:
        raise GitError(Message.of("worktree_unreadable", where=where, rule=rule))
    revision = snapshot.commit.short
    raise GitError(Message.of("revision_unreadable", revision=revision, where=where, rule=rule))
