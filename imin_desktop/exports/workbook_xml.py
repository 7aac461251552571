"""Streaming a sheet's rows into openpyxl's write-only sheet writer.

``WriteOnlyWorksheet.append`` turns every value into a cell object, and a styled cell handed to
it costs a failed conversion and a fresh cell per value; openpyxl's pure-Python XML writer
(used when lxml is absent, as here) then builds and serialises three or four element objects
per cell. At the reference scale (≈ 380,000 cells) that is most of the export's time.

So the rows go straight to the sheet's ``sheetData`` element, which openpyxl opens and closes
as usual: everything around it (columns, panes, conditional formats, print set-up, drawings,
defined names, styles) stays openpyxl's. With openpyxl's standard-library XML writer the rows
are written as ready-made SpreadsheetML text (``<c r="B5" s="3" t="inlineStr">…``), escaped
here; with any other writer (lxml) one reusable openpyxl cell per column is refilled for each
row and passed to openpyxl's own row writer. Tests read every sheet back with openpyxl and
recalculate the workbook in LibreOffice, and run both paths.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from datetime import datetime
from typing import Any, Protocol
from xml.sax.saxutils import escape

from openpyxl.cell.cell import Cell
from openpyxl.utils.cell import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

HOSTILE_START = frozenset("=+-@")
"""Text starting with these is a formula to a spreadsheet user typing it: such cells are also
marked "quote prefix", so that editing one in Excel keeps it text."""
BATCH = 2000
"""Rows joined into one write."""


class Formula(str):
    """A value the workbook computes (``=…``); ``width`` estimates how wide its result shows."""

    width: float = 10.0

    def __new__(cls, text: str, width: float = 10.0) -> Formula:
        obj = super().__new__(cls, text if text.startswith("=") else f"={text}")
        obj.width = width
        return obj


class RowStyles(Protocol):
    """The styles of one row layout: openpyxl style arrays and their workbook ids."""

    styles: list[Any]
    text_styles: list[Any]
    ids: list[int]
    text_ids: list[int]


Row = tuple[int, Sequence[Any], RowStyles | None]
"""First column, values (``None`` = empty; text already cleaned), styles."""

_KINDS: dict[type, str] = {str: "s", Formula: "f", int: "n", float: "n", bool: "b", datetime: "d"}

FAST = True
"""Write ready-made SpreadsheetML when openpyxl's standard-library writer is in use."""


def stream_rows(ws: WriteOnlyWorksheet, rows: Sequence[Row], heights: dict[int, float]) -> None:
    """Write ``rows`` (numbered from 1) as the sheet's data; the sheet can then be saved."""
    ws._get_writer()
    writer = ws._writer
    xf = writer.xf.send(True)
    raw: Callable[[str], Any] | None = getattr(xf, "_file", None) if FAST else None
    with xf.element("sheetData"):
        if callable(raw):
            _write_text(raw, rows, heights, ws.parent.epoch)
        else:
            _write_cells(ws, writer, xf, rows)
    writer.xf.send(None)
    ws._rows = _finished()


def _write_text(
    out: Callable[[str], Any], rows: Sequence[Row], heights: dict[int, float], epoch: Any
) -> None:
    letters: dict[int, str] = {}
    parts: list[str] = []
    add = parts.append
    for number, (start, values, styles) in enumerate(rows, 1):
        height = heights.get(number)
        add(f'<row r="{number}" ht="{height:g}" customHeight="1">' if height
            else f'<row r="{number}">')  # fmt: skip
        if styles is not None:
            ids, text_ids = styles.ids, styles.text_ids
            for i, value in enumerate(values):
                if value is None:
                    continue
                col = start + i
                letter = letters.get(col)
                if letter is None:
                    letter = letters[col] = get_column_letter(col)
                kind = type(value)
                if kind is float or kind is int:
                    add(f'<c r="{letter}{number}" s="{ids[i]}"><v>{value!r}</v></c>')
                elif kind is str:
                    style = text_ids[i] if value[0] in HOSTILE_START else ids[i]
                    stripped = value.strip()
                    space = ' xml:space="preserve"' if stripped and stripped != value else ""
                    add(f'<c r="{letter}{number}" s="{style}" t="inlineStr"><is><t{space}>'
                        f"{escape(value)}</t></is></c>")  # fmt: skip
                elif kind is Formula:
                    add(
                        f'<c r="{letter}{number}" s="{ids[i]}"><f>{escape(value[1:])}</f><v></v></c>'
                    )
                elif kind is bool:
                    add(f'<c r="{letter}{number}" s="{ids[i]}" t="b"><v>{int(value)}</v></c>')
                elif kind is datetime:
                    add(
                        f'<c r="{letter}{number}" s="{ids[i]}"><v>{to_excel(value, epoch)!r}</v></c>'
                    )
                else:
                    raise TypeError(f"cannot write a {kind.__name__} to a cell")
        add("</row>")
        if number % BATCH == 0:
            out("".join(parts))
            parts.clear()
    out("".join(parts))


def _write_cells(ws: WriteOnlyWorksheet, writer: Any, xf: Any, rows: Sequence[Row]) -> None:
    """openpyxl's own row writer, with one reusable cell per column."""
    columns: dict[int, Cell] = {}
    for number, (start, values, styles) in enumerate(rows, 1):
        out: list[Cell] = []
        if styles is not None:
            for i, value in enumerate(values):
                if value is None:
                    continue
                col = start + i
                cell = columns.get(col)
                if cell is None:
                    cell = columns[col] = Cell(ws, row=number, column=col)
                cell.row = number
                kind = _KINDS.get(type(value))
                if kind is None:
                    raise TypeError(f"cannot write a {type(value).__name__} to a cell")
                cell.data_type = kind
                cell._value = value
                hostile = kind == "s" and value[0] in HOSTILE_START
                cell._style = styles.text_styles[i] if hostile else styles.styles[i]
                out.append(cell)
        writer.write_row(xf, out, number)


def _finished() -> Generator[None, None, None]:
    """A spent row stream: closing the sheet then writes no second ``sheetData``."""

    def stream() -> Generator[None, None, None]:
        yield

    gen = stream()
    next(gen)
    return gen
