"""Allowed values written as labels, the plan's own labels (`plan.labels`), and suggestions
that never turn what someone meant into its opposite."""

from __future__ import annotations

import pytest
from conftest import MINIMAL_PLAN, PlanWriter, run_check

from werkplan import i18n
from werkplan.checker import CheckResult
from werkplan.model import Status
from werkplan.suggest import suggest_choice

MEASURE = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    due: 2026-12-31
    status: {status}
    updated: 2026-11-01
"""


def plan_with_labels(labels: str) -> str:
    return MINIMAL_PLAN.replace("  period:", "  labels:\n" + labels + "  period:")


def check_status(write_plan: PlanWriter, status: str, labels: str = "") -> CheckResult:
    files = {"m.yaml": MEASURE.format(status=status)}
    if labels:
        files["plan.yaml"] = plan_with_labels(labels)
    return run_check(write_plan(files))


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("planned", Status.PLANNED),
        ("Geplant", Status.PLANNED),
        ("In Umsetzung", Status.IN_PROGRESS),
        ("in progress", Status.IN_PROGRESS),
        ("ON HOLD", Status.ON_HOLD),
        ("Vorgeschlagen", Status.PROPOSED),
        ("Proposed", Status.PROPOSED),
    ],
)
def test_keys_and_labels_are_accepted_as_input(
    write_plan: PlanWriter, written: str, status: Status
) -> None:
    result = check_status(write_plan, written)
    assert result.problems == ()
    assert result.plan.measures[0].status is status


@pytest.mark.parametrize(
    ("written", "status"),
    [("erledigt", "done"), ("fertig", "done"), ("abgebrochen", "dropped")],
)
def test_usual_words_are_errors_that_suggest_the_key(
    write_plan: PlanWriter, written: str, status: str
) -> None:
    # import-status takes them (documented in docs/commands.md); a plan file names the value.
    (problem,) = check_status(write_plan, written).problems
    assert problem.rule == "invalid-status"
    assert problem.message.arguments["suggestion"] == status


PLAN_LABELS = """\
    status: {planned: Nicht begonnen, preparing: {de: Planung, en: Planning}}
    assessment: {off_track: Rot}
"""


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("Nicht begonnen", Status.PLANNED),
        ("nicht   BEGONNEN", Status.PLANNED),
        ("Planung", Status.PREPARING),
        ("Planning", Status.PREPARING),
        ("Geplant", Status.PLANNED),  # werkplan's own label keeps working
    ],
)
def test_the_plans_own_labels_are_input_too(
    write_plan: PlanWriter, written: str, status: Status
) -> None:
    result = check_status(write_plan, written, PLAN_LABELS)
    assert result.problems == ()
    assert result.plan.measures[0].status is status


def test_the_plans_own_labels_are_the_output(write_plan: PlanWriter) -> None:
    plan = check_status(write_plan, "planned", PLAN_LABELS).plan
    assert i18n.label("status", "planned", "de", plan.labels) == "Nicht begonnen"
    assert i18n.label("status", "preparing", "en", plan.labels) == "Planning"
    assert i18n.label("status", "preparing", "de", plan.labels) == "Planung"
    assert i18n.label("assessment", "off_track", "en", plan.labels) == "Rot"
    assert i18n.label("status", "done", "de", plan.labels) == "Abgeschlossen"


def test_labels_apply_to_files_read_before_plan_yaml(write_plan: PlanWriter) -> None:
    files = {
        "a-massnahmen.yaml": MEASURE.format(status="Nicht begonnen"),
        "plan.yaml": plan_with_labels(PLAN_LABELS),
    }
    result = run_check(write_plan(files))
    assert result.problems == ()
    assert result.plan.measures[0].status is Status.PLANNED


@pytest.mark.parametrize(
    ("labels", "clash"),
    [
        # another value's default label: the output could not tell them apart
        ("    assessment: {on_track: Gefährdet}\n", ("Gefährdet", "on_track", "at_risk")),
        # two values of the plan with one label
        (
            "    status: {planned: Offen, preparing: offen}\n",
            ("Offen", "planned", "preparing"),
        ),
        # another value's key: `status: on_hold` must keep meaning on hold
        ("    status: {planned: on_hold}\n", ("on_hold", "planned", "on_hold")),
    ],
)
def test_a_label_two_values_would_share_is_an_error(
    write_plan: PlanWriter, labels: str, clash: tuple[str, str, str]
) -> None:
    result = run_check(write_plan({"plan.yaml": plan_with_labels(labels)}))
    problems = [p for p in result.problems if p.rule == "invalid-choice"]
    assert len(problems) == 1
    arguments = problems[0].message.arguments
    assert (arguments["value"], arguments["first"], arguments["second"]) == clash
    assert problems[0].message.key == "label_clash"


def test_a_value_may_keep_its_own_default_label(write_plan: PlanWriter) -> None:
    labels = "    status: {planned: Geplant, done: {de: Erledigt, en: Done}}\n"
    assert run_check(write_plan({"plan.yaml": plan_with_labels(labels)})).errors == 0


def test_unknown_vocabularies_and_values_in_plan_labels(write_plan: PlanWriter) -> None:
    labels = """\
    statuz: {planned: X}
    language: {de: Hochdeutsch}
    status: {undone: Offen, Geplant: Nicht begonnen, plannd: Neu}
