"""The Ranking, Criteria and Methods sheets, and the chart of the top 20 totals."""

from __future__ import annotations

import math
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils.cell import get_column_letter

from imin_desktop.domain.consolidation import METHODS, SubmissionResult
from imin_desktop.domain.consolidation.ranking import TOLERANCE
from imin_desktop.exports.workbook_context import Book
from imin_desktop.exports.workbook_layout import (
    FIRST_ROW,
    HEADER_ROW,
    PLAIN,
    WRAP,
    Look,
    decimal_places,
    number_look,
)
from imin_desktop.exports.workbook_xml import Formula

TOP_CHART = 20
CHART_COLUMNS = 12
"""Columns a chart beside a table spans (about 18 cm at the default column width)."""
ROW_CM = 0.53
"""The height of a default (15 pt) row in centimetres."""
RANK = Look(fmt="0", halign="center")
RED = ("FFC7CE", "9C0006")
GREEN = ("C6EFCE", "006100")
AMBER = ("FFEB9C", "9C5700")


def colour_scale() -> ColorScaleRule:
    """Red (lowest) – yellow – green (highest), as spreadsheet users know it."""
    return ColorScaleRule(
        start_type="min", start_color="F8696B", mid_type="percentile", mid_value=50,
        mid_color="FFEB84", end_type="max", end_color="63BE7B",
    )  # fmt: skip


def fill_rule(kind: tuple[str, str]) -> dict[str, Any]:
    return {"fill": PatternFill("solid", bgColor=kind[0]), "font": Font(color=kind[1])}


def value_labels(number_format: str) -> DataLabelList:
    """Each bar labelled with its value only (not the series or category name too)."""
    labels = DataLabelList(numFmt=number_format)
    labels.showVal = True
    labels.showSerName = labels.showCatName = labels.showLegendKey = labels.showPercent = False
    return labels


def _col(n: int) -> str:
    return str(get_column_letter(n))


def ranking_sheet(book: Book) -> None:
    """Rank, id, title, track, total, each criterion, reviews, spread, stability, flags, decision."""
    data, w, fmt = book.data, book.words, book.formats
    criteria = data.rubric.criteria
    top_k = data.results.top_k
    sw = book.sheet("ranking")
    sw.heading(w["heading.ranking"], book.subtitle())
    headers = [
        w["rank"], w["id"], w["title"], w["track"], w["consolidated_total"],
        *(c.title(data.lang) for c in criteria), w["reviews"], w["assigned"], w["spread"],
        w["rank_interval"], w("p_top", k=top_k), w["passes"], w["flags"], w["decision"],
        w["rationale"], w["standing_note"],
    ]  # fmt: skip
    looks = [
        RANK, PLAIN, WRAP, PLAIN, fmt.total, *([fmt.consolidated] * len(criteria)),
        fmt.integer, fmt.integer, fmt.review_total, Look(halign="center"), fmt.percent,
        Look(halign="center"), WRAP, PLAIN, WRAP, WRAP,
    ]  # fmt: skip
    sw.header(headers, looks)
    prepared = sw.prepare(looks)
    shown = book.standings
    notes = standing_notes(book)
    for standing in shown.standings:
        s = standing.result
        meta = data.submissions.get(s.id)
        decision = data.decisions.get(s.id)
        interval = f"{s.rank_interval[0]}–{s.rank_interval[1]}" if s.rank_interval else None
        sw.row(
            [
                standing.rank, s.id, s.title, meta.track if meta else "", s.total,
                *(s.criteria.get(c.key) for c in criteria), s.reviews, s.assigned, s.spread,
                interval, s.p_top, w.yes_no(s.passes), w.flags(s.flags),
                w.outcome(decision.outcome) if decision else None,
                decision.rationale if decision else None, notes.get(s.id),
            ],
            prepared,
        )  # fmt: skip
    last = max(sw.next_row - 1, FIRST_ROW)
    n = len(headers)
    sw.limit(3, 40)
    sw.limit(4, 20)
    sw.limit(n - 3, 30)
    sw.limit(n - 1, 40)
    sw.limit(n, 40)
    ws = sw.ws
    ws.auto_filter.ref = f"A{HEADER_ROW}:{_col(n)}{last}"
    ws.conditional_formatting.add(f"E{FIRST_ROW}:E{last}", colour_scale())
    passes, flags, outcome = _col(n - 4), _col(n - 3), _col(n - 2)
    ws.conditional_formatting.add(
        f"{passes}{FIRST_ROW}:{passes}{last}",
        CellIsRule(operator="equal", formula=[f'"{w["no"]}"'], **fill_rule(RED)),
    )
    ws.conditional_formatting.add(
        f"{passes}{FIRST_ROW}:{passes}{last}",
        CellIsRule(operator="equal", formula=[f'"{w["yes"]}"'], **fill_rule(GREEN)),
    )
    ws.conditional_formatting.add(
        f"{flags}{FIRST_ROW}:{flags}{last}",
        FormulaRule(formula=[f"LEN(${flags}{FIRST_ROW})>0"], **fill_rule(AMBER)),
    )
    ws.conditional_formatting.add(
        f"{outcome}{FIRST_ROW}:{outcome}{last}",
        FormulaRule(formula=[f"LEN(${outcome}{FIRST_ROW})>0"], font=Font(bold=True)),
    )
    book.finish(sw, "ranking", freeze=f"C{FIRST_ROW}", print_rows=f"{HEADER_ROW}:{HEADER_ROW}")


