"""The ranking (table and chart) and the panel's decisions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from imin_desktop.domain.consolidation import SubmissionResult
from imin_desktop.domain.rubric import TieBreakKey
from imin_desktop.domain.standing import Standing
from imin_desktop.exports import report_texts as texts
from imin_desktop.exports.report_chart import ranking_chart
from imin_desktop.exports.report_context import Context
from imin_desktop.exports.report_funding import budget_line_after
from imin_desktop.exports.report_paged import PagedGrid, house_style
from imin_desktop.exports.report_style import (
    COND,
    COND_BOLD,
    FAIL_HEX,
    FRAME_WIDTH,
    Para,
    clip,
    esc,
    lines,
)

CHART_AT_MOST = 30
HEAD_ROOM = 45 * mm
"""A table's heading starts a new page unless this much room is left below it."""


def _range(result: SubmissionResult) -> str:
    if result.rank_interval is None:
        return "—"
    low, high = result.rank_interval
    return str(low) if low == high else f"{low}–{high}"


def _flag_codes(result: SubmissionResult, lang: str) -> str:
    codes = texts.flag_codes(lang)
    return " ".join(codes.get(f, "?") for f in result.flags)


TITLE_LINES = 3
RATIONALE_LINES = 12
"""A rationale in the decisions table is cut after this many lines (the summary prints it whole)."""
"""A title in the ranking table is cut after this many lines (the summary prints it whole)."""


def ranking_table(ctx: Context, shown: Sequence[Standing], *, rank_head: str) -> list[Flowable]:
    """One table of ``shown`` in the order given; totals in red for failing submissions."""
    w = ctx.w
    n_crit = len(ctx.criteria)
    crit_w = 21.0 if n_crit <= 8 else max(14.0, 168.0 / n_crit)
    fixed = {"rank": 28.0, "id": 42.0, "total": 30.0, "range": 46.0, "flags": 32.0,
             "decision": 50.0}  # fmt: skip
    title_w = max(FRAME_WIDTH - sum(fixed.values()) - crit_w * n_crit, 40.0)
    widths = [fixed["rank"], fixed["id"], title_w, *([crit_w] * n_crit), fixed["total"],
              fixed["range"], fixed["flags"], fixed["decision"]]  # fmt: skip
    header: list[object] = [lines(rank_head, COND_BOLD, 7.5, fixed["rank"] - 6),
              w("col_id"), w("col_title"), *(ctx.code(i) for i in range(n_crit)), w("col_total"),
              lines(w("col_range"), COND_BOLD, 7.5, fixed["range"] - 6), w("col_flags"),
              w("col_decision")]  # fmt: skip
    rows: list[list[object]] = []
    for s in shown:
        r = s.result
        rows.append([
            s.label, lines(r.id, COND, 8, fixed["id"] - 6),
            lines(ctx.title(r.id, r.title), COND, 8, title_w - 6, at_most=TITLE_LINES),
            *(clip(ctx.num(r.criteria.get(c.key)), COND, 8, crit_w - 4) for c in ctx.criteria),
            ctx.num(r.total), _range(r), lines(_flag_codes(r, ctx.lang), COND, 8, fixed["flags"] - 6),
            lines(ctx.outcome(r.id), COND, 8, fixed["decision"] - 6, at_most=2),
        ])  # fmt: skip
    first_num, total_col = 3, 3 + n_crit
    failing = [s.section in ("below_threshold", "ineligible") for s in shown]
    line = budget_line_after(ctx)
    at_line = next((i for i, s in enumerate(shown) if s.id == line), None)

    def style(first: int, count: int) -> list[tuple[Any, ...]]:
        commands = house_style(first, count)
        commands += [
            ("ALIGN", (first_num, 0), (total_col + 1, -1), "RIGHT"),
            ("ALIGN", (0, 0), (0, -1), "RIGHT"),
            ("LEFTPADDING", (total_col + 1, 0), (total_col + 1, -1), 6),
            ("FONT", (total_col, 1), (total_col, -1), COND_BOLD, 8),
            ("FONT", (0, 0), (-1, 0), COND_BOLD, 7.5, 9),
        ]
        commands += [("TEXTCOLOR", (total_col, i), (total_col, i), FAIL_HEX)
                     for i in range(1, count + 1) if failing[first + i - 1]]  # fmt: skip
        if at_line is not None and first <= at_line < first + count:
            # the budget line, below the main list's last submission
            row = at_line - first + 1
            commands.append(("LINEBELOW", (0, row), (-1, row), 1.5, FAIL_HEX))
        return commands

    return [PagedGrid(header, rows, widths, style)]


