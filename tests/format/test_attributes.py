"""Attributes the plan defines (`plan.attributes`) and the values entities give them."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import MINIMAL_PLAN, PlanWriter, run_check

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.model import AttributeChoice, AttributeDefinition, Wording
from werkplan.validate.attributes import typed_value
from werkplan.validate.values import Issue

DEFINITIONS = """\
    - id: prioritaet
      label: {de: Priorität, en: Priority}
      kind: ordered_choice
      choices:
        - {value: 1, label: niedrig}
        - {value: 2, label: mittel}
        - {value: 3, label: {de: hoch, en: high}}
    - id: co2_t
      label: CO2-Minderung
      kind: number
      unit: t/a
      min: 0
      max: 10000
    - id: art
      label: Art
      kind: choice
      choices: [{value: weich}, {value: hart, label: Harte Maßnahme}]
      applies_to: [measures, goals, fields, actors, events, indicators]
    - id: notiz
      label: Notiz
      kind: text
    - id: weich
      label: Weiche Maßnahme
      kind: yes_no
    - id: beschluss
      label: Beschlussdatum
      kind: date
"""

MEASURE = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    due: 2026-12-31
    status: in_progress
    updated: 2026-11-01
    attributes: {attributes}
"""


def plan_with(definitions: str) -> str:
    return MINIMAL_PLAN.replace("  period:", "  attributes:\n" + definitions + "  period:")


def check_attributes(
    write_plan: PlanWriter, attributes: str, definitions: str = DEFINITIONS
) -> CheckResult:
    files = {"plan.yaml": plan_with(definitions), "m.yaml": MEASURE.format(attributes=attributes)}
    return run_check(write_plan(files))


def test_every_kind_of_value(write_plan: PlanWriter) -> None:
    result = check_attributes(
        write_plan,
        "{prioritaet: 3, co2_t: 2480.5, art: hart, notiz: Vorbild, weich: ja, "
        "beschluss: 2025-03-13}",
    )
    assert result.problems == ()
    measure = result.plan.measures[0]
    assert measure.attributes == (
        ("prioritaet", "3"),
        ("co2_t", 2480.5),
        ("art", "hart"),
        ("notiz", "Vorbild"),
        ("weich", True),
        ("beschluss", dt.date(2025, 3, 13)),
    )
    assert measure.attribute("co2_t") == 2480.5
    assert measure.attribute("nothing") is None
    assert measure.at("attributes.co2_t").line == 9


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("3", "3"),
        ("'3'", "3"),
        ("hoch", "3"),
        ("High", "3"),
        ("NIEDRIG", "1"),
        ("' mittel '", "2"),
    ],
)
def test_a_choice_by_value_or_label(write_plan: PlanWriter, written: str, value: str) -> None:
    result = check_attributes(write_plan, f"{{prioritaet: {written}}}")
    assert result.problems == ()
    assert result.plan.measures[0].attribute("prioritaet") == value


def test_ordered_choices_rank_lowest_first(write_plan: PlanWriter) -> None:
    result = check_attributes(write_plan, "{prioritaet: 2}")
    definition = result.plan.attribute_definition("prioritaet")
    assert definition is not None
    assert [definition.rank(v) for v in ("1", "2", "3", 3, "9")] == [0, 1, 2, 2, -1]


