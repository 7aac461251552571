"""The PDF decision report (reportlab platypus, A4), written atomically.

    write_report(data, "report.pdf", final=False)          # the panel's full report
    write_report(data, "SUB-014.pdf", only="SUB-014")      # one applicant's evaluation summary

Sections (full report): cover, contents, summary, ranking with chart, decisions, one
evaluation summary per submission (each on a new page), method appendix, audit appendix,
signatures. Every page carries the event title, "Page X of Y", and — unless ``final`` — a
DRAFT watermark. Headings become PDF bookmarks; the document carries title, author, subject
and language. Everything typed by a person is escaped before it becomes reportlab markup.

Layout takes two passes (multiBuild): the first finds the page of every heading, the second
prints the table of contents and "of Y". The contents are seeded with their final entries so
the first pass already has the right length and two passes suffice.
"""

from __future__ import annotations

import os
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.files import atomic_path
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.domain.report_data import ReportData
from imin_desktop.exports.report_appendix import audit_appendix, method_appendix, signatures
from imin_desktop.exports.report_contents import Contents
from imin_desktop.exports.report_context import Context, Heading, Tick
from imin_desktop.exports.report_front import cover, summary
from imin_desktop.exports.report_funding import funding_section
from imin_desktop.exports.report_ranking import decisions, ranking
from imin_desktop.exports.report_style import (
    ACCENT,
    BODY,
    BOLD,
    COND,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    WATERMARK,
    Para,
    clip,
    esc,
    plain,
    short,
)
from imin_desktop.exports.report_submission import submission_summary

LANG_TAGS = {"en": "en-GB", "pt": "pt-PT"}


