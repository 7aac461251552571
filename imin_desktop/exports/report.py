"""The PDF decision report (reportlab platypus, A4), written atomically.

    write_report(data, "report.pdf", final=False)          # the panel's full report
    write_report(data, "SUB-014.pdf", only="SUB-014")      # one applicant's evaluation summary

Sections (full report): cover, contents, summary, ranking with chart, decisions, one
evaluation summary per submission (each on a new page), method appendix, audit appendix,
signatures. Every page carries the event title, "Page X of Y", and — unless ``final`` — a
DRAFT watermark. Headings become PDF bookmarks; the document carries title, author, subject
and language. Everything typed by a person is escaped before it becomes reportlab markup.

Layout takes one pass. What only the end of the document knows — the number of pages ("of Y")
and the page of every section and summary in the contents — is drawn as small PDF forms that
the pages refer to from the start and that are defined once the last page is done. The contents
have their final entries from the start and a height that does not depend on page numbers, so
nothing moves when the numbers arrive. Evaluation summaries are made only when the layout
reaches them (:class:`Summary`), so memory does not grow with the number of submissions.
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
    Spacer,
)

from imin_desktop.domain.consolidation import SubmissionResult
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.files import atomic_path
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.domain.report_data import ReportData
from imin_desktop.exports.report_appendix import audit_appendix, method_appendix, signatures
from imin_desktop.exports.report_contents import Contents, TocTarget
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


class ReportDoc(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    def __init__(self, filename: str, ctx: Context, progress: Progress, **kw: Any) -> None:
        self.ctx = ctx
        self.progress = progress
        self.pages_done = 0
        self.heading_pages: dict[str, int] = {}
        self.toc_targets: dict[str, TocTarget] = {}
        self.ticks = 0
        self.expected_ticks = max(len(ctx.ranked), 1)
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
        # "Page X of Y" is drawn once the document ends and Y is known (a form per page)
        canvas.translate(PAGE_WIDTH - MARGIN_RIGHT, y)
        canvas.doForm(f"page-{self.page}")
        canvas.restoreState()

    def _cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._watermark(canvas)
        self._footer(canvas)

    def _body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
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

    def afterPage(self) -> None:
        self.pages_done = self.page
        # every page gives a cancel the chance to stop the layout
        self.progress.step(
            self.ticks, max(self.expected_ticks, self.ticks), self.ctx.w("sec_summaries")
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and flowable.key:
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.outline, flowable.key, flowable.level, closed=True)
            self.heading_pages[flowable.key] = self.page
        elif isinstance(flowable, Tick):
            self.ticks += 1
            total = max(self.expected_ticks, self.ticks)
            self.progress.step(self.ticks, total, self.ctx.w("sec_summaries"))

    # --- numbers known only at the end ----------------------------------------------------
    def _endBuild(self) -> None:
        """Finish the last page, then draw what needed the whole document: every page's
        "of Y" and the contents' page numbers (PDF forms the pages already refer to)."""
        save = getattr(self, "_doSave", 1)
        self._doSave = 0
        super()._endBuild()
        self._doSave = save
        self._late_forms()
        if save:
            self.canv.save()

    def _late_forms(self) -> None:
        canvas, w, total = self.canv, self.ctx.w, self.pages_done
        for page in range(1, total + 1):
            canvas.beginForm(f"page-{page}", lowerx=-FRAME_WIDTH / 2, lowery=-4, upperx=0,
                             uppery=12)  # fmt: skip
            canvas.setFont(BODY, 8)
            canvas.setFillColor(ACCENT)
            canvas.drawRightString(0, 0, w("page_of", page=page, pages=total))
            canvas.endForm()
        for key, target in self.toc_targets.items():
            number = str(self.heading_pages.get(key, "?"))
            width = canvas.stringWidth(number, target.font, target.size)
            canvas.beginForm(f"toc-{key}", lowerx=-max(target.gap, width) - 4, lowery=-4,
                             upperx=0, uppery=target.size + 4)  # fmt: skip
            canvas.setFont(target.font, target.size)
            canvas.setFillColor(target.colour)
            canvas.drawRightString(0, 0, number)
            dot = canvas.stringWidth(" . ", target.font, target.size)
            count = int((target.gap - width - 4) / dot)
            if count > 0:
                canvas.setFillColor(MUTED)
                canvas.drawRightString(-width - 4, 0, " . " * count)
            canvas.endForm()


def _contents(ctx: Context, targets: dict[str, TocTarget]) -> Contents:
    """The contents, seeded with their final entries (page numbers come from the first pass)."""
    st, w = ctx.st, ctx.w
    contents = Contents([st.toc0, st.toc1], PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, targets)
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


class Summary(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """One submission's evaluation summary, made when the layout reaches it.

    Two thousand summaries as flowables (paragraphs, tables and their cell styles) would all
    be alive at once; this stand-in is too tall for any frame, so platypus asks it to split,
    and the split is the summary itself, laid out and dropped page by page (and again on the
    second pass). Memory stays that of one summary, whatever the number of submissions.
    """

    def __init__(self, ctx: Context, result: SubmissionResult, *, page_break: bool) -> None:
        super().__init__()
        self.ctx, self.result, self.page_break = ctx, result, page_break

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, 1e9

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        content = submission_summary(self.ctx, self.result)
        # platypus places the first piece of a split unsplit: a page break, or nothing at all
        return [PageBreak() if self.page_break else Spacer(0, 0), *content]

    def draw(self) -> None:  # never drawn: always split
        return None


def _story(ctx: Context, targets: dict[str, TocTarget]) -> list[Flowable]:
    st, w = ctx.st, ctx.w
    story: list[Flowable] = [NextPageTemplate("body")]
    toc = None
    if ctx.only is not None:
        story += cover(ctx)
        story += submission_summary(ctx, ctx.ranked[0], toc=False)
        story += [PageBreak(), *method_appendix(ctx), PageBreak(), *signatures(ctx)]
        return story
    story += cover(ctx)
    toc = _contents(ctx, targets)
    story += [PageBreak(), Para(esc(w("contents")), st.h1), toc, PageBreak()]
    story += summary(ctx)
    story += [PageBreak(), *ranking(ctx), PageBreak(), *decisions(ctx)]
    story += funding_section(ctx)  # the budget line, when a budget is applied
    story += [PageBreak(), ctx.heading(w("sec_summaries"), st.h1, level=0, key="summaries")]
    story += [Summary(ctx, r, page_break=n > 0) for n, r in enumerate(ctx.ranked)]
    story += [PageBreak(), *method_appendix(ctx), PageBreak(), *audit_appendix(ctx)]
    story += [PageBreak(), *signatures(ctx)]
    return story


def write_report(
    data: ReportData, path: str | os.PathLike[str], *, final: bool = False,
    only: str | None = None, progress: Progress = SILENT,
) -> None:  # fmt: skip
    """Write the decision report (or, with ``only``, one submission's summary) to ``path``."""
    if only is not None and not any(r.id == only for r in data.results.submissions):
        raise RefusedError(f"no submission {only!r} in this event")
    ctx = Context(data, final=final, only=only)
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
            doc.build(_story(ctx, doc.toc_targets))  # one layout pass (see the module notes)
        finally:
            rl_config.useA85 = a85