@pytest.mark.parametrize(
    ("attributes", "message", "text"),
    [
        (
            "{prioritaet: 4}",
            "attribute_not_a_choice",
            "`attributes.prioritaet`: „4“ ist keiner der festgelegten Werte. "
            "Erlaubt: 1 (niedrig), 2 (mittel), 3 (hoch).",
        ),
        ("{prioritaet: 3.0}", "attribute_not_a_choice", None),
        ("{art: mittel}", "attribute_not_a_choice", None),
        (
            "{co2_t: '2.480 t/a'}",
            "number_written",
            "`attributes.co2_t`: „2.480 t/a“ ist als Zahl so nicht lesbar. Schreiben Sie "
            "`2480` – ohne Tausenderpunkte, Einheit oder €, mit Dezimalpunkt.",
        ),
        (
            "{co2_t: -1}",
            "number_out_of_range",
            "`attributes.co2_t`: -1 liegt außerhalb des erlaubten Bereichs (0 … 10000).",
        ),
        ("{co2_t: 10000.5}", "number_out_of_range", None),
        ("{co2_t: .nan}", "not_a_number", None),
        ("{co2_t: .inf}", "not_a_number", None),
        ("{co2_t: viel}", "not_a_number", None),
        ("{weich: vielleicht}", "not_yes_no", None),
        ("{weich: 1}", "not_yes_no", None),
        ("{beschluss: 2025}", "date_needs_day", None),
        ("{beschluss: 13.03.2025}", "date_german", None),
        ("{beschluss: 2025-02-30}", "date_bad_day", None),
        (
            "{notiz: [a, b]}",
            "attribute_not_single",
            "Das Merkmal `notiz` erwartet einen einzelnen Wert, keine Liste oder Zuordnung.",
        ),
        ("{notiz: {a: {b: {c: [1]}}}}", "attribute_not_single", None),
    ],
)
def test_a_value_that_does_not_fit_its_definition(
    write_plan: PlanWriter, attributes: str, message: str, text: str | None
) -> None:
    result = check_attributes(write_plan, attributes)
    (problem,) = result.problems
    assert (problem.rule, problem.message.key, problem.line) == (
        "invalid-attribute-value",
        message,
        9,
    )
    if text is not None:
        assert i18n.render(problem.message, "de") == text
    assert result.plan.measures[0].attributes == ()


@pytest.mark.parametrize(("written", "value"), [("ja", True), ("No", False), ("true", True)])
def test_yes_no_values(write_plan: PlanWriter, written: str, value: bool) -> None:
    result = check_attributes(write_plan, f"{{weich: {written}}}")
    assert result.problems == ()
    assert result.plan.measures[0].attribute("weich") is value


def test_an_unknown_attribute_with_a_suggestion(write_plan: PlanWriter) -> None:
    (problem,) = check_attributes(write_plan, "{prioritat: 3}").problems
    assert (problem.rule, problem.column) == ("unknown-attribute", 18)
    assert i18n.render(problem.message, "de") == (
        "Unbekanntes Merkmal `prioritat`. Merkmale legt der Plan unter `plan.attributes` fest. "
        "Meinten Sie `prioritaet`?"
    )


def test_an_unknown_attribute_without_a_suggestion_lists_the_defined_ones(
    write_plan: PlanWriter,
) -> None:
    (problem,) = check_attributes(write_plan, "{wirkung: hoch}").problems
    assert i18n.render(problem.message, "en").endswith(
        "Defined: prioritaet, co2_t, art, notiz, weich, beschluss."
    )


def test_attributes_without_any_definition(write_plan: PlanWriter) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.format(attributes="{prioritaet: 3}")}))
    assert [p.rule for p in result.problems] == ["unknown-attribute"]


@pytest.mark.parametrize("attributes", ["[prioritaet]", "hoch", "3"])
def test_attributes_that_are_no_mapping(write_plan: PlanWriter, attributes: str) -> None:
    (problem,) = check_attributes(write_plan, attributes).problems
    assert (problem.rule, problem.message.key) == ("invalid-type", "wrong_type")


@pytest.mark.parametrize("attributes", ["{}", "~", "{notiz: ~}"])
def test_empty_attributes_are_fine(write_plan: PlanWriter, attributes: str) -> None:
    result = check_attributes(write_plan, attributes)
    assert result.problems == ()
    assert result.plan.measures[0].attributes == ()


REQUIRED = (
    DEFINITIONS
    + """\
    - id: pflicht
      label: Pflicht
      kind: text
      required: ja
"""
)


def test_a_required_attribute_that_is_missing(write_plan: PlanWriter) -> None:
    for attributes in ("{notiz: x}", "{pflicht: ~}", "~"):
        (problem,) = check_attributes(write_plan, attributes, REQUIRED).problems
        assert (problem.rule, problem.line, problem.column) == ("missing-attribute", 2, 5)
        assert i18n.render(problem.message, "de") == (
            "Maßnahme M-1: Das Merkmal `pflicht` ist Pflicht. Ergänzen Sie "
            "`attributes: {pflicht: …}`."
        )
    assert check_attributes(write_plan, "{pflicht: x}", REQUIRED).problems == ()


