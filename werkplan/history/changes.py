"""The semantic change log: which entities changed between two plans, how, and by which commit.

A diff of models, not of lines: a measure that moves to another file is a move, a due date
that changes says by how many days it moved, and each change names the commits that made it.
Every key of the format is compared by what its value is (``werkplan.schema``): records
(milestones, funding, decisions, links, status entries, an indicator's targets and values,
the plan's horizons and attribute definitions) are matched one by one, so a new entry is new
and a changed one names the key that changed; mappings (costs, an indicator's source, the
plan's period and settings) are compared key by key, costs by year year by year, attributes
attribute by attribute, the plan's own labels label by label. The `plan:` section is compared
like an entity.

Revisions are compared one after the other as they are read, so only the first, the previous
and the current revision's plans are held at any time; a step between two revisions keeps
only which keys it touched.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from werkplan.history.git import Commit
from werkplan.history.snapshot import Snapshot
from werkplan.model import ENTITY_TYPES, Entity, Plan, PlanInfo, value_keys
from werkplan.problems import Position
from werkplan.schema import PLAN, SECTION_BY_KEY, KeySpec, ValueType
from werkplan.timeframes import TimeFrame

# References shown by the name of what they point to (people read "Jugendamt", not "amt");
# goals and measures keep their ids, which is how a committee refers to them.
NAMED_REFERENCES = frozenset({"actors", "regions", "fields"})
PLAN_SECTION = PLAN.key  # the collection name of the `plan:` section's change

# Which keys of a record say which record it is: a milestone is its title, a value its date
# and region. A record whose identity changes is one removed and one added.
_IDENTITY: dict[str, tuple[str, ...]] = {
    "milestone": ("title",),
    "funding": ("source",),
    "link": ("url",),
    "update": ("date",),
    "target": ("date", "region"),
    "value": ("date", "region"),
    "horizon": ("id",),
    "attribute_definition": ("id",),
}
# A decision is named by its reference (DS 2025/123) where it has one, else by body and date.
_DECISION_IDENTITY = (("reference",), ("body", "date"))

# Which record of a list (or which year, attribute or label) a change is about, as the keys
# that name it: (("title", "Konzept"),), (("date", 2025), ("region", "nord")).
Item = tuple[tuple[str, object], ...]


class Kind(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class FieldChange:
    """One key's change, old → new. For a record of a list (``item``), the record came
    (ADDED, ``new`` is the record), went (REMOVED) or one of its keys changed (``part``);
    for a mapping (costs), ``part`` names the key inside it."""

    name: str
    old: object
    new: object
    collection: str = "measures"  # the section of the entity the key belongs to
    part: str | None = None
    item: Item | None = None
    change: Kind = Kind.CHANGED
    # The plans before and after, for the words of values: names of what ids stand for, the
    # plan's own labels, attribute definitions, horizons. Not part of what changed.
    plans: tuple[Plan, Plan] | None = field(default=None, compare=False, repr=False)

    @property
    def spec(self) -> KeySpec | None:
        """The format's definition of the key (of the key inside, with ``part``)."""
        spec = SECTION_BY_KEY[self.collection].field(self.name)
        if spec is not None and self.part is not None:
            return spec.field(self.part)
        return spec

    @property
    def record(self) -> str | None:
        """The record type the key holds (milestone, funding, …), for records and mappings."""
        spec = SECTION_BY_KEY[self.collection].field(self.name)
        return spec.record if spec is not None else None

    @property
    def vocabulary(self) -> str | None:
        """The i18n vocabulary that labels the values (status, kinds), from the format."""
        spec = self.spec
        return spec.vocabulary.name if spec is not None and spec.vocabulary else None

    @property
    def days_moved(self) -> int | None:
        """How far a date moved; for time frames, a start by its first day, else the last."""
        old, new = self.old, self.new
        if isinstance(old, TimeFrame) and isinstance(new, TimeFrame):
            starts = (self.part or self.name) == "start"
            old, new = (old.first, new.first) if starts else (old.last, new.last)
        if isinstance(old, dt.date) and isinstance(new, dt.date):
            return (new - old).days
        return None

    @property
    def old_names(self) -> dict[str, str]:
        """What the ids in the old value stand for, in the old plan."""
        return self._names(0, self.old)

    @property
    def new_names(self) -> dict[str, str]:
        return self._names(1, self.new)

    def _names(self, side: int, value: object) -> dict[str, str]:
        if self.plans is None:
            return {}
        plan = self.plans[side]
        names: dict[str, str] = {}
        for target, ids in self._references(value):
            for entity_id in ids:
                name = name_of(plan, target, entity_id)
                if name:
                    names[entity_id] = name
        return names

    def _references(self, value: object) -> Iterator[tuple[str, tuple[str, ...]]]:
        """(section, ids) of the names a value mentions: the key's own reference, or the
        references inside a whole record (a decision's body, a value's region)."""
        key = SECTION_BY_KEY[self.collection].field(self.name)
        if key is not None and key.type is ValueType.RECORDS and self.item is not None:
            for inner in key.fields:  # what names the record: a value's region
                named = dict(self.item).get(inner.name)
                if inner.ref in NAMED_REFERENCES and named is not None:
                    yield inner.ref, _ids(named)
            if self.part is None:  # the whole record came or went: a decision's body
                for inner in key.fields:
                    if inner.ref in NAMED_REFERENCES:
                        yield inner.ref, _ids(getattr(value, inner.name, None))
                return
        spec = self.spec
        if spec is not None and spec.ref in NAMED_REFERENCES:
            yield spec.ref, _ids(value)


