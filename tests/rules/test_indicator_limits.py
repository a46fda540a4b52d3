"""One answer for "is this value allowed?" that `check` (indicator-value-out-of-range,
indicator-region-not-listed) and `values add`/`import-values` both give, and one way to name
a region in their messages."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from werkplan.model import Indicator, Plan, Region
from werkplan.problems import Message, Position, Quantity
from werkplan.rules.indicators import out_of_range, region_words, unlisted_region


def indicator(**limits: float | tuple[str, ...]) -> Indicator:
    return Indicator(id="K-1", origin=Position(PurePath("k.yaml")), unit="%", **limits)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("limits", "value", "key", "shown_limits"),
    [
        ({"min": 0}, -1.5, "indicator_below_min", {"low": 0}),
        ({"max": 100}, 100.25, "indicator_above_max", {"high": 100}),
        ({"min": 0, "max": 100}, -1.5, "indicator_out_of_range", {"low": 0, "high": 100}),
        ({"min": 0, "max": 100}, 101, "indicator_out_of_range", {"low": 0, "high": 100}),
    ],
)
def test_a_value_outside_names_the_limits_it_has(
    limits: dict[str, float], value: float, key: str, shown_limits: dict[str, float]
) -> None:
    found = out_of_range(indicator(**limits), value, 1)
    expected = {name: Quantity(limit, "%", 1) for name, limit in shown_limits.items()}
    assert found == Message.of(key, id="K-1", value=Quantity(value, "%", 1), **expected)


@pytest.mark.parametrize("value", [0, 50, 100])
def test_the_limits_themselves_are_allowed(value: float) -> None:
    assert out_of_range(indicator(min=0, max=100), value, None) is None
    assert out_of_range(indicator(), -1e9, None) is None  # no limits, no range


def test_a_region_must_be_listed_only_where_the_indicator_lists_regions() -> None:
    listed = indicator(regions=("nord", "sued"))
    assert unlisted_region(listed, "nord") is None
    assert unlisted_region(listed, None) is None
    assert unlisted_region(indicator(), "west") is None
    assert unlisted_region(listed, "west") == Message.of(
        "indicator_region_not_listed", id="K-1", region="west", listed=("nord", "sued")
    )


def test_a_region_is_named_by_its_name_else_its_id() -> None:
    origin = Position(PurePath("regionen.yaml"))
    plan = Plan(
        PurePath("plans"),
        (origin.path,),
        regions=(
            Region(id="nord", origin=origin, name="Nord-Ost"),
            Region(id="sued", origin=origin),
        ),
    )
    assert region_words(plan, "nord") == " (Nord-Ost)"
    assert region_words(plan, "sued") == " (sued)"  # no name: not " ()"
    assert region_words(plan, "west") == " (west)"  # not in the plan
    assert region_words(plan, None) == ""  # the overall series
