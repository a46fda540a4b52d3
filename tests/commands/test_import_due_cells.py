"""How import-status reads a deadline cell that a spreadsheet has re-saved."""

from __future__ import annotations

import datetime as dt

import pytest

from werkplan.imports.values import read_due
from werkplan.timeframes import Precision, TimeFrame, parse_written

TODAY = dt.date(2026, 11, 25)
APRIL = parse_written("2027-04")


@pytest.mark.parametrize(
    "cell", ["01.04.2027", "01.04.27", "04/01/27", "2027-04-01", dt.datetime(2027, 4, 1)]
)
def test_a_month_a_spreadsheet_saved_as_its_first_day_stays_the_month(cell: object) -> None:
    assert APRIL is not None
    assert APRIL.precision is Precision.MONTH
    read = read_due(cell, APRIL, TODAY)
    assert read == APRIL
    assert isinstance(read, TimeFrame)
    assert read.precision is Precision.MONTH


def test_another_day_of_that_month_is_a_change_to_that_day() -> None:
    assert read_due("15.04.2027", APRIL, TODAY) == TimeFrame.day(dt.date(2027, 4, 15))


def test_the_first_day_of_another_month_is_a_change() -> None:
    changed = read_due("01.05.2027", APRIL, TODAY)
    assert changed == TimeFrame.day(dt.date(2027, 5, 1))
