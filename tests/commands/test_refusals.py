"""Every way werkplan refuses to change a plan, through the command a user types: the exit
code, a message that names the file and says in plain words what is wrong, and every file of
the plan as it was, byte for byte.

The refusals, by where they are decided:

- a change that would bring errors into the plan (cli.common.check_change): `new`,
  `import-status`, `values add`, `import-values`. `fmt` cannot bring one: it writes only what
  holds the same data (its own refusals below).
- writers/edit.py, before a plan file is edited: the file does not load cleanly
  (fmt_has_errors), ruamel.yaml cannot rewrite it (fmt_failed), the rewrite would not load
  (fmt_output_broken), more would change than the edit (edit_unexpected), a comment would
  end up elsewhere (edit_comment_moves).
- writers/fmt.py and writers/run_fmt.py: every reason `fmt` leaves a file alone.
- writers/plan_change.py and writers/indicator_values.py: a values file that is gone, not
  UTF-8 or without its header by the time it is changed.
- writers/atomic.py: not a regular file, changed meanwhile, a put-back that fails (read-only,
  hard links, a full disk and a failed rename are in tests/writers/test_replace.py).
- writers/create.py: `init` over a dangling link or through a file (the other refusals of
  init are in tests/writers/test_init.py); writers/lock.py: tests/writers/test_replace.py.
- cli.common.refuse_plan_file: -o onto a file of the plan (also tests/writers/test_outputs.py).

Where a refusal guards against a moment no command can bring about by itself (a colleague's
editor saving a file while werkplan works), the test makes that moment happen at the exact
point werkplan reads the plan for the change.
"""

from __future__ import annotations

import csv
import errno
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from export_plan import write_rich_plan
from helpers import TODAY_OPTION, cli, snapshot

from werkplan.load.files import find_plan_files
from werkplan.writers import fmt as fmt_writer
from werkplan.writers.atomic import replace_files

MEASURES_FILE = "massnahmen.yaml"
INDICATORS_FILE = "kennzahlen.yaml"
VALUES_FILE = "werte/k-2.csv"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return write_rich_plan(tmp_path)


def refused(args: list[str | Path], plan: Path, code: int = 1) -> str:
    """Run a command that must be refused: its exit code, no file of the plan changed, no
    traceback; returns what it said on stderr."""
    before = snapshot(plan)
    result = cli(args, env={"WERKPLAN_LANG": "de"})  # schema speaks the system's language
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert snapshot(plan) == before
    return result.stderr


def status_sheet(plan: Path, measure: str, column: str, value: str) -> Path:
    """The plan's CSV export with one cell changed, as a colleague sends it back."""
    exported = cli(["export", plan, *TODAY_OPTION, "-f", "csv"]).stdout_bytes
    rows = list(csv.reader(io.StringIO(exported.decode("utf-8-sig")), delimiter=";"))
    index = rows[0].index(column)
    for row in rows[1:]:
        if row[0] == measure:
            row[index] = value
    sheet = plan.parent / "rueckmeldung.csv"
    with sheet.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)
    return sheet


def edit_file(plan: Path, name: str, old: str, new: str) -> None:
    path = plan / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def new_measure(plan: Path) -> list[str | Path]:
    return ["new", "measure", "-p", plan, "--field", "HF-1", "--title", "Neu", *TODAY_OPTION]


def values_add(plan: Path, indicator: str, *extra: str) -> list[str | Path]:
    return ["values", "add", indicator, "--date", "2026", "--value", "4", *extra, plan]


@pytest.fixture
def meanwhile(monkeypatch: pytest.MonkeyPatch) -> Callable[[Callable[[], None]], None]:
    """Let something happen to the files after the check of the plan and before werkplan
    reads them to change them, as a colleague's editor saving a file at that moment."""

    def at_reading(action: Callable[[], None]) -> None:
        def find(plan_dir: Path, *args: Any) -> Any:
            action()
            return find_plan_files(plan_dir, *args)

        monkeypatch.setattr("werkplan.writers.plan_change.find_plan_files", find)

    return at_reading


# --- a change that would bring errors into the plan --------------------------------------


