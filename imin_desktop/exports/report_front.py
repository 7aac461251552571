"""The cover and the summary of the decision report."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from imin_desktop.domain.consolidation import ReliabilityFigures
from imin_desktop.exports import report_texts as texts
from imin_desktop.exports.report_context import Context
from imin_desktop.exports.report_style import (
    ACCENT,
    BOLD,
    COND,
    FAIL,
    FRAME_WIDTH,
    INK,
    MONO,
    Grid,
    Para,
    Styled,
    esc,
    grid_style,
    key_value_style,
    kv_grid,
    lines,
)

LIST_AT_MOST = 12
COVER_NAMES_AT_MOST = 24


def cover(ctx: Context) -> list[Flowable]:
    """The cover page (full report) or the cover block (one submission)."""
    st, w, data = ctx.st, ctx.w, ctx.data
    status = w("status_final") if ctx.final else w("status_draft")
    fingerprint = Para(
        f'<font face="{MONO}" size="8">{esc(ctx.fingerprint)}</font><br/>'
        f'<font size="7.5" color="#5a5a5a">{esc(w("fingerprint_note"))}</font>', st.value
    )  # fmt: skip
    rows: list[tuple[str, str | Styled | Flowable]] = [
        (w("event"), data.event_title),
        (w("rubric"), data.rubric.display_title(ctx.lang)),
        (w("date"), ctx.date()),
        (w("status"), (status, BOLD, INK if ctx.final else FAIL)),
        (w("method"), ctx.method()[:1].upper() + ctx.method()[1:]),
    ]
    if ctx.only is None:
        names = sorted((m.name for m in data.jurors), key=str.casefold)
        if len(names) <= COVER_NAMES_AT_MOST:
            panel = w("panel_members", n=len(names)) + ": " + ", ".join(names)
        else:  # the signature pages list every member; the cover stays one page
            panel = w("panel_members_listed", n=len(names))
        rows.append((w("panel"), panel))
        rows.append((w("n_submissions"), str(ctx.count)))
    rows += [
        (w("fingerprint"), fingerprint),
        (w("software"), f"imIN Desktop {data.software_version}"),
    ]
    kicker = Para(esc(data.rubric.display_title(ctx.lang)).upper(), st.cover_kicker)
    if ctx.only is not None:
        return [
            kicker,
            ctx.heading(ctx.report_title(), st.cover_title, level=0, key="cover", toc=False),
            Spacer(1, 2 * mm),
            kv_grid(rows, 46 * mm),
            Spacer(1, 6 * mm),
        ]
    rule = Grid([[""]], colWidths=[FRAME_WIDTH], rowHeights=[2])
    rule.setStyle([("LINEABOVE", (0, 0), (-1, 0), 2, ACCENT)])
    return [
        Spacer(1, 30 * mm),
        kicker,
        Spacer(1, 3 * mm),
        rule,
        Spacer(1, 4 * mm),
        ctx.heading(ctx.report_title(), st.cover_title, level=0, key="cover", toc=False),
        Para(esc(data.event_title), st.cover_event),
        Spacer(1, 18 * mm),
        kv_grid(rows, 46 * mm),
        Spacer(1, 14 * mm),
        Para(f"<b>{esc(w('confidential'))}</b> {esc(w('confidential_note'))}", st.note),
    ]


# --- reliability in words -------------------------------------------------------------------


def koo_li(value: float) -> str:
    """Koo & Li (2016) bands for ICC (used here for α too)."""
    if value < 0.5:
        return "poor"
    if value < 0.75:
        return "moderate"
    if value < 0.9:
        return "good"
    return "excellent"


def landis_koch(value: float) -> str:
    """Landis & Koch (1977) bands, used for Kendall's W."""
    if value < 0:
        return "poor"
    for limit, band in ((0.2, "slight"), (0.4, "fair"), (0.6, "moderate"), (0.8, "substantial")):
        if value <= limit:
            return band
    return "almost_perfect"


def _note_for(ctx: Context, prefix: str) -> str:
    """The engine's reason for a missing figure (English), or a general one in the report's
    language when the engine gave none."""
    for note in ctx.data.results.notes:
        if note.path.startswith(prefix):
            return note.message
    return ctx.w("too_few_reviews")


def _why_missing(ctx: Context, figures: ReliabilityFigures, prefix: str) -> str:
    """Why a figure over the complete rows is missing, in the document's language."""
    if figures.complete_rows < 2:
        return ctx.w("too_few_complete", rows=figures.complete_rows, raters=figures.raters)
    return _note_for(ctx, prefix)


