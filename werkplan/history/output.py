"""The change log as text for a terminal, Markdown for a merge request, or JSON for scripts.

Words for a committee: ids become names (actors, regions, fields of action; a parent measure
with its number and title; a horizon with its end), values their labels (the plan's own
first), time frames and amounts as German output writes them, and records what they are
("Meilenstein „Konzept“ erreicht am 12.06.2026", "Sachstand vom 12.03.2026 neu: …").
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping

from werkplan import i18n
from werkplan.history.changes import (
    NAMED_REFERENCES,
    ChangeLog,
    EntityChange,
    FieldChange,
    Item,
    Kind,
)
from werkplan.history.git import Commit
from werkplan.json_values import json_ready
from werkplan.model import AttributeDefinition, Plan, SeriesPoint, Wording
from werkplan.safe_text import json_text, markdown_text, terminal_text
from werkplan.schema import SECTION_BY_KEY, KeySpec, ValueType
from werkplan.timeframes import TimeFrame

# 2: records of a list (milestones, values, …), keys inside mappings (costs) and attributes
# are entries of their own ("part", "item", "change"); the `plan:` section is a change with
# the collection "plan".
VERSION = 2
_LONGEST_TEXT = 120

# Plan keys whose label the report shares (owner, due, …); the others have a
# ``changes.key_*`` text (``changes.key_<section>_<key>`` where a section means something
# else by the key), and a key with neither is shown as it is written.
_SHARED_KEY_LABELS = {
    "status": "status",
    "owner": "owner",
    "partners": "partners",
    "due": "due",
    "start": "start",
    "goals": "goals",
    "regions": "regions",
    "note": "status_note",
    "field": "field",
    "results": "results",
    "kind": "kind",
    "date": "date",
    "location": "place",
    "region": "region",
    "indicator": "indicator",
    "target": "target",
    "period": "period",
    "accessibility_statement": "accessibility",
    "costs": "report.costs",
    "values": "ind_values",
    "baseline": "ind_kind_baseline",
    "value": "ind_kind_value",
    "unit": "ind_unit",
    "source": "ind_source",
    "assessment": "report.assessment",
    "locations": "report.locations",
    "milestones": "report.milestones",
    "related": "report.see_also",
    "decisions": "report.decisions",
    "funding": "report.funding",
}
# Keys whose label in one section is another key's elsewhere.
_SECTION_KEY_LABELS = {("indicators", "measures"): "measures_total"}
# Keys inside a mapping or record named like a key of their own elsewhere.
_SHARED_PART_LABELS = {
    ("source", "name"): "ind_source",
    ("costs", "per_year"): "report.costs_per_year_head",
    ("costs", "by_year"): "report.costs_by_year",
    ("funding", "status"): "report.funding_status",
    ("funding", "amount"): "report.amount",
}
# Amounts in euros: shown as "450.000 €".
_AMOUNTS = {("costs", "total"), ("costs", "per_year"), ("costs", "by_year"), ("funding", "amount")}
# Numbers with a unit written once after old → new: "Personal: 1,5 → 2 VZÄ".
_UNITS = {("costs", "staff"): "changes.unit_staff"}
_PERCENT = {"progress"}


def since_words(log: ChangeLog, lang: str) -> str:
    """Where the log starts, in the words the user chose: the date or revision typed after
    --since; without one, the commit the log starts from."""
    typed = log.requested.since
    if isinstance(typed, dt.date):
        return i18n.format_date(typed, lang)
    if typed is not None:
        return _revision_words(typed, log.since, lang)
    return (
        _commit_words(log.since, lang, log.public)
        if log.since
        else i18n.text("changes.beginning", lang)
    )


def until_words(log: ChangeLog, lang: str) -> str:
    if log.until is None:
        return i18n.text("changes.working_tree", lang)
    typed = log.requested.until
    if isinstance(typed, dt.date):
        return i18n.format_date(typed, lang)
    if typed is not None:
        return _revision_words(typed, log.until, lang)
    return _commit_words(log.until, lang, log.public)


def heading(log: ChangeLog, lang: str) -> str:
    return i18n.text(
        "changes.heading", lang, since=since_words(log, lang), until=until_words(log, lang)
    )


def _revision_words(typed: str, commit: Commit | None, lang: str) -> str:
    if commit is None or commit.date is None:
        return typed
    return i18n.text(
        "changes.revision_as_of", lang, revision=typed, date=i18n.format_date(commit.date, lang)
    )


def _commit_words(commit: Commit, lang: str, public: bool = False) -> str:
    day = _day(commit, lang)
    if public:
        return f"{commit.short} ({day})"
    return f"{commit.short} ({day}, {i18n.quote(commit.subject, lang)})"


def _day(commit: Commit, lang: str) -> str:
    return (
        i18n.format_date(commit.date, lang)
        if commit.date
        else i18n.text("changes.unknown_date", lang)
    )


def entity_line(change: EntityChange, lang: str) -> str:
    what = i18n.label("entity", SECTION_BY_KEY[change.collection].entity, lang)
    if change.id:
        what += f" {change.id}"
    title = " " + i18n.quote(change.title, lang) if change.title else ""
    return i18n.text(f"changes.entity_{change.kind}", lang, what=what, title=title)


def detail_lines(change: EntityChange, lang: str, public: bool = False) -> list[str]:
    """What is said under a change's headline, in every format: where it moved, each field
    old → new, and the commits ("← …") that made it."""
    lines = []
    if change.moved_to:
        lines.append(
            i18n.text("changes.moved_file", lang, old=str(change.moved_from), new=change.moved_to)
        )
    lines += [field_line(f, lang) for f in change.fields]
    lines += ["← " + commit_line(c, lang, public) for c in change.commits]
    return lines


def field_line(change: FieldChange, lang: str) -> str:
    """One change in words: "Frist: 4. Quartal 2026 → 30.06.2027 (181 Tage später)"."""
    if change.item is not None:
        return _item_line(change, lang)
    return _old_to_new(key_label(change.collection, change.name, change.part, lang), change, lang)


def _old_to_new(label: str, change: FieldChange, lang: str) -> str:
    old, new = _side_words(change, 0, lang), _side_words(change, 1, lang)
    if old == new:  # what the words round away (1e-07 → 2e-07) is shown as written
        old, new = _text(str(json_ready(change.old))), _text(str(json_ready(change.new)))
    unit = _unit(change, lang)
    if unit and change.old is not None and change.new is None:
        old += f" {unit}"
    elif unit and change.new is not None:
        new += f" {unit}"
    line = f"{label}: {old} → {new}"
    days = change.days_moved
    if days:
        key = "changes.moved_later" if days > 0 else "changes.moved_earlier"
        line += " " + i18n.text(key, lang, days=abs(days))
    return line


def key_label(collection: str, name: str, part: str | None, lang: str) -> str:
    """A key's name for a reader: "Frist", "Kosten gesamt" (a key inside a mapping)."""
    if part is not None:
        spec = SECTION_BY_KEY[collection].field(name)
        record = spec.record if spec is not None and spec.record else name
        return _part_label(record, part, lang) or part
    return (
        _first_text(
            lang,
            _SECTION_KEY_LABELS.get((collection, name), ""),
            f"changes.key_{collection}_{name}",
            _SHARED_KEY_LABELS.get(name, ""),
            f"changes.key_{name}",
        )
        or name
    )


