"""Status words are read by one function (`i18n.read_choice`) in `check` and `import-status`.

Both take the key and its German or English label; `import-status` also takes the usual
words of the vocabulary ('erledigt'), which `check` names as errors with the key to write. A
word that could mean two statuses is never guessed, in either place.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PlanWriter, run_check
from helpers import cli

from werkplan import i18n
from werkplan.i18n import ChoiceReading, read_choice
from werkplan.model import Status

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


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("Abgeschlossen", Status.DONE),
        ("abgeschlossen", Status.DONE),
        ("Done", Status.DONE),
        ("In Umsetzung", Status.IN_PROGRESS),
        ("Zurückgestellt", Status.ON_HOLD),
        ("On hold", Status.ON_HOLD),
    ],
)
def test_check_accepts_the_labels(write_plan: PlanWriter, written: str, status: Status) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.format(status=written)}))
    assert result.problems == ()
    (measure,) = result.plan.measures
    assert measure.status is status


def test_a_label_in_yaml_counts_as_its_status(write_plan: PlanWriter) -> None:
    plan = write_plan({"m.yaml": MEASURE.format(status="Abgeschlossen")})
    result = cli(["list", str(plan), "--status", "done", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert '"id": "M-1"' in result.stdout


@pytest.mark.parametrize("word", ["läuft", "fertig"])
def test_check_names_words_that_are_not_labels(write_plan: PlanWriter, word: str) -> None:
    result = run_check(write_plan({"m.yaml": MEASURE.format(status=word)}))
    (problem,) = result.problems
    assert problem.rule == "invalid-status"
    text = i18n.render(problem.message, "de")
    assert "done (Abgeschlossen)" in text
    if word == "fertig":
        assert text.endswith("Meinten Sie `done`?")
    else:  # "läuft" could be in_progress or ongoing: no single suggestion
        assert "Meinten Sie" not in text


def test_the_reading_of_words() -> None:
    assert read_choice("status", "done") == ChoiceReading("done", "key")
    assert read_choice("status", " in  umsetzung ") == ChoiceReading("in_progress", "label")
    assert read_choice("status", "erledigt") == ChoiceReading("done", "synonym")
    assert read_choice("status", "Läuft") == ChoiceReading(None, "", ("in_progress", "ongoing"))
    assert read_choice("status", "irgendwie") == ChoiceReading(None)


def test_import_refuses_the_ambiguous_word_that_check_refuses(plans: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "s.csv"
    sheet.write_text("ID;Status\nM-ALT-03;Läuft\n", encoding="utf-8")
    result = cli(["import-status", str(sheet), str(plans), "--today", "2026-11-25"])
    assert result.exit_code == 1
    assert (
        "„Läuft“ ist nicht eindeutig, gemeint sein kann: in_progress (In Umsetzung), "
        "ongoing (Fortlaufend)." in result.stderr
    )


def test_the_documented_words_read_as_documented() -> None:
    """docs/commands.md lists the words import-status takes for each status."""
    docs = (Path(__file__).parents[2] / "docs" / "commands.md").read_text(encoding="utf-8")
    table = docs[docs.index("| Wort | Status |") :].split("\n\n", 1)[0]
    rows = [line.strip() for line in table.splitlines()[2:]]
    assert len(rows) == 7
    for row in rows:
        words, status = (cell.strip(" `") for cell in row.strip("|").split("|"))
        for word in words.split(", "):
            assert read_choice("status", word) == ChoiceReading(status, "synonym"), word
    for word in ("läuft", "laufend", "aktiv", "offen"):
        assert f"„{word}“" in docs
        assert read_choice("status", word).candidates
