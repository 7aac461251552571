"""The report's table of contents: one entry per section and per evaluation summary.

Replaces reportlab's ``TableOfContents``, which keeps every entry in one table and splits it
again on every page (quadratic in the number of submissions) and needs a second layout pass.
Here the entries are known from the start and laid out once; a page takes the rows that fit
and hands the rest on. Each entry's page number (with its dot leader) is a PDF form the entry
refers to and the document defines when it ends (``report.ReportDoc``): the height never
depends on page numbers, so one layout pass suffices.

No line spills onto an otherwise empty page: when the last page of the contents would hold
only a sliver (less than ``SLIVER`` of a page), the line spacing is tightened just enough
(at most to ``TIGHTEST``) for the contents to end a page earlier.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from imin_desktop.exports.report_style import ACCENT, MUTED, Para

Entry = tuple[int, str, int, str]
"""(level, text as reportlab markup, page, bookmark key)."""

RIGHT = 40.0
"""Width of the page-number column."""
SLIVER = 0.25
TIGHTEST = 0.8


@dataclass(frozen=True)
class TocTarget:
    """Where an entry's page number goes: the room for its dot leader, font, size and colour
    (the number itself is drawn at the end of the document, see ``report.ReportDoc``)."""

    gap: float
    font: str
    size: float
    colour: Color


class _Rows(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Some rows of the contents (laid out already)."""

    def __init__(
        self, rows: Sequence[tuple[Entry, Para, float]], width: float,
        targets: dict[str, TocTarget],
    ) -> None:  # fmt: skip
        super().__init__()
        self.targets = targets
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
        for (level, _text, _page, key), para, height in self.rows:
            style: ParagraphStyle = para.style
            top = y - (style.spaceBefore or 0)
            x = style.leftIndent
            _, para_height = para.wrap(self.width - RIGHT - x, height)
            lines = para.getActualLineWidths0() or [0.0]
            para.drawOn(canvas, x, top - para_height)
            # where platypus puts a paragraph's baselines (rl_config.paraFontSizeHeightOffset)
            baseline = top - style.fontSize - (len(lines) - 1) * style.leading
            start = x + lines[-1] + 4
            self.targets[key] = TocTarget(self.width - start, style.fontName, style.fontSize,
                                          MUTED if level else ACCENT)  # fmt: skip
            canvas.saveState()
            canvas.translate(self.width, baseline)
            canvas.doForm(f"toc-{key}")
            canvas.restoreState()
            canvas.linkRect("", key, (0, top - para_height, self.width, top), relative=1)
            y -= height


class Contents(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The contents: every entry known from the start, laid out once, split by page."""

    def __init__(
        self, styles: Sequence[ParagraphStyle], frame_height: float,
        targets: dict[str, TocTarget],
    ) -> None:  # fmt: skip
        super().__init__()
        self.targets = targets
        self.styles = list(styles)
        self.frame_height = frame_height
        self._entries: list[Entry] = []
        self._laid: tuple[float, list[tuple[Entry, Para, float]]] | None = None

    def addEntries(self, entries: Sequence[Entry]) -> None:
        """The entries, final from the start (their page numbers come at the end)."""
        self._entries.extend(entries)
        self._laid = None

    # --- layout ----------------------------------------------------------------------------
    def _layout(self, width: float, factor: float) -> list[tuple[Entry, Para, float]]:
        styles = self.styles if factor == 1 else [
            ParagraphStyle(f"{st.name}-tight", parent=st, leading=st.leading * factor,
                           spaceBefore=(st.spaceBefore or 0) * factor)
            for st in self.styles
        ]  # fmt: skip
        rows: list[tuple[Entry, Para, float]] = []
        for entry in self._entries:
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
        return _split_rows(rows, availWidth, availHeight, self.frame_height, self.targets)

    def draw(self) -> None:
        rows = self._laid[1] if self._laid else []
        _Rows(rows, self.width, self.targets).drawOn(self.canv, 0, 0)


def _split_rows(
    rows: list[tuple[Entry, Para, float]],
    width: float,
    avail: float,
    frame: float,
    targets: dict[str, TocTarget],
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
                out.append(_Rows(chunk, width, targets))
            chunk, used, room = [], 0.0, frame
        chunk.append(row)
        used += row[2]
    if chunk:
        out.append(_Rows(chunk, width, targets))
    return out
