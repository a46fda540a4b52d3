"""actor-person-name, and the hint to `werkplan new actor` where an owner is not an id."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE_PLAN, MINIMAL_PLAN, PlanWriter, run_check
from helpers import cli

from werkplan import i18n
from werkplan.load import load_plan_dir
from werkplan.rules.person_name import looks_like_person
from werkplan.validate import build_plan


@pytest.mark.parametrize(
    "name",
    [
        "Frau Müller",
        "Herr Dr. Schulz",
        "Frau Dr. Anna Schmidt",
        "Prof. Meier",
        "Dr. Petra Lange",
        "Frau Müller (Sozialamt)",
        "Müller, Sabine",
        "Müller, Sabine (Sozialplanung)",
        "Schmidt-Lehmann, Anna Maria",
        "von Bülow, Karl",
        "Schulz, Dr. Petra",
        "Mr Smith",
        "Smith, John",
    ],
)
def test_names_of_people(name: str) -> None:
    assert looks_like_person(name)


@pytest.mark.parametrize(
    "name",
    [
        "Amt für Kreisentwicklung, Bauen und Umwelt",
        "Frauen- und Gleichstellungsbeauftragte",
        "Gleichstellungsbeauftragte",
        "Kreisseniorenbeirat",
        "Sozialplanung",
        "Rostock, Hansestadt",
        "Güstrow, Barlachstadt",
        "Laage, Stadt",
        "Jugend, Familie",
        "Mobilität, Verkehr",
        "Soziales, Gesundheit (Dezernat 2)",
        "Planung, Bau (Dezernat 3)",
        "Landkreis Rostock, Stabsstelle Demografie",
        "Dr.-Wilhelm-Külz-Stiftung",
        "Dr. Wilhelm Külz Stiftung",
        "Frau und Beruf e.V.",
        "Bürgerverein Güstrow",
        "Amt Bützow-Land",
        "Herr der Ringe",
    ],
)
def test_names_of_offices_and_bodies(name: str) -> None:
    assert not looks_like_person(name)


def test_no_actor_of_the_example_plan_looks_like_a_person() -> None:
    plan, _ = build_plan(load_plan_dir(EXAMPLE_PLAN), EXAMPLE_PLAN)
    assert plan.actors
    assert [a.name for a in plan.actors if looks_like_person(a.name)] == []


def test_an_actor_named_like_a_person_is_a_warning_at_its_name(write_plan: PlanWriter) -> None:
    actors = (
        "actors:\n"
        "  - id: mueller\n"
        "    name: Müller, Sabine (Sozialplanung)\n"
        "    kind: office\n"
        "  - id: gleichstellung\n"
        "    name: Frauen- und Gleichstellungsbeauftragte\n"
        "    kind: office\n"
    )
    result = run_check(write_plan({"akteure.yaml": actors}))
    found = [(p.path.name, p.line, str(p.severity)) for p in result.problems]
    assert [f for f in found if f[0] == "akteure.yaml"] == [("akteure.yaml", 3, "warning")]
    (problem,) = [p for p in result.problems if p.rule == "actor-person-name"]
    german = i18n.render(problem.message, "de")
    assert "„Müller, Sabine (Sozialplanung)“ sieht nach dem Namen einer Person aus" in german
    assert "`contact:`" in german


def _owner_message(write_plan: PlanWriter, owner: str, key: str = "owner") -> str:
    measure = (
        "measures:\n  - id: M-1\n    title: Fahrdienst\n    goals: [Z-1]\n"
        f"    status: planned\n    {key}: {owner}\n"
    )
    result = run_check(write_plan({"m.yaml": measure}))
    (problem,) = [p for p in result.problems if p.rule == "invalid-id"]
    column = f"    {key}: {owner}".index(owner.strip("[]")) + 1
    assert (problem.line, problem.column) == (6, column)
    return i18n.render(problem.message, "de")


def test_a_person_as_owner_is_named_as_such_with_the_command_to_add_an_office(
    write_plan: PlanWriter,
) -> None:
    message = _owner_message(write_plan, "Frau Müller")
    assert "„Frau Müller“ ist keine gültige ID" in message
    assert "Hier steht wohl eine Person: `owner` nennt eine Stelle" in message
    assert '`werkplan new actor --name "…" --kind office`' in message


def test_an_office_name_as_owner_gets_the_command_that_adds_it(write_plan: PlanWriter) -> None:
    message = _owner_message(write_plan, "Sozialamt Rostock")
    assert "Person" not in message
    assert '`werkplan new actor --name "Sozialamt Rostock" --kind office`' in message
    partners = _owner_message(write_plan, "[Sozialamt Rostock]", key="partners")
    assert "werkplan new actor" in partners


def test_other_ids_get_no_actor_hint(write_plan: PlanWriter) -> None:
    measure = "measures:\n  - id: M 1\n    title: x\n    field: HF-1\n    status: planned\n"
    result = run_check(write_plan({"m.yaml": measure}))
    messages = [i18n.render(p.message, "de") for p in result.problems if p.rule == "invalid-id"]
    assert messages
    assert all("werkplan new actor" not in m and "Person" not in m for m in messages)


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    target = tmp_path / "plans"
    target.mkdir()
    (target / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    return target


def test_new_actor_warns_about_a_person_with_the_same_words(plans: Path) -> None:
    args = ["new", "actor", str(plans), "--name", "Frau Müller", "--kind", "office"]
    result = cli(args, env={"WERKPLAN_LANG": "de"})
    assert result.exit_code == 0, result.output
    expected = i18n.text("actor_person_name", "de", id="frau-mueller", name="Frau Müller")
    assert f"warning [actor-person-name] {expected}" in " ".join(result.stderr.split())
    check = run_check(plans)
    assert "actor-person-name" in {p.rule for p in check.problems}


def test_new_actor_with_an_office_name_says_nothing_more(plans: Path) -> None:
    args = ["new", "actor", str(plans), "--name", "Amt für Kreisentwicklung, Bauen und Umwelt"]
    result = cli([*args, "--kind", "office"])
    assert result.exit_code == 0, result.output
    assert "actor-person-name" not in result.stderr


def test_example_actor_file_is_untouched_by_the_check(tmp_path: Path) -> None:
    copy = tmp_path / "plans"
    shutil.copytree(EXAMPLE_PLAN, copy)
    assert "actor-person-name" not in {p.rule for p in run_check(copy).problems}