def test_new_refuses_an_entry_that_brings_an_error(plan: Path) -> None:
    args: list[str | Path] = ["new", "actor", "-p", plan, "--name", "Amt zwei", "--kind", "office"]
    err = refused([*args, "--id", "amt", *TODAY_OPTION], plan)
    assert f"{plan / 'plan.yaml'}:" in err
    assert "Akteur amt ist doppelt vergeben" in err
    assert "Nichts geschrieben: Mit dem neuen Eintrag hätte der Plan die Fehler oben." in err


def test_import_status_refuses_a_row_that_brings_an_error(plan: Path) -> None:
    sheet = status_sheet(plan, "M-1", "Frist", "2025-06")  # M-1 starts 2026-Q1
    err = refused(["import-status", sheet, plan, *TODAY_OPTION], plan)
    assert f"{plan / MEASURES_FILE}:10:12: Maßnahme M-1: Der Beginn" in err
    assert "liegt nach der Frist (Juni 2025)" in err
    assert "Nichts geschrieben." in err


def _shared_values_file(plan: Path) -> None:
    """K-3 reads K-2's values file too, and allows values up to 5 only: a new value for K-2
    within K-2's own range is an error of K-3."""
    with (plan / INDICATORS_FILE).open("a", encoding="utf-8") as stream:
        stream.write(
            "  - id: K-3\n    title: Gleiche Datei\n    unit: '%'\n    max: 50\n"
            "    values_file: werte/k-2.csv\n"
        )


def test_values_add_refuses_a_value_that_brings_an_error_elsewhere(plan: Path) -> None:
    _shared_values_file(plan)
    assert cli(["check", plan, *TODAY_OPTION]).exit_code == 0
    args: list[str | Path] = [
        "values",
        "add",
        "K-2",
        "--date",
        "2026",
        "--value",
        "70",
        plan,
        *TODAY_OPTION,
    ]
    err = refused(args, plan)
    assert f"{plan / VALUES_FILE}:4:1: Kennzahl K-3: Der Wert 70 % liegt über" in err
    assert "Nichts geschrieben: Mit den neuen Werten hätte der Plan die Fehler oben." in err


def test_import_values_refuses_values_that_bring_an_error_elsewhere(plan: Path) -> None:
    _shared_values_file(plan)
    sheet = plan.parent / "werte.csv"
    sheet.write_text("Kennzahl;Datum;Wert\nK-2;2026;70\n", encoding="utf-8")
    err = refused(["import-values", sheet, plan, *TODAY_OPTION], plan)
    assert f"{plan / VALUES_FILE}:4:1: Kennzahl K-3: Der Wert 70 % liegt über" in err
    assert "Nichts geschrieben: Mit den neuen Werten hätte der Plan die Fehler oben." in err


# --- writers/edit.py: each reason an edit is refused -------------------------------------


def test_edit_of_a_file_that_no_longer_loads_cleanly(plan: Path, meanwhile: Any) -> None:
    """fmt_has_errors: the file was broken after the check (an editor saved it half done)."""
    broken = (plan / MEASURES_FILE).read_text(encoding="utf-8") + "  - id: [\n"
    meanwhile(lambda: (plan / MEASURES_FILE).write_text(broken, encoding="utf-8"))
    before = snapshot(plan)
    result = cli(new_measure(plan))
    assert result.exit_code == 1, result.output
    assert (
        f"{plan / MEASURES_FILE}: nicht angefasst: Die Datei hat YAML-Fehler. Beheben Sie sie "
        "zuerst (`werkplan check`)." in result.stderr
    )
    assert (plan / MEASURES_FILE).read_text(encoding="utf-8") == broken  # as the editor left it
    assert {k: v for k, v in snapshot(plan).items() if k != MEASURES_FILE} == {
        k: v for k, v in before.items() if k != MEASURES_FILE
    }


