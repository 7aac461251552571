"""The one rounding rule of every output (docs/statistics.md): half away from zero."""

from __future__ import annotations

from decimal import Decimal

import pytest

from imin_desktop.domain.rounding import fixed, percent, round_half_away


@pytest.mark.parametrize(
    ("value", "digits", "shown"),
    [
        (21.125, 2, "21.13"),  # exactly representable: Python's format gives 21.12
        (-21.125, 2, "-21.13"),
        (4.145, 2, "4.15"),  # stored as 4.14499…: read to 15 digits first, like a spreadsheet
        (2.675, 2, "2.68"),
        (0.5, 0, "1"),
        (-0.001, 2, "0.00"),  # never "-0.00"
        (12.0, 2, "12.00"),
        (Decimal("17.5"), 0, "18"),
    ],
)
def test_fixed_rounds_half_away_from_zero(value: float, digits: int, shown: str) -> None:
    assert fixed(value, digits) == shown


def test_fixed_missing_value_and_decimal_comma() -> None:
    assert fixed(None) == "—"
    assert fixed(21.125, comma=True) == "21,13"


def test_percent_rounds_half_away_from_zero() -> None:
    assert percent(0.125) == "13%"
    assert percent(0.125, comma=True, space=True) == "13 %"
    assert percent(None) == "—"


def test_round_half_away_refuses_what_is_not_a_number() -> None:
    assert round_half_away(1.005, 2) == Decimal("1.01")
    with pytest.raises(ValueError):
        round_half_away(float("nan"))
