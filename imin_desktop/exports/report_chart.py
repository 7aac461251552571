"""The ranking chart: consolidated totals as bars, rank ranges as whiskers (reportlab.graphics).

One row per submission of the ranked list, in the order shown (settled ties included). The left panel draws the total on the rubric's total
scale with the overall threshold as a dashed line; the right panel draws the 5th–95th
percentile rank range as a whisker with the rank as a dot, on a rank axis (1 at the left).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from imin_desktop.domain.standing import Standing
from imin_desktop.exports.report_style import (
    ACCENT,
    COND,
    COND_BOLD,
    FAIL,
    INK,
    MUTED,
    RULE,
    ZEBRA,
    clip,
    plain,
)

ROW = 11.0
LABEL_W = 64.0
GAP = 22.0
TOP = 38.0
BOTTOM = 20.0
BAR_FILL = colors.HexColor("#4f6d8f")


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    span = high - low
    if span <= 0:
        return [low]
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = min((m * magnitude for m in (1, 2, 2.5, 5, 10)), key=lambda s: abs(s - raw))
    first = math.ceil(low / step) * step
    out = []
    value = first
    while value <= high + 1e-9:
        out.append(round(value, 6))
        value += step
    return out


def _fmt(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 1e-9 else f"{value:g}"


def ranking_chart(
    shown: Sequence[Standing], *, width: float, total_range: tuple[float, float],
    threshold: float | None, labels: tuple[str, str, str], legend: tuple[str, str, str],
    number: Callable[[float], str],
) -> Drawing:  # fmt: skip
    """``labels``: (total axis title, rank axis title, threshold legend); ``legend``: what the
    bar, the dot and the whisker mean; ``number`` formats a total in the document's language.
    Rows in the order given, each labelled with its shown rank (``4=`` when shared)."""
    total_axis, rank_axis, threshold_label = labels
    rows = [s.result for s in shown]
    n = len(rows)
    height = TOP + n * ROW + BOTTOM
    drawing = Drawing(width, height, initialFontName=COND, initialFontSize=7)  # not Helvetica
    plot_w = width - LABEL_W
    bars_w = plot_w * 0.58
    ranks_w = plot_w - bars_w - GAP
    x0 = LABEL_W
    r0 = x0 + bars_w + GAP
    low, high = total_range
    if high <= low:
        high = low + 1
    max_rank = max(
        [n] + [r.rank_interval[1] for r in rows if r.rank_interval] + [s.rank for s in shown]
    )

    def tx(value: float) -> float:
        return x0 + (min(max(value, low), high) - low) / (high - low) * bars_w

    def rx(rank: float) -> float:
        return r0 + (rank - 0.5) / max_rank * ranks_w

    y_top = height - TOP
    for i, (standing, result) in enumerate(zip(shown, rows, strict=True)):
        y = y_top - (i + 1) * ROW
        if i % 2 == 0:
            drawing.add(Rect(x0 - LABEL_W, y, width, ROW, fillColor=ZEBRA, strokeColor=None))
        label = clip(f"{standing.label} {plain(result.id)}", COND, 7, LABEL_W - 6)
        drawing.add(String(x0 - 4, y + 3, label, fontName=COND, fontSize=7,
                           fillColor=INK, textAnchor="end"))  # fmt: skip
        if result.total is not None:
            bar_w = max(tx(result.total) - x0, 0.5)
            drawing.add(Rect(x0, y + 2, bar_w, ROW - 4, strokeColor=None,
                             fillColor=BAR_FILL))  # fmt: skip
            drawing.add(String(x0 + bar_w + 2, y + 3, number(result.total), fontName=COND,
                               fontSize=6.5, fillColor=MUTED))  # fmt: skip
        if result.rank_interval is not None:
            a, b = result.rank_interval
            mid = y + ROW / 2
            drawing.add(Line(rx(a), mid, rx(b), mid, strokeColor=ACCENT, strokeWidth=0.8))
            for end in (a, b):
                drawing.add(Line(rx(end), mid - 2.5, rx(end), mid + 2.5, strokeColor=ACCENT,
                                 strokeWidth=0.8))  # fmt: skip
        if result.total is not None:
            drawing.add(Circle(rx(standing.rank), y + ROW / 2, 1.8, fillColor=ACCENT,
                               strokeColor=None))  # fmt: skip
    y_axis = y_top - n * ROW
    # total axis
    drawing.add(Line(x0, y_axis, x0 + bars_w, y_axis, strokeColor=RULE, strokeWidth=0.5))
    for tick in _ticks(low, high):
        x = tx(tick)
        drawing.add(Line(x, y_axis, x, y_top, strokeColor=RULE, strokeWidth=0.2))
        drawing.add(String(x, y_axis - 8, _fmt(tick), fontName=COND, fontSize=6.5,
                           fillColor=MUTED, textAnchor="middle"))  # fmt: skip
    drawing.add(String(x0 + bars_w / 2, y_axis - 17, total_axis, fontName=COND, fontSize=7,
                       fillColor=MUTED, textAnchor="middle"))  # fmt: skip
    if threshold is not None and low <= threshold <= high:
        x = tx(threshold)
        drawing.add(Line(x, y_axis, x, y_top + 4, strokeColor=FAIL, strokeWidth=0.8,
                         strokeDashArray=[2, 2]))  # fmt: skip
        drawing.add(String(x, y_top + 7, f"{threshold_label} {_fmt(threshold).replace('.', number(0.5)[1])}", fontName=COND,
                           fontSize=6.5, fillColor=FAIL, textAnchor="middle"))  # fmt: skip
    _legend(drawing, height - 21, legend)
    # rank axis
    drawing.add(Line(r0, y_axis, r0 + ranks_w, y_axis, strokeColor=RULE, strokeWidth=0.5))
    for tick in sorted({1, *[t for t in _ticks(1, max_rank) if t >= 1]}):
        x = rx(tick)
        drawing.add(Line(x, y_axis, x, y_top, strokeColor=RULE, strokeWidth=0.2))
        drawing.add(String(x, y_axis - 8, _fmt(tick), fontName=COND, fontSize=6.5,
                           fillColor=MUTED, textAnchor="middle"))  # fmt: skip
    drawing.add(String(r0 + ranks_w / 2, y_axis - 17, rank_axis, fontName=COND, fontSize=7,
                       fillColor=MUTED, textAnchor="middle"))  # fmt: skip
    for x, text in ((x0 + bars_w / 2, total_axis), (r0 + ranks_w / 2, rank_axis)):
        drawing.add(String(x, height - 9, text.capitalize(), fontName=COND_BOLD, fontSize=7.5,
                           fillColor=INK, textAnchor="middle"))  # fmt: skip
    return drawing


def _legend(drawing: Drawing, y: float, words: tuple[str, str, str]) -> None:
    """One line under the titles: what the bar, the dot and the whisker mean."""
    bar, dot, whisker = words
    x = LABEL_W
    drawing.add(Rect(x, y, 10, 6, fillColor=BAR_FILL, strokeColor=None))
    drawing.add(String(x + 13, y + 0.5, bar, fontName=COND, fontSize=6.5, fillColor=MUTED))
    x += 13 + drawing_width(bar) + 14
    drawing.add(Circle(x + 3, y + 3, 1.8, fillColor=ACCENT, strokeColor=None))
    drawing.add(String(x + 8, y + 0.5, dot, fontName=COND, fontSize=6.5, fillColor=MUTED))
    x += 8 + drawing_width(dot) + 14
    drawing.add(Line(x, y + 3, x + 14, y + 3, strokeColor=ACCENT, strokeWidth=0.8))
    for end in (x, x + 14):
        drawing.add(Line(end, y + 0.5, end, y + 5.5, strokeColor=ACCENT, strokeWidth=0.8))
    drawing.add(String(x + 18, y + 0.5, whisker, fontName=COND, fontSize=6.5, fillColor=MUTED))


def drawing_width(text: str) -> float:
    return float(stringWidth(text, COND, 6.5))