@dataclass
class EntityChange:
    collection: str  # "measures", "goals", ..., or "plan" for the `plan:` section
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
    language: str = "de"  # the plan's `language` at the end of the log


@dataclass(frozen=True)
class _Step:
    """What one commit did to one entity: enough to tell whether it made part of the net
    change (the step's plans are let go)."""

    kind: Kind
    touched: frozenset[tuple[str, object]]
    moved: bool


class ChangeLogBuilder:
    """Takes the revisions oldest first; keeps only what attributing the net change needs."""

    def __init__(self, first: Snapshot) -> None:
        self.first = first
        self.previous = first
        self.steps: list[tuple[Commit | None, dict[tuple[str, str], _Step]]] = []
        self.skipped: list[Commit] = []

    def add(self, snapshot: Snapshot) -> None:
        """The next revision; one that did not load is skipped (its changes count for the
        next one that did)."""
        if snapshot.errors:
            if snapshot.commit is not None:
                self.skipped.append(snapshot.commit)
            return
        steps = {
            (c.collection, c.id): _Step(c.kind, _touched(c), c.moved_to is not None)
            for c in diff(self.previous.plan, snapshot.plan)
        }
        self.steps.append((snapshot.commit, steps))
        self.previous = snapshot

    def finish(self, since: Commit | None, requested: Requested, public: bool) -> ChangeLog:
        """Net changes from the first revision to the last one added."""
        last = self.previous
        net = {(c.collection, c.id): c for c in _words_only(diff(self.first.plan, last.plan))}
        for commit, steps in self.steps:
            for key, step in steps.items():
                total = net.get(key)
                if total is not None and _overlaps(total, step) and commit not in total.commits:
                    total.commits.append(commit)
        shown = [_for_public(c) if public else c for c in net.values()]
        order = [PLAN_SECTION, *ENTITY_TYPES]
        ordered = sorted(
            (c for c in shown if c is not None),
            key=lambda c: (order.index(c.collection), c.id),
        )
        skipped = tuple(self.skipped)
        return ChangeLog(
            since, last.commit, tuple(ordered), skipped, requested, public, last.plan.language
        )


def _words_only(changes: list[EntityChange]) -> list[EntityChange]:
    """The log outlives the revisions it was made from (a report is built next to it): its
    changes keep of each plan only what their words need, not every measure and value."""
    if not changes or not any(f.plans for c in changes for f in c.fields):
        return changes
    named = {
        str(value)
        for c in changes
        for f in c.fields
        if (spec := f.spec) is not None and spec.ref == "measures" and spec.type is ValueType.ID
        for value in (f.old, f.new)
        if value is not None
    }
    plans = next(f.plans for c in changes for f in c.fields if f.plans is not None)
    slim = (_slim(plans[0], named), _slim(plans[1], named))
    for change in changes:
        change.fields = [dataclasses.replace(f, plans=slim) for f in change.fields]
    return changes


def _slim(plan: Plan, measures: set[str]) -> Plan:
    """The `plan:` section, the entities values are named after, and the named measures."""
    return Plan(
        directory=plan.directory,
        files=(),
        infos=plan.infos,
        actors=plan.actors,
        regions=plan.regions,
        fields=plan.fields,
        measures=tuple(m for m in plan.measures if m.id in measures),
    )


