"""The ranking (table and chart) and the panel's decisions."""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from imin_desktop.domain.consolidation import SubmissionResult
from imin_desktop.exports import report_texts as texts
from imin_desktop.exports.report_chart import ranking_chart
from imin_desktop.exports.report_context import Context
from imin_desktop.exports.report_style import (
    COND,
    COND_BOLD,
    FAIL_HEX,
    FRAME_WIDTH,
    Grid,
    Para,
    esc,
    grid_style,
    lines,
)

CHART_AT_MOST = 30
CHUNK = 2500  # rows per table: one table at the reference scale; bounds splitting cost beyond


def _range(result: SubmissionResult) -> str:
    if result.rank_interval is None:
        return "—"
    low, high = result.rank_interval
    return str(low) if low == high else f"{low}–{high}"


def _flag_codes(result: SubmissionResult) -> str:
    return " ".join(texts.FLAG_CODES.get(f, "?") for f in result.flags)


def ranking_table(ctx: Context) -> list[Flowable]:
    st, w = ctx.st, ctx.w
    n_crit = len(ctx.criteria)
    crit_w = 21.0 if n_crit <= 8 else max(14.0, 168.0 / n_crit)
    fixed = {"rank": 22.0, "id": 42.0, "total": 30.0, "range": 46.0, "flags": 32.0,
             "decision": 50.0}  # fmt: skip
    title_w = FRAME_WIDTH - sum(fixed.values()) - crit_w * n_crit
    widths = [fixed["rank"], fixed["id"], title_w, *([crit_w] * n_crit), fixed["total"],
              fixed["range"], fixed["flags"], fixed["decision"]]  # fmt: skip
    header: list[object] = [w("col_rank"), w("col_id"), w("col_title"),
              *(ctx.code(i) for i in range(n_crit)), w("col_total"),
              lines(w("col_range"), COND_BOLD, 7.5, fixed["range"] - 6), w("col_flags"),
              w("col_decision")]  # fmt: skip
    rows: list[list[object]] = []
    for r in ctx.ranked:
        rows.append([
            str(r.rank), r.id, lines(ctx.title(r.id, r.title), COND, 8, title_w - 6),
            *(ctx.num(r.criteria.get(c.key)) for c in ctx.criteria),
            ctx.num(r.total), _range(r), _flag_codes(r),
            lines(ctx.outcome(r.id), COND, 8, fixed["decision"] - 6),
        ])  # fmt: skip
    out: list[Flowable] = []
    first_num, total_col = 3, 3 + n_crit
    for start in range(0, max(len(rows), 1), CHUNK):
        chunk = [header, *rows[start : start + CHUNK]]
        table = Grid(chunk, colWidths=widths, repeatRows=1)
        style = grid_style(rows=len(chunk))
        style.add("ALIGN", (first_num, 0), (total_col + 1, -1), "RIGHT")
        style.add("ALIGN", (0, 0), (0, -1), "RIGHT")
        style.add("LEFTPADDING", (total_col + 1, 0), (total_col + 1, -1), 6)
        style.add("FONT", (total_col, 1), (total_col, -1), COND_BOLD, 8)
        style.add("FONT", (0, 0), (-1, 0), COND_BOLD, 7.5, 9)
        for i, r in enumerate(ctx.ranked[start : start + CHUNK], start=1):
            if r.passes is False or not r.eligible:
                style.add("TEXTCOLOR", (total_col, i), (total_col, i), FAIL_HEX)
        table.setStyle(style)
        out.append(table)
    legend = "; ".join(f"{ctx.code(i)} {esc(ctx.criterion_label(c))}"
                       for i, c in enumerate(ctx.criteria))  # fmt: skip
    flags = "; ".join(f"{code} {esc(texts.flag_text(f, ctx.lang))}"
                      for f, code in texts.FLAG_CODES.items())  # fmt: skip
    out.append(Spacer(1, 2 * mm))
    out.append(Para(f"<b>{esc(w('legend_criteria'))}:</b> {legend}.", st.small))
    out.append(Para(f"<b>{esc(w('legend_flags'))}:</b> {flags}.", st.small))
    return out


