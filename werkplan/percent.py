"""Whole percentages as people round them: half up (1 of 8 is 12.5 → 13 %), not Python's
half to even (12). Every percentage werkplan computes or shows is rounded here; the text
(30 % in German, 30% in English) is ``i18n.format_percent``."""

from __future__ import annotations

import decimal
import math


def whole_percent(value: float) -> int:
    """``value`` (a percentage) rounded to a whole number, halves up."""
    if not math.isfinite(value):
        return 0
    exact = decimal.Decimal(repr(float(value)))
    return int(exact.quantize(decimal.Decimal(1), rounding=decimal.ROUND_HALF_UP))
