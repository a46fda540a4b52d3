"""A plan's own report template cannot run forever, print without end or fill the memory.

Each limit is tested with small values passed to ``render_report``; the command line is
tested once per message with the defaults made small, so nothing here waits long.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLE_PLAN, TODAY, run_check
from helpers import cli

from werkplan.report import Filters, ReportContext, TemplateProblem, build_context, render_report
from werkplan.report.bounds import RenderLimits, memory_limit
from werkplan.report.render import TemplateChoice, choose_template

SMALL = RenderLimits(seconds=10, output_chars=100_000, range_items=1000, extra_memory_bytes=None)
QUICK = RenderLimits(seconds=0.5)  # a render that should stop on time; others get time to spare
LINUX = Path("/proc/self/statm").exists()

# Under a tracer (coverage) an exception sent to a thread and an address-space limit hang
# the process; werkplan lifts the memory limit there itself. CI runs these without coverage.
UNTRACED = pytest.mark.skipif(
    sys.gettrace() is not None, reason="limits that interrupt or starve a traced process"
)


@pytest.fixture(scope="module")
def context() -> ReportContext:
    result = run_check(EXAMPLE_PLAN, TODAY, "en")
    return build_context(result.plan, TODAY, "en", Filters())


def render(
    tmp_path: Path, context: ReportContext, source: str, limits: RenderLimits = SMALL
) -> str:
    (tmp_path / "t.md.j2").write_text(source, encoding="utf-8")
    return render_report(context, "md", TemplateChoice(tmp_path, "t.md.j2"), limits)


def problem(
    tmp_path: Path, context: ReportContext, source: str, limits: RenderLimits = SMALL
) -> str:
    with pytest.raises(TemplateProblem) as raised:
        render(tmp_path, context, source, limits)
    return str(raised.value)


@UNTRACED
# Each case waits for the time limit: the watchdog case runs by default, the others in CI.
@pytest.mark.parametrize(
    "source",
    [
        pytest.param(
            "{% for i in range(1000) %}{% for j in range(1000) %}{% for k in range(1000) %}"
            "{% endfor %}{% endfor %}{% endfor %}",
            marks=pytest.mark.slow,
        ),
        "{% set r = range(1000) %}{% for i in r %}{% for j in r %}{% for k in r %}"
        "{% endfor %}{% endfor %}{% endfor %}",  # no call inside the loops: only a watchdog helps
        pytest.param(
            "{% macro f(n) %}{% for i in range(1000) %}{{ f(n - 1) if n else '' }}{% endfor %}"
            "{% endmacro %}{{ f(3) }}",
            marks=pytest.mark.slow,
        ),
    ],
)
def test_rendering_stops_at_the_time_limit(
    tmp_path: Path, context: ReportContext, source: str
) -> None:
    started = time.monotonic()
    message = problem(tmp_path, context, source, QUICK)
    assert time.monotonic() - started < 5
    assert "ran longer than 0.5 s and was stopped" in message


@UNTRACED
@pytest.mark.slow  # waits three time limits
def test_a_render_within_the_time_limit_leaves_no_late_timeout(
    tmp_path: Path, context: ReportContext
) -> None:
    assert render(tmp_path, context, "{{ ctx.title }}", QUICK) == context.title
    deadline = time.monotonic() + 3 * QUICK.seconds
    while time.monotonic() < deadline:  # Python code running where a stray timeout would land
        sum(range(100))


@pytest.mark.parametrize(
    "source",
    [
        "{% for i in range(1000) %}{{ 'x' * 200 }}{% endfor %}",
        "{{ 'x' * 200000 }}",
        "{{ [1] * 200000 }}",
        "{% set s = 'x' * 60000 %}{{ s }}{{ s }}",
    ],
)
def test_output_is_limited(tmp_path: Path, context: ReportContext, source: str) -> None:
    message = problem(tmp_path, context, source)
    assert "produces more than 100,000 characters and was stopped" in message


def test_output_below_the_limit_is_complete(tmp_path: Path, context: ReportContext) -> None:
    text = render(tmp_path, context, "{% for i in range(999) %}{{ 'x' * 100 }}{% endfor %}")
    assert text == "x" * 99_900


@pytest.mark.parametrize("stop", ["1001", "10**10", "10**30"])
def test_range_is_limited(tmp_path: Path, context: ReportContext, stop: str) -> None:
    message = problem(tmp_path, context, f"{{% for i in range({stop}) %}}{{% endfor %}}")
    assert "`range()` with more than 1,000 numbers is not allowed" in message


@pytest.mark.parametrize(
    "source",
    [
        "{{ 10 ** (10 ** 10) }}",  # Jinja would fold this constant while compiling, for ever
        "{{ 2 ** 100000 }}",
        "{% set ns = namespace(x=10) %}{% for i in range(30) %}{% set ns.x = ns.x * ns.x %}"
        "{% endfor %}{{ ns.x }}",
    ],
)
def test_huge_numbers_are_refused_before_they_are_computed(
    tmp_path: Path, context: ReportContext, source: str
) -> None:
    started = time.monotonic()
    message = problem(tmp_path, context, source)
    assert time.monotonic() - started < 5
    assert "computes a number with thousands of digits" in message


def test_ordinary_arithmetic_still_works(tmp_path: Path, context: ReportContext) -> None:
    text = render(tmp_path, context, "{{ 2 ** 10 }} {{ 3 * 4 }} {{ 'ab' * 3 }} {{ 2.5 * 2 }}")
    assert text == "1024 12 ababab 5.0"


@UNTRACED
@pytest.mark.skipif(not LINUX, reason="the memory limit needs Linux's /proc and RLIMIT_AS")
def test_memory_is_limited_and_the_limit_is_lifted_afterwards(
    tmp_path: Path, context: ReportContext
) -> None:
    import resource

    before = resource.getrlimit(resource.RLIMIT_AS)
    limits = RenderLimits(seconds=30, extra_memory_bytes=64 * 1024 * 1024)
    source = (
        "{% set ns = namespace(kept=[]) %}{% for i in range(1000) %}"
        "{% set _ = ns.kept.append('x' * 10000000 ~ i) %}{% endfor %}{{ ns.kept|length }}"
    )
    message = problem(tmp_path, context, source, limits)
    assert "ran out of memory (a plan's own template may take at most 64 MiB extra)" in message
    assert resource.getrlimit(resource.RLIMIT_AS) == before
    assert len(bytearray(200 * 1024 * 1024)) > 0  # memory is there again


@UNTRACED
def test_a_lower_limit_set_from_outside_stays() -> None:
    resource = pytest.importorskip("resource")
    before = resource.getrlimit(resource.RLIMIT_AS)
    if not LINUX or before[1] != resource.RLIM_INFINITY:
        pytest.skip("needs Linux and no hard address-space limit")
    gib = 1024 * 1024 * 1024
    pages = int(Path("/proc/self/statm").read_text().split()[0])
    outside = pages * os.sysconf("SC_PAGE_SIZE") + 8 * gib
    resource.setrlimit(resource.RLIMIT_AS, (outside, before[1]))  # as `ulimit -v` would
    try:
        with memory_limit(64 * gib):
            assert resource.getrlimit(resource.RLIMIT_AS)[0] == outside
        with memory_limit(gib):
            assert resource.getrlimit(resource.RLIMIT_AS)[0] < outside
        assert resource.getrlimit(resource.RLIMIT_AS)[0] == outside
    finally:
        resource.setrlimit(resource.RLIMIT_AS, before)


@UNTRACED
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{% for i in range(10**10) %}x{% endfor %}", "range()` mit mehr als 100 Zahlen"),
        pytest.param(
            "{% for i in range(100) %}{% for j in range(100) %}{% for k in range(100) %}"
            "{% for l in range(100) %}{% for m in range(100) %}{% endfor %}{% endfor %}"
            "{% endfor %}{% endfor %}{% endfor %}",
            "rechnet länger als 1,5 s",
            marks=pytest.mark.slow,  # waits for the time limit
        ),
        ("{{ 'x' * 2000 }}", "erzeugt mehr als 1.000 Zeichen"),
    ],
)
def test_the_command_line_ends_with_a_message_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, expected: str
) -> None:
    small = RenderLimits(seconds=1.5, output_chars=1000, range_items=100)
    monkeypatch.setattr("werkplan.report.render.DEFAULT_LIMITS", small)
    template = tmp_path / "bericht.md.j2"
    template.write_text(source, encoding="utf-8")
    result = cli(
        ["report", str(EXAMPLE_PLAN), "--today", "2026-11-25", "--template", str(template)],
        env={"WERKPLAN_LANG": "de"},
    )
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert expected in result.stderr
    assert str(template) in result.stderr


def test_the_built_in_templates_render_within_the_limits(context: ReportContext) -> None:
    for fmt in ("md", "html"):
        choice = choose_template(fmt, EXAMPLE_PLAN, None)
        assert render_report(context, fmt, choice, RenderLimits(seconds=30))


def test_only_templates_from_the_plan_are_limited_by_default(
    tmp_path: Path, context: ReportContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tiny = RenderLimits(output_chars=10)
    monkeypatch.setattr("werkplan.report.render.DEFAULT_LIMITS", tiny)
    builtin = choose_template("md", EXAMPLE_PLAN, None)
    assert len(render_report(context, "md", builtin)) > 10  # werkplan's own: plan size bounds it
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "report.md.j2").write_text("{{ ctx.title }}", encoding="utf-8")
    own = choose_template("md", tmp_path, None)
    with pytest.raises(TemplateProblem, match="more than 10 characters"):
        render_report(context, "md", own)
