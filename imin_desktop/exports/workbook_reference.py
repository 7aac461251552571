"""The Reliability, Rubric and Audit sheets: how far to trust the numbers, and where they came from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.utils.cell import absolute_coordinate, get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName

from imin_desktop.domain.consolidation import ReliabilityFigures
from imin_desktop.domain.consolidation.reliability import ICC_KEYS, icc_value
from imin_desktop.domain.rounding import percent
from imin_desktop.domain.text import localized
from imin_desktop.exports.workbook_context import RUBRIC_WEIGHT_COL, Book
from imin_desktop.exports.workbook_layout import (
    DATE,
    FIRST_ROW,
    HEADER_ROW,
    LEFT,
    PLAIN,
    WRAP,
    Look,
    SheetWriter,
    number_look,
    parse_utc,
)

FIGURES = ("alpha_interval", "alpha_ordinal", *(f"icc.{k}" for k in ICC_KEYS), "kendall_w")
KEY = Look(bold=True, valign="top")
WRAP_TOP = Look(wrap=True, valign="top")
HASH = Look(fmt="@", halign="left")
TOP = Look(valign="top")


def _col(n: int) -> str:
    return str(get_column_letter(n))


def _figure(figures: ReliabilityFigures, path: str) -> float | None:
    if path.startswith("icc."):
        return icc_value(figures.icc, path[len("icc.") :])
    value: float | None = getattr(figures, path)
    return value


def reliability_sheet(book: Book) -> None:
    """Every reliability figure for the totals and each criterion; a missing one says why."""
    data, w = book.data, book.words
    rel = data.results.reliability
    notes = {n.path: n.message for n in data.results.notes}
    used: set[str] = set()
    sw = book.sheet("reliability")
    sw.heading(w["heading.reliability"], book.subtitle())
    stat = book.formats.statistic
    sw.header([w["scope"], w["figure"], w["value"], w["note"]], [PLAIN, PLAIN, stat, PLAIN])
    scopes: list[tuple[str, str, ReliabilityFigures]] = [("total", w["scope_total"], rel.total)]
    for criterion in data.rubric.criteria:
        if criterion.key in rel.criteria:
            scopes.append((f"criteria.{criterion.key}", criterion.title(data.lang),
                           rel.criteria[criterion.key]))  # fmt: skip
    looks = [PLAIN, PLAIN, stat, WRAP]
    for scope, label, figures in scopes:
        for path in FIGURES:
            full = f"reliability.{scope}.{path}"
            value = _figure(figures, path)
            note = notes.get(full)
            if note is not None:
                used.add(full)
            shown: Any = value if value is not None else w["none"]
            sw.row([label, w[f"fig.{path.removeprefix('icc.')}"], shown, note], looks)
        icc = figures.icc
        model = w(f"icc_model.{icc.model}", rows=icc.rows, k=icc.k) if icc.model else w["none"]
        sw.row(
            [label, w["fig.complete_rows"], figures.complete_rows], [PLAIN, PLAIN, number_look(0)]
        )
        sw.row([label, w["fig.raters"], figures.raters], [PLAIN, PLAIN, number_look(0)])
        sw.row([label, w["fig.icc_model"], model], [PLAIN, PLAIN, LEFT], overflow_last=True)
    last = sw.next_row - 1
    others = [n for n in data.results.notes if n.path not in used]
    if others:
        sw.blank()
        sw.section(w["other_notes"])
        sw.header([w["path"], w["note"]])
        for other in others:
            sw.row([other.path, other.message], [PLAIN, WRAP], fit=False)
    sw.limit(1, 40)
    sw.fix(3, 12)
    sw.fix(4, 70)
    ws = sw.ws
    ws.auto_filter.ref = f"A{HEADER_ROW}:D{max(last, FIRST_ROW)}"
    book.finish(sw, "reliability", freeze=f"A{FIRST_ROW}", print_rows=f"{HEADER_ROW}:{HEADER_ROW}")


def _tie_break_words(book: Book) -> str:
    w, rubric = book.words, book.data.rubric
    parts = []
    for key in rubric.tie_break_keys():
        if key.criterion is not None:
            criterion = rubric.criterion(key.criterion)
            label = criterion.title(book.data.lang) if criterion else key.criterion
            parts.append(w("tie.criterion", label=label))
        else:
            parts.append(w("tie.field_asc" if key.ascending else "tie.field_desc", name=key.field))
    return "; ".join(parts) or w["none"]


def rubric_sheet(book: Book) -> None:
    """Criteria, weights (named cells the formulas use), scales, thresholds, levels, tie-break."""
    data, w, fmt = book.data, book.words, book.formats
    rubric, lang = data.rubric, data.lang
    sw = book.sheet("rubric")
    example = next(iter(book.weights.values()), "")
    sw.heading(f"{w['heading.rubric']}: {rubric.display_title(lang)}",
               book.subtitle(w("named_weights", example=example)))  # fmt: skip
    sw.header([w["key"], w["criterion"], w["weight"], w["scale_min"], w["scale_max"],
               w["scale_step"], w["threshold"], w["comment_required"], w["levels"],
               w["description"]])  # fmt: skip
    title = quote_sheetname(book.titles["rubric"])
    for i, c in enumerate(rubric.criteria):
        row = FIRST_ROW + i
        levels = "\n".join(f"{_number(level.value)} = {localized(level.label, lang)}"
                           for level in c.levels)  # fmt: skip
        description = localized(c.description, lang)
        score = Look(fmt=fmt.scores[c.key].fmt, valign="top", halign="left")
        assert sw.next_row == row
        sw.row(
            [c.key, c.title(lang), c.weight, c.scale.min, c.scale.max, c.scale.step, c.threshold,
             w.yes_no(c.comment_required), levels or None, description or None],
            [TOP, WRAP_TOP, Look(bold=True, valign="top", halign="left", fill="FFF2CC"), score,
             score, score, score, TOP, WRAP_TOP, WRAP_TOP],
        )  # fmt: skip
        ref = f"{title}!{absolute_coordinate(f'{_col(RUBRIC_WEIGHT_COL)}{row}')}"
        book.wb.defined_names[book.weights[c.key]] = DefinedName(book.weights[c.key], attr_text=ref)
    if rubric.criteria:
        first, last = FIRST_ROW, FIRST_ROW + len(rubric.criteria) - 1
        letter = _col(RUBRIC_WEIGHT_COL)
        book.wb.defined_names["weights"] = DefinedName(
            "weights", attr_text=f"{title}!${letter}${first}:${letter}${last}"
        )
    low, high = rubric.total_range()
    share = percent(float(rubric.disagreement_spread))
    settings: list[tuple[str, Any]] = [
        (w["rubric_id"], rubric.id),
        (w["rubric_hash"], rubric.hash),
        (w["total_kind"], w[f"total.{rubric.total}"]),
        (w["overall_threshold"], rubric.overall_threshold if rubric.overall_threshold is not None
         else w["none"]),
        (w["threshold_basis"], w[f"basis.{rubric.threshold_basis}"]),
        (w["disagreement_spread"], w("of_range", share=share,
                                     range=f"{_number(low)}–{_number(high)}")),
        (w["tie_break"], _tie_break_words(book)),
    ]  # fmt: skip
    settings += [(w["gates"], f"{g.key}: {localized(g.label, lang)}") for g in rubric.gates]
    sw.blank()
    for key, value in settings:
        sw.row([key, value], [KEY, LEFT], start=2, overflow_last=True)
    sw.limit(2, 40)
    sw.fix(9, 60)
    sw.fix(10, 50)
    book.finish(sw, "rubric", freeze=f"A{FIRST_ROW}")


def _number(value: Any) -> str:
    text = f"{value:f}" if hasattr(value, "as_tuple") else str(value)
    return text.rstrip("0").rstrip(".") if "." in text else text


def _table(sw: SheetWriter, headers: Sequence[str], rows: Sequence[Sequence[Any]],
           looks: Sequence[Look], empty: str, *, overflow: bool = True) -> tuple[int, int]:  # fmt: skip
    """A header and rows; returns the header's and the last row's numbers.

    With ``overflow`` the last column's text runs on to the right instead of widening it.
    """
    top = sw.header(headers, looks)
    if not rows:
        sw.row([empty], Look(italic=True), fit=False)
    for values in rows:
        sw.row(list(values), list(looks), overflow_last=overflow)
    return top, sw.next_row - 1


def _kind(book: Book, kind: str) -> str:
    return book.words[f"kind.{kind}"] if kind in ("scores", "sheet") else kind


def audit_sheet(book: Book) -> None:
    """Where the results came from: settings, every score file, every decision and change."""
    data, w = book.data, book.words
    results = data.results
    blind = data.is_blind
    sw = book.sheet("audit")
    sw.heading(w["heading.audit"], book.subtitle())
    sw.section(w["about"])
    about: list[tuple[str, Any]] = [
        (w["event"], data.event_title), (w["event_id"], data.event_id),
        (w["method"], w.method(results.method)), (w["seed"], results.seed),
        (w["draws"], results.draws), (w["top_k"], results.top_k),
        (w["components"], results.components), (w["blind"], w.yes_no(data.is_blind)),
        (w["rubric_hash"], data.rubric.hash), (w["fingerprint"], data.fingerprint),
        (w["generated_at"], parse_utc(data.generated_at)),
        (w["software"], f"imIN Desktop {data.software_version}"),
    ]  # fmt: skip
    for key, value in about:
        sw.row([key, value], [KEY, DATE if key == w["generated_at"] else LEFT], overflow_last=True)
    sw.blank()
    sw.section(w["score_files"])
    file_headers = [w["juror"], *([w["juror_name"]] if not blind else []), w["kind"],
                    w["sequence"], w["created_at"], w["imported_at"], w["file_result"],
                    *([w["file_name"]] if not blind else []), w["sha256"]]  # fmt: skip
    file_rows = [
        [book.juror(f.juror_id), *([f.juror_name] if not blind else []), _kind(book, f.kind), f.sequence,
         parse_utc(f.created_at), parse_utc(f.imported_at),
         w["current"] if f.is_current else w["superseded"],
         *([f.file_name] if not blind else []), f.sha256]
        for f in sorted(data.score_files, key=lambda f: (book.juror(f.juror_id), f.sequence))
    ]  # fmt: skip
    file_looks = [PLAIN, *([PLAIN] if not blind else []), PLAIN, number_look(0, halign="center"),
                  DATE, DATE, PLAIN, *([PLAIN] if not blind else []), HASH]  # fmt: skip
    top, last = _table(sw, file_headers, file_rows, file_looks, w["nothing"], overflow=False)
    sw.ws.auto_filter.ref = f"A{top}:{_col(len(file_headers))}{max(last, top + 1)}"
    sw.blank()
    sw.section(w["decisions"])
    titles = {s.id: s.title for s in results.submissions}
    decisions = sorted(data.decisions.values(), key=lambda d: d.submission_id)
    _table(
        sw,
        [w["submission"], w["title"], w["decision"], w["panel_order"], w["decided_by"],
         w["decided_at"], w["rationale"]],
        [[d.submission_id, titles.get(d.submission_id, ""), w.outcome(d.outcome), d.panel_order,
          d.decided_by, parse_utc(d.decided_at), d.rationale] for d in decisions],
        [PLAIN, PLAIN, PLAIN, number_look(0), PLAIN, DATE, PLAIN], w["nothing"],
    )  # fmt: skip
    sw.blank()
    sw.section(w["changes"])
    _table(
        sw,
        [w["at"], w["actor"], w["action"], w["entity"], w["key"], w["detail"]],
        [[parse_utc(c.at), c.actor, c.action, c.entity, c.key, c.detail] for c in data.changes],
        [DATE, PLAIN, PLAIN, PLAIN, PLAIN, PLAIN], w["nothing"],
    )  # fmt: skip
    sw.limit(2, 36)
    sw.limit(len(file_headers), 70)
    book.finish(sw, "audit")
