"""The load stage: decoding, YAML syntax, and the guards against hostile input."""

from __future__ import annotations

import codecs
import os
import time
from pathlib import Path, PurePath

import pytest
from conftest import PlanWriter, found, rules_of, run_check

from werkplan.load.decode import decode
from werkplan.load.parser import MAX_DEPTH, ParseResult
from werkplan.load.parser import parse as parse_text
from werkplan.load.tree import Mapping, Scalar, Sequence
from werkplan.problems import Problem

HERE = PurePath("x.yaml")


def parse(text: str) -> ParseResult:
    return parse_text(text, HERE)


def test_bom_is_accepted_and_stripped() -> None:
    assert decode(codecs.BOM_UTF8 + b"a: 1\n", HERE) == "a: 1\n"


def test_utf16_is_refused_with_a_hint() -> None:
    result = decode(codecs.BOM_UTF16_LE + "a: 1\n".encode("utf-16-le"), HERE)
    assert isinstance(result, Problem)
    assert result.rule == "invalid-encoding"
    assert result.message.arguments["name"] == "UTF-16"


def test_latin1_byte_position_counts_characters_before_it() -> None:
    result = decode("üü: 1\nc: café\n".encode().replace("é".encode(), b"\xe9"), HERE)
    assert isinstance(result, Problem)
    assert (result.line, result.column) == (2, 7)
    assert result.message.arguments["byte"] == "0xE9"


def test_control_character_is_located() -> None:
    result = decode(b"a: ok\nb: x\x1b[31m\n", HERE)
    assert isinstance(result, Problem)
    assert (result.line, result.column, result.rule) == (2, 5, "invalid-character")
    assert result.message.arguments["code"] == "U+001B"


def test_scalars_keep_their_source_text() -> None:
    root = parse("id: 012\nflag: no\nversion: 1.10\nwhen: 2024-01-15\n").root
    assert isinstance(root, Mapping)
    texts = {key.text: value.text for key, value in root.items if isinstance(value, Scalar)}
    assert texts == {"id": "012", "flag": "no", "version": "1.10", "when": "2024-01-15"}


def test_positions_are_one_based() -> None:
    root = parse("a:\n  - x\n  - y\n").root
    assert isinstance(root, Mapping)
    key, value = root.items[0]
    assert (key.line, key.column) == (1, 1)
    assert isinstance(value, Sequence)
    assert [(item.line, item.column) for item in value.items] == [(2, 5), (3, 5)]


def test_every_duplicate_key_is_reported_with_the_first_line() -> None:
    result = parse("a: 1\nb: 2\na: 3\nb: 4\n")
    assert [(p.line, p.rule) for p in result.problems] == [
        (3, "duplicate-key"),
        (4, "duplicate-key"),
    ]
    assert result.problems[0].message.arguments["first_line"] == 1


def test_quoted_and_plain_keys_collide() -> None:
    assert [p.rule for p in parse('a: 1\n"a": 2\n').problems] == ["duplicate-key"]


def test_merge_keys_merge_and_explicit_keys_win() -> None:
    root = parse("base: &b {x: 1, y: 1}\nc:\n  <<: *b\n  y: 2\n").root
    assert isinstance(root, Mapping)
    merged = root.items[1][1]
    assert isinstance(merged, Mapping)
    values = {k.text: v.text for k, v in merged.items if isinstance(v, Scalar)}
    assert values == {"y": "2", "x": "1"}


def test_second_document_is_an_error_at_its_line() -> None:
    result = parse("a: 1\n---\nb: 2\n")
    assert [(p.line, p.rule) for p in result.problems] == [(2, "yaml-syntax")]


