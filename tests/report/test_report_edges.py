"""Report edge cases: escaping everywhere, --public everywhere, templates that misbehave."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import MINIMAL_PLAN, PlanWriter
from helpers import cli
from markdown_it import MarkdownIt

TODAY = ["--today", "2026-11-25"]


def test_hostile_text_outside_tables_stays_text(write_plan: PlanWriter) -> None:
    hostile = "<img src=x onerror=alert(1)> ## *em* [a](javascript:x)"
    plan = MINIMAL_PLAN.replace("title: Testplan", f'title: "{hostile}"').replace(
        "title: Begegnung}", "title: '---', description: '# keine Überschrift'}"
    )
    result = cli(["report", str(write_plan({"plan.yaml": plan}, base=False)), *TODAY])
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(result.stdout)
    assert "<img" not in html
    assert "<em>" not in html
    assert html.count("<hr") == 1  # only the line above the footer
    assert 'href="javascript' not in html
    assert html.count("<h1>") == 1


def test_public_report_has_no_trace_of_internal_measures(write_plan: PlanWriter) -> None:
    files = {
        "m.yaml": """\
        measures:
          - {id: M-1, title: Öffentlich, goals: [Z-1], owner: amt, due: 2026-12-31,
             status: planned, updated: 2026-11-01, depends_on: [M-X]}
          - {id: M-X, title: Geheim, goals: [Z-1], owner: amt, due: 2026-10-01,
             status: on_hold, updated: 2026-11-01, visibility: internal}
        events:
          - {id: E-1, title: Treffen, date: 2026-09-01, kind: meeting, results: [M-1, M-X]}
        """
    }
    plan = write_plan(files)
    for fmt in ("md", "html"):
        public = cli(["report", str(plan), *TODAY, "-f", fmt, "--public"]).stdout
        assert "M-X" not in public
        assert "Geheim" not in public
    summary = cli(["report", str(plan), *TODAY, "--public"]).stdout
    assert "**0** blockiert" in summary


def test_gaps_follow_the_field_filter(plans: Path) -> None:
    shown = cli(["report", str(plans), *TODAY, "--field", "HF-JUG"]).stdout
    assert "**0** Ziele ohne Maßnahme" in shown
    everything = cli(["report", str(plans), *TODAY]).stdout
    assert "**1** Ziel ohne Maßnahme" in everything


@pytest.mark.parametrize(
    "body",
    ["{{ 1/0 }}", '{{ t("nokey") }}', '{{ t("late_by") }}', "{{ range(10**7)|list }}"],
)
def test_template_runtime_errors_are_user_errors(plans: Path, body: str) -> None:
    (plans / "templates").mkdir()
    (plans / "templates" / "report.md.j2").write_text(body)
    result = cli(["report", str(plans), *TODAY])
    assert result.exit_code == 2, result.output
    assert "Berichtsvorlage" in result.stderr


def test_non_utf8_template_is_a_user_error(plans: Path) -> None:
    (plans / "templates").mkdir()
    (plans / "templates" / "report.md.j2").write_bytes(b"Caf\xe9 {{ ctx.title }}")
    assert cli(["report", str(plans), *TODAY]).exit_code == 2


def test_template_links_out_of_the_folder_are_refused(plans: Path, tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("streng geheim")
    (plans / "templates").mkdir()
    (plans / "templates" / "leak.txt").symlink_to(secret)
    (plans / "templates" / "report.md.j2").write_text('{% include "leak.txt" %}')
    result = cli(["report", str(plans), *TODAY])
    assert result.exit_code == 2
    assert "streng geheim" not in result.output


@pytest.mark.parametrize("day", ["9999-12-15", "0001-01-01", "2026-02-30"])
def test_today_out_of_range_is_a_usage_error(plans: Path, day: str) -> None:
    for command in ("check", "report"):
        result = cli([command, str(plans), "--today", day])
        assert result.exit_code == 2, (command, result.output)


def test_unknown_output_ending_asks_for_a_format(plans: Path, tmp_path: Path) -> None:
    result = cli(["report", str(plans), *TODAY, "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 2
    assert not (tmp_path / "x.pdf").exists()
    ok = cli(["report", str(plans), *TODAY, "-o", str(tmp_path / "x.pdf"), "-f", "html"])
    assert ok.exit_code == 0


def test_overdue_bars_are_hatched_instead_of_their_status_colour(plans: Path) -> None:
    html = cli(["report", str(plans), *TODAY, "-f", "html"]).stdout
    bars = re.findall(r'<span class="tl-bar ([^"]*)"', html)
    overdue = [b for b in bars if "st-overdue" in b]
    assert len(overdue) == 5  # the five overdue measures of the example plan
    assert all(b.count("st-") == 1 for b in bars)  # one colour each: hatch or status
    assert ".st-overdue { background: repeating-linear-gradient(" in html