def _part_label(record: str, part: str, lang: str) -> str | None:
    """A key inside a record or mapping: its own text (``changes.part_costs_total``), a
    text for the key inside any record (``changes.part_note``), else the key's label."""
    return _first_text(
        lang,
        _SHARED_PART_LABELS.get((record, part), ""),
        f"changes.part_{record}_{part}",
        f"changes.part_{part}",
        _SHARED_KEY_LABELS.get(part, ""),
        f"changes.key_{part}",
    )


def _first_text(lang: str, *keys: str) -> str | None:
    for key in keys:
        if key and i18n.has_text(key):
            return i18n.text(key, lang)
    return None


# --- records of a list, years, attributes, labels ----------------------------------------


def _item_line(change: FieldChange, lang: str) -> str:
    if change.name == "attributes" and change.record is None:
        label = _attribute_label(change, change.item, lang)
        return _old_to_new(label, change, lang)
    if change.name == "labels":
        return _old_to_new(_label_item(change.item, lang), change, lang)
    if change.part == "by_year":
        year = dict(change.item or ()).get("year")
        return _old_to_new(i18n.text("changes.cost_year", lang, year=str(year)), change, lang)
    record = change.record or ""
    if change.change is Kind.ADDED:
        return _record_line("changes.record_added", record, change, change.new, 1, lang)
    if change.change is Kind.REMOVED:
        return _record_line("changes.record_removed", record, change, change.old, 0, lang)
    return _record_part_line(record, change, lang)