def _alpha_words(ctx: Context, figures: ReliabilityFigures) -> str:
    alpha = figures.alpha_interval
    if alpha is None:
        return "—"
    return f"{texts.band_text(koo_li(alpha), ctx.lang)}, α = {ctx.num(alpha)}"


def _reliability(ctx: Context) -> list[Flowable]:
    st, lang = ctx.st, ctx.lang
    rel = ctx.data.results.reliability
    t = rel.total
    pt = lang == "pt"
    out: list[Flowable] = []
    if t.alpha_interval is not None:
        template = (
            "Totais das avaliações: <b>{}</b> (alfa de Krippendorff, métrica intervalar, {} "
            "jurados; bandas de Koo &amp; Li)." if pt else
            "Review totals: <b>{}</b> (Krippendorff's alpha, interval metric, {} jurors; Koo "
            "&amp; Li bands)."
        )  # fmt: skip
        out.append(Para(template.format(esc(_alpha_words(ctx, t)), t.raters), st.body))
    else:
        why = _note_for(ctx, "reliability.total.alpha")
        out.append(Para.plain(ctx.w("alpha_missing", why=why), st.body))
    icc = t.icc
    if icc.icc2 is not None:
        band = texts.band_text(koo_li(icc.icc2), lang)
        line = (f"ICC(2,1) = {ctx.num(icc.icc2)} ({band}); ICC(2,k) = {ctx.num(icc.icc2k)}, "
                f"{icc.rows} × {icc.k}")  # fmt: skip
    elif icc.icc1 is not None:
        band = texts.band_text(koo_li(icc.icc1), lang)
        line = (
            f"ICC(1,1) = {ctx.num(icc.icc1)} ({band}); ICC(1,k) = {ctx.num(icc.icc1k)}, k = {icc.k}"
        )
    else:
        line = ctx.w("icc_missing", why=_why_missing(ctx, t, "reliability.total.icc"))
    out.append(Para(esc(line), st.body))
    if t.kendall_w is not None:
        band = texts.band_text(landis_koch(t.kendall_w), lang)
        kw = f"Kendall W = {ctx.num(t.kendall_w)} ({band}; Landis & Koch)"
    else:
        kw = ctx.w("w_missing", why=_why_missing(ctx, t, "reliability.total.kendall_w"))
    out.append(Para(esc(kw), st.body))
    rows: list[list[object]] = [[ctx.w("col_criterion"), "α", ""]]
    for c in ctx.criteria:
        figures = rel.criteria.get(c.key)
        alpha = figures.alpha_interval if figures else None
        words = texts.band_text(koo_li(alpha), lang) if alpha is not None else "—"
        rows.append([lines(ctx.criterion_label(c), COND, 8, 70 * mm - 6, at_most=3),
                     ctx.num(alpha), words])  # fmt: skip
    table = Grid(rows, colWidths=[70 * mm, 20 * mm, 50 * mm], hAlign="LEFT", repeatRows=1)
    table.setStyle(grid_style(rows=len(rows)))
    table.setStyle([("ALIGN", (1, 0), (1, -1), "RIGHT")])
    out += [Spacer(1, 2 * mm), table]
    return out


def _ids(ids: list[str], lang: str) -> str:
    shown = ", ".join(ids[:LIST_AT_MOST])
    rest = len(ids) - LIST_AT_MOST
    if rest > 0:
        shown += f" (+{rest} {'outras' if lang == 'pt' else 'more'})"
    return shown


