"""The change log as text for a terminal, Markdown for a merge request, or JSON for scripts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from werkplan import i18n
from werkplan.history.changes import ChangeLog, EntityChange, FieldChange, Kind
from werkplan.history.git import Commit
from werkplan.i18n.history_texts import HISTORY_TEXTS
from werkplan.safe_text import json_text, markdown_text, terminal_text
from werkplan.schema import SECTION_BY_KEY

VERSION = 1
# Fields whose values are shown through a vocabulary (status labels, kinds).
_VOCABULARY = {"status": "status", "visibility": "visibility"}


def t(key: str, lang: str, **args: object) -> str:
    return HISTORY_TEXTS[key][lang].format(**args)


def since_words(log: ChangeLog, lang: str) -> str:
    return _commit_words(log.since, lang) if log.since else t("beginning", lang)


def heading(log: ChangeLog, lang: str) -> str:
    since = since_words(log, lang)
    until = _commit_words(log.until, lang) if log.until else t("working_tree", lang)
    return t("heading", lang, since=since, until=until)


def _commit_words(commit: Commit, lang: str) -> str:
    day = i18n.format_date(commit.date, lang)
    return f"{commit.short} ({day}, {i18n.quote(commit.subject, lang)})"


def entity_line(change: EntityChange, lang: str) -> str:
    what = i18n.label("entity", SECTION_BY_KEY[change.collection].entity, lang)
    title = " " + i18n.quote(change.title, lang) if change.title else ""
    return t(f"entity_{change.kind}", lang, what=what, id=change.id, title=title)


def field_line(change: FieldChange, lang: str) -> str:
    name = (
        t(f"field_{change.name}", lang) if f"field_{change.name}" in HISTORY_TEXTS else change.name
    )
    line = (
        f"{name}: {_value(change.name, change.old, lang)} → {_value(change.name, change.new, lang)}"
    )
    days = change.days_moved
    if days:
        line += " " + t("moved_later" if days > 0 else "moved_earlier", lang, days=abs(days))
    return line


def commit_line(commit: Commit | None, lang: str) -> str:
    if commit is None:
        return t("uncommitted", lang)
    return f"{commit.short} {i18n.format_date(commit.date, lang)} {commit.author}: {commit.subject}"


def _value(name: str, value: object, lang: str) -> str:
    if value is None or value == ():
        return t("empty", lang)
    if isinstance(value, dt.date):
        return i18n.format_date(value, lang)
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    vocabulary = _VOCABULARY.get(name)
    if vocabulary:
        return i18n.label(vocabulary, str(value), lang)
    text = " ".join(str(value).split())
    return text if len(text) <= 120 else text[:117] + "…"


def render_text(log: ChangeLog, lang: str) -> str:
    lines = [heading(log, lang), ""]
    if not log.changes:
        lines.append(t("no_changes", lang))
    for change in log.changes:
        lines.append(entity_line(change, lang))
        if change.moved_to:
            lines.append("  " + t("moved_file", lang, old=change.moved_from, new=change.moved_to))
        lines += ["  " + field_line(f, lang) for f in change.fields]
        lines += ["  ← " + commit_line(c, lang) for c in change.commits]
    for commit in log.skipped:
        lines.append(t("skipped", lang, commit=commit.short))
    # Subjects, authors, values and paths are input: each line stays one line, nothing raw.
    return "\n".join(terminal_text(line) for line in lines) + "\n"


def render_markdown(log: ChangeLog, lang: str) -> str:
    lines = [f"### {markdown_text(heading(log, lang))}", ""]
    if not log.changes:
        lines.append(markdown_text(t("no_changes", lang)))
    for change in log.changes:
        lines.append(f"- **{markdown_text(entity_line(change, lang))}**")
        if change.moved_to:
            moved = t("moved_file", lang, old=change.moved_from, new=change.moved_to)
            lines.append(f"  - {markdown_text(moved)}")
        lines += [f"  - {markdown_text(field_line(f, lang))}" for f in change.fields]
        lines += [f"  - ← {markdown_text(commit_line(c, lang))}" for c in change.commits]
    for commit in log.skipped:
        lines.append(markdown_text(t("skipped", lang, commit=commit.short)))
    return "\n".join(lines) + "\n"


def render_json(log: ChangeLog, lang: str) -> str:
    document = {
        "version": VERSION,
        "since": _commit_json(log.since),
        "until": _commit_json(log.until),
        "changes": [_change_json(c) for c in log.changes],
        "skipped_commits": [c.sha for c in log.skipped],
    }
    return json_text(json.dumps(document, ensure_ascii=False, indent=2, default=str)) + "\n"


def _commit_json(commit: Commit | None) -> dict[str, object] | None:
    if commit is None:
        return None
    return {
        "hash": commit.sha,
        "short": commit.short,
        "date": commit.date.isoformat(),
        "author": commit.author,
        "subject": commit.subject,
    }


def _change_json(change: EntityChange) -> dict[str, object]:
    return {
        "collection": change.collection,
        "id": change.id,
        "kind": str(change.kind),
        "title": change.title,
        "moved": {"from": change.moved_from, "to": change.moved_to} if change.moved_to else None,
        "fields": [_field_json(f) for f in change.fields],
        "commits": [_commit_json(c) or {"uncommitted": True} for c in change.commits],
    }


def _field_json(change: FieldChange) -> dict[str, object]:
    result: dict[str, object] = {
        "field": change.name,
        "old": _plain(change.old),
        "new": _plain(change.new),
    }
    if change.days_moved is not None:
        result["days_moved"] = change.days_moved
    return result


def _plain(value: object) -> object:
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