def legends(ctx: Context) -> list[Flowable]:
    st, w = ctx.st, ctx.w
    legend = "; ".join(f"{ctx.code(i)} {esc(ctx.criterion_label(c))}"
                       for i, c in enumerate(ctx.criteria))  # fmt: skip
    flags = "; ".join(f"{code} {esc(texts.flag_text(f, ctx.lang))}"
                      for f, code in texts.flag_codes(ctx.lang).items())  # fmt: skip
    return [
        Para(f"<b>{esc(w('legend_criteria'))}:</b> {legend}.", st.small),
        Para(f"<b>{esc(w('legend_flags'))}:</b> {flags}.", st.small),
        Para(f"<b>{esc(w('legend_rank_head'))}:</b> {esc(w('legend_rank'))}", st.small),
        Spacer(1, 2 * mm),
    ]


def chart(ctx: Context) -> list[Flowable]:
    st, w = ctx.st, ctx.w
    ranked = ctx.standings.section("ranked")
    shown = ranked[:CHART_AT_MOST]
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
        legend=(w("chart_legend_bar"), w("chart_legend_dot"), w("chart_legend_whisker")),
        number=ctx.num,
    )  # fmt: skip
    caption = esc(w("chart_title"))
    if len(shown) < len(ranked):
        caption += " " + esc(w("chart_more", shown=len(shown), total=len(ranked)))
    return [CondPageBreak(drawing.height + 40), KeepTogether([
        Para(caption, st.h3), drawing])]  # fmt: skip


def ranking(ctx: Context) -> list[Flowable]:
    st, w, r = ctx.st, ctx.w, ctx.data.results
    intro = w("ranking_intro", method=ctx.method(), draws=r.draws, seed=r.seed, k=r.top_k)
    out: list[Flowable] = [
        ctx.heading(w("sec_ranking"), st.h1, level=0, key="ranking"),
        Para(esc(intro), st.note),
        *legends(ctx),
        *chart(ctx),
        Spacer(1, 3 * mm),
    ]
    ranked = ctx.standings.section("ranked")
    out += [CondPageBreak(HEAD_ROOM), Para(esc(w("ranked_heading", n=len(ranked))), st.h2)]
    if ranked:
        out += ranking_table(ctx, ranked, rank_head=w("col_rank"))
    else:
        out.append(Para(esc(w("ranked_none")), st.body))
    apart = [*ctx.standings.section("below_threshold"), *ctx.standings.section("ineligible")]
    apart.sort(key=lambda s: (s.rank, s.id))
    if apart:
        out += [CondPageBreak(HEAD_ROOM), Para(esc(w("apart_heading", n=len(apart))), st.h2)]
        out.append(Para(esc(w("apart_intro")), st.note))
        out += ranking_table(ctx, apart, rank_head=w("col_computed_rank"))
    unassessed = ctx.standings.section("not_assessed")
    if unassessed:
        out += [CondPageBreak(HEAD_ROOM),
                Para(esc(w("unassessed_heading", n=len(unassessed))), st.h2)]  # fmt: skip
        out.append(Para(esc(w("unassessed_intro")), st.note))
        out += ranking_table(ctx, unassessed, rank_head=w("col_computed_rank"))
    return out


