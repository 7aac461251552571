"""The consolidated workbook (xlsx): what coordinators send around and auditors re-check.

Sheets, in order: Ranking, Reviews, Criteria, Matrix, Methods, Jurors, Reliability, Rubric,
Audit, Funding (only when the event has a budget applied: the budget line with live cumulative
sums, see ``workbook_funding``), and a chart sheet of the top 20 totals. Every number is the one the results engine
computed (:class:`~imin_desktop.domain.report_data.ReportData`); the review totals and, for the
``mean`` method, the consolidated criterion values are also live formulas, so a reader can
verify them inside the spreadsheet. The review-total formulas use the rubric's weights as named
cells (``weight_<criterion>``) on the Rubric sheet.

Written in openpyxl's write-only mode (streamed rows, styles per cell, conditional formatting,
frozen panes, print titles, charts and defined names all work there) and atomically: the file
appears under its name only once complete.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime

from openpyxl import Workbook

from imin_desktop.domain.files import atomic_path
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.domain.report_data import ReportData
from imin_desktop.exports.funding_texts import funding_word
from imin_desktop.exports.texts import words
from imin_desktop.exports.workbook_context import SHEETS, Book, Formats, weight_names
from imin_desktop.exports.workbook_funding import funding_sheet
from imin_desktop.exports.workbook_layout import Styles, parse_utc
from imin_desktop.exports.workbook_reference import audit_sheet, reliability_sheet, rubric_sheet
from imin_desktop.exports.workbook_results import (
    criteria_sheet,
    methods_sheet,
    ranking_sheet,
    top_chart_sheet,
)
from imin_desktop.exports.workbook_reviews import jurors_sheet, matrix_sheet, reviews_sheet

CREATOR = "imIN Desktop"

STEPS: tuple[tuple[str, Callable[[Book], None]], ...] = (
    ("ranking", ranking_sheet),
    ("reviews", reviews_sheet),
    ("criteria", criteria_sheet),
    ("matrix", matrix_sheet),
    ("methods", methods_sheet),
    ("jurors", jurors_sheet),
    ("reliability", reliability_sheet),
    ("rubric", rubric_sheet),
    ("audit", audit_sheet),
    ("funding", funding_sheet),
    ("chart", top_chart_sheet),
)


def sheet_titles(lang: str, *, funding: bool = False) -> dict[str, str]:
    """The sheet names in ``lang``, by key, in order (``ranking`` … ``audit``, then ``funding``
    when the event has a budget applied, then ``chart``)."""
    w = words(lang)
    titles = {key: w[f"sheet.{key}"] for key in SHEETS}
    if funding:
        titles["funding"] = funding_word(lang, "sheet")
    titles["chart"] = w["sheet.chart"]
    return titles


def build_workbook(data: ReportData, *, progress: Progress = SILENT) -> Workbook:
    """The workbook in memory (write-only: it can be saved once)."""
    w = words(data.lang)
    wb = Workbook(write_only=True)
    book = Book(
        data=data, words=w, wb=wb, styles=Styles(wb), formats=Formats.of(data.rubric),
        titles=sheet_titles(data.lang, funding=data.funding is not None),
        weights=weight_names(data.rubric),
    )  # fmt: skip
    total = len(STEPS) + 1
    for done, (key, write) in enumerate(STEPS):
        progress.step(done, total, book.titles.get(key, key))
        write(book)
    created = parse_utc(data.generated_at)
    props = wb.properties
    props.title = f"{data.event_title} — {w['heading.ranking']}"
    props.subject = w("method_line", method=w.method(data.results.method))
    props.creator = CREATOR
    props.lastModifiedBy = CREATOR
    props.description = f"{w['fingerprint']}: {data.fingerprint}"
    props.keywords = data.event_id
    props.language = w.lang
    if isinstance(created, datetime):
        props.created = props.modified = created
    wb.calculation.fullCalcOnLoad = True
    return wb


def write_workbook(
    data: ReportData, path: str | os.PathLike[str], *, progress: Progress = SILENT
) -> None:
    """Write the consolidated workbook to ``path`` atomically (a temporary name, then moved)."""
    wb = build_workbook(data, progress=progress)
    total = len(STEPS) + 1
    progress.step(total - 1, total, "save")
    with atomic_path(path) as tmp:
        wb.save(tmp)
    progress.step(total, total, "")
