"""Generate the reference parts of the docs from the format definition and the rule registry.

    python -m werkplan.docs_reference          # rewrite the generated blocks in ./docs
    python -m werkplan.docs_reference --check  # exit 1 if they are out of date

Run it from the repository root.

The generated blocks sit between ``<!-- generated: NAME -->`` and ``<!-- end: NAME -->``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from werkplan import schema
from werkplan.i18n import label
from werkplan.reporters import REPORTERS
from werkplan.rules import RULES
from werkplan.schema import KeySpec, SectionSpec, ValueType

DOCS = Path("docs")
TARGETS = {
    "format-reference": "plan-format.md",
    "rule-reference": "check.md",
    "output-formats": "check.md",
}

_TYPE_NAMES = {
    ValueType.TEXT: "Text",
    ValueType.LABEL: "Bezeichnung: Text oder `{de: …, en: …}`",
    ValueType.ID: "ID",
    ValueType.ID_LIST: "Liste von IDs",
    ValueType.ID_OR_IDS: "ID oder Liste von IDs",
    ValueType.TEXT_LIST: "Liste von Texten",
    ValueType.DATE: "Datum `JJJJ-MM-TT`",
    ValueType.TIMEFRAME: "Zeitraum: `JJJJ-MM-TT`, `JJJJ-MM`, `JJJJ-Q1`…`Q4`, `JJJJ-H2` oder `JJJJ`",
    ValueType.INT: "ganze Zahl",
    ValueType.NUMBER: "Zahl (ohne Tausenderpunkte und Einheit, Dezimalpunkt)",
    ValueType.AMOUNT: "Betrag in Euro: `12000` oder `12.50` (ohne Tausenderpunkte und €)",
    ValueType.BOOL: "ja/nein (`true`/`false`)",
    ValueType.CHOICE: "Auswahl",
    ValueType.CHOICE_LIST: "Liste aus",
    ValueType.URL: "Adresse (`https:`, `http:`, `mailto:`)",
    ValueType.MAPPING: "Zuordnung",
    ValueType.RECORDS: "Liste von Einträgen",
    ValueType.YEAR_AMOUNTS: "Beträge nach Jahr: `{2026: 450000}`",
    ValueType.ATTRIBUTES: "Merkmale nach `plan.attributes`: `{id: Wert}`",
    ValueType.LABELS: "Bezeichnungen je Auswahlliste: `{status: {planned: …}}`",
    ValueType.SCALAR: "einzelner Wert",
}


def _cell(spec: KeySpec) -> str:
    kind = _TYPE_NAMES[spec.type]
    if spec.ref:
        kind += f" → `{spec.ref}`"
    if spec.choices:
        kind += ": " + ", ".join(f"`{choice}`" for choice in spec.choices)
    return kind


def _rows(fields: tuple[KeySpec, ...], prefix: str = "") -> list[str]:
    rows = []
    for spec in fields:
        required = "ja" if spec.required else ""
        default = f"`{spec.default}`" if spec.default is not None else ""
        rows.append(
            f"| `{prefix}{spec.name}` | {_cell(spec)} | {required} | {default} "
            f"| {spec.de} / *{spec.en}* |"
        )
        nested = (
            f"{prefix}{spec.name}[]." if spec.type is ValueType.RECORDS else f"{prefix}{spec.name}."
        )
        rows.extend(_rows(spec.fields, nested))
    return rows


def _section(section: SectionSpec) -> str:
    shape = "Liste von Einträgen" if section.many else "ein Abschnitt"
    head = [
        f"### `{section.key}:` – {section.de}",
        "",
        f"*{section.en}.* Form: {shape}.",
        "",
        "| Schlüssel | Art | Pflicht | Standard | Bedeutung / *meaning* |",
        "| --- | --- | --- | --- | --- |",
    ]
    return "\n".join(head + _rows(section.fields))


def _vocabularies() -> str:
    rows = ["| Feld | Wert | Deutsch | English |", "| --- | --- | --- | --- |"]
    for section in schema.SECTIONS:
        for spec in section.fields:
            if spec.vocabulary and spec.vocabulary.name != "language":
                name = spec.vocabulary.name
                for value in spec.choices:
                    rows.append(
                        f"| `{section.key}.{spec.name}` | `{value}` "
                        f"| {label(name, value, 'de')} "
                        f"| {label(name, value, 'en')} |"
                    )
    return "### Erlaubte Werte und ihre Bezeichnungen\n\n" + "\n".join(rows)


def format_reference() -> str:
    return "\n\n".join([*(_section(s) for s in schema.SECTIONS), _vocabularies()])


def rule_reference() -> str:
    rows = ["| Regel | Stufe | Bedeutung | *Meaning* |", "| --- | --- | --- | --- |"]
    for rule in RULES.values():
        rows.append(f"| `{rule.id}` | {rule.severity} | {rule.de} | *{rule.en}* |")
    return "\n".join(rows)


def output_formats() -> str:
    """The ``--format`` choices of ``werkplan check``, from the reporter registry."""
    rows = [
        "| Format | Wofür | *For* |",
        "| --- | --- | --- |",
        "| `auto` | Standard: in GitHub Actions (`GITHUB_ACTIONS=true`) `github`, sonst `text` "
        "| *default: `github` inside GitHub Actions, else `text`* |",
    ]
    for name, output in REPORTERS.items():
        rows.append(f"| `{name}` | {output.de} | *{output.en}* |")
    return "\n".join(rows)


GENERATORS = {
    "format-reference": format_reference,
    "rule-reference": rule_reference,
    "output-formats": output_formats,
}


def render_into(text: str, name: str) -> str:
    pattern = re.compile(
        rf"(<!-- generated: {name} -->\n).*?(<!-- end: {name} -->)", flags=re.DOTALL
    )
    if not pattern.search(text):
        raise ValueError(f"no generated block '{name}'")
    return pattern.sub(lambda m: m.group(1) + GENERATORS[name]() + "\n" + m.group(2), text)


def main(argv: list[str]) -> int:
    stale = []
    for name, file_name in TARGETS.items():
        path = DOCS / file_name
        current = path.read_text(encoding="utf-8")
        wanted = render_into(current, name)
        if wanted != current:
            stale.append(file_name)
            if "--check" not in argv:
                path.write_text(wanted, encoding="utf-8")
    if stale and "--check" in argv:
        print("out of date: " + ", ".join(stale) + " (run python -m werkplan.docs_reference)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
