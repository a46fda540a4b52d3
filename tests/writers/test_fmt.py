"""`werkplan fmt`: same data, every comment kept, stable, and hands off what it cannot keep."""

from __future__ import annotations

import codecs
import stat
from dataclasses import dataclass
from pathlib import Path, PurePath

import pytest
from conftest import EXAMPLE_PLAN, MINIMAL_PLAN, SHARED
from helpers import cli, snapshot
from typer.testing import Result

from werkplan import i18n
from werkplan.load.parser import parse
from werkplan.safe_text import terminal_text
from werkplan.writers.fmt import format_bytes, format_text
from werkplan.writers.round_trip import comments, plain_data

HERE = PurePath("x.yaml")
EXAMPLE_FILES = sorted(EXAMPLE_PLAN.rglob("*.yaml"))
SUITE = SHARED / "corpus" / "yaml-test-suite"
SUITE_CASES = sorted(SUITE.glob("*.yaml")) if SUITE.is_dir() else []

COMMENTED = """\
# Maßnahmen im Handlungsfeld Begegnung
# gepflegt von der Sozialplanung

measures:
  # die erste Maßnahme
  - status: planned   # noch nicht begonnen
    id: M-1           # Nummer aus der Zukunftswerkstatt
    title: Treffpunkt
    partners:
      - amt           # federführend
      - beirat

  # eine zweite
  - id: M-2
    title: "Quoted: Titel"
    regions:
      - nord
      - sued
    note: |
      Zeile eins
      # kein Kommentar, sondern Text
# Schluss
"""


def same_meaning(before: str, after: str) -> bool:
    old, new = parse(before, HERE), parse(after, HERE)
    assert old.root is not None
    assert new.root is not None
    return bool(plain_data(old.root) == plain_data(new.root))


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_files_are_already_formatted(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert format_text(text, HERE).text == text


def test_commented_file_keeps_data_and_every_comment() -> None:
    result = format_text(COMMENTED, HERE)
    assert result.text is not None, result.reason
    assert same_meaning(COMMENTED, result.text)
    assert comments(result.text) == comments(COMMENTED)
    assert all("kein Kommentar" not in text for text, _ in comments(COMMENTED))
    # M-1 carries comments on its keys, so its keys stay where they are
    assert result.text.index("status: planned") < result.text.index("id: M-1")
    assert "regions: [nord, sued]" in result.text
    assert format_text(result.text, HERE).text == result.text


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("measures: [M-1, # erste\n  M-2]\n", "fmt_comment_lost"),
        ("%YAML 1.2\n---\nmeasures: []\n", "fmt_directive"),
        ("? measures\n# c\n: []\n", "fmt_explicit_key"),
        ("owner:  # wer\n  amt\n\nnext: 1\n", None),
        ("k" * 140 + ": 1\n", "fmt_explicit_key"),
        ("measures: [\n", "fmt_has_errors"),
        ("a: 1\na: 2\n", "fmt_has_errors"),
    ],
)
def test_what_cannot_be_kept_is_left_alone(text: str, key: str | None) -> None:
    result = format_text(text, HERE)
    if result.text is not None:  # formatted: then nothing may be lost
        assert key is None
        assert same_meaning(text, result.text)
        assert comments(result.text) == comments(text)
    else:
        assert result.reason is not None
        assert key is None or result.reason.key == key


def test_keys_without_comments_take_the_documented_order() -> None:
    text = "measures:\n  - status: planned\n    title: Treffpunkt\n    id: M-1\n"
    result = format_text(text, HERE)
    assert result.text == "measures:\n  - id: M-1\n    title: Treffpunkt\n    status: planned\n"


def test_a_comment_stays_next_to_what_it_describes() -> None:
    text = (
        "measures:\n  # über M-1\n  - id: M-1\n    title: x\n"
        "  # über M-2\n  - id: M-2\n    title: y\n"
    )
    result = format_text(text, HERE)
    assert result.text is not None
    assert comments(result.text) == comments(text)
    assert result.text.index("# über M-2") < result.text.index("id: M-2")


def test_null_spellings_are_the_same_value() -> None:
    text = "measures:\n  - id: M-1\n    title: x\n    note: ~\n    budget: null\n"
    assert format_text(text, HERE).text is not None


def test_a_value_that_would_change_names_its_line() -> None:
    result = format_text("measures:\n  - id: M-1\n    title: +12\n", HERE)
    if result.text is None:
        assert result.reason is not None
        assert result.reason.key == "fmt_data_changed"
        assert result.reason.arguments["line"] == 3
    else:
        assert "+12" in result.text


