"""The sandbox answers whether an attribute is safe once per type and name, and still says no."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE_PLAN, TODAY
from jinja2.sandbox import SandboxedEnvironment

from werkplan.checker import check_plan
from werkplan.report import Filters, TemplateProblem, build_context, render_report
from werkplan.report.render import TemplateChoice
from werkplan.report.views import MeasureView


def _render(tmp_path: Path, body: str) -> str:
    (tmp_path / "own.md.j2").write_text(body)
    context = build_context(check_plan(EXAMPLE_PLAN, TODAY).plan, TODAY, "de", Filters())
    return render_report(context, "md", TemplateChoice(tmp_path, "own.md.j2"))


def test_the_question_is_asked_once_per_type_and_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[type, str]] = []
    original = SandboxedEnvironment.is_safe_attribute

    def counting(self: SandboxedEnvironment, obj: Any, attr: str, value: Any) -> bool:
        asked.append((type(obj), attr))
        return original(self, obj, attr, value)

    monkeypatch.setattr(SandboxedEnvironment, "is_safe_attribute", counting)
    shown = _render(tmp_path, "{% for m in ctx.measures %}{{ m.id }} {% endfor %}")
    assert shown.count("M-") >= 40  # every measure of the example plan, read by attribute
    assert asked.count((MeasureView, "id")) == 1


@pytest.mark.parametrize(
    "body",
    [
        "{% for m in ctx.measures %}{{ m.id }}{{ m.__class__ }}{% endfor %}",
        "{% for m in ctx.measures %}{{ m.id }}{{ m._private }}{% endfor %}",
        "{{ ctx.title.upper() }}{{ ctx.title.__class__.mro() }}",
    ],
)
def test_unsafe_attributes_stay_refused_after_safe_ones_of_the_same_type(
    tmp_path: Path, body: str
) -> None:
    with pytest.raises(TemplateProblem, match="unsafe"):
        _render(tmp_path, body)