def _record_line(
    key: str, record: str, change: FieldChange, entry: object, side: int, lang: str
) -> str:
    what = _item_words(record, change, entry, side, lang, whole=True)
    summary = _summary(record, change, entry, side, lang)
    return i18n.text(key, lang, what=what, summary=f": {summary}" if summary else "")


def _record_part_line(record: str, change: FieldChange, lang: str) -> str:
    """A key of a record that stayed: "Meilenstein „Konzept“ erreicht am 12.06.2026",
    "Wert 2025 (Nord-Ost): 2 → 3", "Förderung „LEADER“, Stand: Beantragt → Bewilligt"."""
    what = _item_words(record, change, None, 1, lang, whole=False)
    if record == "milestone" and change.part == "done":
        if change.old is None and isinstance(change.new, dt.date):
            return i18n.text(
                "changes.milestone_reached", lang, what=what, date=_date(change.new, lang)
            )
        if change.new is None and isinstance(change.old, dt.date):
            return i18n.text(
                "changes.milestone_open", lang, what=what, date=_date(change.old, lang)
            )
    if record in ("target", "value") and change.part == "value":
        return _old_to_new(what, change, lang)
    part = _part_label(record, change.part or "", lang) or str(change.part)
    return _old_to_new(f"{what}, {part}", change, lang)


def _item_words(
    record: str, change: FieldChange, entry: object, side: int, lang: str, whole: bool
) -> str:
    """What names a record: "Meilenstein „Konzept“", "Wert 2025 (Nord-Ost)"; a value or
    target that came or went with its number ("Wert 2025 = 7")."""
    item = dict(change.item or ())
    plan = _plan(change, side)
    occurrence = item.get("occurrence")
    suffix = f" ({occurrence}.)" if occurrence else ""
    if record in ("target", "value"):
        when = _frame(item.get("date"), lang)
        region = item.get("region")
        if isinstance(region, str):
            when += f" ({_region_name(change, region)})"
        words = i18n.text(f"changes.item_{record}", lang, date=when) + suffix
        if whole and isinstance(entry, SeriesPoint) and entry.value is not None:
            words += f" = {i18n.format_number(entry.value, lang)}"
        return words
    if record == "decision":
        return (
            i18n.text("report.decision", lang)
            + ("" if whole else " " + _decision_name(change, item, lang))
            + suffix
        )
    if record == "link":
        return i18n.text("changes.item_link", lang) + ("" if whole else f" {item.get('url')}")
    if record == "update":
        return i18n.text("changes.item_update", lang, date=_date(item.get("date"), lang)) + suffix
    if record == "horizon":
        label = _horizon_label(plan, change, str(item.get("id")), side, lang)
        return i18n.text("changes.item_horizon", lang, name=i18n.quote(label, lang))
    if record == "attribute_definition":
        label = _definition_label(change, str(item.get("id")), side, lang)
        return i18n.text("changes.item_attribute", lang, name=i18n.quote(label, lang))
    name = next((str(v) for k, v in item.items() if k != "occurrence"), "")
    return i18n.text(f"changes.item_{record}", lang, name=i18n.quote(name, lang)) + suffix


def _decision_name(change: FieldChange, item: Mapping[str, object], lang: str) -> str:
    reference = item.get("reference")
    if isinstance(reference, str):
        return reference
    # "Beschluss (Kreistag, 01.06.2025)": a body's name as written needs no grammatical case
    body = item.get("body")
    day = item.get("date")
    parts = [_names(change, 1).get(str(body), str(body)) if body else ""]
    parts.append(_date(day, lang) if isinstance(day, dt.date) else "")
    named = ", ".join(part for part in parts if part)
    return f"({named})" if named else ""


