"""The one rounding rule of every output: round half away from zero, as a spreadsheet shows it.

Figures are computed in float64 and rounded only when shown, with this rule everywhere (the
report, the workbook's number formats, the CLI's tables, the letters, the GUI): ``21.125`` →
``21.13``, ``-4.125`` → ``-4.13``, ``0.125`` as a whole percentage → ``13%``. Like a spreadsheet,
the value is first read to 15 significant digits, so binary noise (``4.145`` stored as
``4.14499999999999957``) does not decide the last digit: ``4.145`` → ``4.15``.

Python's own ``f"{x:.2f}"`` and ``round()`` round the binary value half to even
(``21.125`` → ``21.12``), which is why no output may use them for a figure.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

SIGNIFICANT = 15
"""Digits a spreadsheet keeps of a float before it rounds for display."""

MISSING = "—"


def round_half_away(value: float | Decimal, digits: int = 2) -> Decimal:
    """``value`` rounded half away from zero to ``digits`` decimals (exact, as a Decimal)."""
    if isinstance(value, Decimal):
        exact = value
    else:
        if not math.isfinite(value):
            raise ValueError("cannot round a value that is not a finite number")
        exact = Decimal(f"{value:.{SIGNIFICANT}g}")
    # ROUND_HALF_UP in the decimal module rounds halves away from zero (−2.5 → −3).
    rounded = exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return rounded + 0 if rounded else abs(rounded)  # never "-0.00"


def fixed(value: float | Decimal | None, digits: int = 2, *, comma: bool = False) -> str:
    """``value`` with exactly ``digits`` decimals (``—`` when missing); ``comma`` for pt."""
    if value is None:
        return MISSING
    text = f"{round_half_away(value, digits):f}"
    return text.replace(".", ",") if comma else text


def percent(
    share: float | None, digits: int = 0, *, comma: bool = False, space: bool = False
) -> str:
    """A share (0.125) as a percentage (``13%``; ``space`` gives ``13 %`` as pt writes it)."""
    if share is None:
        return MISSING
    text = fixed(share * 100, digits, comma=comma)
    return text + (" %" if space else "%")
