"""One evaluation summary per submission, modelled on a funding body's evaluation summary report.

Identification, each criterion's consolidated score against its threshold, the overall result
(total, thresholds, rank, flags, the panel's decision) and the jurors' comments per criterion
with the jurors anonymised. Nothing about any other submission appears in it.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from imin_desktop.domain.consolidation import SubmissionResult
from imin_desktop.domain.report_data import ReviewRow
from imin_desktop.domain.rubric import Criterion
from imin_desktop.domain.text import localized
from imin_desktop.exports import report_texts as texts
from imin_desktop.exports.report_context import Context, Tick
from imin_desktop.exports.report_style import (
    ACCENT,
    BOLD,
    COND,
    COND_BOLD,
    FAIL,
    FRAME_WIDTH,
    INK,
    ITALIC,
    MUTED,
    PASS,
    SHADE,
    Grid,
    Para,
    Styled,
    esc,
    grid_style,
    kv_grid,
    lines,
    plain,
)

TOLERANCE = 1e-9


def _met(value: float | None, threshold: Decimal | None) -> bool | None:
    if value is None or threshold is None:
        return None
    return value >= float(threshold) - TOLERANCE


def _status(ctx: Context, met: bool | None, *, assessed: bool = True) -> tuple[str, str, Color]:
    if not assessed:
        return "—", COND, MUTED
    if met is None:
        return ctx.w("no_threshold"), COND, MUTED
    return (ctx.w("met"), COND_BOLD, PASS) if met else (ctx.w("not_met"), COND_BOLD, FAIL)


def _identification(ctx: Context, r: SubmissionResult) -> Grid:
    w, data = ctx.w, ctx.data
    meta = data.submissions.get(r.id)
    rows: list[tuple[str, str | Styled]] = [
        (w("submission"), (r.id, BOLD, INK)),
        (w("title"), meta.title if meta else r.title),
    ]
    if meta is not None and meta.track:
        rows.append((w("track"), meta.track))
    if data.is_blind:
        rows.append((w("team"), (w("team_blind"), ITALIC, MUTED)))
    else:
        people = []
        for person in meta.team if meta else ():
            name, org = person.get("name", ""), person.get("organisation", "")
            people.append(name + (f" ({org})" if org else ""))
        rows.append((w("team"), "; ".join(people) or "—"))
    rows.append((w("reviews"), w("reviews_of", n=r.reviews, assigned=r.assigned)))
    reviews = ctx.reviews.get(r.id, [])
    for n, gate in enumerate(data.rubric.gates if reviews else ()):
        answers = [rv.gates.get(gate.key) for rv in reviews]
        line = w("gate_line", label=localized(gate.label, ctx.lang),
                 yes=sum(1 for a in answers if a), n=len(answers))  # fmt: skip
        rows.append((w("eligibility") if n == 0 else "", line))
    return kv_grid(rows)


def _scores(ctx: Context, r: SubmissionResult) -> Grid:
    w, rubric = ctx.w, ctx.data.rubric
    widths = [44 * mm, 14 * mm, 20 * mm, 17 * mm, 22 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    header: list[object] = [w("col_criterion"), w("col_weight"), w("col_score"), w("col_threshold"),
              w("col_result"), w("col_level")]  # fmt: skip
    rows: list[list[object]] = [header]
    statuses: list[tuple[str, str, Color]] = []
    for c in ctx.criteria:
        value = r.criteria.get(c.key)
        level = c.level_for(Decimal(repr(value))) if value is not None else None
        status = _status(ctx, _met(value, c.threshold), assessed=value is not None)
        statuses.append(status)
        descriptor = localized(level.label, ctx.lang) if level else "—"
        rows.append([
            lines(ctx.criterion_label(c), COND_BOLD, 8, widths[0] - 6, at_most=4), ctx.dec(c.weight),
            f"{ctx.num(value)} / {ctx.dec(c.scale.max)}",
            ctx.dec(c.threshold) if c.threshold is not None else "—",
            status[0], lines(descriptor, COND, 8, widths[5] - 6, at_most=4),
        ])  # fmt: skip
    overall = rubric.overall_threshold
    basis_unweighted = rubric.threshold_basis == "unweighted_sum"
    status = _status(ctx, None if basis_unweighted else _met(r.total, overall),
                     assessed=r.total is not None)  # fmt: skip
    statuses.append(status)
    rows.append([
        w("total_row"), "", f"{ctx.num(r.total)} / {ctx.dec(ctx.total_high)}",
        ctx.dec(overall) if overall is not None and not basis_unweighted else "—", status[0], "",
    ])  # fmt: skip
    if basis_unweighted and overall is not None:
        values = [r.criteria.get(c.key) for c in ctx.criteria]
        basis = sum(v for v in values if v is not None) if r.total is not None else None
        high = sum(c.scale.max for c in ctx.criteria)
        status = _status(ctx, _met(basis, overall), assessed=basis is not None)
        statuses.append(status)
        rows.append([
            lines(w("total_basis_unweighted"), COND, 8, widths[0] - 6), "",
            f"{ctx.num(basis)} / {ctx.dec(high)}", ctx.dec(overall), status[0], "",
        ])  # fmt: skip
    table = Grid(rows, colWidths=widths, repeatRows=1)
    style = grid_style(rows=len(ctx.criteria) + 1)
    style.add("ALIGN", (1, 0), (3, -1), "RIGHT")
    style.add("LEFTPADDING", (4, 0), (4, -1), 10)
    style.add("FONT", (0, 1), (0, -1), COND_BOLD, 8)
    for i, (_, font, colour) in enumerate(statuses, start=1):
        style.add("FONT", (4, i), (4, i), font, 8)
        style.add("TEXTCOLOR", (4, i), (4, i), colour)
    first_total = len(ctx.criteria) + 1
    style.add("BACKGROUND", (0, first_total), (-1, -1), SHADE)
    style.add("FONT", (2, first_total), (2, first_total), COND_BOLD, 8)
    style.add("LINEABOVE", (0, first_total), (-1, first_total), 0.8, ACCENT)
    table.setStyle(style)
    return table


def _verdict(ctx: Context, r: SubmissionResult) -> Styled:
    w = ctx.w
    if r.passes is None:
        return w("not_assessed"), BOLD, INK
    if not r.eligible:
        return w("ineligible_result"), BOLD, FAIL
    if r.passes:
        return w("passes"), BOLD, PASS
    return w("fails"), BOLD, FAIL


def _result(ctx: Context, r: SubmissionResult) -> Grid:
    w = ctx.w
    standing = ctx.standing(r.id)
    if r.rank_interval is not None:
        rank = w("rank_value", rank=standing.label, n=ctx.count, low=r.rank_interval[0],
                 high=r.rank_interval[1])  # fmt: skip
        if r.p_top is not None:
            share = ctx.percent(r.p_top)
            rank = rank[:-1] + w("p_top", k=ctx.data.results.top_k, share=share) + ")"
    else:
        rank = w("rank_value_plain", rank=standing.label, n=ctx.count)
    if standing.section != "ranked":
        rank = w("rank_apart", rank=rank)
    elif standing.tie == "open":
        rank += " — " + w("rank_open")
    elif standing.tie != "none":
        rank += " — " + w("rank_settled" if standing.tie == "settled" else "rank_kept")
    d = ctx.decision(r.id)
    rows: list[tuple[str, str | Styled]] = [
        (w("thresholds"), _verdict(ctx, r)),
        (w("result_total"), (f"{ctx.num(r.total)} / {ctx.dec(ctx.total_high)}", BOLD, INK)),
        (w("result_rank"), rank),
        (w("flags"), "; ".join(ctx.flags(r)) or w("no_flags")),
    ]
    if d is None:
        rows.append((w("decision"), (w("no_decision"), ITALIC, MUTED)))
    else:
        rows.append((w("decision"), (texts.outcome_text(d.outcome, ctx.lang), BOLD, ACCENT)))
        if d.rationale:
            rows.append((w("col_rationale"), d.rationale))
    table = kv_grid(rows)
    table.setStyle([("BOX", (0, 0), (-1, -1), 1.2, ACCENT)])
    return table


def _comment_line(ctx: Context, review: ReviewRow, text: str, score: Decimal | None) -> Para:
    """The juror (and their score) hangs in the margin; the comment is one plain run of
    text, which reportlab lays out several times faster than mixed bold and plain text."""
    label = plain(review.juror_label) + (f" · {ctx.dec(score)}" if score is not None else "")
    if "\n" in text.strip():  # the juror's own line breaks are kept
        return Para(esc(text.strip()), ctx.st.comment, bulletText=label)
    return Para.plain(text, ctx.st.comment, bulletText=label)


def _criterion_comments(
    ctx: Context, r: SubmissionResult, c: Criterion, reviews: list[ReviewRow]
) -> list[Flowable]:
    value = r.criteria.get(c.key)
    label = ctx.criterion_label(c)
    if value is None:
        head = f"{label} — {ctx.w('not_assessed_short')}"
    elif c.threshold is not None:
        met = _met(value, c.threshold)
        status = ctx.w("met") if met else ctx.w("not_met")
        head = ctx.w("criterion_heading", label=label, score=ctx.num(value), max=ctx.dec(c.scale.max),
                     threshold=ctx.dec(c.threshold), status=status)  # fmt: skip
    else:
        head = ctx.w(
            "criterion_heading_plain", label=label, score=ctx.num(value), max=ctx.dec(c.scale.max)
        )
    lines: list[Flowable] = []
    for review in reviews:
        text = review.criterion_comments.get(c.key, "").strip()
        if text:
            lines.append(_comment_line(ctx, review, text, review.scores.get(c.key)))
    if not lines:
        lines.append(Para.plain(ctx.w("no_comments"), ctx.st.comment))
    return [KeepTogether([Para.plain(head, ctx.st.h3), lines[0]]), *lines[1:]]


def submission_summary(ctx: Context, r: SubmissionResult, *, toc: bool = True) -> list[Flowable]:
    st, w = ctx.st, ctx.w
    title = ctx.title(r.id, r.title)
    heading = ctx.heading(f"{r.id} — {title}", st.h1, level=1, key=f"sub-{r.id}", toc=toc)
    reviews = ctx.reviews.get(r.id, [])
    out: list[Flowable] = [
        heading,
        _identification(ctx, r),
        Para.plain(w("outcome_heading"), st.h2),
        _result(ctx, r),
        Para.plain(w("scores_heading"), st.h2),
        _scores(ctx, r),
        Para.plain(w("comments_heading"), st.h2),
        Para.plain(w("comments_intro"), st.note),
    ]
    for c in ctx.criteria:
        out += _criterion_comments(ctx, r, c, reviews)
    general = [rv for rv in reviews if rv.comment.strip()]
    if general:
        block: list[Flowable] = [Para.plain(w("overall_comments"), st.h3)]
        block += [_comment_line(ctx, rv, rv.comment.strip(), None) for rv in general]
        out += [KeepTogether(block[:2]), *block[2:]]
    out.append(Spacer(1, 2 * mm))
    out.append(Tick())
    return out
