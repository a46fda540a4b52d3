"""The entries `werkplan new` adds: their values, the next free id and the file they join.

Nothing here writes; ``werkplan.writers.edit.append_entry`` puts an entry into its file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from werkplan.model import Entity, Plan
from werkplan.timeframes import Precision, TimeFrame

_NUMBERED = re.compile(r"^(.*?)(\d+)$")


@dataclass(frozen=True)
class NewEntry:
    section: str  # measures, goals, actors
    values: dict[str, Any]  # None values are left out when written
    target: PurePath  # the plan file it joins

    @property
    def id(self) -> str:
        return str(self.values["id"])


def new_measure(
    plan: Plan,
    day: dt.date,
    field_id: str | None,
    title: str,
    *,
    goal: str | None,
    owner: str | tuple[str, ...] | None,
    due: TimeFrame | dt.date | None,
    start: TimeFrame | None = None,
    parent: str | None = None,
    kind: str = "measure",
    horizon: str | None = None,
    status: str = "planned",
) -> NewEntry:
    """A measure reviewed today, `planned` unless another status is named.

    It joins a goal if one is named, else its field of action; a sub-measure (``parent``)
    without a goal belongs to its parent's goals and field and joins its parent's file. Its id
    follows the ids of its field (M-BEG-09 → M-BEG-10)."""
    parent_measure = plan.measure(parent)
    parent_fields = plan.fields_of(parent_measure) if parent_measure else set()
    scheme_field = field_id or (sorted(parent_fields)[0] if parent_fields else None)
    if scheme_field is not None:
        siblings = [m for m in plan.measures if scheme_field in plan.fields_of(m)]
        fallback = f"M-{_suffix(scheme_field)}-"
    else:  # a parent linked to no field: its own family of ids
        siblings = [m for m in (parent_measure, *plan.children.get(str(parent), ())) if m]
        fallback = "M-"
    own_field = None if goal or (parent_measure and field_id in parent_fields) else field_id
    values: dict[str, Any] = {
        "id": next_id([m.id for m in siblings], fallback, 2, plan.indexes["measures"]),
        "title": title,
        "goals": [goal] if goal else None,
        "field": own_field,
        "parent": parent,
        "kind": kind if kind != "measure" else None,  # the default goes without saying
        "owner": owner,
        "horizon": horizon,
        "start": _as_written(start),
        "due": _as_written(due),
        "status": status,
        "updated": day,
    }
    if parent_measure is not None:
        target = parent_measure.origin.path
    else:
        target = _home(siblings, plan, "fields", scheme_field)
    return NewEntry("measures", values, target)


def new_goal(
    plan: Plan, field_id: str, title: str, *, indicator: str | None, target: str | None
) -> NewEntry:
    goals = [g for g in plan.goals if g.field == field_id]
    values = {
        "id": next_id([g.id for g in goals], f"Z-{_suffix(field_id)}-", 1, plan.indexes["goals"]),
        "field": field_id,
        "title": title,
        "indicator": indicator,
        "target": target,
    }
    return NewEntry("goals", values, _home(goals, plan, "fields", field_id))


def new_actor(plan: Plan, name: str, kind: str, actor_id: str | None) -> NewEntry:
    values = {"id": actor_id or slug(name), "name": name, "kind": kind}
    return NewEntry("actors", values, _home(list(plan.actors), plan, "actors", None))


def _as_written(frame: TimeFrame | dt.date | None) -> TimeFrame | dt.date | int | None:
    """A year as people write it, `2026`; other time frames as the writer spells them."""
    if isinstance(frame, TimeFrame) and frame.precision is Precision.YEAR:
        return frame.year
    return frame


def next_id(
    existing: list[str], fallback_prefix: str, width: int, taken: Collection[str] = ()
) -> str:
    """The next number in the scheme most ids use: M-BEG-09 → M-BEG-10; never one of
    ``taken`` (ids used elsewhere in the plan, e.g. in another field with the same scheme)."""
    numbered = [(m.group(1), m.group(2)) for i in existing if (m := _NUMBERED.match(i))]
    if not numbered:
        prefix, number, digits = fallback_prefix, 1, width
    else:
        prefix = Counter(p for p, _ in numbered).most_common(1)[0][0]
        numbers = [n for p, n in numbered if p == prefix]
        digits = max(len(n) for n in numbers)
        number = max(int(n) for n in numbers) + 1
    while f"{prefix}{number:0{digits}d}" in taken:
        number += 1
    return f"{prefix}{number:0{digits}d}"


def slug(name: str) -> str:
    plain = name.lower()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        plain = plain.replace(umlaut, spelled)
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "akteur"


def _suffix(field_id: str) -> str:
    return field_id.split("-", 1)[1] if "-" in field_id else field_id


def _home(siblings: list[Any], plan: Plan, section: str, entity_id: str | None) -> PurePath:
    """The file where entries like the new one live, else the file of the entity it joins."""
    if siblings:
        paths: Counter[PurePath] = Counter(s.origin.path for s in siblings)
        return paths.most_common(1)[0][0]
    owner = plan.lookup(section, entity_id) if entity_id else None
    if isinstance(owner, Entity):
        return owner.origin.path
    return plan.files[0] if plan.files else plan.directory / "plan.yaml"
