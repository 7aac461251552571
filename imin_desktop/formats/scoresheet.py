"""The score sheet: an Excel workbook for jurors who will not install the program.

``write_score_sheet`` makes one workbook per juror: a protected "Scores" sheet with one
row per assigned submission and one input column per criterion (a drop-down of the rubric's
grid values), comment, gate, conflict and status columns; a protected "Rubric" sheet; and
a hidden "imin" sheet that matches the file back to its event, juror, kit and rubric and
carries an integrity hash over everything the juror must not change.

``read_score_sheet`` turns a filled sheet back into ``ReviewEntry`` values or raises one
``InputError`` naming the file, the cell (``Scores!D12``), the submission and the field.
The exact layout is documented in ``docs/formats-scoresheet.md``; the work is split over
``scoresheet_layout`` (layout, hidden sheet, integrity hash), ``scoresheet_texts``,
``scoresheet_write`` and ``scoresheet_read``.
"""

from __future__ import annotations

import re
from pathlib import Path

from imin_desktop.domain.text import _
from imin_desktop.formats.base import xlsx_workbook_xml
from imin_desktop.formats.scoresheet_layout import (
    FORMAT,
    HIDDEN_SHEET,
    SheetIdentity,
    SheetSubmission,
)
from imin_desktop.formats.scoresheet_read import ScoreSheetError, read_score_sheet
from imin_desktop.formats.scoresheet_write import write_score_sheet

__all__ = [
    "FORMAT",
    "ScoreSheetError",
    "ScoreSheetFormat",
    "SheetIdentity",
    "SheetSubmission",
    "read_score_sheet",
    "write_score_sheet",
]

_SHEET_ELEMENT = re.compile(rb"<(?:\w+:)?sheet\b[^>]*\bname=\"" + HIDDEN_SHEET.encode() + rb"\"")


class ScoreSheetFormat:
    name = "score sheet (xlsx)"
    generic = False

    def detect(self, path: Path, head: bytes) -> bool:
        """An ``.xlsx`` zip whose ``xl/workbook.xml`` names a sheet ``imin``."""
        xml = xlsx_workbook_xml(path, head)
        return xml is not None and _SHEET_ELEMENT.search(xml) is not None

    def validate(self, path: Path) -> str:
        identity, entries = read_score_sheet(path)
        final = sum(e.status == "final" and not e.conflict for e in entries)
        conflicts = sum(e.conflict for e in entries)
        return _(
            "score sheet of juror {0} for event {1}: {2} submissions, {3} reviewed "
            "({4} final, {5} conflicts of interest)"
        ).format(
            identity.juror_id,
            identity.event_id,
            len(identity.submission_ids),
            len(entries),
            final,
            conflicts,
        )