def diff(old: Plan, new: Plan) -> list[EntityChange]:
    plans = (old, new)
    changes = []
    plan_change = _plan_change(old.info, new.info, plans)
    if plan_change is not None:
        changes.append(plan_change)
    for collection in ENTITY_TYPES:
        before, after = old.indexes[collection], new.indexes[collection]
        for entity_id in before.keys() - after.keys():
            changes.append(_whole(collection, before[entity_id], Kind.REMOVED))
        for entity_id in after.keys() - before.keys():
            changes.append(_whole(collection, after[entity_id], Kind.ADDED))
        for entity_id in before.keys() & after.keys():
            if before[entity_id] is after[entity_id]:
                continue  # the same file read once for both revisions
            change = _compare(collection, before[entity_id], after[entity_id], plans)
            if change is not None:
                changes.append(change)
    return changes


def _whole(collection: str, entity: Entity, kind: Kind) -> EntityChange:
    return EntityChange(collection, entity.id, kind, title_of(entity))


def _compare(
    collection: str, old: Entity, new: Entity, plans: tuple[Plan, Plan]
) -> EntityChange | None:
    section = SECTION_BY_KEY[collection]
    fields = [
        change
        for name in _value_keys(old)
        if getattr(old, name) != getattr(new, name)
        for change in key_changes(
            collection, section.field(name), name, getattr(old, name), getattr(new, name), plans
        )
    ]
    return _entity_change(collection, new.id, title_of(new), fields, (old.origin, new.origin))


def _plan_change(
    old: PlanInfo | None, new: PlanInfo | None, plans: tuple[Plan, Plan]
) -> EntityChange | None:
    """The `plan:` section compared like an entity: its title, period, horizons, labels,
    attribute definitions, decisions and links."""
    if old is new:
        return None  # the same file read once for both revisions
    if old is None or new is None:
        shown = new or old
        assert shown is not None
        kind = Kind.ADDED if new is not None else Kind.REMOVED
        return EntityChange(PLAN_SECTION, shown.id or "", kind, shown.title)
    fields = [
        change
        for spec in PLAN.fields
        if getattr(old, spec.name) != getattr(new, spec.name)
        for change in key_changes(
            PLAN_SECTION, spec, spec.name, getattr(old, spec.name), getattr(new, spec.name), plans
        )
    ]
    return _entity_change(PLAN_SECTION, new.id or "", new.title, fields, (old.origin, new.origin))


def _entity_change(
    collection: str,
    entity_id: str,
    title: str,
    fields: list[FieldChange],
    origins: tuple[Position, Position],
) -> EntityChange | None:
    old_file, new_file = (origin.path.as_posix() for origin in origins)
    if not fields and old_file == new_file:
        return None
    change = EntityChange(collection, entity_id, Kind.CHANGED, title, fields)
    if old_file != new_file:
        change.moved_from, change.moved_to = old_file, new_file
    return change


def key_changes(
    collection: str,
    spec: KeySpec | None,
    name: str,
    old: Any,
    new: Any,
    plans: tuple[Plan, Plan] | None = None,
) -> list[FieldChange]:
    """How one key changed, in the pieces a reader follows: records one by one, mappings
    key by key, anything else as a whole."""

    def change(old_value: object, new_value: object, **where: Any) -> FieldChange:
        return FieldChange(name, old_value, new_value, collection, plans=plans, **where)

    value_type = spec.type if spec is not None else None
    if spec is not None and value_type is ValueType.RECORDS and spec.record:
        return _record_changes(spec.record, spec, old, new, change)
    if spec is not None and value_type is ValueType.MAPPING and spec.record != "baseline":
        return _mapping_changes(spec, old, new, change)
    if value_type is ValueType.ATTRIBUTES:
        return _pair_changes("id", dict(old or ()), dict(new or ()), change)
    if value_type is ValueType.LABELS:
        return _pair_changes(("vocabulary", "value"), _flat_labels(old), _flat_labels(new), change)
    return [change(old, new)]


# The local `change` of key_changes: old and new value and where they are → a FieldChange.
Change = Callable[..., FieldChange]


def _mapping_changes(spec: KeySpec, old: Any, new: Any, change: Change) -> list[FieldChange]:
    """Costs, an indicator's source, the plan's period and settings: key by key; costs by
    year year by year."""
    found = []
    for inner in spec.fields:
        before, after = getattr(old, inner.name, None), getattr(new, inner.name, None)
        if before == after or (before in (None, ()) and after in (None, ())):
            continue
        if inner.type is ValueType.YEAR_AMOUNTS:
            years = _pair_changes("year", dict(before or ()), dict(after or ()), change)
            found += [_with_part(c, inner.name) for c in years]
        else:
            found.append(change(before, after, part=inner.name))
    return found


def _with_part(found: FieldChange, part: str) -> FieldChange:
    return dataclasses.replace(found, part=part)


