"""The report's table of contents: one entry per section and per evaluation summary.

Replaces reportlab's ``TableOfContents``, which keeps every entry in one table and splits it
again on every page (quadratic in the number of submissions). Here the entries are laid out
once; a page takes the rows that fit and hands the rest on. Its height never depends on page
numbers (the numbers sit in a fixed right column), so the first layout pass already has the
final layout and two passes suffice.

No line spills onto an otherwise empty page: when the last page of the contents would hold
only a sliver (less than ``SLIVER`` of a page), the line spacing is tightened just enough
(at most to ``TIGHTEST``) for the contents to end a page earlier.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscent
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from imin_desktop.exports.report_style import ACCENT, MUTED, Para

Entry = tuple[int, str, int, str]
"""(level, text as reportlab markup, page, bookmark key)."""

RIGHT = 40.0
"""Width of the page-number column."""
SLIVER = 0.25
TIGHTEST = 0.8


class _Rows(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Some rows of the contents (laid out already)."""

    def __init__(self, rows: Sequence[tuple[Entry, Para, float]], width: float) -> None:
        super().__init__()
        self.rows = rows
        self.width = width
        self.height = sum(h for _, _, h in rows)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        if getattr(canvas, "dry", False):
            return
        y = self.height
        for (level, _text, page, key), para, height in self.rows:
            style: ParagraphStyle = para.style
            top = y - (style.spaceBefore or 0)
            x = style.leftIndent
            _, para_height = para.wrap(self.width - RIGHT - x, height)
            lines = para.getActualLineWidths0() or [0.0]
            para.drawOn(canvas, x, top - para_height)
            ascent = getAscent(style.fontName, style.fontSize)
            baseline = top - ascent - (len(lines) - 1) * style.leading
            canvas.saveState()
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(MUTED if level else ACCENT)
            number = str(page)
            right = self.width
            canvas.drawRightString(right, baseline, number)
            start = x + lines[-1] + 4
            end = right - canvas.stringWidth(number, style.fontName, style.fontSize) - 4
            dot = canvas.stringWidth(" . ", style.fontName, style.fontSize)
            if end - start > dot:
                count = int((end - start) / dot)
                canvas.setFillColor(MUTED)
                canvas.drawRightString(end, baseline, " . " * count)
            canvas.linkRect("", key, (0, top - para_height, self.width, top), relative=1)
            canvas.restoreState()
            y -= height


class Contents(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The contents: entries of the previous pass (seeded before the first), split by page."""

    def __init__(self, styles: Sequence[ParagraphStyle], frame_height: float) -> None:
        super().__init__()
        self.styles = list(styles)
        self.frame_height = frame_height
        self._entries: list[Entry] = []
        self._last: list[Entry] = []
        self._laid: tuple[float, list[tuple[Entry, Para, float]]] | None = None

    # --- indexing protocol (platypus multiBuild) ---------------------------------------------
    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self._last, self._entries = self._entries, []
        self._laid = None

    def afterBuild(self) -> None:
        return None

    def isSatisfied(self) -> bool:
        return self._entries == self._last

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "TOCEntry":
            self._entries.append(tuple(stuff))

    def addEntries(self, entries: Sequence[Entry]) -> None:
        self._entries.extend(entries)

    # --- layout ----------------------------------------------------------------------------
    def _layout(self, width: float, factor: float) -> list[tuple[Entry, Para, float]]:
        styles = self.styles if factor == 1 else [
            ParagraphStyle(f"{st.name}-tight", parent=st, leading=st.leading * factor,
                           spaceBefore=(st.spaceBefore or 0) * factor)
            for st in self.styles
        ]  # fmt: skip
        rows: list[tuple[Entry, Para, float]] = []
        for entry in self._last:
            style = styles[min(entry[0], len(styles) - 1)]
            para = Para(entry[1], style)
            _, height = para.wrap(width - RIGHT - style.leftIndent, self.frame_height)
            para._forget()
            rows.append((entry, para, height + (style.spaceBefore or 0)))
        return rows

    def _rows(self, width: float, first_space: float) -> list[tuple[Entry, Para, float]]:
        """The rows, laid out once per pass; tightened when the last page would be a sliver."""
        if self._laid is not None and self._laid[0] == width:
            return self._laid[1]
        rows = self._layout(width, 1.0)
        total = sum(h for _, _, h in rows)
        if total > first_space:
            rest = total - first_space
            pages = math.ceil(rest / self.frame_height)
            last = rest - (pages - 1) * self.frame_height
            room = first_space + (pages - 1) * self.frame_height
            factor = room / total * 0.97  # a little slack for rows that cannot straddle pages
            if last < SLIVER * self.frame_height and factor >= TIGHTEST:
                rows = self._layout(width, factor)
        self._laid = (width, rows)
        return rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        rows = self._rows(availWidth, availHeight)
        self.width = availWidth
        self.height = sum(h for _, _, h in rows)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        rows = self._rows(availWidth, availHeight)
        return _split_rows(rows, availWidth, availHeight, self.frame_height)

    def draw(self) -> None:
        rows = self._laid[1] if self._laid else []
        _Rows(rows, self.width).drawOn(self.canv, 0, 0)


def _split_rows(
    rows: list[tuple[Entry, Para, float]], width: float, avail: float, frame: float
) -> list[Flowable]:
    """The rows in chunks: the first fills ``avail``, each next one a whole frame."""
    out: list[Flowable] = []
    chunk: list[tuple[Entry, Para, float]] = []
    used, room = 0.0, avail
    for row in rows:
        if used + row[2] > room + 1e-6:
            if not chunk and not out:
                return []  # not even one row fits here: start on the next page
            if chunk:
                out.append(_Rows(chunk, width))
            chunk, used, room = [], 0.0, frame
        chunk.append(row)
        used += row[2]
    if chunk:
        out.append(_Rows(chunk, width))
    return out
