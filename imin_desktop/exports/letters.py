"""Evaluation letters: one PDF per submission, in the decision report's fonts and styles, and
``letters.csv`` (submission, contact e-mail, file name, SHA-256) for a mail merge.

Letters are rendered in memory, staged and moved into place together (see
:func:`write_letters`), so a folder never holds half a letter, nor part of a cancelled run. Letters are reproducible (reportlab's invariant mode): the same
event gives the same bytes, and so the same SHA-256 in ``letters.csv``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer

from imin_desktop.domain.files import atomic_path, created_file_mode
from imin_desktop.domain.letters import Letter, LetterCriterion, shown
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.exports.letters_texts import letter_word
from imin_desktop.exports.report_style import (
    BODY,
    BOLD,
    FAIL,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PASS,
    Grid,
    Para,
    Styles,
    dec,
    grid_style,
)
from imin_desktop.exports.report_texts import long_date, outcome_text

CSV_NAME = "letters.csv"
CSV_COLUMNS = ("submission", "email", "file", "sha256")


class LetterStyles(Styles):
    """The report's styles, with table cells and labelled comments in the body font: a letter
    embeds two fonts (regular and bold), which keeps 2,000 letters fast."""

    def __init__(self) -> None:
        super().__init__()
        self.cell = ParagraphStyle("letter_cell", parent=self.body, fontSize=9, leading=12,
                                   spaceAfter=0)  # fmt: skip
        self.label_value = ParagraphStyle("letter_value", parent=self.cell, fontName=BOLD)
        self.labelled = ParagraphStyle(
            "letter_comment", parent=self.body, leftIndent=78, bulletIndent=0, bulletFontName=BOLD,
            bulletFontSize=9.5, spaceAfter=4,
        )  # fmt: skip


TABLE_FONTS = [("FONT", (0, 0), (-1, -1), BODY, 9), ("FONT", (0, 0), (-1, 0), BOLD, 8.5)]


@dataclass(frozen=True)
class LetterFile:
    submission_id: str
    email: str
    file_name: str
    sha256: str


def _status(c: LetterCriterion, lang: str, assessed: bool) -> tuple[str, object]:
    if not assessed or c.score is None:
        return letter_word(lang, "not_assessed"), MUTED
    if c.met is None:
        return letter_word(lang, "no_threshold"), MUTED
    return (letter_word(lang, "met"), PASS) if c.met else (letter_word(lang, "not_met"), FAIL)


def _scores(letter: Letter, st: LetterStyles) -> list[Flowable]:
    lang = letter.lang

    def w(key: str, **values: object) -> str:
        return letter_word(lang, key, **values)

    assessed = letter.total is not None
    rows: list[list[object]] = [
        [w("criterion"), w("weight"), w("score"), w("threshold"), w("status")]
    ]
    colours = []
    for c in letter.criteria:
        text, colour = _status(c, lang, assessed)
        colours.append(colour)
        threshold = (
            dec(c.threshold).replace(".", "," if lang == "pt" else ".")
            if c.threshold is not None
            else "—"
        )
        rows.append([Para.plain(c.label, st.cell), dec(c.weight).replace(".", "," if lang == "pt" else "."),
                     shown(c.score, 2, lang), threshold, text])  # fmt: skip
    widths = [FRAME_WIDTH - 255, 64, 58, 48, 85]
    table = Grid(rows, colWidths=widths, repeatRows=1)
    style = grid_style(rows=len(rows))
    for command in TABLE_FONTS:
        style.add(*command)
    style.add("ALIGN", (1, 0), (3, -1), "RIGHT")
    for i, colour in enumerate(colours, start=1):
        style.add("TEXTCOLOR", (4, i), (4, i), colour)
        style.add("FONT", (4, i), (4, i), BOLD, 9)
    table.setStyle(style)
    return [table]


def _comments(letter: Letter, st: LetterStyles) -> list[Flowable]:
    """Per criterion the agreed comment, or each reviewer's comment labelled ``Reviewer A`` …
    (plain text: never parsed as markup)."""
    lang = letter.lang
    out: list[Flowable] = [Para.plain(letter_word(lang, "comments"), st.h2)]
    for c in letter.criteria:
        block: list[Flowable] = [Para.plain(c.label, st.h3)]
        if c.consensus is not None:
            block.append(Para.plain(c.consensus or letter_word(lang, "no_comment"), st.body))
            block.insert(1, Para.plain(letter_word(lang, "consensus"), st.label))
        elif c.comments:
            block += [Para.plain(comment.text, st.labelled,
                                 bulletText=letter_word(lang, "reviewer", label=comment.label) + ":")
                      for comment in c.comments]  # fmt: skip
        else:
            block.append(Para.plain(letter_word(lang, "no_comment"), st.note))
        out.append(KeepTogether(block[:2]))
        out += block[2:]
    if letter.general:
        out.append(Para.plain(letter_word(lang, "general"), st.h3))
        out += [Para.plain(comment.text, st.labelled,
                           bulletText=letter_word(lang, "reviewer", label=comment.label) + ":")
                for comment in letter.general]  # fmt: skip
    return out


def _result(letter: Letter, st: LetterStyles) -> list[Flowable]:
    lang = letter.lang

    def w(key: str, **values: object) -> str:
        return letter_word(lang, key, **values)

    low, high = letter.total_range
    rows: list[list[object]] = [[w("total"), w("total_of", total=shown(letter.total, 2, lang),
                                                 low=shown(low, 0, lang), high=shown(high, 0, lang))]]  # fmt: skip
    if letter.overall_threshold is not None:
        rows.append([w("overall"), shown(letter.overall_threshold, 2, lang)])
    verdict = (w("unassessed") if letter.passes is None else w("passes") if letter.passes
               else w("fails"))  # fmt: skip
    rows.append([w("thresholds"), verdict])
    if not letter.eligible:
        rows.append(["", w("ineligible")])
    outcome = outcome_text(letter.outcome, lang) if letter.outcome else w("no_outcome")
    rows.append([w("outcome"), Para.plain(outcome, st.label_value)])
    if letter.rationale:
        rows.append([w("reasons"), Para.plain(letter.rationale, st.cell)])
    table = Grid(rows, colWidths=[110, FRAME_WIDTH - 110])
    table.setStyle([("FONT", (0, 0), (0, -1), BOLD, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONT", (1, 0), (1, -1), BODY, 9.5), ("LINEBELOW", (0, 0), (-1, -1), 0.25, MUTED)])  # fmt: skip
    return [Para.plain(w("result"), st.h2), table]


def letter_story(letter: Letter, event_title: str, date: str, st: LetterStyles) -> list[Flowable]:
    lang = letter.lang

    def w(key: str, **values: object) -> str:
        return letter_word(lang, key, **values)

    ident: list[list[object]] = [
        [w("submission"), letter.submission_id],
        [w("title_label"), Para.plain(letter.title, st.cell)],
    ]
    if letter.track:
        ident.append([w("track"), Para.plain(letter.track, st.cell)])
    if letter.applicant:
        ident.append([w("applicant"), Para.plain(letter.applicant, st.cell)])
    ident.append([w("date"), long_date(date, lang)])
    table = Grid(ident, colWidths=[90, FRAME_WIDTH - 90])
    table.setStyle([("FONT", (0, 0), (0, -1), BOLD, 8.5), ("FONT", (1, 0), (1, -1), BODY, 9.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")])  # fmt: skip
    return [
        Para.plain(event_title, st.cover_kicker),
        Para.plain(w("title"), st.h1),
        Para.plain(w("intro"), st.note),
        table,
        Spacer(1, 8),
        Para.plain(w("scores"), st.h2),
        *_scores(letter, st),
        *_comments(letter, st),
        *_result(letter, st),
        Para.plain(w("review_heading"), st.h2),
        Para.plain(w("review", event=event_title, ref=letter.submission_id), st.body),
    ]


def render_letter(letter: Letter, event_title: str, date: str, st: LetterStyles) -> bytes:
    buffer = io.BytesIO()
    footer = letter_word(letter.lang, "footer", event=event_title, ref=letter.submission_id,
                         page="{page}")  # fmt: skip

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(BODY, 7.5)
        canvas.setFillColor(MUTED)
        text = footer.replace("{page}", str(doc.page))
        canvas.drawString(MARGIN_LEFT, MARGIN_BOTTOM - 12, text[:160])
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=letter_word(letter.lang, "title"),
        subject=f"{event_title} — {letter.submission_id}", author=event_title,
        creator="imIN Desktop", lang=letter.lang, invariant=True,
    )  # fmt: skip
    doc.build(
        letter_story(letter, event_title, date, st), onFirstPage=on_page, onLaterPages=on_page
    )
    return buffer.getvalue()


def write_letters(
    letters: Sequence[Letter], out: Path, *, event_title: str, date: str,
    progress: Progress = SILENT,
) -> list[LetterFile]:  # fmt: skip
    """Write every letter and ``letters.csv`` into ``out``; returns the files.

    Letters are rendered into a hidden staging folder inside ``out`` (each file synced to disk)
    and moved into place only when all are done, then ``letters.csv`` is written atomically:
    a cancelled or failed run leaves ``out`` as it was.
    """
    out.mkdir(parents=True, exist_ok=True)
    st = LetterStyles()
    files: list[LetterFile] = []
    staging = Path(tempfile.mkdtemp(prefix=".letters-", suffix=".part", dir=out))
    try:
        for done, letter in enumerate(letters):
            progress.step(done, len(letters), letter.submission_id)
            data = render_letter(letter, event_title, date, st)
            with open(staging / letter.file_name, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            files.append(LetterFile(letter.submission_id, letter.email, letter.file_name,
                                    hashlib.sha256(data).hexdigest()))  # fmt: skip
        progress.step(len(letters), len(letters), CSV_NAME)
        mode = created_file_mode()
        for f in files:
            os.chmod(staging / f.file_name, mode)
            os.replace(staging / f.file_name, out / f.file_name)
        with (
            atomic_path(out / CSV_NAME) as tmp,
            open(tmp, "w", newline="", encoding="utf-8") as handle,
        ):
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for f in files:
                writer.writerow([f.submission_id, _cell(f.email), f.file_name, f.sha256])
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return files


def _cell(text: str) -> str:
    """A CSV cell a spreadsheet never takes for a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
