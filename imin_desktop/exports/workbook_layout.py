"""Writing one sheet of the workbook in openpyxl's write-only mode.

Write-only mode streams rows to disk, so everything that goes *before* the rows in the sheet's
XML (column widths, frozen panes, page set-up properties) must be known before the first row
is written. A :class:`SheetWriter` therefore buffers the sheet's cells, fits the column widths
to what it holds, and writes everything in :meth:`SheetWriter.finish`. What comes *after* the
rows (autofilter, conditional formatting, print titles, charts) can be added until the
workbook is saved.

Every text goes in as a string cell (``inlineStr``), never as a formula, whatever it starts
with (``=HYPERLINK(...)``, ``+``, ``-``, ``@``; such cells also carry Excel's quote prefix):
only :class:`Formula` values become formulas.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils.cell import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from imin_desktop.exports.workbook_xml import Formula, Row, stream_rows

MAX_CELL_TEXT = 32767
TITLE_ROWS = 3
"""Rows above every table: heading, subtitle, blank line."""
HEADER_ROW = TITLE_ROWS + 1
FIRST_ROW = HEADER_ROW + 1
MIN_WIDTH = 6.0
MAX_WIDTH = 50.0
HEADER_WIDTH = 13.0
"""A header is wrapped rather than widen its column past this (unless a word needs more)."""
LINE_HEIGHT = 15.0
FONT = "Calibri"
FONT_SIZE = 11.0
PAPER_A4 = 9
PAGE_WIDTH = 320.0
"""Column widths that still print legibly on one landscape A4 page."""
DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"

HEADER_FILL = "DDE4EE"
HEADER_COLOR = "1F3864"
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PLACES = re.compile(r"0\.(0+)")


@dataclass(frozen=True)
class Look:
    """How a cell looks: the key of one cached openpyxl style."""

    fmt: str = "General"
    bold: bool = False
    italic: bool = False
    size: float | None = None
    color: str | None = None
    fill: str | None = None
    wrap: bool = False
    halign: str | None = None
    valign: str | None = None
    border: bool = False


PLAIN = Look()
WRAP = Look(wrap=True)
HEADER = Look(bold=True, color=HEADER_COLOR, fill=HEADER_FILL, wrap=True, valign="top", border=True)
HEADER_BY_ALIGN = {a: replace(HEADER, halign=a) for a in ("left", "center", "right")}
HEADING = Look(bold=True, size=14, color=HEADER_COLOR)
SUBTITLE = Look(italic=True, color="595959")
NOTE = Look(color="595959")
SECTION = Look(bold=True, size=12, color=HEADER_COLOR)
DATE = Look(fmt=DATE_FORMAT, halign="left")
LEFT = Look(halign="left")


def number_look(places: int, **extra: Any) -> Look:
    return Look(fmt="0" if places <= 0 else "0." + "0" * places, **extra)


def decimal_places(value: Decimal) -> int:
    """Digits after the point that ``value`` needs (``0.5`` → 1, ``2`` → 0)."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def clean_text(text: str) -> str:
    """Text as a cell can hold it: no control characters, ``\\n`` line ends, at most 32,767."""
    text = _ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text[:MAX_CELL_TEXT]


