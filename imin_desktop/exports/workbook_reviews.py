"""The Reviews, Matrix and Jurors sheets: what each juror gave, and how each juror scores."""

from __future__ import annotations

import math
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.utils.cell import get_column_letter

from imin_desktop.domain.text import localized
from imin_desktop.exports.workbook_context import Book, ReviewsLayout
from imin_desktop.exports.workbook_layout import (
    DATE,
    FIRST_ROW,
    HEADER_ROW,
    PLAIN,
    WRAP,
    Look,
    parse_utc,
)
from imin_desktop.exports.workbook_results import RANK, ROW_CM, colour_scale
from imin_desktop.exports.workbook_xml import Formula

MARKS = {
    "conflict": Look(fill="D9D2E9", color="3F3151", italic=True, halign="center"),
    "missing": Look(fill="FFC7CE", color="9C0006", italic=True, halign="center"),
    "draft": Look(fill="FFEB9C", color="9C5700", italic=True, halign="center"),
}
"""Matrix cells without a counted review: each state its own colour, and its word."""
CM_PER_WIDTH = 0.2
"""Centimetres per unit of column width (the width of a digit, plus padding)."""
JUROR_WIDTH = 10.0
LENIENCY_SCALE = ColorScaleRule(
    start_type="min", start_color="9DC3E6", mid_type="num", mid_value=0, mid_color="FFFFFF",
    end_type="max", end_color="F4B183",
)  # fmt: skip
"""Strict jurors blue, generous ones orange: leniency is neither good nor bad."""


def _col(n: int) -> str:
    return str(get_column_letter(n))


def review_total_formula(book: Book, row: int, score_cols: dict[str, int]) -> Formula:
    """The review total over the row's scores and the named weights on the Rubric sheet."""
    rubric = book.data.rubric
    terms = [f"{_col(score_cols[c.key])}{row}*{book.weights[c.key]}" for c in rubric.criteria]
    text = "+".join(terms) or "0"
    if rubric.total == "weighted_mean":
        text = f"({text})/({'+'.join(book.weights[c.key] for c in rubric.criteria)})"
    return Formula(text, width=9)


def reviews_sheet(book: Book) -> None:
    """One row per counted review; the total is a live formula (weights are named cells)."""
    data, w, fmt = book.data, book.words, book.formats
    rubric = data.rubric
    blind = data.is_blind
    sw = book.sheet("reviews")
    sw.heading(w["heading.reviews"], book.subtitle())
    headers = [w["submission"], w["title"], w["juror"]]
    if not blind:
        headers.append(w["juror_name"])
    first_score = len(headers) + 1
    score_cols = {c.key: first_score + i for i, c in enumerate(rubric.criteria)}
    headers += [c.title(data.lang) for c in rubric.criteria]
    total_col = len(headers) + 1
    headers.append(w["review_total"])
    headers += [
        w("gate_answer", label=localized(g.label, data.lang) or g.key) for g in rubric.gates
    ]
    headers += [w["status"], w["updated_at"], w["comment"]]
    looks: list[Look] = [PLAIN, PLAIN, PLAIN, *([PLAIN] if not blind else [])]
    looks += [fmt.scores[c.key] for c in rubric.criteria]
    looks += [fmt.review_total, *([Look(halign="center")] * len(rubric.gates)), PLAIN, DATE, WRAP]
    sw.header(headers, looks)
    prepared = sw.prepare(looks)
    titles = {s.id: s.title for s in data.results.submissions}
    for meta in data.submissions.values():
        titles.setdefault(meta.id, meta.title)
    for review in sorted(data.reviews, key=lambda r: (r.submission_id, book.juror(r.juror_id))):
        row = sw.next_row
        values: list[Any] = [review.submission_id, titles.get(review.submission_id, ""),
                             book.juror(review.juror_id)]  # fmt: skip
        if not blind:
            values.append(book.juror_name(review.juror_id))
        values += [review.scores.get(c.key) for c in rubric.criteria]
        values.append(review_total_formula(book, row, score_cols))
        values += [w.yes_no(review.gates.get(g.key)) for g in rubric.gates]
        values += [review.status, parse_utc(review.updated_at), review.comment]
        sw.row(values, prepared)
    last = sw.next_row - 1
    book.reviews = ReviewsLayout(
        first=FIRST_ROW, last=last, submission_col=1, score_cols=score_cols, total_col=total_col
    )
    sw.limit(2, 36)
    sw.fix(len(headers), 60)
    ws = sw.ws
    end = max(last, FIRST_ROW)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{_col(len(headers))}{end}"
    total = _col(total_col)
    ws.conditional_formatting.add(f"{total}{FIRST_ROW}:{total}{end}", colour_scale())
    book.finish(sw, "reviews", freeze=f"D{FIRST_ROW}", print_rows=f"{HEADER_ROW}:{HEADER_ROW}")