@pytest.mark.parametrize("text", ["[" * 1_000_000, "{a: " * 100_000, "- " * 100_000])
def test_deep_nesting_stops_early_without_crashing(text: str) -> None:
    started = time.perf_counter()
    result = parse(text)
    assert time.perf_counter() - started < 1.0
    assert [p.rule for p in result.problems] == ["yaml-limit"]
    assert result.problems[0].message.arguments["limit"] == MAX_DEPTH


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ['l0: &l0 "lol"']
    for level in range(1, 10):
        aliases = ", ".join([f"*l{level - 1}"] * 10)
        lines.append(f"l{level}: &l{level} [{aliases}]")
    started = time.perf_counter()
    result = parse("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 1.0
    assert [p.rule for p in result.problems] == ["yaml-limit"]


@pytest.mark.parametrize("text", ["a: &a [*a]\n", "m: &m {x: *m}\n"])
def test_recursive_alias_is_an_error(text: str) -> None:
    result = parse(text)
    assert [p.rule for p in result.problems] == ["yaml-syntax"]
    assert result.problems[0].message.key == "recursive_alias"


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['echo pwned']\n",
        "a: !env HOME\n",
        "a: !!binary '!!!'\n",
        "a: !!int foo\n",
        "a: !!omap [b: 1, b: 2]\n",
    ],
)
def test_tags_are_refused_and_never_constructed(text: str) -> None:
    assert "yaml-tag" in {p.rule for p in parse(text).problems}


def test_str_tag_is_plain_text() -> None:
    root = parse("title: !!str 1.0\n").root
    assert isinstance(root, Mapping)
    value = root.items[0][1]
    assert isinstance(value, Scalar)
    assert (value.text, value.plain) == ("1.0", False)


def test_sequence_as_key_is_refused() -> None:
    # yaml-test-suite 4FJ6: a TypeError in ruamel's constructor
    result = parse("---\n[\n  [ a, [ [[b,c]]: d, e]]: 23\n]\n")
    assert "invalid-key" in {p.rule for p in result.problems}


def test_one_broken_file_does_not_hide_the_others(write_plan: PlanWriter) -> None:
    plan_dir = write_plan({"a.yaml": "measures:\n  - id: [\n", "b.yaml": "measures: 5\n"})
    assert {(name, rule) for name, _, rule in found(run_check(plan_dir))} >= {
        ("a.yaml", "yaml-syntax"),
        ("b.yaml", "invalid-shape"),
    }


def test_hidden_folders_and_other_files_are_skipped(write_plan: PlanWriter) -> None:
    plan_dir = write_plan({".git/x.yaml": "broken: [", "notes.txt": "x: [", "sub/a.yml": "swot:\n"})
    result = run_check(plan_dir)
    assert [p.as_posix() for p in result.plan.files] == [
        f"{plan_dir.as_posix()}/plan.yaml",
        f"{plan_dir.as_posix()}/sub/a.yml",
    ]
    assert not result.errors


def test_link_out_of_the_plan_directory_is_not_followed(
    write_plan: PlanWriter, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("secret: [")
    plan_dir = write_plan()
    (plan_dir / "link.yaml").symlink_to(outside)
    result = run_check(plan_dir)
    assert len(result.plan.files) == 1
    assert not result.errors


def test_fifo_is_reported_not_opened(write_plan: PlanWriter) -> None:
    plan_dir = write_plan()
    os.mkfifo(plan_dir / "pipe.yaml")
    assert ("pipe.yaml", 1, "unreadable-file") in found(run_check(plan_dir))


def test_dangling_link_is_reported(write_plan: PlanWriter) -> None:
    plan_dir = write_plan()
    (plan_dir / "gone.yaml").symlink_to(plan_dir / "missing.yaml")
    assert "unreadable-file" in rules_of(run_check(plan_dir))


def test_other_files_are_noted_not_read(write_plan: PlanWriter) -> None:
    plan_dir = write_plan(
        {
            "notizen.txt": "x: [",
            "logo.png": b"\x89PNG\r\n",
            "README.md": "# x",
            "templates/report.md.j2": "{{ x }}",
        }
    )
    result = run_check(plan_dir)
    assert sorted(p.name for p in result.plan.skipped) == ["logo.png", "notizen.txt"]
    assert not result.errors