def test_a_required_attribute_only_where_it_applies(write_plan: PlanWriter) -> None:
    files = {
        "plan.yaml": plan_with(REQUIRED),
        "m.yaml": MEASURE.format(attributes="{pflicht: x}"),
        "e.yaml": "events:\n  - {id: E-1, title: Werkstatt, date: 2026-03-01, kind: workshop}\n",
    }
    assert run_check(write_plan(files)).problems == ()


OTHER_SECTIONS = """\
actors:
  - {id: verein, name: Verein, kind: association, attributes: {art: hart}}
fields:
  - {id: HF-2, title: Mobilität, attributes: {art: weich}}
goals:
  - {id: Z-2, field: HF-2, title: Bus, attributes: {art: Harte Maßnahme, prioritaet: 3}}
events:
  - {id: E-1, title: Werkstatt, date: 2026-03-01, kind: workshop, attributes: {notiz: x}}
indicators:
  - {id: K-1, title: Orte, attributes: {art: hart}}
"""


def test_attributes_on_other_sections_and_where_they_do_not_apply(
    write_plan: PlanWriter,
) -> None:
    files = {
        "plan.yaml": plan_with(DEFINITIONS),
        "m.yaml": MEASURE.format(attributes="{art: weich}")
        + "  - {id: M-2, title: Bus, goals: [Z-2], owner: amt, status: ongoing, "
        "updated: 2026-11-01}\n",
        "other.yaml": OTHER_SECTIONS,
    }
    result = run_check(write_plan(files))
    problems = [(p.path.name, p.line, p.rule) for p in result.problems]
    assert problems == [
        ("other.yaml", 6, "attribute-not-applicable"),
        ("other.yaml", 8, "attribute-not-applicable"),
    ]
    goal = result.problems[0]
    assert i18n.render(goal.message, "de") == (
        "Das Merkmal `prioritaet` gilt nicht für Ziel, sondern für: measures (Maßnahmen). "
        "Ergänzen Sie `applies_to` in seiner Festlegung oder entfernen Sie es hier."
    )
    assert result.plan.lookup("goals", "Z-2").attributes == (("art", "hart"),)
    assert result.plan.indicators[0].attribute("art") == "hart"
    assert result.plan.lookup("actors", "verein").attribute("art") == "hart"


def test_definitions_apply_to_files_read_before_plan_yaml(write_plan: PlanWriter) -> None:
    files = {
        "a-massnahmen.yaml": MEASURE.format(attributes="{prioritaet: hoch, co2_t: 12}"),
        "plan.yaml": plan_with(REQUIRED),
    }
    result = run_check(write_plan(files))
    assert [p.rule for p in result.problems] == ["missing-attribute"]
    assert result.plan.measures[0].attributes == (("prioritaet", "3"), ("co2_t", 12))


@pytest.mark.parametrize(
    ("definitions", "message"),
    [
        (
            "    - {id: a, label: A, kind: text}\n    - {id: a, label: B, kind: number}\n",
            "attribute_defined_twice",
        ),
        ("    - {id: a, label: A, kind: choice}\n", "attribute_needs_choices"),
        ("    - {id: a, label: A, kind: ordered_choice, choices: []}\n", "attribute_needs_choices"),
        (
            "    - {id: a, label: A, kind: text, choices: [{value: 1}]}\n",
            "attribute_choices_unused",
        ),
        (
            "    - {id: a, label: A, kind: choice, choices: [{value: 1}, {value: '1'}]}\n",
            "attribute_choice_twice",
        ),
        ("    - {id: a, label: A, kind: text, min: 1}\n", "attribute_range_unused"),
        ("    - {id: a, label: A, kind: number, min: 5, max: 1}\n", "attribute_range_reversed"),
    ],
)
def test_broken_definitions(write_plan: PlanWriter, definitions: str, message: str) -> None:
    result = check_attributes(write_plan, "{a: 1}", definitions)
    (problem,) = result.problems  # the value is not blamed for its definition
    assert (problem.rule, problem.message.key) == ("invalid-attribute-definition", message)
    assert (problem.path.name, problem.line) == ("plan.yaml", 4 + definitions.count("\n"))
    assert "`a`" in i18n.render(problem.message, "de")
    assert "`a`" in i18n.render(problem.message, "en")


