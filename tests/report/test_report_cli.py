"""`werkplan report` as a user runs it: formats, filters, errors, templates, writing files."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from conftest import MINIMAL_PLAN, PlanWriter
from helpers import cli

TODAY = ["--today", "2026-11-25"]


def test_markdown_to_stdout_by_default(plans: Path) -> None:
    result = cli(["report", str(plans), *TODAY])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Werkstattplan Demografie")
    assert "## Überfällige Maßnahmen" in result.stdout


def test_html_file_from_the_suffix(plans: Path, tmp_path: Path) -> None:
    out = tmp_path / "bericht.html"
    result = cli(["report", str(plans), *TODAY, "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="de">' in html
    assert "Bericht geschrieben" in result.stderr
    assert result.stdout == ""


def test_english_report(plans: Path) -> None:
    result = cli(["report", str(plans), *TODAY, "--lang", "en"])
    assert "## Overdue measures" in result.stdout
    assert "2026-04-30" in result.stdout


def test_plan_with_errors_is_not_reported(plans: Path) -> None:
    (plans / "kaputt.yaml").write_text("measures:\n  - id: X-1\n    status: fertig\n")
    result = cli(["report", str(plans), *TODAY, "-f", "html"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "kaputt.yaml:3:13: error [invalid-status]" in result.stderr
    assert "warning [" not in result.stderr


def test_field_filter(plans: Path) -> None:
    result = cli(["report", str(plans), *TODAY, "--field", "HF-MOB"])
    assert result.exit_code == 0
    assert "Auswahl: Handlungsfeld: Mobilität" in result.stdout
    assert "M-MOB-04" in result.stdout
    assert "M-BEG-06" not in result.stdout


def test_owner_and_region_filters(plans: Path) -> None:
    result = cli(
        ["report", str(plans), *TODAY, "--owner", "kreisjugendring", "--region", "sued-west"]
    )
    assert result.exit_code == 0
    assert "Verantwortlich: Kreisjugendring" in result.stdout


def test_unknown_filter_suggests(plans: Path) -> None:
    result = cli(["report", str(plans), *TODAY, "--field", "HF-MOBB"])
    assert result.exit_code == 2
    assert "Meinten Sie `HF-MOB`?" in result.stderr


def test_public_leaves_out_internal_measures(plans: Path) -> None:
    full = cli(["report", str(plans), *TODAY]).stdout
    public = cli(["report", str(plans), *TODAY, "--public"]).stdout
    assert "M-TEI-11" in full
    assert "M-TEI-11" not in public
    assert "M-ALT-06" not in public
    assert "Nur öffentliche Maßnahmen: ja" in public


def test_report_never_overwrites_a_plan_file(plans: Path) -> None:
    target = plans / "akteure.yaml"
    before = target.read_bytes()
    result = cli(["report", str(plans), *TODAY, "-o", str(target)])
    assert result.exit_code == 2
    assert target.read_bytes() == before


def test_writing_keeps_the_mode_of_an_existing_file(plans: Path, tmp_path: Path) -> None:
    out = tmp_path / "bericht.md"
    out.write_text("alt")
    out.chmod(0o640)
    assert cli(["report", str(plans), *TODAY, "-o", str(out)]).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_text(encoding="utf-8").startswith("# Werkstattplan")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_unwritable_target_is_a_clear_error(plans: Path, tmp_path: Path) -> None:
    result = cli(["report", str(plans), *TODAY, "-o", str(tmp_path / "no" / "x.md")])
    assert result.exit_code == 2
    assert "lässt sich nicht schreiben" in result.stderr


def test_template_option(plans: Path, tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text("{{ ctx.title }}: {{ ctx.summary.overdue }} {{ t('overdue_short') }}\n")
    result = cli(["report", str(plans), *TODAY, "--template", str(template)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Werkstattplan Demografie – Fortschreibung 2025–2027: 5 überfällig\n"


def test_templates_folder_in_the_plan_directory(plans: Path) -> None:
    (plans / "templates").mkdir()
    (plans / "templates" / "report.md.j2").write_text("Eigene Vorlage: {{ ctx.summary.total }}\n")
    result = cli(["report", str(plans), *TODAY])
    assert result.stdout == "Eigene Vorlage: 50\n"


@pytest.mark.parametrize(
    "body",
    [
        "{{ cycler.__init__.__globals__.os.getcwd() }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{% include '../../../../etc/passwd' %}",
        "{{ ctx.nope }}",
        "{% if %}",
    ],
)
def test_plan_templates_are_sandboxed(plans: Path, body: str) -> None:
    (plans / "templates").mkdir()
    (plans / "templates" / "report.md.j2").write_text(body)
    result = cli(["report", str(plans), *TODAY])
    assert result.exit_code == 2, result.stdout
    assert "Berichtsvorlage" in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_template_text_is_never_compiled_from_plan_text(write_plan: PlanWriter) -> None:
    plan = write_plan(
        {
            "m.yaml": """\
            measures:
              - id: M-1
                title: "{{ 7*7 }} {% raw %}"
                goals: [Z-1]
                owner: amt
                due: 2026-12-31
                status: in_progress
                updated: 2026-11-01
            """
        }
    )
    result = cli(["report", str(plan), *TODAY, "-f", "html"])
    assert result.exit_code == 0, result.output
    assert "{{ 7*7 }} {% raw %}" in result.stdout
    assert ">49 " not in result.stdout


def test_minimal_plan_renders_both_formats(write_plan: PlanWriter) -> None:
    plan = write_plan({"plan.yaml": MINIMAL_PLAN}, base=False)
    for fmt in ("md", "html"):
        result = cli(["report", str(plan), *TODAY, "-f", fmt])
        assert result.exit_code == 0, result.output
