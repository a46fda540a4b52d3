"""The format definition, the model, the texts and the docs stay in step."""

from __future__ import annotations

import dataclasses
import json
import re
import string
from pathlib import Path

import pytest

from werkplan import docs_reference, schema
from werkplan.i18n import catalog, fill
from werkplan.i18n.catalog import DE, EN, TEXTS, VOCABULARIES
from werkplan.model import ENTITY_TYPES, RECORD_TYPES, Entity, PlanInfo, Settings
from werkplan.rules import RULES
from werkplan.schema.vocabularies import VOCABULARIES as SCHEMA_VOCABULARIES

RULE_LITERAL = r'"((?:yaml|invalid|duplicate|unknown|missing|empty|file|unreadable)-[a-z-]+)"'
BOOKKEEPING = {field.name for field in dataclasses.fields(Entity)} - {"id"}
REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "werkplan"


@pytest.mark.parametrize("section", schema.COLLECTIONS, ids=lambda s: s.key)
def test_model_fields_match_the_definition(section: schema.SectionSpec) -> None:
    model_fields = {f.name for f in dataclasses.fields(ENTITY_TYPES[section.key])}
    assert model_fields - BOOKKEEPING == {f.name for f in section.fields}


def test_plan_info_matches_the_definition() -> None:
    info_fields = {f.name for f in dataclasses.fields(PlanInfo)} - {"origin", "where", "unusable"}
    assert info_fields == {f.name for f in schema.PLAN.fields}
    settings = schema.PLAN.field("settings")
    assert settings is not None
    assert {f.name for f in dataclasses.fields(Settings)} == {f.name for f in settings.fields}
    defaults = {f.name: f.default for f in settings.fields}
    assert defaults == dataclasses.asdict(Settings())


def _all_fields(fields: tuple[schema.KeySpec, ...]) -> list[schema.KeySpec]:
    found = []
    for spec in fields:
        found.append(spec)
        found.extend(_all_fields(spec.fields))
    return found


EVERY_FIELD = [spec for section in schema.SECTIONS for spec in _all_fields(section.fields)]
# References that point into the plan section's own lists rather than to a section.
PLAN_LISTS = {"horizons", "attributes"}


def test_every_reference_points_to_a_section() -> None:
    for spec in EVERY_FIELD:
        assert spec.ref is None or spec.ref in schema.SECTION_BY_KEY or spec.ref in PLAN_LISTS


def test_every_choice_has_both_labels() -> None:
    for spec in EVERY_FIELD:
        for choice in spec.choices:
            assert spec.vocabulary is not None
            assert set(VOCABULARIES[spec.vocabulary.name][choice]) == {DE, EN}


def test_every_record_has_a_model_type() -> None:
    for spec in EVERY_FIELD:
        if spec.type is schema.ValueType.RECORDS:
            assert spec.record in RECORD_TYPES, spec.name
            record_fields = {f.name for f in dataclasses.fields(RECORD_TYPES[spec.record])}
            assert record_fields == {f.name for f in spec.fields}, spec.name


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# One test over every key (not one per key): some 700 keys, checked in a moment, listed
# together when they fail.
def test_texts_exist_in_both_languages_with_the_same_placeholders() -> None:
    wrong = [key for key in sorted(TEXTS) if not _both_languages_alike(key)]
    assert not wrong, wrong


def _both_languages_alike(key: str) -> bool:
    if set(TEXTS[key]) != {DE, EN}:
        return False
    german, english = _placeholders(TEXTS[key][DE]), _placeholders(TEXTS[key][EN])
    if key.startswith("yaml_"):  # `detail` is libyaml's English: German texts never show it
        return "detail" not in german and german == english - {"detail"}
    return german == english


def test_no_text_is_defined_twice_under_two_keys() -> None:
    """A German/English pair lives under one key; every place that shows it uses that key."""
    keys_by_pair: dict[tuple[str, str], list[str]] = {}
    for key, pair in TEXTS.items():
        keys_by_pair.setdefault((pair[DE], pair[EN]), []).append(key)
    twice = {pair: keys for pair, keys in keys_by_pair.items() if len(keys) > 1}
    assert not twice, twice


def test_no_text_repeats_a_label_of_the_format() -> None:
    """Status names, kinds and the like are labels of werkplan.schema's vocabularies, shown
    with i18n.label (which knows the plan's own labels); no text spells one out again.
    Vocabularies that name parts of the format itself (sections, value types, the measure)
    share their words with headings such as "Maßnahmen" by nature, not by copy."""
    naming_the_format = {"applies_to", "attribute_kind", "measure_kind"}
    labels = {
        (choice.de, choice.en): f"{name}.{choice.value}"
        for name, vocabulary in SCHEMA_VOCABULARIES.items()
        if name not in naming_the_format
        for choice in vocabulary.choices
    }
    repeated = {key: labels[pair] for key, p in TEXTS.items() if (pair := (p[DE], p[EN])) in labels}
    assert not repeated, repeated


def test_the_topic_modules_form_one_namespace() -> None:
    with pytest.raises(ValueError, match="'status' is defined twice"):
        catalog._one_namespace({"status": {DE: "a", EN: "a"}}, {"status": {DE: "b", EN: "b"}})


def test_every_message_key_in_the_code_has_a_text() -> None:
    used: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        used.update(re.findall(r'Message\.of\(\s*"([a-z_0-9]+)"', code))
        used.update(re.findall(r'problem\([^"]*"[a-z-]+",\s*"([a-z_0-9]+)"', code))
        used.update(re.findall(r'\.problem\([^"]*?,\s*"([a-z_0-9]+)"', code))
    assert used, "the scan found no message keys"
    assert used <= set(TEXTS), used - set(TEXTS)


def test_every_rule_id_in_the_code_is_registered() -> None:
    used: set[str] = set()
    for path in [*SOURCE.joinpath("load").glob("*.py"), *SOURCE.joinpath("validate").glob("*.py")]:
        code = path.read_text(encoding="utf-8")
        used.update(
            re.findall(
                r'"((?:yaml|invalid|duplicate|unknown|missing|empty|file|unreadable)-[a-z-]+)"',
                code,
            )
        )
    assert used <= set(RULES), used - set(RULES)
    broken = json.loads((Path(__file__).parent / "broken" / "expected.json").read_text())
    assert {rule for rule, *_ in broken.values()} <= set(RULES)


def test_rule_ids_are_kebab_case() -> None:
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", rule_id) for rule_id in RULES)


@pytest.mark.parametrize("name", sorted(docs_reference.TARGETS))
def test_generated_docs_are_up_to_date(name: str) -> None:
    path = REPO / "docs" / docs_reference.TARGETS[name]
    current = path.read_text(encoding="utf-8")
    assert docs_reference.render_into(current, name) == current, (
        "run: python -m werkplan.docs_reference"
    )


def test_every_text_renders_with_its_arguments() -> None:
    for key in sorted(TEXTS):
        for template in TEXTS[key].values():
            try:
                fill(template, **dict.fromkeys(_placeholders(template), "1"))
            except Exception as error:  # name the key: one test covers all of them
                raise AssertionError(f"{key}: {template!r}") from error
