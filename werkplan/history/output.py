"""The change log as text for a terminal, Markdown for a merge request, or JSON for scripts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping

from werkplan import i18n
from werkplan.history.changes import ChangeLog, EntityChange, FieldChange, Kind
from werkplan.history.git import Commit
from werkplan.safe_text import json_text, markdown_text, terminal_text
from werkplan.schema import SECTION_BY_KEY
from werkplan.timeframes import TimeFrame

VERSION = 1


# Plan keys whose label the report shares (owner, due, …); the others have a
# ``changes.key_*`` text, and a key with neither is shown as it is written.
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
}


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
    title = " " + i18n.quote(change.title, lang) if change.title else ""
    return i18n.text(f"changes.entity_{change.kind}", lang, what=what, id=change.id, title=title)


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
    key = _SHARED_KEY_LABELS.get(change.name, f"changes.key_{change.name}")
    name = i18n.text(key, lang) if i18n.has_text(key) else change.name
    old = _value(change, change.old, change.old_names, lang)
    line = f"{name}: {old} → {_value(change, change.new, change.new_names, lang)}"
    days = change.days_moved
    if days:
        line += " " + i18n.text(
            "changes.moved_later" if days > 0 else "moved_earlier", lang, days=abs(days)
        )
    return line


def commit_line(commit: Commit | None, lang: str, public: bool = False) -> str:
    """A commit as "3f2a1bc 20.11.2026 author: subject"; for publication only its date
    (subjects and authors are not plan text and may name internal matters or people)."""
    if commit is None:
        return i18n.text("changes.uncommitted", lang)
    if public:
        return _day(commit, lang)
    return f"{commit.short} {_day(commit, lang)} {commit.author}: {commit.subject}"


def _value(change: FieldChange, value: object, names: Mapping[str, str], lang: str) -> str:
    if value is None or value == ():
        return i18n.text("changes.empty", lang)
    if isinstance(value, TimeFrame):
        return i18n.format_timeframe(value, lang)
    if isinstance(value, dt.date):
        return i18n.format_date(value, lang)
    if isinstance(value, tuple):
        return ", ".join(names.get(v, str(v)) for v in value)
    if change.vocabulary:
        return i18n.label(change.vocabulary, str(value), lang)
    text = " ".join(names.get(str(value), str(value)).split())
    return text if len(text) <= 120 else text[:117] + "…"


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
            "since": _plain(log.requested.since),
            "until": _plain(log.requested.until),
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
    result: dict[str, object] = {
        "field": change.name,
        "old": _plain(change.old),
        "new": _plain(change.new),
    }
    if change.old_names or change.new_names:
        result["names"] = {**change.old_names, **change.new_names}
    if change.days_moved is not None:
        result["days_moved"] = change.days_moved
    return result


def _plain(value: object) -> object:
    if isinstance(value, TimeFrame):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


FORMATS: dict[str, Callable[[ChangeLog, str], str]] = {
    "text": render_text,
    "md": render_markdown,
    "json": render_json,
}

__all__ = ["FORMATS", "Kind"]
