"""The semantic change log: which entities changed between two plans, how, and by which commit.

A diff of models, not of lines: a measure that moves to another file is a move, a due date
that changes says by how many days it moved, and each change names the commits that made it.
Revisions are compared one after the other as they are read, so only the first, the previous
and the current revision's plans are held at any time.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from werkplan.history.git import Commit
from werkplan.history.snapshot import Snapshot
from werkplan.model import ENTITY_TYPES, Entity, Plan, value_keys
from werkplan.schema import SECTION_BY_KEY
from werkplan.timeframes import TimeFrame

# References shown by the name of what they point to (people read "Jugendamt", not "amt");
# goals and measures keep their ids, which is how a committee refers to them.
_NAMED_REFERENCES = {"actors", "regions", "fields"}


class Kind(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: object
    new: object
    collection: str = "measures"  # the section of the entity the field belongs to
    # For references: the names of the entities the ids stood for, in the old and new plan.
    old_names: Mapping[str, str] = field(default_factory=dict, compare=False)
    new_names: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def vocabulary(self) -> str | None:
        """The i18n vocabulary that labels the values (status, kinds), from the format."""
        spec = SECTION_BY_KEY[self.collection].field(self.name)
        return spec.vocabulary.name if spec is not None and spec.vocabulary else None

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
class Requested:
    """The range as the user named it (a revision as typed, or a date), for headings."""

    since: str | dt.date | None = None
    until: str | dt.date | None = None


@dataclass(frozen=True)
class ChangeLog:
    since: Commit | None  # None: before the first commit
    until: Commit | None  # None: the working tree
    changes: tuple[EntityChange, ...]
    skipped: tuple[Commit, ...] = ()  # commits whose plan did not load; merged into the next
    requested: Requested = Requested()
    public: bool = False  # made for publication: no commit subjects, authors or files


class ChangeLogBuilder:
    """Takes the revisions oldest first; keeps only what attributing the net change needs."""

    def __init__(self, first: Snapshot) -> None:
        self.first = first
        self.previous = first
        self.steps: list[tuple[Commit | None, list[EntityChange]]] = []
        self.skipped: list[Commit] = []

    def add(self, snapshot: Snapshot) -> None:
        """The next revision; one that did not load is skipped (its changes count for the
        next one that did)."""
        if snapshot.errors:
            if snapshot.commit is not None:
                self.skipped.append(snapshot.commit)
            return
        self.steps.append((snapshot.commit, diff(self.previous.plan, snapshot.plan)))
        self.previous = snapshot

    def finish(self, since: Commit | None, requested: Requested, public: bool) -> ChangeLog:
        """Net changes from the first revision to the last one added."""
        last = self.previous
        net = {(c.collection, c.id): c for c in diff(self.first.plan, last.plan)}
        for commit, changes in self.steps:
            for step in changes:
                total = net.get((step.collection, step.id))
                if total is not None and _overlaps(total, step) and commit not in total.commits:
                    total.commits.append(commit)
        shown = [_for_public(c) if public else c for c in net.values()]
        ordered = sorted(
            (c for c in shown if c is not None),
            key=lambda c: (list(ENTITY_TYPES).index(c.collection), c.id),
        )
        skipped = tuple(self.skipped)
        return ChangeLog(since, last.commit, tuple(ordered), skipped, requested, public)


def diff(old: Plan, new: Plan) -> list[EntityChange]:
    changes = []
    for collection in ENTITY_TYPES:
        before, after = old.indexes[collection], new.indexes[collection]
        for entity_id in before.keys() - after.keys():
            changes.append(_whole(collection, before[entity_id], Kind.REMOVED))
        for entity_id in after.keys() - before.keys():
            changes.append(_whole(collection, after[entity_id], Kind.ADDED))
        for entity_id in before.keys() & after.keys():
            if before[entity_id] is after[entity_id]:
                continue  # the same file read once for both revisions
            change = _compare(collection, before[entity_id], after[entity_id], (old, new))
            if change is not None:
                changes.append(change)
    return changes


def _whole(collection: str, entity: Entity, kind: Kind) -> EntityChange:
    return EntityChange(collection, entity.id, kind, _title(entity))


def _compare(
    collection: str, old: Entity, new: Entity, plans: tuple[Plan, Plan]
) -> EntityChange | None:
    fields = [
        _field_change(collection, name, getattr(old, name), getattr(new, name), plans)
        for name in _value_keys(old)
        if getattr(old, name) != getattr(new, name)
    ]
    old_file, new_file = old.origin.path.as_posix(), new.origin.path.as_posix()
    if not fields and old_file == new_file:
        return None
    change = EntityChange(collection, new.id, Kind.CHANGED, _title(new), fields)
    if old_file != new_file:
        change.moved_from, change.moved_to = old_file, new_file
    return change


def _field_change(
    collection: str, name: str, old: object, new: object, plans: tuple[Plan, Plan]
) -> FieldChange:
    spec = SECTION_BY_KEY[collection].field(name)
    target = spec.ref if spec is not None else None
    if target is None or target not in _NAMED_REFERENCES:
        return FieldChange(name, old, new, collection)
    old_plan, new_plan = plans
    old_names, new_names = _names(old_plan, target, old), _names(new_plan, target, new)
    return FieldChange(name, old, new, collection, old_names, new_names)


def _names(plan: Plan, collection: str, value: object) -> dict[str, str]:
    ids = value if isinstance(value, tuple) else (value,)
    names = {}
    for entity_id in ids:
        entity = plan.lookup(collection, entity_id) if isinstance(entity_id, str) else None
        if entity is not None and _title(entity):
            names[entity_id] = _title(entity)
    return names


def _value_keys(entity: Entity) -> Iterable[str]:
    """The keys whose change the log shows: every value but the id, which names the entry."""
    return (key for key in value_keys(entity) if key != "id")


def _title(entity: Entity) -> str:
    return str(getattr(entity, "title", "") or getattr(entity, "name", "") or "")


def _overlaps(total: EntityChange, step: EntityChange) -> bool:
    """Whether a step contributed to the net change (same fields, or the entity came or went)."""
    if total.kind is not Kind.CHANGED or step.kind is not Kind.CHANGED:
        return True
    moved = step.moved_to is not None and total.moved_to is not None
    return moved or bool({f.name for f in total.fields} & {f.name for f in step.fields})


def _for_public(change: EntityChange) -> EntityChange | None:
    """Which file holds an entity is the administration's own business: a change that is
    only a move is left out of a published log, and no change names files."""
    if change.kind is Kind.CHANGED and not change.fields:
        return None
    change.moved_from = change.moved_to = None
    return change