def standing_notes(book: Book) -> dict[str, str]:
    """Per submission: why it is outside the ranked list, how its ex aequo stands, which
    tie-break rule separated it from an equal total (as the report says it)."""
    w = book.words
    shown = book.standings
    notes: dict[str, list[str]] = {}
    for standing in shown.standings:
        if standing.section != "ranked":
            notes.setdefault(standing.id, []).append(w[f"section.{standing.section}"])
        if standing.tie != "none":
            notes.setdefault(standing.id, []).append(w[f"tie_state.{standing.tie}"])
    labels = {c.key: c.title(book.data.lang) for c in book.data.rubric.criteria}
    for tie in shown.broken:
        key = tie.key
        if key.criterion is not None:
            rule = w("tie.criterion", label=labels.get(key.criterion, key.criterion))
        else:
            rule = w("tie.field_asc" if key.ascending else "tie.field_desc", name=key.field)
        for this, other in ((tie.first, tie.second), (tie.second, tie.first)):
            notes.setdefault(this.id, []).append(
                w("broken_tie", other=other.id, n=tie.position, rule=rule)
            )
    return {k: "; ".join(v) for k, v in notes.items()}


def _passes(value: float | None, threshold: float | None, book: Book) -> str:
    if value is None or threshold is None:
        return book.words["none"]
    return book.words["pass"] if value >= threshold - TOLERANCE else book.words["fail"]


def criteria_sheet(book: Book) -> None:
    """Per submission and criterion: consolidated value, threshold, pass/fail.

    For ``mean`` a formula column recomputes each value as AVERAGEIFS over the Reviews sheet,
    so a reader can check the program's number inside the spreadsheet.
    """
    data, w, fmt = book.data, book.words, book.formats
    rubric = data.rubric
    method = data.results.method
    check = method == "mean" and book.reviews is not None
    sw = book.sheet("criteria")
    sw.heading(w["heading.criteria"], book.subtitle())
    headers = [w["submission"], w["title"], w["criterion"], w["weight"],
               w("consolidated", method=w.method(method))]  # fmt: skip
    if check:
        headers.append(w["check_mean"])
    headers += [w["threshold"], w["result"]]
    score = fmt.consolidated
    weight = number_look(max((decimal_places(c.weight) for c in rubric.criteria), default=0))
    sw.header(headers, [PLAIN, PLAIN, PLAIN, weight, score, *([score] if check else []), score,
                        Look(halign="center")])  # fmt: skip
    layout = book.reviews
    reviews = book.titles["reviews"]
    sub_range = layout.column(reviews, layout.submission_col) if layout else ""

    def averageifs(col: int, row: int) -> Formula | None:
        assert layout is not None
        return Formula(f"AVERAGEIFS({layout.column(reviews, col)},{sub_range},$A{row})", width=8)

    centre = Look(halign="center")
    prepared = {
        c.key: sw.prepare(
            [
                PLAIN,
                PLAIN,
                PLAIN,
                weight,
                score,
                *([score] if check else []),
                fmt.scores[c.key],
                centre,
            ]
        )
        for c in rubric.criteria
    }
    overall = rubric.overall_threshold
    basis_is_total = rubric.threshold_basis == "total"
    overall_looks = sw.prepare([PLAIN, PLAIN, Look(bold=True), PLAIN, fmt.total,
                                *([fmt.total] if check else []), fmt.total, centre])  # fmt: skip
    labels = {c.key: c.title(data.lang) for c in rubric.criteria}
    for s in data.results.submissions:
        counted = s.reviews > 0
        for c in rubric.criteria:
            value = s.criteria.get(c.key)
            threshold = float(c.threshold) if c.threshold is not None else None
            values: list[Any] = [s.id, s.title, labels[c.key], c.weight, value]
            if check and layout is not None:
                values.append(
                    averageifs(layout.score_cols[c.key], sw.next_row) if counted else None
                )
            values += [c.threshold, _passes(value, threshold, book)]
            sw.row(values, prepared[c.key])
        if overall is not None:
            basis = s.total if basis_is_total or s.total is None else sum(
                v for v in s.criteria.values() if v is not None
            )  # fmt: skip
            label = w["consolidated_total"] if basis_is_total else w["basis.unweighted_sum"]
            values = [s.id, s.title, label, None, basis]
            if check and layout is not None:
                ok = counted and basis_is_total
                values.append(averageifs(layout.total_col, sw.next_row) if ok else None)
            values += [overall, _passes(basis, float(overall), book)]
            sw.row(values, overall_looks)
    last = max(sw.next_row - 1, FIRST_ROW)
    n = len(headers)
    sw.limit(2, 40)
    ws = sw.ws
    ws.auto_filter.ref = f"A{HEADER_ROW}:{_col(n)}{last}"
    result = _col(n)
    ws.conditional_formatting.add(
        f"{result}{FIRST_ROW}:{result}{last}",
        CellIsRule(operator="equal", formula=[f'"{w["fail"]}"'], **fill_rule(RED)),
    )
    ws.conditional_formatting.add(
        f"{result}{FIRST_ROW}:{result}{last}",
        CellIsRule(operator="equal", formula=[f'"{w["pass"]}"'], **fill_rule(GREEN)),
    )
    book.finish(sw, "criteria", freeze=f"B{FIRST_ROW}", print_rows=f"{HEADER_ROW}:{HEADER_ROW}")