"""
    result = run_check(write_plan({"plan.yaml": plan_with_labels(labels)}))
    found = [
        (p.line, p.rule, p.message.key, p.message.arguments.get("suggestion"))
        for p in result.only_errors().problems
    ]
    assert found == [
        (5, "unknown-key", "unknown_vocabulary", "status"),
        (6, "unknown-key", "unknown_vocabulary", ""),
        (7, "invalid-choice", "invalid_choice", ""),  # never `done` for `undone`
        (7, "invalid-choice", "invalid_choice", "planned"),  # a label stands for its key
        (7, "invalid-choice", "invalid_choice", "planned"),  # a typo
    ]
    statuz = result.problems[0]
    assert i18n.render(statuz.message, "de") == (
        "`statuz` ist keine Auswahlliste, die ein Plan umbenennen kann. Meinten Sie `status`?"
    )
    assert "Möglich: status, assessment" in i18n.render(result.problems[1].message, "de")
    assert "language" not in i18n.render(result.problems[1].message, "de").split("Möglich")[1]


@pytest.mark.parametrize(
    "labels",
    [
        "    status: [planned]\n",
        "    status: Nicht begonnen\n",
        "    status: {planned: [Nicht, begonnen]}\n",
        "    status: {planned: {de: {de: {de: x}}}}\n",
        "    status: {planned: {fr: Pas commencé}}\n",
        "    status: {planned: ~}\n",
        "    status: {planned: {de: ~}}\n",
        "    status: ~\n",
        "    - status\n",
        "    42\n",
    ],
)
def test_broken_plan_labels_are_reported_without_crashing(
    write_plan: PlanWriter, labels: str
) -> None:
    result = run_check(write_plan({"plan.yaml": plan_with_labels(labels)}))
    quiet = labels.endswith(": ~}\n") or labels.endswith(": ~\n")  # nothing given
    assert (result.errors == 0) == quiet
    assert result.plan.labels.get("status", {}).get("planned") is None


@pytest.mark.parametrize(
    "typed",
    [
        "undone",
        "not done",
        "Not Done",
        "not-done",
        "nicht abgeschlossen",
        "Nicht abgeschlossen",
        "nichtabgeschlossen",
        "unfinished",
        "unplanned",
        "not planned",
        "nicht geplant",
        "undropped",
        "kein Fortschritt",
    ],
)
def test_a_suggestion_is_never_the_opposite(typed: str) -> None:
    assert suggest_choice("status", typed) not in {"done", "planned", "dropped", "in_progress"}


def test_not_begun_is_planned_never_in_progress() -> None:
    # "nicht begonnen" is a usual word for planned (a synonym), not "begonnen" negated wrongly
    assert suggest_choice("status", "nicht begonnen") == "planned"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Abgeschlosen", "done"),
        ("in progres", "in_progress"),
        ("in_progess", "in_progress"),
        ("on_hol", "on_hold"),
        ("onhold", "on_hold"),
        ("Vorgeschlgen", "proposed"),
        ("Zusammengefuehrt", "merged"),
        ("erledigt", "done"),
    ],
)
def test_typos_and_synonyms_are_still_suggested(typed: str, meant: str) -> None:
    assert suggest_choice("status", typed) == meant


def test_the_plans_own_labels_are_suggested_too() -> None:
    labels = {"status": {"planned": _Wording("Nicht begonnen")}}
    assert suggest_choice("status", "Nicht begonen", labels) == "planned"
    assert suggest_choice("status", "begonnen", labels) == "in_progress"


class _Wording:
    def __init__(self, text: str) -> None:
        self.text = text

    def all(self) -> tuple[str, ...]:
        return (self.text,)


def test_a_wrong_status_in_check_says_what_is_allowed_without_a_wrong_guess(
    write_plan: PlanWriter,
) -> None:
    result = check_status(write_plan, "nicht abgeschlossen")
    (problem,) = result.problems
    assert problem.rule == "invalid-status"
    text = i18n.render(problem.message, "de")
    assert "proposed (Vorgeschlagen)" in text
    assert "merged (Zusammengeführt)" in text
    assert "Meinten Sie" not in text


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("politics", "politics"),
        ("Politik", "politics"),
        ("Fraktionen", "politics"),
        ("citizens", "citizens"),
        ("Bürgerinnen und Bürger", "citizens"),
        ("Bürger", "citizens"),
        ("group", "group"),
        ("Gruppe", "group"),
        ("Gruppe (viele Stellen einer Art)", "group"),
        ("Verein", "association"),
    ],
)
def test_the_new_actor_kinds_by_key_label_or_synonym(
    write_plan: PlanWriter, written: str, kind: str
) -> None:
    actors = f"actors:\n  - {{id: x, name: X, kind: {written}}}\n"
    result = run_check(write_plan({"a.yaml": actors}))
    by_word = i18n.read_choice("actor_kind", written).how == "synonym"
    if by_word:  # a usual word is suggested, not taken
        (problem,) = result.only_errors().problems
        assert problem.message.arguments["suggestion"] == kind
    else:
        assert result.only_errors().problems == ()
        assert result.plan.lookup("actors", "x").kind == kind
