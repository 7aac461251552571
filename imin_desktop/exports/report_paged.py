"""A long table laid out once and cut once per page.

reportlab splits a long ``Table`` by building a new table of every remaining row on each page,
with every style command copied: quadratic in the rows (the 2,000-row ranking table spent most
of its time re-splitting). :class:`PagedGrid` measures every row once, then gives each page a
table of just its rows, with just their styles, and the header repeated.

    PagedGrid(header, rows, widths, style=lambda first, count: commands)

``style(first, count)`` returns the style commands of a piece holding rows
``first … first + count − 1`` of the body (row 0 of the piece is the header), so zebra
stripes and per-row colours continue across pages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable

from imin_desktop.exports.report_style import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_HEIGHT,
    ZEBRA,
    Grid,
    grid_style,
)

Style = Callable[[int, int], list[tuple[Any, ...]]]
WIDOW = 2
"""Rows a table ends with on its last page at least (when it has that many to spare)."""


def house_style(first: int, count: int) -> list[tuple[Any, ...]]:
    """The house table (header row, hairlines), zebra rows counted from the body's first row."""
    commands: list[tuple[Any, ...]] = list(grid_style(zebra=False).getCommands())
    for row in range(1, count + 1):
        if (first + row - 1) % 2 == 1:
            commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    return commands


class PagedGrid(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A header row and body rows; split into one :class:`Grid` per page."""

    def __init__(
        self, header: Sequence[object], rows: Sequence[Sequence[object]],
        widths: Sequence[float], style: Style = house_style, *, first: int = 0,
        heights: Sequence[float] | None = None, header_height: float | None = None,
        hAlign: str = "CENTER",
    ) -> None:  # fmt: skip
        super().__init__()
        self.header = list(header)
        self.rows = rows
        self.widths = list(widths)
        self.style = style
        self.first = first
        self.hAlign = hAlign
        self._heights = list(heights) if heights is not None else None
        self._header_height = header_height

    def _measure(self) -> tuple[float, list[float]]:
        """The header's and every row's height, from one layout of the whole table."""
        if self._heights is None or self._header_height is None:
            table = Grid([self.header, *self.rows], colWidths=self.widths)
            table.setStyle(self.style(self.first, len(self.rows)))
            table.wrap(sum(self.widths), 1e9)
            heights = list(table._rowHeights)
            self._header_height, self._heights = heights[0], heights[1:]
        return self._header_height, self._heights

    def _piece(self, start: int, end: int) -> Grid:
        table = Grid([self.header, *self.rows[start:end]], colWidths=self.widths, repeatRows=1,
                     hAlign=self.hAlign)  # fmt: skip
        table.setStyle(self.style(self.first + start, end - start))
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        head, heights = self._measure()
        self.width = sum(self.widths)
        self.height = head + sum(heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The rows that fit here as a table, and the rest as a paged grid for the next page."""
        head, heights = self._measure()
        used, end = head, 0
        while end < len(heights) and used + heights[end] <= availHeight + 1e-6:
            used += heights[end]
            end += 1
        if 0 < len(heights) - end < WIDOW and end > WIDOW:
            end = len(heights) - WIDOW  # never one row alone on the last page
        if end == 0:
            if (
                len(heights)
                and head + heights[0] > availHeight
                and availHeight < self._frame_height()
            ):
                return []  # not even one row fits here: start on the next page
            end = 1  # a row taller than a whole page: reportlab splits inside it
        rest = PagedGrid(self.header, self.rows[end:], self.widths, self.style,
                         first=self.first + end, heights=heights[end:], header_height=head,
                         hAlign=self.hAlign)  # fmt: skip
        return [self._piece(0, end), rest] if end < len(heights) else [self._piece(0, end)]

    def _frame_height(self) -> float:
        return float(PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM)

    def draw(self) -> None:
        piece = self._piece(0, len(self.rows))
        piece.wrap(self.width, self.height)
        piece.drawOn(self.canv, 0, 0)