def method_spread(s: SubmissionResult) -> int | None:
    ranks = [r for r in s.method_ranks.values() if r is not None]
    return max(ranks) - min(ranks) if ranks else None


def methods_sheet(book: Book) -> None:
    """Ranks under the five methods side by side; method-sensitive rows highlighted."""
    data, w = book.data, book.words
    chosen = data.results.method
    k = data.results.top_k
    sw = book.sheet("methods")
    sw.heading(w["heading.methods"], book.subtitle(), w("methods_legend", k=k))
    method_headers = [
        w("chosen", method=w.method(m)) if m == chosen else w.method(m) for m in METHODS
    ]
    headers = [w["rank"], w["id"], w["title"], *method_headers, w["rank_range"],
               w("method_sensitive", k=k)]  # fmt: skip
    rank_look = number_look(0, halign="center")
    chosen_look = number_look(0, halign="center", bold=True)
    looks = [
        RANK, PLAIN, WRAP,
        *(chosen_look if m == chosen else rank_look for m in METHODS),
        rank_look, Look(halign="center"),
    ]  # fmt: skip
    sw.header(headers, looks)
    prepared = sw.prepare(looks)
    for s in data.results.submissions:
        sw.row(
            [s.rank, s.id, s.title, *(s.method_ranks.get(m) for m in METHODS), method_spread(s),
             w.yes_no("method_sensitive" in s.flags)],
            prepared,
        )  # fmt: skip
    last = max(sw.next_row - 1, FIRST_ROW)
    n = len(headers)
    sw.limit(3, 40)
    ws = sw.ws
    ws.auto_filter.ref = f"A{HEADER_ROW}:{_col(n)}{last}"
    flag = _col(n)
    ws.conditional_formatting.add(
        f"A{FIRST_ROW}:{flag}{last}",
        FormulaRule(formula=[f'${flag}{FIRST_ROW}="{w["yes"]}"'], **fill_rule(AMBER)),
    )
    book.finish(sw, "methods", freeze=f"C{FIRST_ROW}", print_rows=f"{HEADER_ROW}:{HEADER_ROW}")


def top_chart_sheet(book: Book) -> None:
    """The top 20 of the ranked list: a short table and a bar chart of it, rank 1 on top.

    A worksheet rather than a chart sheet: LibreOffice shows no chart sheets from xlsx files.
    """
    data, w, fmt = book.data, book.words, book.formats
    top = book.standings.section("ranked")[:TOP_CHART]  # the ranked list, settled order
    n = len(top)
    title = w("top_chart", n=n, method=w.method(data.results.method))
    sw = book.sheet("chart")
    sw.heading(title, book.subtitle())
    looks = [RANK, PLAIN, WRAP, fmt.total]
    sw.header([w["rank"], w["id"], w["title"], w["consolidated_total"]], looks)
    for standing in top:
        s = standing.result
        sw.row([standing.rank, s.id, s.title, s.total], looks)
    sw.limit(3, 40)
    height = max(7.5, 2.5 + 0.6 * n)
    if n:
        chart = BarChart()
        chart.type = "bar"
        chart.style = 10
        chart.title = title
        chart.legend = None
        chart.y_axis.title = w["consolidated_total"]
        chart.y_axis.numFmt = fmt.total.fmt
        chart.y_axis.majorGridlines = None
        chart.x_axis.scaling.orientation = "maxMin"
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        last = FIRST_ROW + n - 1
        chart.add_data(Reference(sw.ws, min_col=4, min_row=FIRST_ROW, max_row=last))
        chart.set_categories(Reference(sw.ws, min_col=2, min_row=FIRST_ROW, max_row=last))
        chart.series[0].graphicalProperties.solidFill = "2F5597"
        chart.dataLabels = value_labels(fmt.total.fmt)
        chart.gapWidth = 40
        chart.width = 18.0
        chart.height = height
        sw.ws.add_chart(chart, f"F{HEADER_ROW}")
    book.finish(sw, "chart", extra_columns=CHART_COLUMNS,
                print_rows_min=HEADER_ROW + math.ceil(height / ROW_CM))  # fmt: skip
