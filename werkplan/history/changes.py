"""The semantic change log: which entities changed between two plans, how, and by which commit.

A diff of models, not of lines: a measure that moves to another file is a move, a due date
that changes says by how many days it moved, and each change names the commits that made it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from werkplan.history.git import Commit
from werkplan.history.snapshot import Snapshot
from werkplan.model import ENTITY_TYPES, Entity, Plan
from werkplan.timeframes import TimeFrame

_BOOKKEEPING = {"id", "origin", "where", "broken"}


class Kind(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: object
    new: object

    @property
    def days_moved(self) -> int | None:
        """How far a date moved; for time frames, a start by its first day, else the last."""
        old, new = self.old, self.new
        if isinstance(old, TimeFrame) and isinstance(new, TimeFrame):
            old, new = (old.first, new.first) if self.name == "start" else (old.last, new.last)
        if isinstance(old, dt.date) and isinstance(new, dt.date):
            return (new - old).days
        return None


@dataclass
class EntityChange:
    collection: str  # "measures", "goals", ...
    id: str
    kind: Kind
    title: str
    fields: list[FieldChange] = field(default_factory=list)
    moved_from: str | None = None  # the file it was in, when it moved to another file
    moved_to: str | None = None
    commits: list[Commit | None] = field(default_factory=list)  # None: not committed yet


@dataclass(frozen=True)
class ChangeLog:
    since: Commit | None  # None: before the first commit
    until: Commit | None  # None: the working tree
    changes: tuple[EntityChange, ...]
    skipped: tuple[Commit, ...] = ()  # commits whose plan did not load; merged into the next


def change_log(snapshots: Sequence[Snapshot], since: Commit | None) -> ChangeLog:
    """Net changes from the first snapshot to the last, attributed to the steps between."""
    usable = [snapshots[0], *(s for s in snapshots[1:-1] if not s.errors), snapshots[-1]]
    skipped = tuple(s.commit for s in snapshots[1:-1] if s.errors and s.commit)
    net = {(c.collection, c.id): c for c in diff(snapshots[0].plan, snapshots[-1].plan)}
    for before, after in itertools.pairwise(usable):
        for step in diff(before.plan, after.plan):
            total = net.get((step.collection, step.id))
            if total is not None and _overlaps(total, step) and after.commit not in total.commits:
                total.commits.append(after.commit)
    ordered = sorted(net.values(), key=lambda c: (list(ENTITY_TYPES).index(c.collection), c.id))
    return ChangeLog(since, snapshots[-1].commit, tuple(ordered), skipped)


def diff(old: Plan, new: Plan) -> list[EntityChange]:
    changes = []
    for collection in ENTITY_TYPES:
        before, after = old.indexes[collection], new.indexes[collection]
        for entity_id in before.keys() - after.keys():
            changes.append(_whole(collection, before[entity_id], Kind.REMOVED))
        for entity_id in after.keys() - before.keys():
            changes.append(_whole(collection, after[entity_id], Kind.ADDED))
        for entity_id in before.keys() & after.keys():
            change = _compare(collection, before[entity_id], after[entity_id])
            if change is not None:
                changes.append(change)
    return changes


def _whole(collection: str, entity: Entity, kind: Kind) -> EntityChange:
    return EntityChange(collection, entity.id, kind, _title(entity))


def _compare(collection: str, old: Entity, new: Entity) -> EntityChange | None:
    fields = [
        FieldChange(name, getattr(old, name), getattr(new, name))
        for name in _field_names(old)
        if getattr(old, name) != getattr(new, name)
    ]
    old_file, new_file = old.origin.path.as_posix(), new.origin.path.as_posix()
    if not fields and old_file == new_file:
        return None
    change = EntityChange(collection, new.id, Kind.CHANGED, _title(new), fields)
    if old_file != new_file:
        change.moved_from, change.moved_to = old_file, new_file
    return change


def _field_names(entity: Entity) -> Iterable[str]:
    return (f.name for f in dataclasses.fields(entity) if f.name not in _BOOKKEEPING)


def _title(entity: Entity) -> str:
    return str(getattr(entity, "title", "") or getattr(entity, "name", "") or "")


def _overlaps(total: EntityChange, step: EntityChange) -> bool:
    """Whether a step contributed to the net change (same fields, or the entity came or went)."""
    if total.kind is not Kind.CHANGED or step.kind is not Kind.CHANGED:
        return True
    moved = step.moved_to is not None and total.moved_to is not None
    return moved or bool({f.name for f in total.fields} & {f.name for f in step.fields})
