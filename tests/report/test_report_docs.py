"""docs/report.md is the reference template authors work from: every value the report context
hands a template is named there."""

from __future__ import annotations

import dataclasses
import re

import pytest
from conftest import REPO

from werkplan.report import timeline, views

DOCS = (REPO / "docs" / "report.md").read_text(encoding="utf-8")
DOCUMENTED = [
    views.ReportContext,
    views.Summary,
    views.MeasureView,
    views.MeasureRow,
    views.RelationView,
    views.MilestoneView,
    views.DecisionView,
    views.LinkView,
    views.UpdateView,
    views.AttributeView,
    views.ColumnView,
    views.FundingView,
    views.CostsView,
    views.CostSection,
    views.CostRow,
    views.GoalView,
    views.FieldView,
    views.ActorView,
    timeline.Bar,
    timeline.MilestoneMark,
    timeline.Timeline,
]


@pytest.mark.parametrize("shape", DOCUMENTED, ids=lambda shape: shape.__name__)
def test_every_field_of_the_context_is_documented(shape: type) -> None:
    names = [f.name for f in dataclasses.fields(shape)]
    names += [n for n, v in vars(shape).items() if isinstance(v, property)]
    missing = [n for n in names if not re.search(rf"`(ctx\.)?{n}`", DOCS)]
    assert missing == [], f"{shape.__name__}: {missing} not in docs/report.md"
