"""The decision report's budget line: the ranked list of passing submissions walked down to the
budget, with the line drawn where the main list ends, and a funding summary.

Written only when the event has a budget applied (``imin funding --apply``) and the report is
the whole decision report (not one applicant's summary).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from imin_desktop.exports.funding_texts import funding_word, money
from imin_desktop.exports.report_context import Context
from imin_desktop.exports.report_style import (
    COND,
    COND_BOLD,
    FAIL,
    FRAME_WIDTH,
    Grid,
    Para,
    esc,
    grid_style,
    lines,
)

WALKED = ("main", "panel", "reserve", "insufficient_budget")
CHUNK = 2500


def budget_line_after(ctx: Context) -> str | None:
    """The submission the ranking draws the budget line under: the main list's last one."""
    proposal = ctx.data.funding
    if proposal is None or ctx.only:
        return None
    main = proposal.of("main")
    return main[-1].id if main else None


def funding_section(ctx: Context) -> list[Flowable]:
    proposal = ctx.data.funding
    if proposal is None or ctx.only:
        return []
    lang, st = ctx.lang, ctx.st

    def word(key: str, **values: object) -> str:
        return funding_word(lang, key, **values)

    budget, funded = money(proposal.budget, lang), money(proposal.funded, lang)
    rule = word(f"rule.{proposal.rule}")
    out: list[Flowable] = [
        PageBreak(),
        ctx.heading(word("heading"), st.h1, level=0, key="funding"),
        Para(esc(word("summary.intro", budget=budget, rule=rule, field=ctx.data.funding_field)),
             st.body),
        Para(esc(word(
            "summary.counts", main=len(proposal.of("main")), funded=funded,
            remaining=money(proposal.remaining, lang), reserve=len(proposal.of("reserve")),
            insufficient=len(proposal.of("insufficient_budget")),
            below=len(proposal.of("below_threshold")), ineligible=len(proposal.of("ineligible")),
        )), st.body),
    ]  # fmt: skip
    out.append(Para(esc(word("summary.ranking")), st.note))
    panel = proposal.of("panel")
    if panel:
        out.append(
            Para(
                f"<b>{esc(word('summary.panel', n=len(panel), ids=', '.join(e.id for e in panel)))}</b>",
                st.body,
            )
        )
    out.append(Spacer(1, 4))
    walked = [e for e in proposal.entries if e.status in WALKED]
    widths = [36.0, 44.0, 0.0, 56.0, 56.0, 92.0]
    widths[2] = FRAME_WIDTH - sum(widths)
    header: list[object] = [word("rank"), word("id"), word("title"), word("request"),
                            word("cumulative"), word("status")]  # fmt: skip
    rows: list[list[object]] = []
    line_at = sum(1 for e in walked if e.status == "main")  # rows above the budget line
    for n, e in enumerate(walked):
        if n == line_at:
            rows.append([word("line", funded=funded, budget=budget), "", "", "", "", ""])
        rows.append([
            str(e.rank), e.id, lines(ctx.title(e.id), COND, 8, widths[2] - 6),
            money(e.request, lang), money(e.cumulative, lang),
            lines(word(f"status.{e.status}"), COND, 8, widths[5] - 6),
        ])  # fmt: skip
    if line_at == len(walked):
        rows.append([word("line", funded=funded, budget=budget), "", "", "", "", ""])
    line_row = line_at + 1
    for start in range(0, len(rows), CHUNK):
        chunk = [header, *rows[start : start + CHUNK]]
        table = Grid(chunk, colWidths=widths, repeatRows=1)
        style = grid_style(rows=len(chunk))
        style.add("ALIGN", (3, 0), (4, -1), "RIGHT")
        style.add("ALIGN", (0, 0), (0, -1), "RIGHT")
        at = line_row - start
        if 1 <= at < len(chunk):
            style.add("SPAN", (0, at), (-1, at))
            style.add("ALIGN", (0, at), (-1, at), "CENTER")
            style.add("FONT", (0, at), (-1, at), COND_BOLD, 8.5)
            style.add("TEXTCOLOR", (0, at), (-1, at), FAIL)
            style.add("LINEABOVE", (0, at), (-1, at), 1.5, FAIL)
            style.add("LINEBELOW", (0, at), (-1, at), 1.5, FAIL)
        for i in range(1, min(line_row - start, len(chunk))):
            style.add("FONT", (0, i), (-1, i), COND_BOLD, 8)
        table.setStyle(style)
        out.append(table)
    return out