def test_a_broken_definition_is_found_after_one_left_out(write_plan: PlanWriter) -> None:
    definitions = "    - {id: a, label: A}\n    - {id: b, label: B, kind: choice}\n"
    result = check_attributes(write_plan, "{a: 1, b: 2}", definitions)
    assert [(p.line, p.rule) for p in result.problems] == [
        (5, "missing-key"),
        (6, "invalid-attribute-definition"),
    ]


@pytest.mark.parametrize(
    "definitions",
    [
        "    - {id: a, label: A}\n",  # no kind
        "    - {id: a, kind: text}\n",  # no label
        "    - {id: a, label: {fr: A}, kind: text}\n",  # no usable label
        "    - {id: a, label: A, kind: zahlwert}\n",  # unknown kind
    ],
)
def test_values_of_an_unusable_definition_are_not_called_unknown(
    write_plan: PlanWriter, definitions: str
) -> None:
    result = check_attributes(write_plan, "{a: 1}", definitions)
    assert {p.path.name for p in result.problems} == {"plan.yaml"}
    assert result.plan.measures[0].attributes == ()


@pytest.mark.parametrize(
    "definitions",
    [
        "    - a\n",
        "    - ~\n",
        "    - {}\n",
        "    - []\n",
        "    - {id: [a], label: A, kind: text}\n",
        "    - {id: a, label: A, kind: choice, choices: [1, 2]}\n",
        "    - {id: a, label: A, kind: choice, choices: [{value: ~}, {value: [1]}]}\n",
        "    - {id: a, label: A, kind: choice, choices: [{value: 1, label: {de: {x: 1}}}]}\n",
        "    - {id: a, label: A, kind: text, applies_to: [regions]}\n",
        "    - {id: a, label: A, kind: text, applies_to: measures}\n",
        "    - {id: a, label: A, kind: text, required: vielleicht}\n",
        "    - {id: a, label: A, kind: number, min: viel, max: .nan}\n",
    ],
)
def test_hostile_definitions_are_reported(write_plan: PlanWriter, definitions: str) -> None:
    result = check_attributes(write_plan, "{a: 1}", definitions)
    assert any(p.path.name == "plan.yaml" for p in result.problems)


def test_report_columns_name_defined_attributes(write_plan: PlanWriter) -> None:
    definitions = DEFINITIONS + "    - {id: kaputt, label: K}\n"
    plan = plan_with(definitions).replace(
        "  period:", "  report: {columns: [prioritaet, kaputt, prioritat]}\n  period:"
    )
    result = run_check(write_plan({"plan.yaml": plan, "m.yaml": MEASURE.format(attributes="{}")}))
    unknown = [p for p in result.problems if p.rule == "unknown-reference"]
    assert [p.message.arguments["target"] for p in unknown] == ["prioritat"]
    assert unknown[0].message.arguments["suggestion"] == "prioritaet"
    assert result.plan.info is not None
    assert result.plan.info.report.columns == ("prioritaet", "kaputt", "prioritat")


def _definition(kind: str, **options: object) -> AttributeDefinition:
    return AttributeDefinition(id="a", label=Wording.plain("A"), kind=kind, **options)  # type: ignore[arg-type]


def test_typed_value_is_what_imports_and_filters_use() -> None:
    choice = _definition(
        "choice", choices=(AttributeChoice(value="1", label=Wording({"de": "gering"})),)
    )
    assert typed_value(choice, "gering") == "1"
    assert isinstance(typed_value(choice, "2"), Issue)
    assert typed_value(_definition("number", min=0), "1.5") == 1.5
    assert typed_value(_definition("number"), "-40") == -40
    assert typed_value(_definition("yes_no"), "Nein") is False
    assert typed_value(_definition("date"), "2026-06-30") == dt.date(2026, 6, 30)
    assert typed_value(_definition("text"), " frei ") == " frei "
    assert typed_value(_definition("choice"), "alles") == "alles"  # no choices: not judged
