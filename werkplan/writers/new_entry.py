"""The entries `werkplan new` adds: their values, the next free id and the file they join.

Nothing here writes; ``werkplan.writers.edit.append_entry`` puts an entry into its file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from werkplan.model import Entity, Plan

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
    field_id: str,
    title: str,
    *,
    goal: str | None,
    owner: str | None,
    due: dt.date | None,
) -> NewEntry:
    """A planned measure of a field of action, reviewed today; under a goal if one is named."""
    in_field = [m for m in plan.measures if field_id in plan.fields_of(m)]
    values: dict[str, Any] = {
        "id": next_id([m.id for m in in_field], f"M-{_suffix(field_id)}-", 2),
        "title": title,
        "goals": [goal] if goal else None,
        "field": None if goal else field_id,
        "owner": owner,
        "due": due,
        "status": "planned",
        "updated": day,
    }
    return NewEntry("measures", values, _home(in_field, plan, "fields", field_id))


def new_goal(
    plan: Plan, field_id: str, title: str, *, indicator: str | None, target: str | None
) -> NewEntry:
    goals = [g for g in plan.goals if g.field == field_id]
    values = {
        "id": next_id([g.id for g in goals], f"Z-{_suffix(field_id)}-", 1),
        "field": field_id,
        "title": title,
        "indicator": indicator,
        "target": target,
    }
    return NewEntry("goals", values, _home(goals, plan, "fields", field_id))


def new_actor(plan: Plan, name: str, kind: str, actor_id: str | None) -> NewEntry:
    values = {"id": actor_id or slug(name), "name": name, "kind": kind}
    return NewEntry("actors", values, _home(list(plan.actors), plan, "actors", None))


def next_id(existing: list[str], fallback_prefix: str, width: int) -> str:
    """The next number in the scheme most ids use: M-BEG-09 → M-BEG-10."""
    numbered = [(m.group(1), m.group(2)) for i in existing if (m := _NUMBERED.match(i))]
    if not numbered:
        return f"{fallback_prefix}{1:0{width}d}"
    prefix = Counter(p for p, _ in numbered).most_common(1)[0][0]
    numbers = [n for p, n in numbered if p == prefix]
    digits = max(len(n) for n in numbers)
    return f"{prefix}{max(int(n) for n in numbers) + 1:0{digits}d}"


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