def test_edit_of_a_file_ruamel_cannot_read(plan: Path) -> None:
    """fmt_failed: a tab after a value is fine for YAML and werkplan, not for ruamel.yaml."""
    edit_file(plan, MEASURES_FILE, "    note: Läuft.\n", "    note: Läuft.\t\n")
    assert cli(["check", plan, *TODAY_OPTION]).exit_code == 0
    line = (
        (plan / MEASURES_FILE).read_text(encoding="utf-8").split("\n").index("    note: Läuft.\t")
    )
    err = refused(new_measure(plan), plan)
    assert (
        f"{plan / MEASURES_FILE}: nicht angefasst: Das Umschreiben ist gescheitert: ruamel.yaml, "
        f"mit dem werkplan umschreibt, liest Zeile {line + 1} nicht (ScannerError)" in err
    )


def test_edit_whose_result_would_not_load(plan: Path) -> None:
    """fmt_output_broken: ruamel.yaml writes a control character as it is, which YAML
    forbids in a plain value."""
    err = refused(values_add(plan, "K-1", "--note", "a\x1bb", *TODAY_OPTION), plan)
    assert (
        f"{plan / INDICATORS_FILE}: nicht angefasst: Die umgeschriebene Datei ließe sich nicht "
        "mehr lesen." in err
    )


def test_edit_that_would_change_more_than_asked(plan: Path) -> None:
    """edit_unexpected: K-3's values are K-1's (an alias), so a value for K-1 is one for K-3."""
    edit_file(plan, INDICATORS_FILE, "    values:\n", "    values: &werte\n")
    with (plan / INDICATORS_FILE).open("a", encoding="utf-8") as stream:
        stream.write("  - id: K-3\n    title: Kopie\n    unit: Orte\n    values: *werte\n")
    assert cli(["check", plan, *TODAY_OPTION]).exit_code == 0
    err = refused(values_add(plan, "K-1", *TODAY_OPTION), plan)
    assert (
        f"{plan / INDICATORS_FILE}: nicht geändert: Die Datei hätte sich an anderer Stelle "
        "mitverändert." in err
    )


def test_edit_that_would_move_a_comment(plan: Path) -> None:
    """edit_comment_moves: a new `due` of M-3 would come between its status and the comment
    written above the status."""
    edit_file(
        plan,
        MEASURES_FILE,
        "    status: proposed\n",
        "    # nach dem Beschluss\n    status: proposed\n",
    )
    sheet = status_sheet(plan, "M-3", "Frist", "2026-12-31")
    err = refused(["import-status", sheet, plan, *TODAY_OPTION], plan)
    assert (
        f"{plan / MEASURES_FILE}: nicht geändert: Der Kommentar „# nach dem Beschluss“ stünde "
        "danach an anderer Stelle. Verschieben Sie ihn oder tragen Sie den Eintrag von Hand ein."
        in err
    )


# --- writers/fmt.py and run_fmt.py: every reason fmt leaves a file alone ------------------

FMT_LEFT_ALONE = {
    "fmt_has_errors": (b"measures: [\n", "Die Datei hat YAML-Fehler. Beheben Sie sie zuerst"),
    "fmt_unreadable": (b"title: Stra\xdfe\n", "Die Datei lässt sich nicht lesen"),
    "fmt_directive": (b"%YAML 1.2\n---\nmeasures: []\n", "Die Zeile 1 enthält eine YAML-Direktive"),
    "fmt_explicit_key": (b"? measures\n# c\n: []\n", "Die Zeile 1 nutzt einen ausdrücklichen"),
    "fmt_explicit_key_written": (
        b"k" * 140 + b": 1\n",
        "Die Zeile 1 nutzt einen ausdrücklichen Schlüssel",
    ),
    "fmt_failed": (
        b"a: 1\nb: c\t\n",
        "Das Umschreiben ist gescheitert: ruamel.yaml, mit dem werkplan umschreibt, liest Zeile "
        "2 nicht (ScannerError); oft ist es ein Tabulator. Ändern Sie die Zeile oder die Datei "
        "von Hand.",
    ),
    "fmt_data_changed": (b"plain: a\n b\n\n c\n", "Der Wert in Zeile 1 würde sich ändern"),
    "fmt_comment_lost": (b"notizen: [M-1, # erste\n  M-2]\n", "Der Kommentar „# erste“ ginge"),
}


