"""The method appendix, the audit appendix and the signature block."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from imin_desktop.domain.text import localized
from imin_desktop.exports import report_texts as texts
from imin_desktop.exports.report_context import Context
from imin_desktop.exports.report_paged import PagedGrid, house_style
from imin_desktop.exports.report_ranking import tie_break_rule
from imin_desktop.exports.report_style import (
    COND,
    COND_BOLD,
    FRAME_WIDTH,
    INK,
    MONO,
    Grid,
    Para,
    esc,
    grid_style,
    kv_grid,
    lines,
)


def _tie_break_words(ctx: Context) -> list[str]:
    return [tie_break_rule(ctx, key) for key in ctx.data.rubric.tie_break_keys()]


def rules(ctx: Context) -> list[str]:
    """The aggregation, threshold and tie-break rules in plain words."""
    w, rubric, r = ctx.w, ctx.data.rubric, ctx.data.results
    low, high = ctx.dec(ctx.total_low), ctx.dec(ctx.total_high)
    total = w("rule_total_mean" if rubric.total == "weighted_mean" else "rule_total_sum",
              low=low, high=high)  # fmt: skip
    overall = ""
    if rubric.overall_threshold is not None:
        key = ("rule_overall_unweighted" if rubric.threshold_basis == "unweighted_sum"
               else "rule_overall_total")  # fmt: skip
        overall = w(key, value=ctx.dec(rubric.overall_threshold))
    method = f"{ctx.method().capitalize()}: {texts.method_why(r.method, ctx.lang)}"
    keys = _tie_break_words(ctx)
    out = [
        w("rule_counted"),
        total,
        w("rule_criteria_first"),
        method,
        w("rule_threshold", overall=overall),
    ]
    if rubric.gates:
        out.append(w("rule_gates"))
    out.append(w("rule_rank"))
    out.append(w("rule_tie_break", keys="; ".join(keys)) if keys else w("rule_no_tie_break"))
    out.append(w("rule_stability", draws=r.draws, seed=r.seed))
    out.append(w("rule_sensitivity", k=r.top_k))
    return out


def method_appendix(ctx: Context) -> list[Flowable]:
    st, w, rubric = ctx.st, ctx.w, ctx.data.rubric
    out: list[Flowable] = [
        ctx.heading(w("sec_method"), st.h1, level=0, key="method"),
        Para(f"<b>{esc(w('rubric'))}:</b> {esc(rubric.display_title(ctx.lang))}", st.body),
        Para(esc(w("method_intro")), st.note),
    ]
    summary: list[list[object]] = [[w("col_criterion"), w("col_weight"), w("col_scale"),
                                     w("col_threshold")]]  # fmt: skip
    for i, c in enumerate(ctx.criteria):
        summary.append([
            lines(f"{ctx.code(i)}. {ctx.criterion_label(c)}", COND_BOLD, 8, 80 * mm - 6, at_most=4),
            ctx.dec(c.weight),
            w("scale_text", min=ctx.dec(c.scale.min), max=ctx.dec(c.scale.max), step=ctx.dec(c.scale.step)),
            ctx.dec(c.threshold) if c.threshold is not None else "—",
        ])  # fmt: skip
    table = Grid(
        summary, colWidths=[80 * mm, 20 * mm, 45 * mm, FRAME_WIDTH - 145 * mm], repeatRows=1
    )
    table.setStyle(grid_style(rows=len(summary)))
    table.setStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                    ("FONT", (0, 1), (0, -1), COND_BOLD, 8)])  # fmt: skip
    out += [table, Spacer(1, 3 * mm)]
    for i, c in enumerate(ctx.criteria):
        block: list[Flowable] = [Para(f"{ctx.code(i)}. {esc(ctx.criterion_label(c))}", st.h3)]
        description = localized(c.description, ctx.lang) if c.description else ""
        if description:
            block.append(Para(esc(description), st.body))
        if c.levels:
            levels = [[w("col_score"), w("col_level")]]
            levels += [[ctx.dec(level.value), lines(localized(level.label, ctx.lang), COND, 8,
                                                    FRAME_WIDTH - 18 * mm - 6, at_most=8)]
                       for level in sorted(c.levels, key=lambda lv: lv.value)]  # fmt: skip
            lt = Grid(levels, colWidths=[18 * mm, FRAME_WIDTH - 18 * mm], hAlign="LEFT")
            lt.setStyle(grid_style(rows=len(levels)))
            lt.setStyle([("ALIGN", (0, 0), (0, -1), "RIGHT")])
            block.append(lt)
        out.append(KeepTogether(block))
    if rubric.gates:
        out.append(Para(esc(w("gates_heading")), st.h2))
        for gate in rubric.gates:
            out.append(Para(esc(localized(gate.label, ctx.lang)), st.bullet, bulletText="•"))
    out.append(Para(esc(w("rules_heading")), st.h2))
    for n, rule in enumerate(rules(ctx), start=1):
        out.append(Para(esc(rule), st.bullet, bulletText=f"{n}."))
    return out


def _sha(value: str) -> str:
    half = len(value) // 2
    return f'<font face="{MONO}">{esc(value[:half])}<br/>{esc(value[half:])}</font>'


def audit_appendix(ctx: Context) -> list[Flowable]:
    st, w, data = ctx.st, ctx.w, ctx.data
    out: list[Flowable] = [
        ctx.heading(w("sec_audit"), st.h1, level=0, key="audit"),
        Para(esc(w("files_heading")), st.h2),
        Para(esc(w("audit_intro")), st.note),
    ]
    if data.score_files:
        rows: list[list[object]] = [[w("col_juror"), w("col_file"), w("col_seq"),
                                     w("col_received"), w("col_used"), w("col_sha")]]  # fmt: skip
        files = sorted(
            data.score_files, key=lambda f: (f.juror_name.casefold(), f.sequence, f.kind)
        )
        for f in files:
            rows.append([
                lines(f.juror_name, COND, 8, 34 * mm - 6, at_most=3),
                lines(f.file_name, COND, 8, 30 * mm - 6, at_most=3),
                str(f.sequence), f.imported_at.replace("T", " ").rstrip("Z"),
                w("used_yes") if f.is_current else w("used_no"), Para(_sha(f.sha256), st.mono),
            ])  # fmt: skip
        widths = [34 * mm, 30 * mm, 10 * mm, 28 * mm, 18 * mm]
        widths.append(FRAME_WIDTH - sum(widths))
        out.append(PagedGrid(rows[0], rows[1:], widths, lambda first, count: [
            *house_style(first, count), ("ALIGN", (2, 0), (2, -1), "RIGHT")]))  # fmt: skip
    else:
        out.append(Para(esc(w("no_files")), st.body))
    names = {m.id: m.name for m in data.jurors}
    out.append(Para(esc(w("conflicts_heading")), st.h2))
    if data.conflicts:
        rows = [[w("col_juror"), w("submission"), w("col_declared")]]
        for c in sorted(data.conflicts, key=lambda c: (names.get(c.juror_id, c.juror_id).casefold(),
                                                       c.submission_id)):  # fmt: skip
            source = w("src_juror") if c.source == "juror" else w("src_coordinator")
            rows.append([lines(names.get(c.juror_id, c.juror_id), COND, 8, 70 * mm - 6, at_most=3),
                         lines(c.submission_id, COND, 8, 40 * mm - 6), source])  # fmt: skip
        out.append(PagedGrid(rows[0], rows[1:], [70 * mm, 40 * mm, 40 * mm], hAlign="LEFT"))
    else:
        out.append(Para(esc(w("no_conflicts")), st.body))
    out.append(Para(esc(w("changes_heading")), st.h2))
    if data.changes:
        rows = [[w("col_when"), w("col_who"), w("col_what"), w("col_detail")]]
        for ch in data.changes:
            rows.append([
                ch.at.replace("T", " ").rstrip("Z"), lines(ch.actor, COND, 8, 30 * mm - 6, at_most=3),
                lines(texts.change_text(ch.action, ch.entity, ch.key, ctx.lang), COND, 8,
                      50 * mm - 6, at_most=4),
                lines(ch.detail or "—", COND, 8, FRAME_WIDTH - 110 * mm - 6, at_most=6),
            ])  # fmt: skip
        widths = [30 * mm, 30 * mm, 50 * mm]
        widths.append(FRAME_WIDTH - sum(widths))
        out.append(PagedGrid(rows[0], rows[1:], widths))
    else:
        out.append(Para(esc(w("no_changes")), st.body))
    out.append(Para(esc(w("about_heading")), st.h2))
    out.append(about_table(ctx))
    return out


def about_table(ctx: Context) -> Grid:
    st, w, data, r = ctx.st, ctx.w, ctx.data, ctx.data.results

    def mono(text: str) -> Para:
        return Para(f'<font face="{MONO}" size="7.5">{esc(text)}</font>', st.value)

    return kv_grid([
        (w("generated"), data.generated_at.replace("T", " ").replace("Z", " UTC")),
        (w("software"), f"imIN Desktop {data.software_version}"),
        (w("method"), f"{ctx.method()} ({r.method})"),
        (w("bootstrap"), w("seed_draws", draws=r.draws, seed=r.seed)),
        (w("rubric"), mono(data.rubric.hash)),
        (w("fingerprint"), mono(ctx.fingerprint)),
    ], 48 * mm)  # fmt: skip


def _signature_rows(ctx: Context, people: list[tuple[str, str]]) -> Grid:
    """One block per signatory: role and printed name above a signature and a date line."""
    st, w = ctx.st, ctx.w
    rows: list[list[object]] = []
    for role, name in people:
        rows.append([Para(f"<b>{esc(role)}</b>", st.small), "", ""])
        rows.append([Para(esc(name) if name else "", st.value), "", ""])
        rows.append([Para(esc(w("name")), st.small), Para(esc(w("signature")), st.small),
                     Para(esc(w("date")), st.small)])  # fmt: skip
    table = Grid(rows, colWidths=[70 * mm, 65 * mm, FRAME_WIDTH - 135 * mm],
                  rowHeights=[12, 22, 16] * len(people))  # fmt: skip
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12),
    ]
    for i in range(len(people)):
        style.append(("LINEBELOW", (0, 3 * i + 1), (-1, 3 * i + 1), 0.6, INK))
    table.setStyle(style)
    return table


def signatures(ctx: Context) -> list[Flowable]:
    st, w = ctx.st, ctx.w
    place_date = Grid(
        [[Para(esc(w("place")), st.small), "", Para(esc(w("date")), st.small), ""]],
        colWidths=[14 * mm, 70 * mm, 12 * mm, 50 * mm], rowHeights=[22], hAlign="LEFT",
    )  # fmt: skip
    place_date.setStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                         ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
                         ("LINEBELOW", (3, 0), (3, 0), 0.6, INK)])  # fmt: skip
    if ctx.only is not None:
        people = [(w("chair"), "")]
        intro = w("only_signature_intro")
    else:
        members = sorted((m.name for m in ctx.data.jurors), key=str.casefold)
        people = [(w("chair"), ""), *((w("member"), name) for name in members)]
        intro = w("signature_intro")
    head = [
        ctx.heading(w("sec_signatures"), st.h1, level=0, key="signatures"),
        Para(esc(intro), st.body),
        Spacer(1, 4 * mm),
        place_date,
        Spacer(1, 6 * mm),
    ]
    # Never a lone signature on the last page: the last two signatories stay together (and
    # with the heading when there are only two).
    if len(people) <= 2:
        return [KeepTogether([*head, _signature_rows(ctx, people)])]
    blocks: list[Flowable] = [KeepTogether([*head, _signature_rows(ctx, people[:1])])]
    for person in people[1:-2]:
        blocks.append(KeepTogether([Spacer(1, 4 * mm), _signature_rows(ctx, [person])]))
    blocks.append(KeepTogether([Spacer(1, 4 * mm), _signature_rows(ctx, people[-2:])]))
    return blocks
