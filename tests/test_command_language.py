"""One language for everything a command says, decided before its options are read:
`--lang` wherever it stands, else the plan's `language:`, else WERKPLAN_LANG / the locale –
also for options werkplan or Click refuse, and for the change log's errors."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import MINIMAL_PLAN, PlanWriter
from helpers import cli

ENGLISH_PLAN = MINIMAL_PLAN.replace("plan:\n", "plan:\n  language: en\n")
GERMAN_PLAN = MINIMAL_PLAN.replace("plan:\n", "plan:\n  language: de\n")


def run(args: list[str], system: str) -> tuple[int, str]:
    result = cli(args, env={"WERKPLAN_LANG": system, "COLUMNS": "200"})
    return result.exit_code, result.output


def english_plan(write_plan: PlanWriter) -> Path:
    return write_plan({"plan.yaml": ENGLISH_PLAN})


@pytest.mark.parametrize(
    ("where", "lang", "said"),
    [
        ("before", "de", "Diesen Tag gibt es nicht"),
        ("after", "de", "Diesen Tag gibt es nicht"),
        ("after", "en", "this day does not exist"),
    ],
)
def test_a_refused_date_option_speaks_lang_wherever_it_stands(
    write_plan: PlanWriter, where: str, lang: str, said: str
) -> None:
    plan = write_plan({"plan.yaml": ENGLISH_PLAN if lang == "de" else GERMAN_PLAN})
    other = "en" if lang == "de" else "de"
    options = ["--today", "2026-13-01"]
    args = ["--lang", lang, *options] if where == "before" else [*options, "--lang", lang]
    code, output = run(["check", str(plan), *args], system=other)
    assert code == 2
    assert said in output


def test_a_refused_list_option_speaks_the_plans_language(write_plan: PlanWriter) -> None:
    german = write_plan({"plan.yaml": GERMAN_PLAN})
    code, output = run(["list", str(german), "--due-before", "2027-Q9"], system="en")
    assert (code, "ist kein Zeitraum für --due-before" in output) == (2, True)
    code, output = run(["list", str(german), "--due-before", "2027-Q9", "--lang", "en"], "de")
    assert (code, "is not a time frame for --due-before" in output) == (2, True)


def test_changes_errors_speak_the_plans_language(write_plan: PlanWriter) -> None:
    plan = write_plan({"plan.yaml": GERMAN_PLAN})
    for git in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "Plan"]):
        identity = ["-c", "user.name=Amt", "-c", "user.email=amt@example.org"]
        subprocess.run(["git", *identity, *git], cwd=plan, check=True, capture_output=True)
    code, output = run(["changes", str(plan), "--since", "nonexist"], system="en")
    assert code == 2
    assert "Die Revision „nonexist“ gibt es in diesem Repository nicht" in output
    code, output = run(["changes", str(plan), "--since", "nonexist", "--lang", "en"], "de")
    assert code == 2
    assert "The revision 'nonexist' does not exist" in output


def test_clicks_usage_box_is_german_in_german_mode(write_plan: PlanWriter, tmp_path: Path) -> None:
    plan = write_plan()
    code, output = run(["report", str(plan), "-o", str(tmp_path / "bericht")], system="de")
    assert code == 2
    assert "Ungültiger Wert für --output: Aus der Endung" in output
    assert "Fehler" in output
    assert "Aufruf: werkplan report [OPTIONEN]" in output
    assert "Invalid value" not in output
    assert "Usage" not in output


def test_clicks_usage_box_follows_lang_over_the_system(write_plan: PlanWriter) -> None:
    plan = english_plan(write_plan)
    code, output = run(["report", str(plan), "--format", "xx", "--lang", "de"], system="en")
    assert code == 2
    assert "Ungültiger Wert für '--format' / '-f': 'xx' ist keiner der erlaubten Werte" in output
    code, output = run(["report", str(plan), "--format", "xx"], system="de")  # the plan's: en
    assert "Invalid value for '--format' / '-f'" in output
    assert "Error" in output


@pytest.mark.parametrize(
    ("args", "german"),
    [
        (["check", "--bogus"], "Unbekannte Option: --bogus"),
        (["chek"], "Unbekannter Befehl „chek“. Meinten Sie 'check'"),
        (["check", ".", "zwei"], "Unerwartete zusätzliche Angabe: zwei"),
        (["check", "--today"], "Die Option '--today' braucht einen Wert."),
        (["show"], "Es fehlt das Argument 'ID'."),
    ],
)
def test_clicks_own_phrases_through_the_catalogue(args: list[str], german: str) -> None:
    code, output = run([*args, "--lang", "de"] if args[-1] != "--today" else args, system="de")
    assert code == 2
    assert german in output


def test_english_usage_errors_stay_as_click_writes_them() -> None:
    code, output = run(["rules", "--bogus"], system="en")  # no plan: the system's language
    assert code == 2
    assert "No such option: --bogus" in output