@pytest.mark.parametrize("reason", sorted(FMT_LEFT_ALONE))
def test_fmt_leaves_alone_and_says_why(plan: Path, reason: str) -> None:
    content, words = FMT_LEFT_ALONE[reason]
    assert cli(["fmt", plan]).exit_code == 0  # the others formatted already
    (plan / "z.yaml").write_bytes(content)
    err = refused(["fmt", plan], plan)
    assert f"{plan / 'z.yaml'}: nicht angefasst: {words}" in err
    assert "1 nicht angefasst." in err


def test_fmt_leaves_alone_a_file_too_large_to_read(plan: Path) -> None:
    """run_fmt: a file the plan walk does not read (here: over 5 MiB) is not rewritten."""
    assert cli(["fmt", plan]).exit_code == 0
    (plan / "z.yaml").write_bytes(b"# " + b"x" * (5 * 1024 * 1024) + b"\n")
    err = refused(["fmt", plan], plan)
    assert f"{plan / 'z.yaml'}: nicht angefasst: Die Datei lässt sich nicht lesen" in err


def test_fmt_leaves_alone_what_it_would_write_unloadable(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fmt_output_broken: no input is known that makes ruamel.yaml write broken YAML today;
    the rewrite is made to, and fmt must not pass it on."""
    assert cli(["fmt", plan]).exit_code == 0
    edit_file(plan, MEASURES_FILE, "    note: Läuft.\n", "    note:   Läuft.\n")
    monkeypatch.setattr(fmt_writer, "_rewrite", lambda text: text + "  - [\n")
    err = refused(["fmt", plan], plan)
    assert (
        f"{plan / MEASURES_FILE}: nicht angefasst: Die umgeschriebene Datei ließe sich nicht "
        "mehr lesen." in err
    )


def test_fmt_leaves_alone_what_a_second_run_would_change(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fmt_not_stable: no input is known that ruamel.yaml formats differently twice; the
    second rewrite is made to, and fmt must not write the first."""
    real, calls = fmt_writer._rewrite, []

    def unstable(text: str) -> str:
        calls.append(text)
        return real(text) + ("\n" if len(calls) % 2 == 0 else "")

    assert cli(["fmt", plan]).exit_code == 0
    edit_file(plan, MEASURES_FILE, "    note: Läuft.\n", "    note:   Läuft.\n")
    monkeypatch.setattr(fmt_writer, "_rewrite", unstable)
    err = refused(["fmt", plan], plan)
    assert (
        f"{plan / MEASURES_FILE}: nicht angefasst: Ein zweites Formatieren würde die Datei "
        "erneut ändern." in err
    )


# --- writers/plan_change.py and indicator_values.py: the values file at writing time -------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "Die Datei gibt es nicht. Prüfen Sie den Pfad unter `values_file`"),
        (b"Datum;Wert\r\n2023;28,4\r\n2024;27\xe4\r\n", "Die Wertedatei ist nicht UTF-8."),
        (b"Jahr;Anteil\r\n2023;28,4\r\n", "Die erste Zeile der Wertedatei nennt die Spalten"),
    ],
    ids=["gone", "not-utf-8", "no-header"],
)
def test_a_values_file_changed_after_the_check_is_not_written(
    plan: Path, meanwhile: Any, content: bytes | None, words: str
) -> None:
    values_file = plan / VALUES_FILE

    def colleague() -> None:
        if content is None:
            values_file.unlink()
        else:
            values_file.write_bytes(content)

    meanwhile(colleague)
    result = cli(values_add(plan, "K-2", *TODAY_OPTION))
    assert result.exit_code == 1, result.output
    assert f"{values_file}: {words}" in result.stderr
    assert values_file.exists() == (content is not None)
    if content is not None:
        assert values_file.read_bytes() == content  # as the colleague left it
    assert "Traceback" not in result.output


def output_command(command: str, plan: Path) -> list[str | Path]:
    """A command that writes with -o, for this plan; report in Markdown whatever the name."""
    if command == "schema":
        return [command, plan]
    return [command, plan, *TODAY_OPTION, *(["-f", "md"] if command == "report" else [])]