def parse_utc(text: str) -> datetime | str | None:
    """``2026-11-26T05:30:32Z`` as a naive UTC datetime (Excel has no time zones)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


class Styles:
    """openpyxl style arrays by :class:`Look`, registered once per workbook."""

    def __init__(self, wb: Workbook) -> None:
        self._wb = wb
        self._cache: dict[Look, Any] = {}
        self._text: dict[Look, Any] = {}
        self._ids: dict[int, int] = {}

    def id(self, style: Any, ws: WriteOnlyWorksheet) -> int:
        """The workbook's number for a style array (what a cell's ``s`` attribute holds)."""
        found = self._ids.get(id(style))
        if found is None:
            cell = Cell(ws, row=1, column=1)
            cell._style = style
            found = self._ids[id(style)] = int(cell.style_id)
        return found

    def text(self, look: Look, ws: WriteOnlyWorksheet) -> Any:
        """The style of ``look`` with Excel's quote prefix: the cell's text is never a formula."""
        found = self._text.get(look)
        if found is None:
            cell = Cell(ws, row=1, column=1)
            cell._style = StyleArray(self(look, ws))
            cell.quotePrefix = True
            found = self._text[look] = cell._style
        return found

    def __call__(self, look: Look, ws: WriteOnlyWorksheet) -> Any:
        found = self._cache.get(look)
        if found is None:
            cell = Cell(ws, row=1, column=1)
            cell.number_format = look.fmt
            if look.bold or look.italic or look.size or look.color:
                cell.font = Font(name=FONT, size=look.size or FONT_SIZE, bold=look.bold,
                                 italic=look.italic, color=look.color)  # fmt: skip
            if look.fill:
                cell.fill = PatternFill("solid", fgColor=look.fill)
            cell.alignment = Alignment(wrap_text=look.wrap, horizontal=look.halign,
                                       vertical=look.valign or "top")  # fmt: skip
            if look.border:
                cell.border = Border(bottom=Side(style="thin", color="8EA9C1"))
            found = self._cache[look] = cell._style
        return found


def _shown_width(value: Any, look: Look) -> float:
    """Roughly how many character widths ``value`` takes in its format."""
    if isinstance(value, Formula):
        return value.width
    if isinstance(value, str):
        longest = max((len(line) for line in value.split("\n")), default=0)
        return longest * 1.05
    if isinstance(value, datetime):
        return 19.0
    if isinstance(value, bool):
        return 5.0
    if isinstance(value, int):
        return len(str(value)) + 1.0
    if isinstance(value, float):
        if look.fmt.endswith("%"):
            return 5.0
        match = _PLACES.search(look.fmt)
        places = len(match.group(1)) if match else 2
        return len(f"{value:.{places}f}") + 1.0
    return 8.0


def _places(look: Look) -> int | None:
    """Decimals a float shows in ``look`` (None: a percentage, always about 5 wide)."""
    if look.fmt.endswith("%"):
        return None
    match = _PLACES.search(look.fmt)
    return len(match.group(1)) if match else 2


def _wrapped_lines(text: str, width: float) -> int:
    """Lines ``text`` takes when wrapped at ``width`` characters (greedy, by words)."""
    lines = 0
    for paragraph in text.split("\n"):
        used, count = 0, 1
        for word in paragraph.split():
            if used and used + 1 + len(word) > width:
                count += 1
                used = len(word)
            else:
                used += len(word) + (1 if used else 0)
        lines += count
    return max(lines, 1)


class Prepared:
    """The styles of one row layout, looked up once and reused for every row that has it."""

    __slots__ = ("ids", "looks", "places", "styles", "text_ids", "text_styles")

    def __init__(self, styles: Styles, ws: WriteOnlyWorksheet, looks: Sequence[Look]) -> None:
        self.looks = tuple(looks)
        self.places = [_places(look) for look in self.looks]
        self.styles = [styles(look, ws) for look in self.looks]
        self.text_styles = [styles.text(look, ws) for look in self.looks]
        self.ids = [styles.id(style, ws) for style in self.styles]
        self.text_ids = [styles.id(style, ws) for style in self.text_styles]


class SheetWriter:
    """Buffers one sheet's values, then writes them with fitted widths and print set-up."""

    def __init__(self, wb: Workbook, styles: Styles, title: str) -> None:
        self.ws: WriteOnlyWorksheet = wb.create_sheet(title)
        self._styles = styles
        self._rows: list[Row] = []
        self._fit: dict[int, float] = {}
        self._limits: dict[int, float] = {}
        self._fixed: dict[int, float] = {}
        self._headers: dict[int, list[str]] = {}
        self._heights: dict[int, float] = {}
        self._wrapped: list[tuple[int, int, str]] = []
        self._prepared: dict[tuple[Look, ...], Prepared] = {}

    @property
    def title(self) -> str:
        return str(self.ws.title)

    @property
    def next_row(self) -> int:
        return len(self._rows) + 1

    def prepare(self, looks: Sequence[Look]) -> Prepared:
        """Styles for a row layout used many times (pass it to :meth:`row` as ``looks``);
        the same layout is prepared once per sheet."""
        key = tuple(looks)
        found = self._prepared.get(key)
        if found is None:
            found = self._prepared[key] = Prepared(self._styles, self.ws, key)
        return found

    def row(
        self, values: Sequence[Any], looks: Prepared | Sequence[Look] | Look = PLAIN, *,
        start: int = 1, fit: bool = True, overflow_last: bool = False,
    ) -> int:  # fmt: skip
        """Append one row (from column ``start``); returns its row number.

        ``fit`` lets the values widen their columns; ``overflow_last`` exempts the last value,
        a long text meant to run on into the empty cells to its right.
        """
        if isinstance(looks, Look):
            looks = [looks] * len(values)
        prepared = looks if isinstance(looks, Prepared) else self.prepare(looks)
        if len(prepared.looks) != len(values):
            raise ValueError(f"{len(values)} values but {len(prepared.looks)} looks")
        number = len(self._rows) + 1
        last = len(values) - 1 if overflow_last else -1
        kept: list[Any] = []
        fitted = self._fit
        for i, value in enumerate(values):
            kind = type(value)
            if kind is Decimal:
                value = int(value) if value == value.to_integral_value() else float(value)
                kind = type(value)
            if kind is not str and kind is not Formula and isinstance(value, str):
                value, kind = str(value), str
            if kind is str:
                value = clean_text(value) or None
            elif kind is float and not math.isfinite(value):
                value = None
            kept.append(value)
            if value is None:
                continue
            look = prepared.looks[i]
            col = start + i
            if look.wrap and kind is str:
                self._wrapped.append((number, col, value))
            if fit and i != last:
                # the common kinds inline (this loop runs for every cell of the workbook)
                if kind is str:
                    width = (len(value) if "\n" not in value else
                             max(len(line) for line in value.split("\n"))) * 1.05  # fmt: skip
                elif kind is float:
                    places = prepared.places[i]
                    width = 5.0 if places is None else len(f"{value:.{places}f}") + 1.0
                else:
                    width = _shown_width(value, look)
                if width > fitted.get(col, 0.0):
                    fitted[col] = width
        self._rows.append((start, kept, prepared))
        return number

    def blank(self) -> None:
        self._rows.append((1, [], None))

    def heading(self, text: str, subtitle: str = "", note: str = "") -> None:
        """The sheet's title block: heading, subtitle, and a note or a blank line."""
        self.row([text], HEADING, fit=False)
        self._heights[self.next_row - 1] = 22.0
        self.row([subtitle], SUBTITLE, fit=False)
        if note:
            self.row([note], NOTE, fit=False)
        else:
            self.blank()

    def header(
        self, names: Sequence[str], looks: Sequence[Look] | None = None, *, start: int = 1
    ) -> int:
        """A header row; long names wrap (their height is fitted in :meth:`finish`).

        Given the data's ``looks``, each header is aligned like its column (numbers right).
        """
        heads = [HEADER] * len(names)
        if looks is not None:
            heads = [_header_look(look) for look in looks]
        row = self.row(names, heads, start=start, fit=False)
        self._headers[row] = [""] * (start - 1) + list(names)
        return row

    def section(self, text: str) -> int:
        return self.row([text], SECTION, fit=False)

    def limit(self, col: int, width: float) -> None:
        """Never widen column ``col`` past ``width``."""
        self._limits[col] = width

    def fix(self, col: int, width: float) -> None:
        self._fixed[col] = width

    def widths(self) -> dict[int, float]:
        """The fitted width of every column used (after headers had their say)."""
        columns = set(self._fit) | {c for names in self._headers.values()
                                    for c in range(1, len(names) + 1)}  # fmt: skip
        out: dict[int, float] = {}
        for col in columns:
            if col in self._fixed:
                out[col] = self._fixed[col]
                continue
            width = self._fit.get(col, 0.0) + 2
            for names in self._headers.values():
                name = names[col - 1] if col <= len(names) else ""
                longest_word = max((len(w) for w in name.split()), default=0)
                wanted = min(len(name) * 1.05 + 2, max(HEADER_WIDTH, min(len(name) / 3 + 2, 24)))
                width = max(width, wanted, longest_word + 2)
            out[col] = max(MIN_WIDTH, min(width, self._limits.get(col, MAX_WIDTH)))
        return out

    def finish(
        self, *, freeze: str | None = None, print_rows: str | None = None,
        header_left: str = "", header_right: str = "", footer: str = "",
        extra_columns: int = 0, print_rows_min: int = 0, print_columns: str | None = None,
    ) -> None:  # fmt: skip
        """Write the buffered rows with widths, panes, row heights and page set-up.

        The print area covers the columns in use (and ``extra_columns`` more, for a chart beside
        the table) so that text running on past the last column does not shrink the page.
        """
        ws = self.ws
        widths = self.widths()
        for col, width in sorted(widths.items()):
            ws.column_dimensions[get_column_letter(col)].width = round(width, 1)
        for row, names in self._headers.items():
            lines = max(
                (_wrapped_lines(n, (widths.get(c, MAX_WIDTH) - 1) * 1.15)
                 for c, n in enumerate(names, 1) if n),
                default=1,
            )  # fmt: skip
            self._heights[row] = LINE_HEIGHT * lines + 3
        for row, col, text in self._wrapped:
            lines = _wrapped_lines(text, (widths.get(col, MAX_WIDTH) - 1) * 1.3)
            if lines > 1:
                self._heights[row] = max(self._heights.get(row, 0.0), LINE_HEIGHT * lines + 2)
        columns = max(widths, default=1) + extra_columns
        ws.print_area = f"A1:{get_column_letter(columns)}{max(len(self._rows), print_rows_min, 1)}"
        for row, height in self._heights.items():
            ws.row_dimensions[row].height = height
        if freeze:
            ws.freeze_panes = freeze
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = PAPER_A4
        # One page wide; a sheet that may grow very wide (a matrix of 120 jurors) instead takes
        # as many pages as it needs to stay legible, each repeating ``print_columns``.
        pages = 1
        if print_columns:
            pages = max(1, math.ceil(sum(widths.values()) / PAGE_WIDTH))
            if pages > 1:
                ws.print_title_cols = print_columns
        ws.page_setup.fitToWidth = pages
        ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.75
        ws.page_margins.header = ws.page_margins.footer = 0.3
        if print_rows:
            ws.print_title_rows = print_rows
        if header_left:
            ws.oddHeader.left.text = _escape_header(header_left)
        if header_right:
            ws.oddHeader.right.text = _escape_header(header_right)
        if footer:
            ws.oddFooter.center.text = footer
        stream_rows(ws, self._rows, self._heights)
        self._rows = []


def _header_look(look: Look) -> Look:
    if look.halign in ("center", "left", "right"):
        return HEADER_BY_ALIGN[look.halign]
    return HEADER_BY_ALIGN["right" if look.fmt != "General" else "left"]


def _escape_header(text: str) -> str:
    """Header text is a little language of its own: ``&`` starts a code."""
    return clean_text(text).replace("&", "&&")[:200]
