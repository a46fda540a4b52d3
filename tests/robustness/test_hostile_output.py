"""Nothing from a plan, a file name or git acts on a terminal or a CI log.

A plan whose texts hold bidi overrides, zero-width spaces, line breaks that spell GitHub
workflow commands and rich markup, in a file whose name holds a line break and an escape
sequence, and a git history with escape sequences in commit subjects and author names: every
command's output must be free of control characters (other than its own line breaks), of raw
bidi overrides, and of lines it did not mean to write.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from conftest import MINIMAL_PLAN, PlanWriter
from helpers import cli

from werkplan import safe_text

TODAY = ["--today", "2026-11-25"]
WERKPLAN = Path(safe_text.__file__).parent

# C0 but line feed, DEL, C1, bidi embeddings/overrides/isolates, zero-width space, BOM, LS, PS.
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
# Documents (Markdown, HTML) may use tabs as layout.
RAW_IN_DOCUMENT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]"
)

FORGED = "::error file=plan.yaml,line=1::forged"
HOSTILE_TEXTS = [
    "[link=https://evil.example]klick[/link]",
    "Treffpunkt [neu]",
    "siehe [/Anlage 3]",
    "\u202eRTL override\u202c und \u2066isoliert\u2069",
    "Null\u200bbreite",
    f"Zeile eins\n{FORGED}\n::add-mask::geheim",
    "Tab\tgetrennt",
]
# A file name that tries to end its line and colour the terminal.
EVIL_NAME = "evil\n::error::name\x1b[31m.yaml"


def yaml_string(text: str) -> str:
    """A double-quoted YAML string for text that may hold line breaks and tabs."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n").replace("\t", "\\t") + '"'