def matrix_sheet(book: Book) -> None:
    """Submissions × jurors of review totals; conflicts, missing and drafts marked distinctly."""
    data, w, fmt = book.data, book.words, book.formats
    jurors = [m.id for m in data.jurors]
    marks = {state: w[f"state.{state}"] for state in MARKS}
    sw = book.sheet("matrix")
    sw.heading(w["heading.matrix"], book.subtitle(), w("matrix_legend", **marks))
    heads: list[Look] = [RANK, PLAIN, WRAP]
    sw.header([w["rank"], w["id"], w["title"], *(book.juror(j) for j in jurors)],
              [*heads, *([fmt.review_total] * len(jurors))])  # fmt: skip
    totals = {(r.submission_id, r.juror_id): r.total for r in data.reviews}
    states = {(c.submission_id, c.juror_id): c.state for c in data.cells}
    plain = sw.prepare([*heads, *([fmt.review_total] * len(jurors))])
    for s in data.results.submissions:
        values: list[Any] = [s.rank, s.id, s.title]
        marked: list[Look] | None = None
        for n, j in enumerate(jurors):
            total = totals.get((s.id, j))
            state = states.get((s.id, j)) if total is None else None
            if state in MARKS:
                values.append(marks[state])
                if marked is None:
                    marked = list(plain.looks)
                marked[len(heads) + n] = MARKS[state]
            else:
                values.append(total)
        sw.row(values, plain if marked is None else sw.prepare(marked))
    last = max(sw.next_row - 1, FIRST_ROW)
    sw.limit(3, 40)
    for offset in range(len(jurors)):
        sw.fix(4 + offset, JUROR_WIDTH)
    ws = sw.ws
    end_col = _col(3 + max(len(jurors), 1))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{end_col}{last}"
    if jurors:
        ws.conditional_formatting.add(f"D{FIRST_ROW}:{end_col}{last}", colour_scale())
    book.finish(sw, "matrix", freeze=f"D{FIRST_ROW}", print_rows=f"{HEADER_ROW}:{HEADER_ROW}",
                print_columns="A:C")  # fmt: skip


def jurors_sheet(book: Book) -> None:
    """Reviews, conflicts, mean total and leniency per juror, with a bar chart of leniency."""
    data, w, fmt = book.data, book.words, book.formats
    blind = data.is_blind
    notes: dict[str, list[str]] = {}
    for note in data.results.notes:
        if note.path.startswith("jurors["):
            juror_id = note.path[len("jurors[") : note.path.index("]")]
            field = note.path.rsplit(".", 1)[-1]
            label = {"leniency": w["leniency"], "mean_total": w["mean_total"]}.get(field, field)
            notes.setdefault(juror_id, []).append(f"{label}: {note.message}")
    sw = book.sheet("jurors")
    sw.heading(w["heading.jurors"], book.subtitle())
    headers = [w["juror"], *([w["juror_name"]] if not blind else []), w["reviews"],
               w["conflicts"], w["mean_total"], w["leniency"], w["note"]]  # fmt: skip
    looks: list[Look] = [PLAIN, *([PLAIN] if not blind else []), fmt.integer, fmt.integer,
                         fmt.total, fmt.leniency, WRAP]  # fmt: skip
    sw.header(headers, looks)
    prepared = sw.prepare(looks)
    for j in data.results.jurors:
        sw.row(
            [book.juror(j.id), *([book.juror_name(j.id)] if not blind else []), j.reviews,
             j.conflicts, j.mean_total, j.leniency, "; ".join(notes.get(j.id, [])) or None],
            prepared,
        )  # fmt: skip
    count = len(data.results.jurors)
    last = max(sw.next_row - 1, FIRST_ROW)
    n = len(headers)
    sw.fix(n, 45)
    ws = sw.ws
    ws.auto_filter.ref = f"A{HEADER_ROW}:{_col(n)}{last}"
    lenient = n - 1
    ws.conditional_formatting.add(f"{_col(lenient)}{FIRST_ROW}:{_col(lenient)}{last}",
                                  LENIENCY_SCALE)  # fmt: skip
    height = min(60.0, max(7.5, 2.5 + 0.45 * count))
    anchor = sw.next_row + 1
    if count:
        chart = BarChart()
        chart.type = "bar"
        chart.style = 10
        chart.title = w["leniency_chart"]
        chart.legend = None
        chart.x_axis.scaling.orientation = "maxMin"
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.y_axis.numFmt = "0.0"
        chart.y_axis.majorGridlines = None
        chart.x_axis.tickLblPos = "low"
        chart.gapWidth = 40
        rows = FIRST_ROW + count - 1
        chart.add_data(Reference(ws, min_col=lenient, min_row=FIRST_ROW, max_row=rows))
        chart.set_categories(Reference(ws, min_col=1, min_row=FIRST_ROW, max_row=rows))
        chart.series[0].graphicalProperties.solidFill = "2F5597"
        chart.height = height
        chart.width = min(24.0, max(12.0, sum(sw.widths().values()) * CM_PER_WIDTH))
        ws.add_chart(chart, f"A{anchor}")
    book.finish(
        sw,
        "jurors",
        freeze=f"B{FIRST_ROW}",
        print_rows=f"{HEADER_ROW}:{HEADER_ROW}",
        print_rows_min=anchor + math.ceil(height / ROW_CM) if count else 0,
    )
