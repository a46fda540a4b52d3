"""The command line as a user meets it: exit codes, formats, languages, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import MINIMAL_PLAN, PlanWriter
from helpers import cli

from werkplan import __version__
from werkplan.cli import app
from werkplan.rules import RULES

TODAY = ["--today", "2026-11-25"]
OVERDUE = """\
measures:
  - id: M-1
    title: Treffpunkt
    goals: [Z-1]
    owner: amt
    due: 2026-10-01
    status: in_progress
    updated: 2026-11-01
"""


def test_version() -> None:
    result = cli(["--version"])
    assert (result.exit_code, result.output.strip()) == (0, f"werkplan {__version__}")


def test_help_lists_check() -> None:
    result = cli(["--help"])
    assert result.exit_code == 0
    assert "check" in result.output


def test_check_help_names_options_and_exit_codes() -> None:
    result = cli(["check", "--help"])
    assert result.exit_code == 0
    assert "--today" in result.output
    assert "--strict" in result.output
    assert "3 interner Fehler" in result.output or "3 internal error" in result.output


def test_rules_lists_every_rule() -> None:
    result = cli(["rules", "--lang", "en"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == len(RULES)
    assert any(line.split()[:2] == ["overdue", "warning"] for line in lines)


def test_clean_plan_exits_0(write_plan: PlanWriter) -> None:
    plan = write_plan({"m.yaml": OVERDUE.replace("2026-10-01", "2026-12-31")})
    result = cli(["check", str(plan), *TODAY])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Keine Probleme: 2 Dateien, 1 Maßnahme geprüft")


def test_warnings_exit_0_and_1_with_strict(write_plan: PlanWriter) -> None:
    plan = write_plan({"m.yaml": OVERDUE})
    assert cli(["check", str(plan), *TODAY]).exit_code == 0
    strict = cli(["check", str(plan), *TODAY, "--strict"])
    assert strict.exit_code == 1
    # outside a repository, paths start at the plan folder's parent (docs/check.md)
    assert f"{plan.name}/m.yaml:6:10: warning [overdue] Maßnahme M-1 ist seit 55 Tagen" in (
        strict.output
    )


def test_errors_exit_1(write_plan: PlanWriter) -> None:
    plan = write_plan({"m.yaml": OVERDUE.replace("in_progress", "fertig")})
    result = cli(["check", str(plan), *TODAY])
    assert result.exit_code == 1
    assert "error [invalid-status]" in result.output
    assert result.output.rstrip().endswith("(Stand 25.11.2026).")


def test_today_is_the_only_clock(write_plan: PlanWriter) -> None:
    plan = write_plan({"m.yaml": OVERDUE})
    before = cli(["check", str(plan), "--today", "2026-09-30", "--strict"])
    assert before.exit_code == 0


def test_english_output(write_plan: PlanWriter) -> None:
    plan = write_plan({"m.yaml": OVERDUE})
    result = cli(["check", str(plan), *TODAY, "--lang", "en"])
    assert "Measure M-1 is 55 days overdue (deadline 2026-10-01, status 'In progress')" in (
        result.output
    )
    assert "0 errors, 1 warning in 2 files, 1 measure checked (as of 2026-11-25)." in result.output


def test_plan_language_setting(write_plan: PlanWriter) -> None:
    plan_text = MINIMAL_PLAN.replace("  period:", "  language: en\n  period:")
    plan = write_plan({"plan.yaml": plan_text}, base=False)
    result = cli(["check", str(plan), *TODAY])
    assert "Goal Z-1 has no measure" in result.output


def test_json_format(write_plan: PlanWriter) -> None:
    plan = write_plan({"m.yaml": OVERDUE})
    result = cli(["check", str(plan), *TODAY, "--format", "json"])
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert document["summary"] == {
        "errors": 0,
        "warnings": 1,
        "files": 2,
        "measures": 1,
        "today": "2026-11-25",
        "language": "de",
        "unread_files": [],
        "skipped_files": [],
    }
    (problem,) = document["problems"]
    assert set(problem) == {"path", "line", "column", "severity", "rule", "message"}
    assert (problem["line"], problem["column"], problem["rule"]) == (6, 10, "overdue")


def test_missing_plan_dir_is_exit_2(tmp_path: Path) -> None:
    result = cli(["check", str(tmp_path / "nope")], env={"WERKPLAN_LANG": "de"})
    assert result.exit_code == 2
    assert "gibt es nicht" in result.output


def test_empty_plan_dir_says_what_a_plan_needs(tmp_path: Path) -> None:
    result = cli(["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "plan:" in result.output


def test_bad_today_is_a_usage_error(write_plan: PlanWriter) -> None:
    result = cli(["check", str(write_plan()), "--today", "25.13.2026"])
    assert result.exit_code == 2


def test_unknown_option_is_a_usage_error() -> None:
    assert cli(["check", "--nope"]).exit_code == 2


def test_color_never_and_no_color_have_no_escape_codes(write_plan: PlanWriter) -> None:
    plan = write_plan({"m.yaml": OVERDUE})
    never = cli(["check", str(plan), *TODAY, "--color", "never"])
    assert "\x1b[" not in never.output
    always = cli(["check", str(plan), *TODAY, "--color", "always"])
    assert "\x1b[" in always.output


def _run_installed(
    *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "werkplan", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


@pytest.mark.slow
def test_module_entry_point_runs_in_a_real_process(write_plan: PlanWriter) -> None:
    plan = write_plan({"m.yaml": OVERDUE, "bad.yaml": b"\xff\xfe\x00bad"})
    env = {**os.environ, "NO_COLOR": "1"}
    result = _run_installed("check", str(plan), *TODAY, env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert "bad.yaml:1:1: error [invalid-encoding]" in result.stdout


def test_internal_error_is_one_line_and_exit_3(
    write_plan: PlanWriter, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import werkplan.cli as cli
    import werkplan.cli.common as common

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(common, "check_plan", explode)
    monkeypatch.setattr(sys, "argv", ["werkplan", "check", str(write_plan())])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("\n") == 1
    assert "RuntimeError: boom" in err


def test_strict_explains_why_it_fails(write_plan: PlanWriter) -> None:
    plan = write_plan({"m.yaml": OVERDUE})
    result = cli(["check", str(plan), *TODAY, "--strict"])
    assert result.exit_code == 1
    assert "--strict: Warnungen lassen die Prüfung scheitern" in result.stderr


@pytest.mark.slow
def test_progress_in_a_real_terminal_takes_paths_as_text(tmp_path: Path) -> None:
    plan = tmp_path / "a[" / "x]"  # shown as ".../a[/x]", which rich would read as a tag
    plan.mkdir(parents=True)
    (plan / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    command = f"{sys.executable} -m werkplan check '{plan}' --today 2026-11-25"
    done = subprocess.run(
        ["script", "-qec", command, "/dev/null"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout
    assert "Interner Fehler" not in done.stdout
    assert "Internal error" not in done.stdout


def test_debug_shows_the_traceback(write_plan: PlanWriter, monkeypatch: pytest.MonkeyPatch) -> None:
    import werkplan.cli as cli
    import werkplan.cli.common as common

    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(common, "check_plan", explode)
    monkeypatch.setattr(sys, "argv", ["werkplan", "--debug", "check", str(write_plan())])
    with pytest.raises(RuntimeError, match="boom"):
        cli.main()


def _format_choices(command: str) -> list[str]:
    """The values --format of a command accepts, as Typer offers them (`<md|html>`)."""
    import typer.main

    group: Any = typer.main.get_command(app)
    context = type(group).context_class(group)
    option = next(p for p in group.get_command(context, command).params if "--format" in p.opts)
    return str(option.display_type(context)).strip("<>").split("|")


def test_format_choices_are_the_registries() -> None:
    """Each --format offers exactly what its registry holds, and its help names each one."""
    from werkplan.exports import EXPORTS
    from werkplan.history.output import FORMATS as CHANGE_FORMATS
    from werkplan.i18n import text
    from werkplan.report_formats import REPORT_FORMATS
    from werkplan.reporters import REPORTERS

    registries = {
        "check": (["auto", *REPORTERS], "format"),
        "export": (list(EXPORTS), "export_format"),
        "changes": (list(CHANGE_FORMATS), "changes_format"),
        "report": (list(REPORT_FORMATS), "report_format"),
    }
    for command, (names, help_key) in registries.items():
        assert _format_choices(command) == names, command
        for language in ("de", "en"):
            described = text(f"help.{help_key}", language)
            assert all(name in described for name in names), (command, language, described)