def _summary(record: str, change: FieldChange, entry: object, side: int, lang: str) -> str:
    """The content of a record that came or went, in a few words."""
    if entry is None:
        return ""
    spec = SECTION_BY_KEY[change.collection].field(change.name)
    shown = _SUMMARY_KEYS.get(record, ())
    if record == "link":
        title, url = getattr(entry, "title", None), getattr(entry, "url", "")
        return f"{i18n.quote(title, lang)} ({url})" if title else str(url)
    if record == "horizon":
        start, end = getattr(entry, "start", None), getattr(entry, "end", None)
        end_words = _frame(end, lang) if end else ""
        if start:
            return i18n.text("changes.from_until", lang, start=_frame(start, lang), end=end_words)
        return i18n.text("changes.until", lang, end=end_words) if end else ""
    words: list[str] = []
    for name in shown:
        value = getattr(entry, name, None)
        inner = spec.field(name) if spec is not None else None
        if value is None or value == () or inner is None:
            continue
        text = _words(inner, value, change, side, lang, (change.record or "", name))
        if record == "milestone" and name == "due":
            text = i18n.text("changes.until", lang, end=text)
        elif record == "milestone" and name == "done":
            text = i18n.text("report.milestone_reached", lang, date=text)
        elif record == "decision" and name == "title":
            text = i18n.quote(text, lang)
        elif record == "attribute_definition" and name == "choices" and words:
            words[-1] += f" ({text})"  # "Rangfolge (niedrig, mittel, hoch)"
            continue
        words.append(text)
    return ", ".join(words)


_SUMMARY_KEYS = {
    "milestone": ("due", "done", "note"),
    "funding": ("amount", "status", "note"),
    "decision": ("body", "date", "reference", "title"),
    "update": ("status", "assessment", "progress", "note"),
    "attribute_definition": ("kind", "choices", "unit"),
}


def _attribute_label(change: FieldChange, item: Item | None, lang: str) -> str:
    attribute_id = str(dict(item or ()).get("id"))
    return _definition_label(change, attribute_id, 1, lang)


def _definition(change: FieldChange, attribute_id: str, side: int) -> AttributeDefinition | None:
    """The definition of an attribute, from the side's plan, else from the other one."""
    for plan in (_plan(change, side), _plan(change, 1 - side)):
        found = plan.attribute_definition(attribute_id) if plan is not None else None
        if found is not None:
            return found
    return None


def _definition_label(change: FieldChange, attribute_id: str, side: int, lang: str) -> str:
    definition = _definition(change, attribute_id, side)
    return definition.label.get(lang) if definition is not None else attribute_id


def _label_item(item: Item | None, lang: str) -> str:
    """ "Bezeichnung für Status „Geplant“": which value of which vocabulary the plan names."""
    named = dict(item or ())
    vocabulary, value = str(named.get("vocabulary")), str(named.get("value"))
    return i18n.text(
        "changes.item_label",
        lang,
        vocabulary=i18n.label("vocabulary", vocabulary, lang),
        value=i18n.quote(i18n.label(vocabulary, value, lang), lang),
    )


# --- values -------------------------------------------------------------------------------


def _side_words(change: FieldChange, side: int, lang: str) -> str:
    value = change.new if side else change.old
    if change.name == "labels" and change.item is not None:
        if value is None:  # no own label: werkplan's own
            named = dict(change.item)
            return i18n.label(str(named.get("vocabulary")), str(named.get("value")), lang)
        return _wording(value, lang)
    if change.name == "attributes" and change.record is None:
        return _attribute_words(change, value, side, lang)
    if value is None or value == ():
        return i18n.text("changes.empty", lang)
    spec = change.spec
    if change.part == "by_year":
        spec = None  # the amount of one year
    where = (change.record or change.name, change.part or change.name)
    return _words(spec, value, change, side, lang, where)


def _words(
    spec: KeySpec | None,
    value: object,
    change: FieldChange,
    side: int,
    lang: str,
    where: tuple[str, str],
) -> str:
    """A value in words, by what the format says it is."""
    if value is None or value == ():
        return i18n.text("changes.empty", lang)
    plan = _plan(change, side)
    value_type = spec.type if spec is not None else None
    if isinstance(value, TimeFrame):
        return i18n.format_timeframe(value, lang)
    if isinstance(value, bool):
        return i18n.text("yes" if value else "no", lang)
    if isinstance(value, dt.date):
        return i18n.format_date(value, lang)
    if isinstance(value, Wording):
        return _text(value.get(lang))
    if isinstance(value, SeriesPoint):
        return _point_words(value, change, side, lang)
    if spec is not None and spec.vocabulary is not None:
        labels = plan.labels if plan is not None else None
        values = value if isinstance(value, tuple) else (value,)
        return ", ".join(i18n.label(spec.vocabulary.name, str(v), lang, labels) for v in values)
    if spec is not None and spec.ref is not None:
        return _reference_words(spec, value, change, side, lang)
    if isinstance(value, int | float):
        return _number_words(value, where, lang)
    if value_type is ValueType.RECORDS and isinstance(value, tuple):
        return ", ".join(_record_words(v, lang) for v in value)
    if isinstance(value, tuple):
        return ", ".join(_text(str(v)) for v in value)
    return _text(str(value))