# --- writers/atomic.py ------------------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "report", "export", "schema"])
def test_output_onto_a_folder_is_refused(plan: Path, command: str) -> None:
    folder = plan.parent / "berichte"
    folder.mkdir()
    err = refused([*output_command(command, plan), "-o", folder], plan, code=2)
    assert f"{folder}: Das ist keine normale Datei (z. B. ein Ordner" in err
    assert list(folder.iterdir()) == []


def test_a_plan_file_an_editor_saved_while_werkplan_wrote_is_kept(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """write_changed_meanwhile: the editor's version stays, werkplan's is not written."""
    saved = (plan / MEASURES_FILE).read_text(encoding="utf-8") + "# im Editor ergänzt\n"

    def replace_at_last(replacements: Any) -> None:
        (plan / MEASURES_FILE).write_text(saved, encoding="utf-8")
        replace_files(replacements)

    monkeypatch.setattr("werkplan.writers.plan_change.replace_files", replace_at_last)
    result = cli(new_measure(plan))
    assert result.exit_code == 1, result.output
    assert (
        f"{plan / MEASURES_FILE}: Die Datei wurde geändert, während werkplan sie bearbeitete; "
        "keine Datei wurde geändert." in result.stderr
    )
    assert (plan / MEASURES_FILE).read_text(encoding="utf-8") == saved


def test_a_file_that_cannot_be_put_back_is_named(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """write_rollback_failed: the second of two files cannot be renamed into place, and the
    first, already replaced, cannot be put back either. The message names that file; its old
    version is kept beside it."""
    sheet = plan.parent / "werte.csv"
    sheet.write_text("Kennzahl;Datum;Wert\nK-1;2026;8\nK-2;2026;30\n", encoding="utf-8")
    old = (plan / INDICATORS_FILE).read_bytes()
    real, renamed = Path.replace, []

    def replace(self: Path, target: Any) -> Path:
        renamed.append(Path(target).name)
        if Path(target).name == "k-2.csv" or renamed.count(INDICATORS_FILE) > 1:
            raise OSError(errno.EIO, "Input/output error")
        return real(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    result = cli(["import-values", sheet, plan, *TODAY_OPTION])
    assert result.exit_code == 2, result.output
    assert (
        f"{plan / INDICATORS_FILE}: Beim Schreiben ging etwas schief, und diese schon ersetzte "
        "Datei ließ sich nicht zurücksetzen" in result.stderr
    )
    kept = [p for p in plan.iterdir() if p.name.startswith(f".{INDICATORS_FILE}.werkplan-")]
    assert [p.read_bytes() for p in kept] == [old]
    assert (plan / VALUES_FILE).read_bytes().endswith(b"2024;28,9;;vorl\xc3\xa4ufig\r\n")


# --- writers/create.py: init ------------------------------------------------------------


def test_init_below_a_dangling_link_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "plaene"
    link.symlink_to(tmp_path / "gibt-es-nicht")
    result = cli(["init", link / "plan", "--lang", "de"])
    assert result.exit_code == 2, result.output
    assert f"{link}: Das ist eine Datei, kein Ordner" in result.stderr
    assert not (tmp_path / "gibt-es-nicht").exists()


def test_init_through_a_file_where_a_folder_belongs_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "plan"
    target.mkdir()
    (target / "handlungsfelder").write_text("kein Ordner\n")
    result = cli(["init", target, "--lang", "de"])
    assert result.exit_code == 2, result.output
    assert f"{target / 'handlungsfelder'}: Das ist eine Datei, kein Ordner" in result.stderr
    assert sorted(p.name for p in target.iterdir()) == ["handlungsfelder"]


# --- -o onto a file of the plan ---------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "report", "export", "schema"])
@pytest.mark.parametrize("target", ["plan.yaml", "neu.yml", VALUES_FILE])
def test_output_onto_a_file_of_the_plan_is_refused(plan: Path, command: str, target: str) -> None:
    option = "--output" if target == VALUES_FILE else "-o"
    err = refused([*output_command(command, plan), option, plan / target], plan, code=2)
    assert f"„{plan / target}“" in err
    assert "werkplan überschreibt mit -o nie eine" in err