def _pair_changes(
    names: str | tuple[str, ...], old: Mapping[Any, Any], new: Mapping[Any, Any], change: Change
) -> list[FieldChange]:
    """Values under keys (attributes by id, costs by year, labels by vocabulary and value)."""
    keys = tuple(names) if isinstance(names, tuple) else (names,)

    def item(key: Any) -> Item:
        values = key if isinstance(key, tuple) else (key,)
        return tuple(zip(keys, values, strict=True))

    found = []
    for key in [*new, *(k for k in old if k not in new)]:
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        kind = Kind.ADDED if key not in old else Kind.REMOVED if key not in new else Kind.CHANGED
        found.append(change(before, after, item=item(key), change=kind))
    return found


def _flat_labels(labels: Mapping[str, Mapping[str, object]] | None) -> dict[Any, object]:
    return {
        (vocabulary, value): wording
        for vocabulary, values in (labels or {}).items()
        for value, wording in values.items()
    }


def _record_changes(
    record: str, spec: KeySpec, old: tuple[Any, ...], new: tuple[Any, ...], change: Change
) -> list[FieldChange]:
    """Records matched by what names them: new ones, gone ones, and per changed record the
    keys that changed."""
    before, after = _keyed(record, old or ()), _keyed(record, new or ())
    found = []
    for item, entry in after.items():
        previous = before.get(item)
        if previous is None:
            found.append(change(None, entry, item=item, change=Kind.ADDED))
        elif previous != entry:
            for inner in spec.fields:
                old_value = getattr(previous, inner.name, None)
                new_value = getattr(entry, inner.name, None)
                if old_value != new_value:
                    found.append(change(old_value, new_value, item=item, part=inner.name))
    for item, entry in before.items():
        if item not in after:
            found.append(change(entry, None, item=item, change=Kind.REMOVED))
    return found


def _keyed(record: str, entries: Iterable[Any]) -> dict[Item, Any]:
    """Records by what names them; the second of two with the same name is told apart by
    its occurrence."""
    keyed: dict[Item, Any] = {}
    for entry in entries:
        named = item = identity(record, entry)
        occurrence = 1
        while item in keyed:
            occurrence += 1
            item = (*named, ("occurrence", occurrence))
        keyed[item] = entry
    return keyed


def identity(record: str, entry: Any) -> Item:
    """The keys that name a record (a milestone's title, a value's date and region)."""
    if record == "decision":
        for keys in _DECISION_IDENTITY:
            if any(getattr(entry, key) is not None for key in keys):
                return tuple((key, getattr(entry, key)) for key in keys)
        return ()
    return tuple((key, getattr(entry, key)) for key in _IDENTITY.get(record, ()))


def name_of(plan: Plan, collection: str, entity_id: str) -> str:
    entity = plan.lookup(collection, entity_id) if isinstance(entity_id, str) else None
    return title_of(entity) if entity is not None else ""


def _ids(value: object) -> tuple[str, ...]:
    if isinstance(value, tuple):
        return tuple(v for v in value if isinstance(v, str))
    return (value,) if isinstance(value, str) else ()


def _value_keys(entity: Entity) -> Iterable[str]:
    """The keys whose change the log shows: every value but the id, which names the entry."""
    return (key for key in value_keys(entity) if key != "id")


def title_of(entity: object) -> str:
    """How an entry is named: a measure with its original number ("Ü1 Solarkataster")."""
    display = getattr(entity, "display_title", None)
    if isinstance(display, str):
        return display
    return str(getattr(entity, "title", "") or getattr(entity, "name", "") or "")


def _touched(change: EntityChange) -> frozenset[tuple[str, object]]:
    """The keys a change touched: a record of a list as a whole (one commit adds a
    milestone, the next one moves its due), a key inside a mapping on its own."""
    return frozenset((f.name, f.item if f.item is not None else f.part) for f in change.fields)


def _overlaps(total: EntityChange, step: _Step) -> bool:
    """Whether a step contributed to the net change (the same keys, or the same record of a
    list; or the entity came or went)."""
    if total.kind is not Kind.CHANGED or step.kind is not Kind.CHANGED:
        return True
    moved = step.moved and total.moved_to is not None
    return moved or bool(_touched(total) & step.touched)


_FILE_KEYS = frozenset({"values_file"})


def _for_public(change: EntityChange) -> EntityChange | None:
    """Which file holds an entity is the administration's own business: a change that is
    only a move is left out of a published log, and no change names files (neither where an
    entity is kept nor where an indicator keeps its values: the values themselves show)."""
    change.fields = [f for f in change.fields if f.name not in _FILE_KEYS]
    if change.kind is Kind.CHANGED and not change.fields:
        return None
    change.moved_from = change.moved_to = None
    return change