def chart(ctx: Context) -> list[Flowable]:
    st, w = ctx.st, ctx.w
    shown = [r for r in ctx.ranked if r.total is not None][:CHART_AT_MOST]
    if not shown:
        return []
    rubric = ctx.data.rubric
    threshold = (float(rubric.overall_threshold)
                 if rubric.overall_threshold is not None and rubric.threshold_basis == "total"
                 else None)  # fmt: skip
    drawing = ranking_chart(
        shown, width=FRAME_WIDTH, total_range=(float(ctx.total_low), float(ctx.total_high)),
        threshold=threshold,
        labels=(w("chart_total_axis"), w("chart_rank_axis"), w("chart_threshold")),
        number=ctx.num,
    )  # fmt: skip
    caption = esc(w("chart_title"))
    if len(shown) < len(ctx.ranked):
        caption += " " + esc(w("chart_more", shown=len(shown), total=len(ctx.ranked)))
    return [CondPageBreak(drawing.height + 40), KeepTogether([
        Para(caption, st.h3), drawing])]  # fmt: skip


def ranking(ctx: Context) -> list[Flowable]:
    st, w, r = ctx.st, ctx.w, ctx.data.results
    intro = w("ranking_intro", method=ctx.method(), draws=r.draws, seed=r.seed, k=r.top_k)
    return [
        ctx.heading(w("sec_ranking"), st.h1, level=0, key="ranking"),
        Para(esc(intro), st.note),
        *chart(ctx),
        Spacer(1, 5 * mm),
        *ranking_table(ctx),
    ]


def decisions(ctx: Context) -> list[Flowable]:
    st, w, data = ctx.st, ctx.w, ctx.data
    out: list[Flowable] = [ctx.heading(w("sec_decisions"), st.h1, level=0, key="decisions")]
    decided = [r for r in ctx.ranked if r.id in data.decisions]
    decided.sort(key=lambda r: (r.rank, _order(ctx, r.id) or 0, r.id))
    if not decided:
        out.append(Para(esc(w("no_decisions")), st.body))
    else:
        out.append(Para(esc(w("decisions_intro")), st.note))
        rows: list[list[object]] = [[w("col_rank"), w("col_id"), w("col_title"), w("col_outcome"),
                                     w("col_rationale")]]  # fmt: skip
        for r in decided:
            d = data.decisions[r.id]
            rows.append([
                str(r.rank), r.id, Para(esc(ctx.title(r.id, r.title)), st.cell),
                Para(f"<b>{esc(texts.outcome_text(d.outcome, ctx.lang))}</b>", st.cell),
                Para(esc(d.rationale) or "—", st.cell),
            ])  # fmt: skip
        widths = [24, 44, 130, 62, FRAME_WIDTH - 260]
        table = Grid(rows, colWidths=widths, repeatRows=1)
        table.setStyle(grid_style(rows=len(rows)))
        table.setStyle([("ALIGN", (0, 0), (0, -1), "RIGHT")])
        out.append(table)
    out.append(Para(esc(w("ties_heading")), st.h2))
    tied = [r for r in ctx.ranked if "ex_aequo" in r.flags]
    if not tied:
        out.append(Para(esc(w("no_ties")), st.body))
    for rank, group in groupby(tied, key=lambda r: r.rank):
        members = list(group)
        text = w("tie_line", rank=rank, ids=", ".join(m.id for m in members))
        orders = [_order(ctx, m.id) for m in members]
        if all(o is not None for o in orders):
            settled = sorted(members, key=lambda m: (_order(ctx, m.id) or 0, m.id))
            text += " " + w("tie_settled", order=", ".join(
                f"{i}. {m.id}" for i, m in enumerate(settled, start=1)))  # fmt: skip
            reasons = [f"{m.id}: {data.decisions[m.id].rationale}" for m in settled
                       if data.decisions[m.id].rationale]  # fmt: skip
        else:
            text += " " + w("tie_open")
            reasons = []
        out.append(Para(esc(text), st.bullet, bulletText="•"))
        for reason in reasons:
            out.append(Para(esc(reason), st.comment))
    return out


def _order(ctx: Context, submission_id: str) -> int | None:
    d = ctx.data.decisions.get(submission_id)
    return d.panel_order if d is not None else None