def hostile_measures() -> str:
    lines = ["measures:"]
    for number, text in enumerate(HOSTILE_TEXTS, start=1):
        lines += [
            f"  - id: M-{number}",
            f"    title: {yaml_string(text)}",
            "    goals: [Z-1]",
            "    owner: amt",
            "    status: in_progress",
            "    due: 2026-10-01",  # overdue: every measure also gets a warning from check
            "    updated: 2026-11-01",
            f"    note: {yaml_string(text)}",
            f"    description: {yaml_string(text)}",
            f"    target_groups: [{yaml_string(text)}]",
        ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def hostile_plan(write_plan: PlanWriter) -> Path:
    return write_plan({EVIL_NAME: hostile_measures()})


def assert_clean(output: str, document: bool = False) -> None:
    raw = (RAW_IN_DOCUMENT if document else RAW).search(output)
    assert raw is None, f"raw U+{ord(raw.group()):04X} in output: {output[:2000]!r}"
    forged = [line for line in output.splitlines() if line.lstrip().startswith("::")]
    assert not forged, forged


def invoke(*args: str) -> tuple[int, str, str]:
    result = cli(list(args), env={"COLUMNS": "400"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def test_the_hostile_plan_is_a_valid_plan(hostile_plan: Path) -> None:
    code, out, _ = invoke("check", str(hostile_plan), *TODAY, "-f", "json")
    problems = json.loads(out)["problems"]
    assert code == 0, problems
    assert {p["rule"] for p in problems} == {"overdue"}


def test_check_text_one_line_per_problem(hostile_plan: Path) -> None:
    code, out, err = invoke("check", str(hostile_plan), *TODAY, "--color", "never")
    assert code == 0
    assert_clean(out + err)
    records = [line for line in out.splitlines() if line]
    assert len(records) == len(HOSTILE_TEXTS) + 1  # one warning per measure, the summary
    # Paths are shown from the repository root, or from the plan folder's parent.
    shown = f"{hostile_plan.name}/evil[U+000A]::error::name[U+001B][31m.yaml:"
    assert all(line.startswith(shown) for line in records[:-1])


def test_list_table_one_line_per_measure_and_no_markup(hostile_plan: Path) -> None:
    code, out, err = invoke("list", str(hostile_plan), *TODAY, "--color", "never")
    assert code == 0, err
    assert_clean(out + err)
    lines = out.splitlines()
    assert len(lines) == len(HOSTILE_TEXTS) + 2  # header, one row per measure, caption
    for number in range(1, len(HOSTILE_TEXTS) + 1):
        assert sum(line.startswith(f"M-{number} ") for line in lines) == 1
    # Plan text is text: rich markup is shown, never acted on or swallowed.
    assert "[link=https://evil.example]klick[/link]" in out
    assert "Treffpunkt [neu]" in out
    assert "siehe [/Anlage 3]" in out
    assert "[U+202E]RTL override[U+202C]" in out
    assert f"Zeile eins {FORGED} ::add-mask::geheim" in out


def test_list_on_a_colour_terminal_makes_no_hyperlink(hostile_plan: Path) -> None:
    code, out, _ = invoke("list", str(hostile_plan), *TODAY, "--color", "always")
    assert code == 0
    assert "\x1b]8;" not in out  # OSC 8, the terminal hyperlink rich makes of [link=…]
    assert "\x1b[" in out  # the colours are werkplan's own
    assert "klick[/link]" in re.sub("\x1b\\[[0-9;]*m", "", out)


def test_list_json_keeps_the_data_and_writes_nothing_raw(hostile_plan: Path) -> None:
    code, out, _ = invoke("list", str(hostile_plan), *TODAY, "-f", "json")
    assert code == 0
    assert_clean(out)
    rows = json.loads(out)["measures"]
    assert [row["title"] for row in rows] == HOSTILE_TEXTS
    assert rows[0]["path"].endswith(EVIL_NAME)


@pytest.mark.parametrize("number", range(1, len(HOSTILE_TEXTS) + 1))
def test_show_keeps_every_field_on_its_line(hostile_plan: Path, number: int) -> None:
    code, out, err = invoke("show", f"M-{number}", str(hostile_plan), *TODAY)
    assert code == 0, err
    assert_clean(out + err)
    lines = out.splitlines()
    assert "evil[U+000A]::error::name[U+001B][31m.yaml:" in lines[1]
    records = [line for line in lines[2:] if line]
    assert all(line.startswith("  ") for line in records), lines  # one field per line
    fields = [line.split(":", 1)[0].strip() for line in records if not line.startswith("  ⚠")]
    assert len(fields) == len(set(fields))


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_report_to_standard_output(hostile_plan: Path, fmt: str) -> None:
    code, out, err = invoke("report", str(hostile_plan), *TODAY, "-f", fmt)
    assert code == 0, err
    assert_clean(out, document=True)
    shown = r"\[U+202E\]RTL override" if fmt == "md" else "[U+202E]RTL override"
    assert shown in out
    # A line break in a value stays one in the rendered text, but not in the stream.
    kept = "Zeile eins " if fmt == "md" else "Zeile eins&#10;"
    assert f"{kept}{FORGED}" in out


def test_mermaid_gantt_shows_bidi_as_codes(hostile_plan: Path) -> None:
    _, out, _ = invoke("report", str(hostile_plan), *TODAY, "-f", "md")
    gantt = out.split("```mermaid", 1)[1].split("```", 1)[0]
    assert "U+202E RTL override U+202C" in gantt
    assert_clean(gantt)


def test_check_reports_a_file_name_with_escape_sequences_on_one_line(
    write_plan: PlanWriter,
) -> None:
    plan = write_plan({"a\x1b]0;title\x07\nb.yaml": "measures: [\n"})
    code, out, _ = invoke("check", str(plan), *TODAY, "--color", "never")
    assert code == 1
    assert_clean(out)
    assert "a[U+001B]]0;title[U+0007][U+000A]b.yaml:" in out


# --- git: commit subjects and author names ---------------------------------------------------


def git(root: Path, *args: str, author: str = "Sozialplanung") -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": author,
        "GIT_AUTHOR_EMAIL": "plan@example.org",
        "GIT_COMMITTER_NAME": "Sozialplanung",
        "GIT_COMMITTER_EMAIL": "plan@example.org",
        "GIT_AUTHOR_DATE": "2026-10-01T10:00:00",
        "GIT_COMMITTER_DATE": "2026-10-01T10:00:00",
    }
    done = subprocess.run(
        ["git", *args], cwd=root, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


HOSTILE_SUBJECT = "Frist\x1b]0;pwned\x07 verschoben \u202eliam\u202c \x1b[2J"
HOSTILE_AUTHOR = "Eve\x1b[31m \u202eRot"


@pytest.fixture
def hostile_repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    plan = root / "plans"
    plan.mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    (plan / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (plan / "m.yaml").write_text(hostile_measures(), encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Plan angelegt")
    changed = hostile_measures().replace("due: 2026-10-01", "due: 2027-03-01")
    changed = changed.replace("Tab\\tgetrennt", "Tab\\tgetrennt\\n::warning::neu")
    (plan / "m.yaml").write_text(changed, encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", HOSTILE_SUBJECT, author=HOSTILE_AUTHOR)
    return plan


def test_the_hostile_commit_reaches_git_as_written(hostile_repo: Path) -> None:
    logged = git(hostile_repo, "log", "-1", "--format=%an%x00%s")
    assert logged.strip("\n") == f"{HOSTILE_AUTHOR}\0{HOSTILE_SUBJECT}"


def test_changes_text_one_line_per_record(hostile_repo: Path) -> None:
    code, out, err = invoke("changes", str(hostile_repo), "--since", "HEAD~1")
    assert code == 0, err
    assert_clean(out + err)
    lines = out.splitlines()
    commit_lines = [line for line in lines if line.startswith("  ← ")]
    assert len(commit_lines) == len(HOSTILE_TEXTS)  # every measure moved its due date
    assert all(
        "Eve[U+001B][31m [U+202E]Rot: Frist[U+001B]]0;pwned[U+0007]" in line
        for line in commit_lines
    )
    entity_lines = [line for line in lines if line and not line.startswith("  ")]
    assert len(entity_lines) == 1 + len(HOSTILE_TEXTS)  # the heading, one per measure


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_changes_other_formats_write_nothing_raw(hostile_repo: Path, fmt: str) -> None:
    code, out, err = invoke("changes", str(hostile_repo), "--since", "HEAD~1", "-f", fmt)
    assert code == 0, err
    assert_clean(out + err, document=fmt == "md")
    if fmt == "json":
        commits = json.loads(out)["changes"][0]["commits"]
        assert commits[0]["subject"] == HOSTILE_SUBJECT  # escaped in JSON, not changed


def test_report_change_section_shows_hostile_commits_as_codes(hostile_repo: Path) -> None:
    code, out, err = invoke("report", str(hostile_repo), *TODAY, "--since", "HEAD~1")
    assert code == 0, err
    assert_clean(out, document=True)
    assert r"Frist\[U+001B\]" in out


# --- the filter itself, and who may import it -----------------------------------------------


def test_every_character_that_could_act_is_shown_as_its_code() -> None:
    controls = [chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))]
    bidi = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
    for char in [*controls, *bidi, "\u200b", "\u2028", "\u2029", "\ufeff"]:
        assert safe_text.terminal_text(f"a{char}b") == f"a[U+{ord(char):04X}]b"
        assert safe_text.terminal_prose(f"a{char}b") in (f"a[U+{ord(char):04X}]b", "a b")
    # What text needs stays: joiners for emoji, direction marks, umlauts, right-to-left script.
    kept = "Familie 👩\u200d👩\u200d👧, \u200fنص\u200e, Größe"
    assert safe_text.terminal_text(kept) == kept


def test_documents_keep_their_own_lines_and_lose_lone_carriage_returns() -> None:
    text = "a\tb\nc\r\nd\re\x1b[2Jf"
    assert safe_text.terminal_document(text) == "a\tb\nc\r\nd[U+000D]e[U+001B][2Jf"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_the_filter_is_a_leaf_module() -> None:
    imported = _imports(WERKPLAN / "safe_text.py")
    assert not {name for name in imported if name.split(".")[0] == "werkplan"}


def test_history_does_not_import_the_report() -> None:
    for module in (WERKPLAN / "history").glob("*.py"):
        imported = _imports(module)
        assert not {name for name in imported if name.startswith("werkplan.report")}, module