def decisions(ctx: Context) -> list[Flowable]:
    st, w, data = ctx.st, ctx.w, ctx.data
    out: list[Flowable] = [ctx.heading(w("sec_decisions"), st.h1, level=0, key="decisions")]
    decided = [s for s in ctx.standings.standings if s.id in data.decisions]
    if not decided:
        out.append(Para(esc(w("no_decisions")), st.body))
    else:
        out.append(Para(esc(w("decisions_intro")), st.note))
        header = [w("col_rank"), w("col_id"), w("col_title"), w("col_outcome"), w("col_rationale")]
        rows: list[list[object]] = []
        for s in decided:
            r, d = s.result, data.decisions[s.id]
            rank = s.label if s.section == "ranked" else f"({s.label})"
            rows.append([
                rank, lines(r.id, COND, 8, 44 - 6),
                lines(ctx.title(r.id, r.title), COND, 8, 130 - 6, at_most=TITLE_LINES),
                lines(texts.outcome_text(d.outcome, ctx.lang), COND_BOLD, 8, 62 - 6, at_most=3),
                lines(d.rationale or "—", COND, 8, FRAME_WIDTH - 262 - 6, at_most=RATIONALE_LINES),
            ])  # fmt: skip
        widths = [26, 44, 130, 62, FRAME_WIDTH - 262]

        def style(first: int, count: int) -> list[tuple[Any, ...]]:
            return [*house_style(first, count), ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                    ("FONT", (3, 1), (3, -1), COND_BOLD, 8)]  # fmt: skip

        out.append(PagedGrid(header, rows, widths, style))
        if any(s.section != "ranked" for s in decided):
            out.append(Para(esc(w("decisions_apart_note")), st.small))
    out += ties(ctx)
    return out


def _ids(members: Sequence[Standing]) -> str:
    return ", ".join(m.id for m in members)


def ties(ctx: Context) -> list[Flowable]:
    """Equal ranks the panel settled, kept or has still to settle; equal totals the tie-break
    rules separated, with the rule."""
    st, w, data = ctx.st, ctx.w, ctx.data
    out: list[Flowable] = [Para(esc(w("ties_heading")), st.h2)]
    groups = ctx.standings.ties
    if not groups:
        out.append(Para(esc(w("no_ties")), st.body))
    for group in groups:
        text = w("tie_line", rank=group.rank, ids=", ".join(sorted(m.id for m in group.members)))
        reasons: list[str] = []
        if group.state == "open":
            text += " " + w("tie_open")
        else:
            order = ", ".join(f"{m.label} {m.id}" if m.shared else f"{m.rank}. {m.id}"
                              for m in group.members)  # fmt: skip
            kept = [m for m in group.members if m.tie == "kept"]
            text += " " + w("tie_settled", order=order)
            if kept:
                text += " " + w("tie_kept", ids=_ids(kept))
            reasons = [f"{m.id}: {data.decisions[m.id].rationale}" for m in group.members
                       if m.id in data.decisions and data.decisions[m.id].rationale]  # fmt: skip
        out.append(Para(esc(text), st.bullet, bulletText="•"))
        for reason in reasons:
            out.append(Para(esc(reason), st.comment))
    out.append(Para(esc(w("broken_heading")), st.h2))
    broken = ctx.standings.broken
    if not broken:
        out.append(Para(esc(w("no_broken")), st.body))
    for tie in broken:
        a, b = tie.first, tie.second
        out.append(Para(esc(w(
            "broken_line", a=a.id, b=b.id, rank_a=ctx.standing(a.id).label,
            rank_b=ctx.standing(b.id).label, total=ctx.num(a.total), n=tie.position,
            rule=tie_break_rule(ctx, tie.key),
        )), st.bullet, bulletText="•"))  # fmt: skip
    return out


def tie_break_rule(ctx: Context, key: TieBreakKey) -> str:
    """A tie-break key in words (``Impact, higher first``)."""
    w = ctx.w
    if key.criterion is not None:
        criterion = ctx.data.rubric.criterion(key.criterion)
        label = ctx.criterion_label(criterion) if criterion else key.criterion
        return w("tb_criterion", label=label)
    return w("tb_field_asc" if key.ascending else "tb_field_desc", field=key.field or "")
