"""The garbage collector stays paused while a plan is checked and a report is built.

Reading a plan allocates objects that all stay alive; each run of the collector walks them
all and finds no cycles (werkplan/collector.py). These tests fail when such runs come back.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import EXAMPLE_PLAN, TODAY

from werkplan.checker import check_plan
from werkplan.collector import collector_paused
from werkplan.report import Filters, build_context, choose_template, render_report


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations the collector walks from now on, in order."""
    seen: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.collect()  # nothing pending from earlier tests
    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


@pytest.fixture(autouse=True)
def _usual_thresholds() -> Iterator[None]:
    """These tests watch Python's own collector at work, at its usual thresholds (the test
    run raises them for speed, see conftest.py)."""
    raised = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        yield
    finally:
        gc.set_threshold(*raised)


def _after(action: Callable[[], object], seen: list[int]) -> list[int]:
    seen.clear()
    action()
    return list(seen)


def test_check_runs_no_collection(collections: list[int]) -> None:
    assert _after(lambda: check_plan(EXAMPLE_PLAN, TODAY), collections) == []
    assert gc.isenabled()


def test_report_runs_no_collection(collections: list[int]) -> None:
    result = check_plan(EXAMPLE_PLAN, TODAY)
    context = build_context(result.plan, TODAY, "de", Filters())
    for fmt in ("html", "md"):
        choice = choose_template(fmt, EXAMPLE_PLAN, None)
        shown = _after(functools.partial(render_report, context, fmt, choice), collections)
        assert shown == []
    built = _after(lambda: build_context(result.plan, TODAY, "en", Filters()), collections)
    assert built == []
    assert gc.isenabled()


def test_a_plans_own_template_renders_with_the_collector_at_work(
    tmp_path: Path, collections: list[int]
) -> None:
    """Its memory limit must be able to count on cycles being freed."""
    (tmp_path / "report.md.j2").write_text(
        "{% set rows = [] %}{% for n in range(3000) %}{% if rows.append([n]) %}{% endif %}"
        "{% endfor %}{{ rows | length }}"
    )
    context = build_context(check_plan(EXAMPLE_PLAN, TODAY).plan, TODAY, "de", Filters())
    choice = choose_template("md", EXAMPLE_PLAN, tmp_path / "report.md.j2")
    assert _after(lambda: render_report(context, "md", choice), collections) != []


def test_what_the_pause_made_is_old_when_it_ends() -> None:
    """Else the next young collection walks all of it once more."""
    with collector_paused():
        made = [[n] for n in range(10_000)]
    assert gc.get_count()[0] < 100
    assert all(gc.is_tracked(item) for item in made[:10])


def test_pauses_nest_and_leave_a_disabled_collector_disabled() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