def warnings(ctx: Context) -> list[str]:
    """Plain-text points for the panel's attention."""
    data, pt = ctx.data, ctx.lang == "pt"
    results = data.results.submissions
    out: list[str] = []
    drafts = sum(1 for c in data.cells if c.state == "draft")
    missing = sum(1 for c in data.cells if c.state == "missing")
    if drafts or missing:
        out.append(
            f"{drafts + missing} avaliações atribuídas não contam: {drafts} ficaram em rascunho e "
            f"{missing} não foram entregues." if pt else
            f"{drafts + missing} assigned reviews do not count: {drafts} remained drafts and "
            f"{missing} were never handed in."
        )  # fmt: skip
    few = [r.id for r in results if "few_reviews" in r.flags and r.reviews]
    if few:
        out.append(("Candidaturas com menos avaliações do que as atribuídas: " if pt else
                    "Submissions with fewer counted reviews than assigned: ") + _ids(few, ctx.lang))  # fmt: skip
    none = [r.id for r in results if not r.reviews]
    if none:
        out.append(("Candidaturas sem nenhuma avaliação contada (sem total): " if pt else
                    "Submissions without any counted review (no total): ") + _ids(none, ctx.lang))  # fmt: skip
    idle = [
        m.name
        for m in data.jurors
        if any(j.id == m.id and not j.reviews for j in data.results.jurors)
    ]
    if idle:
        out.append(("Membros do painel sem avaliações contadas: " if pt else
                    "Panel members with no counted review: ") + ", ".join(idle))  # fmt: skip
    if data.results.components > 1:
        out.append(
            f"O desenho é desconexo: os jurados formam {data.results.components} grupos que não "
            "partilham candidaturas; o método ajustado só compara dentro de cada grupo." if pt else
            f"The design is disconnected: the jurors form {data.results.components} groups that "
            "share no submission; the adjusted method compares within a group only."
        )  # fmt: skip
    sensitive = [r for r in results if "method_sensitive" in r.flags]
    if sensitive:
        detail = [
            f"{r.id} ({', '.join(f'{texts.method_short(m, ctx.lang)} {n}' for m, n in r.method_ranks.items())})"
            for r in sensitive
        ]
        out.append(
            (f"A lista curta (top {data.results.top_k}) depende do método para: " if pt else
             f"The shortlist (top {data.results.top_k}) depends on the method for: ")
            + _ids(detail, ctx.lang)
        )  # fmt: skip
    open_ties = [m.id for g in ctx.standings.open_ties for m in g.members]
    if open_ties:
        out.append(("Posições iguais ainda sem ordem do painel: " if pt else
                    "Equal ranks not yet settled by a panel order: ") + _ids(open_ties, ctx.lang))  # fmt: skip
    for flag, en, pt_text in (
        ("disagreement", "Jurors disagree widely on", "Os jurados discordam fortemente em"),
        ("ineligible", "Judged ineligible by most jurors", "Consideradas não elegíveis pela maioria"),
        ("gate_disputed", "Eligibility disputed by a juror", "Elegibilidade contestada por um jurado"),
    ):  # fmt: skip
        ids = [r.id for r in results if flag in r.flags]
        if ids:
            out.append(f"{pt_text if pt else en}: {_ids(ids, ctx.lang)}")
    alpha = data.results.reliability.total.alpha_interval
    if alpha is not None and alpha < 0.5:
        out.append(
            "A concordância entre jurados é fraca: as diferenças pequenas de total devem ser lidas "
            "com cautela." if pt else
            "Agreement between jurors is poor: small differences in total should be read with care."
        )  # fmt: skip
    return out


def summary(ctx: Context) -> list[Flowable]:
    st, w, data = ctx.st, ctx.w, ctx.data
    results = data.results.submissions
    reviews = sum(r.reviews for r in results)
    assigned = sum(r.assigned for r in results)
    coverage = ctx.percent(reviews / assigned) if assigned else "—"
    passing = len(ctx.standings.section("ranked"))
    out: list[Flowable] = [ctx.heading(w("sec_summary"), st.h1, level=0, key="summary")]
    out.append(Para(esc(w("counts")), st.h2))
    figures = [
        (w("n_submissions"), str(len(results))),
        (w("n_jurors"), str(len(data.jurors))),
        (w("n_reviews"), str(reviews)),
        (w("coverage"), f"{coverage} ({reviews} {w('of')} {assigned})"),
        (w("n_conflicts"), str(len(data.conflicts))),
        (w("n_passing"), str(passing)),
        (w("n_decided"), str(len(data.decisions))),
    ]
    half = (len(figures) + 1) // 2
    grid = []
    for i in range(half):
        row: list[object] = []
        for pair in (figures[i], figures[i + half] if i + half < len(figures) else ("", "")):
            row += [Para(esc(pair[0]), st.label), Para(f"<b>{esc(pair[1])}</b>", st.value)]
        grid.append(row)
    table = Grid(grid, colWidths=[52 * mm, 33 * mm, 52 * mm, 33 * mm])
    table.setStyle(key_value_style())
    table.setStyle([("BACKGROUND", (2, 0), (2, -1), "#e9edf2")])
    out.append(table)
    out.append(Para(esc(w("method_heading")), st.h2))
    method = data.results.method
    out.append(Para(f"<b>{esc(ctx.method().capitalize())}.</b> "
                         f"{esc(texts.method_why(method, ctx.lang))}", st.body))  # fmt: skip
    out.append(Para(esc(w("rule_criteria_first")), st.body))
    out.append(Para(esc(w("reliability_heading")), st.h2))
    out += _reliability(ctx)
    points = warnings(ctx)
    block: list[Flowable] = [Para(esc(w("warnings_heading")), st.h2)]
    if not points:
        block.append(Para(esc(w("no_warnings")), st.body))
    for point in points:
        block.append(Para(esc(point), st.bullet, bulletText="•"))
    out.append(KeepTogether(block[:2]))
    out += block[2:]
    return out
