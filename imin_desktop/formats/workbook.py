"""Opening untrusted ``.xlsx`` workbooks within bounds, for every reader of a workbook
(listings, juror lists, rubrics, score sheets).

A workbook is a zip of XML parts. openpyxl builds a whole ``<row>`` element (every cell in it)
before a read-only worksheet yields the row, and keeps every merged range, validation and link
it meets; so a tiny file can hold millions of cells that cost gigabytes. Before openpyxl sees a
workbook, ``check_workbook`` checks its zip directory (number of parts, each part's expanded
size, the sum), and ``check_sheet`` scans a worksheet's XML with expat, stopping at the first
row, cell or element beyond the limits: the cost of a refusal is bounded by the limits, not by
the file. Worksheets are then read with openpyxl's read-only mode, one row at a time.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from imin_desktop.domain.errors import InputError
from imin_desktop.domain.text import _
from imin_desktop.formats.base import read_bytes

MIB = 1024 * 1024
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class WorkbookLimits:
    """How large a workbook of one kind may be; see ``docs/reliability.md`` for the figures."""

    max_file: int = 64 * MIB
    """The ``.xlsx`` file itself."""
    max_parts: int = 500
    """Entries of its zip directory."""
    max_part: int = 64 * MIB
    """Expanded size of any one XML part."""
    max_total: int = 256 * MIB
    """Sum of the expanded sizes of all parts."""
    max_rows: int = 100_001
    """Rows of one worksheet (``<row>`` elements, and the row numbers they claim)."""
    max_row_cells: int = 1_024
    """Cells in one row."""
    max_cells: int = 2_000_000
    """Cells in one worksheet."""
    max_elements: int = 8_000_000
    """XML elements in one worksheet (cells, values, merged ranges, validations, ...)."""


class _Excess(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(message)
        self.where = where
        self.message = message


def check_workbook(data: bytes, file: str, limits: WorkbookLimits) -> None:
    """Refuse a workbook whose zip directory is implausible, before any part is parsed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise InputError(file, "", _("not an Excel workbook (.xlsx)")) from None
    if len(members) > limits.max_parts:
        raise InputError(
            file,
            "",
            _("the workbook holds {n} parts, more than the limit of {limit}").format(
                n=len(members), limit=limits.max_parts
            ),
        )
    total = 0
    for info in members:
        if info.file_size > limits.max_part:
            raise InputError(
                file,
                info.filename[:200],
                _("this part expands to {size} bytes, more than the limit of {limit}").format(
                    size=info.file_size, limit=limits.max_part
                ),
            )
        total += info.file_size
    if total > limits.max_total:
        raise InputError(
            file,
            "",
            _("the workbook expands to more than the limit of {limit} bytes").format(
                limit=limits.max_total
            ),
        )


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1].rsplit(":", 1)[-1]


