"""The 64 hostile inputs of ../shared/yaml-pitfalls.md, section 4, each with its defined outcome.

Every case is one file dropped into a valid plan. ``check`` must answer with exit 0 or 1, name
the file, and never show a traceback; where the pitfall is about ``fmt``, the file must stay
byte-for-byte unless the rewrite keeps everything. Numbers follow the pitfalls list; the
documented behaviour of each is in docs/security.md.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import MINIMAL_PLAN
from helpers import cli

M = (
    "measures:\n  - id: M-1\n    title: {title}\n    goals: [Z-1]\n    owner: amt\n"
    "    status: planned\n    due: {due}\n    updated: 2026-11-01\n"
)
UNORDERED = (
    "measures:\n  - title: x\n    id: M-1\n    goals: [Z-1]\n    owner: amt\n"
    "    status: planned\n    due: 2026-12-31\n    updated: 2026-11-01\n"
)


def measure(title: str = "Treffpunkt", due: str = "2026-12-31") -> str:
    return M.format(title=title, due=due)


def nested(depth: int) -> str:
    return "measures: " + "[" * depth + "]" * depth + "\n"


BILLION = "l0: &l0 lol\n" + "".join(
    f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]\n" for n in range(1, 10)
)

# number: (file content, exit code, rules that must be reported on the file; empty = none)
CASES: dict[int, tuple[str | bytes, int, set[str]]] = {
    1: ("", 1, {"empty-file"}),
    2: ("# nur ein Kommentar\n   \n", 1, {"empty-file"}),
    3: ("- a\n- b\n", 1, {"invalid-shape"}),
    4: ("measures: []\n---\nactors: []\n", 1, {"yaml-syntax"}),
    5: ("measures: []\nmeasures: []\n", 1, {"duplicate-key"}),
    6: ('measures: []\n"measures": []\n1: x\n1.0: y\n', 1, {"duplicate-key", "unknown-key"}),
    7: ("measures: []\nactors\u200b: []\n", 1, {"unknown-key"}),
    8: (measure(due="2024-13-45"), 1, {"invalid-date"}),
    9: (measure(due="2024-01-15T25:00:00"), 1, {"invalid-date"}),
    10: (measure(title="2024-01-15"), 0, set()),
    11: (measure(title="no"), 0, set()),
    12: ("%YAML 1.1\n---\n" + measure(title="on"), 0, set()),
    13: ("%YAML 2.0\n---\n" + measure(), 1, {"yaml-syntax"}),
    14: (
        "plan:\n  title: x\n  organisation: y\n  settings: {stale_after_days: "
        + "9" * 5000
        + "}\n",
        1,
        {"invalid-type"},
    ),
    15: (measure(title="!!int foo"), 1, {"yaml-tag"}),
    16: (measure(title="!!bool foo"), 1, {"yaml-tag"}),
    17: ("measures: !!omap [a: 1, a: 2]\n", 1, {"yaml-tag"}),
    18: (measure(title='!!python/object/apply:os.system ["touch PWNED"]'), 1, {"yaml-tag"}),
    19: (measure(title="!include andere.yaml"), 1, {"yaml-tag"}),
    20: (measure(title="!!str 1.0"), 0, set()),
    21: (measure(title='!!binary "!!!"'), 1, {"yaml-tag"}),
    22: ("? [a, b]\n: 1\n", 1, {"invalid-key"}),
    23: ("1: a\n~: b\n2024-01-01: c\ntrue: d\n", 1, {"unknown-key"}),
    24: (BILLION, 1, {"yaml-limit"}),
    25: ("a: &a [*a]\n", 1, {"yaml-syntax"}),
    26: (nested(1000), 1, {"yaml-limit"}),
    27: (nested(30000), 1, {"yaml-limit"}),
    28: (nested(400), 1, {"yaml-limit"}),
    29: ("measures:\n\t- id: M-1\n", 1, {"yaml-syntax"}),
    30: ("measures:\t[]\n", 0, set()),
    31: ("\ufeff" + measure(), 0, set()),
    32: ("measures: []\n\ufeffactors: []\n", 1, {"yaml-syntax"}),
    33: ("\ufeffmeasures: []\n".encode("utf-16-le"), 1, {"invalid-encoding"}),
    34: (measure(title="Café").encode("latin-1"), 1, {"invalid-encoding"}),
    35: (measure(title="x\x1b[31mrot"), 1, {"invalid-character"}),
    36: (measure(title="\u202eRTL\u200b"), 0, set()),
    37: (measure(title="x\u0085y"), 1, {"invalid-character"}),
    38: (measure().replace("\n", "\r\n"), 0, set()),
    39: (measure().replace("\n", "\r"), 0, set()),
    40: (measure().rstrip("\n"), 0, set()),
    41: (measure(title="lang " * 40), 0, set()),
    42: ("k" * 140 + ": 1\n", 1, {"unknown-key"}),
    43: ("# Kopf\n---\nmeasures: []\n", 0, set()),
    44: ("measures: [ # Kommentar\n]\n", 0, set()),
    45: (measure().replace("    owner: amt\n", "    owner:  # wer\n      amt\n\n"), 0, set()),
    46: (measure(title="!!str # c\n      text"), 0, set()),
    47: ("? measures\n# c\n: []\n", 0, set()),
    48: (">\n folded\n# Kommentar\n", 1, {"invalid-shape"}),
    49: (measure() + "    note: >\n      foo \n\n        \t bar\n\n      baz\n", 0, set()),
    50: ("- |\n  Block\n- !!map # c\n  a: 1\n", 1, {"invalid-shape"}),
    51: ('measures: [": - ()"]\n', 1, {"invalid-shape"}),
    52: ("%TAG !e! tag:example.com,2000:app/\n---\nmeasures: !e!foo []\n", 1, {"yaml-tag"}),
    53: ("x-vorlage: &v {owner: amt, status: planned}\n", 1, {"unknown-key"}),
    54: ("a: &s text\nb:\n  <<: *s\n", 1, {"yaml-syntax"}),
    55: ("measures: []\nactors: &a []\nregions: &a []\n", 0, set()),
}


READING_RULES = {
    "yaml-syntax",
    "yaml-tag",
    "yaml-limit",
    "duplicate-key",
    "invalid-key",
    "invalid-encoding",
    "invalid-character",
    "empty-file",
    "unreadable-file",
}


def _plan(tmp_path: Path, content: str | bytes) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "plan.yaml").write_text(MINIMAL_PLAN + "measures: []\n", encoding="utf-8")
    data = content.encode("utf-8") if isinstance(content, str) else content
    (plans / "fall.yaml").write_bytes(data)
    return plans


def _check(plans: Path) -> tuple[int, list[dict[str, object]], str]:
    result = cli(["check", str(plans), "--today", "2026-11-25", "-f", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.stdout)["problems"], result.stderr


@pytest.mark.parametrize("number", sorted(CASES))
def test_pitfall(number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    content, code, rules = CASES[number]
    plans = _plan(tmp_path, content)
    started = time.perf_counter()
    exit_code, problems, stderr = _check(plans)
    assert time.perf_counter() - started < 5
    here = {p["rule"] for p in problems if str(p["path"]).endswith("fall.yaml")}
    errors_here = {
        p["rule"]
        for p in problems
        if p["severity"] == "error" and str(p["path"]).endswith("fall.yaml")
    }
    assert exit_code == code, problems
    assert rules <= here, problems
    if code == 0:
        assert not errors_here
    assert "Warning" not in stderr
    assert not (tmp_path / "PWNED").exists()
    before = (plans / "fall.yaml").read_bytes()
    fmt = cli(["fmt", str(plans)])
    assert "Traceback" not in fmt.output
    after = (plans / "fall.yaml").read_bytes()
    if rules & READING_RULES:
        assert after == before  # a file that does not read cleanly is never rewritten
    if code == 0:
        assert _check(plans)[0] == 0  # whatever fmt did, the plan still reads the same way


def test_56_large_files_are_refused_or_bounded(tmp_path: Path) -> None:
    content = "swot:\n" + "".join(
        f"  - {{id: S-{n}, kind: strength, text: Text {n}}}\n" for n in range(130_000)
    )
    plans = _plan(tmp_path, content)
    exit_code, problems, _ = _check(plans)
    assert exit_code == 1
    assert {p["rule"] for p in problems} >= {"file-too-large"}


def test_57_fifo_is_not_opened(tmp_path: Path) -> None:
    plans = _plan(tmp_path, "measures: []\n")
    os.mkfifo(plans / "pipe.yaml")
    exit_code, problems, _ = _check(plans)
    assert exit_code == 1
    assert any(
        p["rule"] == "unreadable-file" and str(p["path"]).endswith("pipe.yaml") for p in problems
    )


def test_58_link_to_a_device_is_not_followed(tmp_path: Path) -> None:
    plans = _plan(tmp_path, "measures: []\n")
    (plans / "zero.yaml").symlink_to("/dev/zero")
    exit_code, _, _ = _check(plans)
    assert exit_code == 0


def test_59_loops_dangling_links_and_folders_named_yaml(tmp_path: Path) -> None:
    plans = _plan(tmp_path, "measures: []\n")
    (plans / "loop.yaml").symlink_to("loop.yaml")
    (plans / "weg.yaml").symlink_to(plans / "gibtsnicht.yaml")
    (plans / "ordner.yaml").mkdir()
    (plans / "ordner.yaml" / "drin.yaml").write_text("measures: []\n")
    exit_code, problems, _ = _check(plans)
    assert exit_code == 1
    assert {Path(str(p["path"])).name for p in problems if p["rule"] == "unreadable-file"} == {
        "loop.yaml",
        "weg.yaml",
    }


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_60_unreadable_file(tmp_path: Path) -> None:
    plans = _plan(tmp_path, "measures: []\n")
    (plans / "fall.yaml").chmod(0)
    exit_code, problems, _ = _check(plans)
    assert exit_code == 1
    assert any(p["rule"] == "unreadable-file" for p in problems)


def test_61_a_failed_write_leaves_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plans = _plan(
        tmp_path,
        UNORDERED,
    )
    before = (plans / "fall.yaml").read_bytes()

    def broken_replace(self: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", broken_replace)
    result = cli(["fmt", str(plans)])
    assert result.exit_code == 1
    assert (plans / "fall.yaml").read_bytes() == before
    assert [p.name for p in plans.iterdir() if p.name.startswith(".")] == []


def test_62_a_file_changed_while_formatting_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import werkplan.writers.run_fmt as run_fmt
    from werkplan.writers.fmt import format_bytes

    plans = _plan(
        tmp_path,
        UNORDERED,
    )
    real = format_bytes

    def meanwhile(data: bytes, shown: object) -> object:
        result = real(data, shown)  # type: ignore[arg-type]
        (plans / "fall.yaml").write_text("measures: []  # jemand anderes\n")
        return result

    monkeypatch.setattr(run_fmt, "format_bytes", meanwhile)
    result = cli(["fmt", str(plans)])
    assert result.exit_code == 1
    assert (plans / "fall.yaml").read_text() == "measures: []  # jemand anderes\n"


def test_63_64_covered_by_the_report_tests() -> None:
    here = Path(__file__).resolve().parent.parent / "report"
    assert (here / "test_report_hostile.py").is_file()
    assert (here / "test_report_edges.py").is_file()
    shutil.which("true")
