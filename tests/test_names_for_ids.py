"""Where an id belongs and the name of an entry is written, werkplan names that entry's id –
it does not offer to add the entry a second time."""

from __future__ import annotations

from conftest import PlanWriter, run_check
from helpers import cli

from werkplan import i18n

ACTORS = """\
actors:
  - {id: dorfverein, name: Dorfverein Musterhausen e. V., kind: association}
  - {id: kt, name: Kreistag, kind: committee}
"""
MEASURE = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: {owner}
    partners: [{partner}]
    due: 2027
    status: planned
    updated: 2026-11-01
"""


def messages(write_plan: PlanWriter, owner: str, partner: str) -> dict[str, str]:
    plan = write_plan(
        {"akteure.yaml": ACTORS, "m.yaml": MEASURE.format(owner=owner, partner=partner)}
    )
    result = run_check(plan)
    return {p.rule: i18n.render(p.message, "de") for p in result.problems}


def test_an_actors_name_in_another_file_is_told_its_id(write_plan: PlanWriter) -> None:
    found = messages(write_plan, "amt", "Dorfverein  Musterhausen e. V.")
    assert found["invalid-id"] == (
        "„Dorfverein  Musterhausen e. V.“ ist ein Name, keine ID: `partners` nennt Einträge "
        "aus `actors:` mit ihrer ID. Schreiben Sie `dorfverein`."
    )


def test_a_name_that_is_no_actors_still_gets_the_way_to_add_one(write_plan: PlanWriter) -> None:
    found = messages(write_plan, "amt", "Dorfverein Neustadt e. V.")
    assert "werkplan new actor --name" in found["invalid-id"]


def test_a_name_read_as_an_unknown_id_is_told_the_id(write_plan: PlanWriter) -> None:
    found = messages(write_plan, "Kreistag", "amt")
    assert found["unknown-reference"].endswith("Meinten Sie `kt`?")


def new_measure_owner(write_plan: PlanWriter, owner: str) -> tuple[int, str]:
    plan = write_plan({"akteure.yaml": ACTORS})
    args = ["new", "measure", str(plan), "--title", "X", "--goal", "Z-1", "--owner", "amt"]
    result = cli([*args, "--owner", owner], env={"WERKPLAN_LANG": "de"})
    return result.exit_code, " ".join(result.output.split())


def test_new_measure_names_the_unknown_owner_as_written(write_plan: PlanWriter) -> None:
    code, output = new_measure_owner(write_plan, "Herr Meier")
    assert code == 2
    assert output.startswith("werkplan: --owner Herr Meier: Diese ID gibt es im Plan nicht.")
    assert (
        "Eine Stelle, die es noch nicht gibt, legt `werkplan new actor --name … --kind …` an"
        in (output)
    )


def test_new_measure_tells_an_owners_name_its_id(write_plan: PlanWriter) -> None:
    code, output = new_measure_owner(write_plan, "Kreistag")
    assert code == 2
    assert output.endswith("Meinten Sie `kt`?")