def _number_words(value: float, where: tuple[str, str], lang: str) -> str:
    if where in _AMOUNTS or (where[1] == "by_year"):
        return i18n.format_amount(value, lang)
    if where[1] in _PERCENT:
        return i18n.format_percent(value, lang)
    return i18n.format_number(value, lang)


def _unit(change: FieldChange, lang: str) -> str:
    if change.name == "attributes" and change.record is None and change.item is not None:
        definition = _definition(change, str(dict(change.item).get("id")), 1)
        return definition.unit if definition is not None and definition.unit else ""
    key = _UNITS.get((change.record or change.name, change.part or ""))
    return i18n.text(key, lang) if key else ""


def _reference_words(
    spec: KeySpec, value: object, change: FieldChange, side: int, lang: str
) -> str:
    ids = value if isinstance(value, tuple) else (value,)
    plan = _plan(change, side)
    target = spec.ref or ""
    if target in NAMED_REFERENCES:
        names = _names(change, side)
        return ", ".join(names.get(str(i), str(i)) for i in ids)
    if target == "horizons" and plan is not None:
        return ", ".join(_horizon_words(plan, str(i), lang) for i in ids)
    if target == "attributes" and plan is not None:
        return ", ".join(_definition_label(change, str(i), side, lang) for i in ids)
    if target == "measures" and spec.type is ValueType.ID and plan is not None:
        measure = plan.measure(str(value))
        return f"{value} {i18n.quote(measure.display_title, lang)}" if measure else str(value)
    return ", ".join(str(i) for i in ids)


def _horizon_words(plan: Plan, horizon_id: str, lang: str) -> str:
    """ "kurzfristig (bis 2026)": the horizon's label and its end."""
    horizon = plan.horizon(horizon_id)
    if horizon is None:
        return horizon_id
    return i18n.format_horizon(horizon.label.get(lang) or horizon_id, horizon.end, lang)


def _horizon_label(
    plan: Plan | None, change: FieldChange, horizon_id: str, side: int, lang: str
) -> str:
    for candidate in (plan, _plan(change, 1 - side)):
        horizon = candidate.horizon(horizon_id) if candidate is not None else None
        if horizon is not None:
            return horizon.label.get(lang) or horizon_id
    return horizon_id


def _attribute_words(change: FieldChange, value: object, side: int, lang: str) -> str:
    """An attribute's value: a choice by its label ("hoch"), a number as German writes it."""
    if value is None:
        return i18n.text("changes.empty", lang)
    definition = _definition(change, str(dict(change.item or ()).get("id")), side)
    if definition is not None and definition.choices:
        choice = definition.choice(str(value))
        if choice is not None and choice.label is not None:
            return _text(choice.label.get(lang))
    if isinstance(value, bool):
        return i18n.text("yes" if value else "no", lang)
    if isinstance(value, dt.date):
        return i18n.format_date(value, lang)
    if isinstance(value, int | float):
        return i18n.format_number(value, lang)
    return _text(str(value))


def _point_words(point: SeriesPoint, change: FieldChange, side: int, lang: str) -> str:
    """A baseline: "5 (2024)", with its region where it has one."""
    number = i18n.format_number(point.value, lang) if point.value is not None else "?"
    when = _frame(point.date, lang)
    if point.region:
        when += f", {_region_name(change, point.region, side)}"
    return f"{number} ({when})" if when else number


def _record_words(entry: object, lang: str) -> str:
    """A record inside a record (an attribute's choices): its label, else its value."""
    label = getattr(entry, "label", None)
    if isinstance(label, Wording) and label.get(lang):
        return _text(label.get(lang))
    return _text(str(getattr(entry, "value", entry)))


def _region_name(change: FieldChange, region: str, side: int = 1) -> str:
    for plan in (_plan(change, side), _plan(change, 1 - side)):
        entity = plan.lookup("regions", region) if plan is not None else None
        if entity is not None and entity.name:
            return str(entity.name)
    return region


def _names(change: FieldChange, side: int) -> dict[str, str]:
    return change.new_names if side else change.old_names


def _plan(change: FieldChange, side: int) -> Plan | None:
    return change.plans[side] if change.plans is not None else None