class PageCount(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Knows the page count of the previous pass; satisfied when it no longer changes."""

    def __init__(self) -> None:
        super().__init__()
        self.previous: int | None = None
        self.current: int | None = None

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self.previous = self.current

    def afterBuild(self) -> None:
        return None

    def notify(self, kind: str, stuff: object) -> None:
        return None

    def isSatisfied(self) -> bool:
        return self.previous is not None and self.previous == self.current

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


class ReportDoc(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    def __init__(self, filename: str, ctx: Context, progress: Progress, **kw: Any) -> None:
        self.ctx = ctx
        self.progress = progress
        self.pages = PageCount()
        self.ticks = 0
        self.expected_ticks = 2 * max(len(ctx.ranked), 1)
        super().__init__(filename, **kw)
        body = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH,
                     PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
        self.addPageTemplates([
            PageTemplate("cover", [body], onPage=self._cover_page),
            PageTemplate("body", [body], onPage=self._body_page),
        ])  # fmt: skip

    # --- page furniture -------------------------------------------------------------------
    def _watermark(self, canvas: Canvas) -> None:
        if self.ctx.final:
            return
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        text = self.ctx.w("draft")
        size = min(110.0, 0.7 * PAGE_HEIGHT / max(canvas.stringWidth(text, BOLD, 1), 1))
        canvas.setFont(BOLD, size)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(52)
        canvas.drawCentredString(0, -size * 0.35, text)
        canvas.restoreState()

    def _footer(self, canvas: Canvas) -> None:
        ctx = self.ctx
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        y = MARGIN_BOTTOM - 9 * mm
        canvas.line(MARGIN_LEFT, y + 9, PAGE_WIDTH - MARGIN_RIGHT, y + 9)
        canvas.setFont(COND, 7.5)
        canvas.setFillColor(MUTED)
        status = ctx.w("status_final") if ctx.final else ctx.w("draft")
        left = f"{status.split(' —')[0]} · {ctx.fingerprint[:23]}…"
        canvas.drawString(MARGIN_LEFT, y, left)
        total = self.pages.previous
        page = ctx.w("page_of", page=self.page, pages=total if total is not None else "…")
        canvas.setFont(BODY, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y, page)
        canvas.restoreState()

    def _cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if getattr(canvas, "dry", False):
            return
        self._watermark(canvas)
        self._footer(canvas)

    def _body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if getattr(canvas, "dry", False):
            return
        self._watermark(canvas)
        ctx = self.ctx
        canvas.saveState()
        y = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(ACCENT)
        title = clip(plain(ctx.data.event_title), BOLD, 8, FRAME_WIDTH * 0.55)
        canvas.drawString(MARGIN_LEFT, y, title)
        canvas.setFont(COND, 7.5)
        canvas.setFillColor(MUTED)
        right = ctx.report_title() + (f" · {ctx.only}" if ctx.only else "")
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y,
                               clip(right, COND, 7.5, FRAME_WIDTH * 0.43))  # fmt: skip
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_LEFT, y - 4, PAGE_WIDTH - MARGIN_RIGHT, y - 4)
        canvas.restoreState()
        self._footer(canvas)

    # --- outline, contents, progress --------------------------------------------------------
    def beforeDocument(self) -> None:
        self.canv.showOutline()
        # The first pass only finds page numbers; nothing it draws is kept (see Para).
        self.canv.dry = self.pages.previous is None

    def afterPage(self) -> None:
        self.pages.current = self.page

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and flowable.key:
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.outline, flowable.key, flowable.level, closed=True)
            if flowable.toc is not None:
                self.notify("TOCEntry", (flowable.level, flowable.toc, self.page, flowable.key))
        elif isinstance(flowable, Tick):
            self.ticks += 1
            total = max(self.expected_ticks, self.ticks)
            self.progress.step(self.ticks, total, self.ctx.w("sec_summaries"))


def _contents(ctx: Context) -> Contents:
    """The contents, seeded with their final entries (page numbers come from the first pass)."""
    st, w = ctx.st, ctx.w
    contents = Contents([st.toc0, st.toc1], PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM)
    seeded: list[tuple[int, str, int, str]] = [
        (0, esc(w("sec_summary")), 0, "summary"),
        (0, esc(w("sec_ranking")), 0, "ranking"),
        (0, esc(w("sec_decisions")), 0, "decisions"),
        (0, esc(w("sec_summaries")), 0, "summaries"),
    ]
    for r in ctx.ranked:
        text = esc(short(f"{r.id} — {ctx.title(r.id, r.title)}"))
        seeded.append((1, text, 0, f"sub-{r.id}"))
    seeded += [
        (0, esc(w("sec_method")), 0, "method"),
        (0, esc(w("sec_audit")), 0, "audit"),
        (0, esc(w("sec_signatures")), 0, "signatures"),
    ]
    contents.addEntries(seeded)
    return contents


def _story(ctx: Context, progress: Progress) -> tuple[list[Flowable], Contents | None]:
    st, w = ctx.st, ctx.w
    story: list[Flowable] = [NextPageTemplate("body")]
    toc = None
    if ctx.only is not None:
        story += cover(ctx)
        story += submission_summary(ctx, ctx.ranked[0], toc=False)
        story += [PageBreak(), *method_appendix(ctx), PageBreak(), *signatures(ctx)]
        return story, None
    story += cover(ctx)
    toc = _contents(ctx)
    story += [PageBreak(), Para(esc(w("contents")), st.h1), toc, PageBreak()]
    story += summary(ctx)
    story += [PageBreak(), *ranking(ctx), PageBreak(), *decisions(ctx)]
    story += funding_section(ctx)  # the budget line, when a budget is applied
    story += [PageBreak(), ctx.heading(w("sec_summaries"), st.h1, level=0, key="summaries")]
    for n, r in enumerate(ctx.ranked):
        if n:
            story.append(PageBreak())
        story += submission_summary(ctx, r)
        progress.step(n + 1, len(ctx.ranked), w("sec_summaries"))
    story += [PageBreak(), *method_appendix(ctx), PageBreak(), *audit_appendix(ctx)]
    story += [PageBreak(), *signatures(ctx)]
    return story, toc


def write_report(
    data: ReportData, path: str | os.PathLike[str], *, final: bool = False,
    only: str | None = None, progress: Progress = SILENT,
) -> None:  # fmt: skip
    """Write the decision report (or, with ``only``, one submission's summary) to ``path``."""
    if only is not None and not any(r.id == only for r in data.results.submissions):
        raise RefusedError(f"no submission {only!r} in this event")
    ctx = Context(data, final=final, only=only)
    story, _toc = _story(ctx, progress)
    title = f"{ctx.report_title()} — {plain(data.event_title)}"
    subject = ctx.w("only_title") + f" {only}" if only else ctx.w("report_title")
    with atomic_path(path) as tmp:
        doc = ReportDoc(
            str(tmp), ctx, progress, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), title=title,
            author=f"{plain(data.event_title)} — {ctx.w('panel')}", subject=subject,
            creator=f"imIN Desktop {data.software_version}", keywords=ctx.fingerprint,
            lang=LANG_TAGS.get(ctx.lang, ctx.lang), leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            displayDocTitle=True, initialFontName=BODY,
        )  # fmt: skip
        a85, rl_config.useA85 = rl_config.useA85, 0  # binary streams: smaller, faster to write
        try:
            doc.multiBuild([doc.pages, *story], maxPasses=6)
        finally:
            rl_config.useA85 = a85