def check_sheet(stream: IO[bytes], file: str, sheet: str, limits: WorkbookLimits) -> None:
    """Scan one worksheet's XML; ``InputError`` at the first row, cell or element too many."""
    counts = {"rows": 0, "cells": 0, "row_cells": 0, "elements": 0, "row_number": 0}

    def start(name: str, attrs: dict[str, str]) -> None:
        counts["elements"] += 1
        if counts["elements"] > limits.max_elements:
            raise _Excess("", _("holds more than {n} XML elements").format(n=limits.max_elements))
        tag = _local(name)
        if tag == "row":
            counts["rows"] += 1
            counts["row_cells"] = 0
            number = attrs.get("r", "")
            counts["row_number"] = (
                int(number) if number.isdigit() and len(number) < 10 else counts["row_number"] + 1
            )
            if counts["rows"] > limits.max_rows or counts["row_number"] > limits.max_rows:
                raise _Excess(
                    f"row {counts['row_number']}",
                    _("the sheet has more than {n} rows").format(n=limits.max_rows - 1),
                )
        elif tag == "c":
            counts["cells"] += 1
            counts["row_cells"] += 1
            if counts["row_cells"] > limits.max_row_cells:
                raise _Excess(
                    f"row {counts['row_number']}",
                    _("the row has more than {n} cells").format(n=limits.max_row_cells),
                )
            if counts["cells"] > limits.max_cells:
                raise _Excess(
                    f"row {counts['row_number']}",
                    _("the sheet has more than {n} cells").format(n=limits.max_cells),
                )

    def doctype(*_args: Any) -> None:
        raise _Excess("", _("holds a document type declaration, which no workbook needs"))

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = doctype
    try:
        while chunk := stream.read(_CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Excess as excess:
        where = f"sheet {sheet!r}" + (f", {excess.where}" if excess.where else "")
        raise InputError(file, where, excess.message) from None
    except expat.ExpatError as exc:
        raise InputError(
            file, f"sheet {sheet!r}", _("damaged worksheet XML ({detail})").format(detail=exc)
        ) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise InputError(
            file, f"sheet {sheet!r}", _("damaged workbook part ({detail})").format(detail=exc)
        ) from None


def open_workbook(
    source: Path | bytes, file: str, limits: WorkbookLimits, *, data_only: bool = False
) -> Any:
    """A read-only openpyxl workbook of ``source`` after ``check_workbook``; the caller closes
    it and calls ``open_sheet`` for each worksheet it reads. ``data_only`` gives formulas'
    cached values instead of the formulas."""
    import openpyxl

    data = read_bytes(source, limits.max_file) if isinstance(source, Path) else source
    if len(data) > limits.max_file:
        raise InputError(
            file, "", _("is {size} bytes, more than the limit of {limit}").format(
                size=len(data), limit=limits.max_file
            )
        )  # fmt: skip
    check_workbook(data, file, limits)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return openpyxl.load_workbook(
                io.BytesIO(data), read_only=True, data_only=data_only, keep_links=False,
                rich_text=False,
            )  # fmt: skip
        except Exception as exc:  # openpyxl raises many kinds of errors for broken files
            detail = str(exc)[:200] or type(exc).__name__
            raise InputError(
                file, "", _("not a readable Excel workbook (.xlsx): {0}").format(detail)
            ) from None


def open_sheet(book: Any, name: str | int, file: str, limits: WorkbookLimits) -> Any:
    """The read-only worksheet ``name`` (or index) of ``book``, its XML scanned first; None
    when there is no such worksheet (or it is a chart sheet)."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    try:
        sheet = book.worksheets[name] if isinstance(name, int) else book[name]
    except (KeyError, IndexError):
        return None
    if not isinstance(sheet, ReadOnlyWorksheet):
        return None
    with sheet._get_source() as stream:
        check_sheet(stream, file, sheet.title, limits)
    return sheet


def sheet_rows(sheet: Any, max_col: int, *, values_only: bool = True) -> Any:
    """The sheet's rows from row 1, each cut to ``max_col`` columns (rows padded with None)."""
    return sheet.iter_rows(min_row=1, max_col=max_col, values_only=values_only)


@dataclass(frozen=True)
class CellValue:
    """One cell as the sheet's XML holds it: its value and openpyxl's type letter
    (``n`` number, ``s`` text, ``b`` true/false, ``d`` date, ``f`` formula, ``e`` error)."""

    value: Any
    data_type: str


def sheet_cells(sheet: Any) -> Iterator[tuple[int, int, CellValue]]:
    """``(row, column, cell)`` for every cell the worksheet's XML holds, in order, one row in
    memory at a time; unlike ``iter_rows`` no row is padded to a width the file claims."""
    from openpyxl.worksheet._reader import WorkSheetParser

    book = sheet.parent
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source, sheet._shared_strings, data_only=book.data_only, epoch=book.epoch,
            date_formats=book._date_formats, timedelta_formats=book._timedelta_formats,
        )  # fmt: skip
        for _index, row in parser.parse():
            for cell in row:
                yield cell["row"], cell["column"], CellValue(cell["value"], cell["data_type"])