def _frame(value: object, lang: str) -> str:
    if isinstance(value, TimeFrame):
        return i18n.format_timeframe(value, lang)
    return str(value) if value is not None else ""


def _date(value: object, lang: str) -> str:
    return i18n.format_date(value, lang) if isinstance(value, dt.date) else str(value)


def _wording(value: object, lang: str) -> str:
    return _text(value.get(lang)) if isinstance(value, Wording) else _text(str(value))


def _text(value: str) -> str:
    text = " ".join(value.split())
    return text if len(text) <= _LONGEST_TEXT else text[: _LONGEST_TEXT - 3] + "…"


# --- commits and whole documents ----------------------------------------------------------


def commit_line(commit: Commit | None, lang: str, public: bool = False) -> str:
    """A commit as "3f2a1bc 20.11.2026 author: subject"; for publication only its date
    (subjects and authors are not plan text and may name internal matters or people)."""
    if commit is None:
        return i18n.text("changes.uncommitted", lang)
    if public:
        return _day(commit, lang)
    return f"{commit.short} {_day(commit, lang)} {commit.author}: {commit.subject}"


def render_text(log: ChangeLog, lang: str) -> str:
    lines = [heading(log, lang), ""]
    if not log.changes:
        lines.append(i18n.text("no_changes", lang))
    for change in log.changes:
        lines.append(entity_line(change, lang))
        lines += ["  " + line for line in detail_lines(change, lang, log.public)]
    for commit in log.skipped:
        lines.append(i18n.text("changes.skipped", lang, commit=commit.short))
    # Subjects, authors, values and paths are input: each line stays one line, nothing raw.
    return "\n".join(terminal_text(line) for line in lines) + "\n"


def render_markdown(log: ChangeLog, lang: str) -> str:
    lines = [f"### {markdown_text(heading(log, lang))}", ""]
    if not log.changes:
        lines.append(markdown_text(i18n.text("no_changes", lang)))
    for change in log.changes:
        lines.append(f"- **{markdown_text(entity_line(change, lang))}**")
        lines += [f"  - {markdown_text(line)}" for line in detail_lines(change, lang, log.public)]
    for commit in log.skipped:
        lines.append(markdown_text(i18n.text("changes.skipped", lang, commit=commit.short)))
    return "\n".join(lines) + "\n"


def render_json(log: ChangeLog, lang: str) -> str:
    document = {
        "version": VERSION,
        "requested": {
            "since": json_ready(log.requested.since),
            "until": json_ready(log.requested.until),
        },
        "since": _commit_json(log.since, log.public),
        "until": _commit_json(log.until, log.public),
        "changes": [_change_json(c, log.public) for c in log.changes],
        "skipped_commits": [c.sha for c in log.skipped],
    }
    return json_text(json.dumps(document, ensure_ascii=False, indent=2, default=str)) + "\n"


def _commit_json(commit: Commit | None, public: bool) -> dict[str, object] | None:
    if commit is None:
        return None
    shown: dict[str, object] = {
        "hash": commit.sha,
        "short": commit.short,
        "date": commit.date.isoformat() if commit.date else None,
    }
    if not public:
        shown.update(author=commit.author, subject=commit.subject)
    return shown


def _change_json(change: EntityChange, public: bool) -> dict[str, object]:
    return {
        "collection": change.collection,
        "id": change.id,
        "kind": str(change.kind),
        "title": change.title,
        "moved": {"from": change.moved_from, "to": change.moved_to} if change.moved_to else None,
        "fields": [_field_json(f) for f in change.fields],
        "commits": [_commit_json(c, public) or {"uncommitted": True} for c in change.commits],
    }


def _field_json(change: FieldChange) -> dict[str, object]:
    result: dict[str, object] = {"field": change.name}
    if change.part is not None:
        result["part"] = change.part
    if change.item is not None:
        result["item"] = {key: json_ready(value) for key, value in change.item}
        result["change"] = str(change.change)
    result["old"] = json_ready(change.old)
    result["new"] = json_ready(change.new)
    names = {**change.old_names, **change.new_names}
    if names:
        result["names"] = names
    if change.days_moved is not None:
        result["days_moved"] = change.days_moved
    return result


FORMATS: dict[str, Callable[[ChangeLog, str], str]] = {
    "text": render_text,
    "md": render_markdown,
    "json": render_json,
}

__all__ = ["FORMATS", "Kind"]