def test_crlf_bom_and_missing_final_newline_survive() -> None:
    data = codecs.BOM_UTF8 + b"measures:\r\n  - title: x\r\n    id: M-1"
    result = format_bytes(data, HERE)
    assert result.text is not None
    assert result.text.startswith("\ufeff")
    assert "\r\n" in result.text
    assert "\n" not in result.text.replace("\r\n", "")
    assert result.text.index("id: M-1") < result.text.index("title: x")


def test_long_lines_are_not_folded() -> None:
    text = "measures:\n  - id: M-1\n    title: " + "sehr lang " * 30 + "\n"
    result = format_text(text, HERE)
    assert result.text is not None
    assert result.text.count("\n") == text.count("\n")


# The reasons fmt gives for leaving a file alone; a case of the suite gets one of them or is
# formatted, nothing else.
LEFT_ALONE = {
    "fmt_unreadable",
    "fmt_has_errors",
    "fmt_directive",
    "fmt_explicit_key",
    "fmt_failed",
    "fmt_failed_line",
    "fmt_not_stable",
    "fmt_output_broken",
    "fmt_data_changed",
    "fmt_comment_lost",
}


@dataclass(frozen=True)
class SuiteRun:
    """`werkplan fmt` run twice over one plan folder that holds every case of the suite."""

    folder: Path
    first: Result
    after_first: dict[str, bytes]
    second: Result
    after_second: dict[str, bytes]


@pytest.fixture(scope="module")
def suite_run(tmp_path_factory: pytest.TempPathFactory) -> SuiteRun:
    folder = tmp_path_factory.mktemp("suite") / "plans"
    folder.mkdir()
    for case in SUITE_CASES:
        (folder / case.name).write_bytes(case.read_bytes())
    first = cli(["fmt", folder, "--lang", "de"])
    after_first = snapshot(folder)
    second = cli(["fmt", folder, "--lang", "de"])
    return SuiteRun(folder, first, after_first, second, snapshot(folder))


@pytest.mark.skipif(
    not SUITE_CASES, reason="../shared/corpus/yaml-test-suite is not next to this clone"
)
@pytest.mark.parametrize("case", SUITE_CASES, ids=[c.stem for c in SUITE_CASES])
def test_suite_case_is_formatted_or_left_alone(case: Path, suite_run: SuiteRun) -> None:
    """Each case of the YAML test suite is either written with the same data and no comment
    lost, and a second fmt leaves it as it is, or left byte for byte and named with the
    reason, by the first fmt and the second alike. Which of the two is decided by
    format_bytes; the command must then do exactly that."""
    data = case.read_bytes()
    target = suite_run.folder / case.name
    decided = format_bytes(data, PurePath(target))
    after = suite_run.after_first[case.name]
    if decided.text is None:
        assert decided.reason is not None
        assert decided.reason.key in LEFT_ALONE
        reason = i18n.render(decided.reason, "de")
        assert reason.startswith("nicht angefasst: ")
        for run in (suite_run.first, suite_run.second):
            assert terminal_text(f"{target}: {reason}") in run.stderr  # one line, as printed
        assert after == data
        assert suite_run.after_second[case.name] == data
        return
    assert after == decided.text.encode("utf-8")
    before_text = data.decode("utf-8-sig").replace("\r\n", "\n")
    after_text = after.decode("utf-8-sig").replace("\r\n", "\n")
    written = f"umformatiert: {target}\n"
    assert (written in suite_run.first.stdout) == (after != data)
    if after != data:
        assert parse(after_text, HERE).problems == []
        assert same_meaning(before_text, after_text)
        # No comment lost. One may appear: SU5Z's `"value"# text`, which the spec forbids and
        # ruamel.yaml reads as a value and a comment, is written `"value" # text`.
        assert not comments(before_text) - comments(after_text)
    assert written not in suite_run.second.stdout
    assert suite_run.after_second[case.name] == after


@pytest.mark.skipif(
    not SUITE_CASES, reason="../shared/corpus/yaml-test-suite is not next to this clone"
)
def test_suite_run_counts_every_case_and_fails_while_one_is_left_alone(
    suite_run: SuiteRun,
) -> None:
    decided = [
        format_bytes(c.read_bytes(), PurePath(suite_run.folder / c.name)) for c in SUITE_CASES
    ]
    left_alone = sum(1 for d in decided if d.text is None)
    changed = sum(
        1
        for d, c in zip(decided, SUITE_CASES, strict=True)
        if d.text and d.text.encode() != c.read_bytes()
    )
    unchanged = len(SUITE_CASES) - left_alone - changed
    assert left_alone > 0
    assert suite_run.first.exit_code == 1, suite_run.first.output
    assert suite_run.first.stderr.endswith(
        f"{changed} Dateien umformatiert, {unchanged} unverändert, {left_alone} nicht angefasst.\n"
    )
    assert suite_run.second.exit_code == 1
    assert suite_run.second.stderr.endswith(
        f"0 Dateien umformatiert, {len(SUITE_CASES) - left_alone} unverändert, "
        f"{left_alone} nicht angefasst.\n"
    )
    assert "Traceback" not in suite_run.first.output + suite_run.second.output


def _plan_copy(tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (plans / "m.yaml").write_text(COMMENTED, encoding="utf-8")
    return plans


def test_check_lists_files_and_writes_nothing(tmp_path: Path) -> None:
    plans = _plan_copy(tmp_path)
    before = (plans / "m.yaml").read_bytes()
    result = cli(["fmt", str(plans), "--check"])
    assert result.exit_code == 1
    assert "m.yaml" in result.stdout
    assert (plans / "m.yaml").read_bytes() == before


def test_diff_is_a_unified_diff(tmp_path: Path) -> None:
    plans = _plan_copy(tmp_path)
    (plans / "m.yaml").write_text("measures:\n  - title: x\n    id: M-1\n", encoding="utf-8")
    result = cli(["fmt", str(plans), "--diff"])
    assert result.stdout.startswith("--- a/")
    assert "\n+++ b/" in result.stdout
    assert "\n-  - title: x\n" in result.stdout
    assert "1 Datei würde umformatiert" in result.stderr
    assert result.exit_code == 1  # like --check, as documented
    assert cli(["fmt", str(plans)]).exit_code == 0
    again = cli(["fmt", str(plans), "--diff"])
    assert (again.exit_code, again.stdout) == (0, "")


def test_fmt_writes_keeps_mode_and_is_idempotent(tmp_path: Path) -> None:
    plans = _plan_copy(tmp_path)
    (plans / "m.yaml").chmod(0o640)
    assert cli(["fmt", str(plans)]).exit_code == 0
    assert stat.S_IMODE((plans / "m.yaml").stat().st_mode) == 0o640
    assert cli(["fmt", str(plans), "--check"]).exit_code == 0
    assert cli(["check", str(plans), "--today", "2026-11-25"]).exit_code in (0, 1)


def test_a_file_with_a_syntax_error_stays_byte_for_byte(tmp_path: Path) -> None:
    plans = _plan_copy(tmp_path)
    broken = b'measures:\n  - id: X-1\n    title: "unclosed\n'
    (plans / "kaputt.yaml").write_bytes(broken)
    result = cli(["fmt", str(plans)])
    assert result.exit_code == 1
    assert (plans / "kaputt.yaml").read_bytes() == broken
    assert "kaputt.yaml: nicht angefasst" in result.stderr
    assert "kaputt.yaml:3:12" in result.stderr


TYPOS = {
    "comma decimal": "    baseline: {date: 2024, value: 27,8}\n",
    "unknown key": "    titel: Anteil\n",
    "wrong type": "    baseline: 27\n",
}


@pytest.mark.parametrize("typo", sorted(TYPOS))
def test_a_file_with_a_structure_error_is_left_alone(tmp_path: Path, typo: str) -> None:
    plans = _plan_copy(tmp_path)
    text = (
        "indicators:\n  - id: K-1\n    title: Anteil\n    unit: '%'\n"
        + TYPOS[typo]
        + "    values: [{date: 2025, value: 28}, {value: 31, date: 2026}]\n"
    )
    (plans / "k.yaml").write_text(text, encoding="utf-8")
    for options in (["--diff"], []):
        result = cli(["fmt", str(plans), "--lang", "de", *options])
        assert result.exit_code == 1
        assert (plans / "k.yaml").read_text(encoding="utf-8") == text
        assert "k.yaml: nicht angefasst: `werkplan check` meldet hier einen Fehler im Aufbau" in (
            result.stderr
        )
        assert "k.yaml:5:" in result.stderr  # where check reports it
        assert "k.yaml" not in result.stdout


def test_an_error_in_the_content_does_not_stop_fmt(tmp_path: Path) -> None:
    plans = _plan_copy(tmp_path)
    (plans / "m.yaml").write_text(
        "measures:\n  - title: x\n    id: M-1\n    status: irgendwie\n    owner: fehlt\n",
        encoding="utf-8",
    )
    result = cli(["fmt", str(plans), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert (plans / "m.yaml").read_text(encoding="utf-8").startswith("measures:\n  - id: M-1\n")


def test_a_linked_plan_file_is_written_through_the_link(tmp_path: Path) -> None:
    plans = _plan_copy(tmp_path)
    (plans / "m.yaml").rename(plans / "echt.yaml")
    (plans / "m.yaml").symlink_to("echt.yaml")
    assert cli(["fmt", str(plans)]).exit_code == 0
    assert (plans / "m.yaml").is_symlink()
    assert (plans / "echt.yaml").read_text(encoding="utf-8") != COMMENTED
