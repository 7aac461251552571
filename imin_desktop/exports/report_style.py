"""Fonts, colours, paragraph and table styles of the decision report, and the text helpers.

All text that comes from the event (titles, names, comments, rationales) goes through
:func:`esc` before it becomes reportlab markup, so ``<b>Bold & "quoted"</b>`` prints literally.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.paraparser import ParaParser

from imin_desktop.domain.resources import resource
from imin_desktop.domain.rounding import fixed

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
ACCENT = colors.HexColor("#1f3a5f")  # dark institutional blue
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e9edf2")
ZEBRA = colors.HexColor("#f6f7f9")
PASS_HEX = "#1e6b3a"
FAIL_HEX = "#a1261b"
PASS = colors.HexColor(PASS_HEX)
FAIL = colors.HexColor(FAIL_HEX)
WATERMARK = colors.Color(0.80, 0.80, 0.80, alpha=0.45)

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_FAMILIES = {
    # name: (DejaVu file, bundled Vera fallback)
    "Report": ("DejaVuSans.ttf", "Vera.ttf"),
    "Report-Bold": ("DejaVuSans-Bold.ttf", "VeraBd.ttf"),
    "Report-Italic": ("DejaVuSans-Oblique.ttf", "VeraIt.ttf"),
    "Report-BoldItalic": ("DejaVuSans-BoldOblique.ttf", "VeraBI.ttf"),
    "ReportCond": ("DejaVuSansCondensed.ttf", "Vera.ttf"),
    "ReportCond-Bold": ("DejaVuSansCondensed-Bold.ttf", "VeraBd.ttf"),
    "ReportMono": ("DejaVuSansMono.ttf", "Vera.ttf"),  # Vera has no mono face
}

BODY = "Report"
BOLD = "Report-Bold"
ITALIC = "Report-Italic"
COND = "ReportCond"
COND_BOLD = "ReportCond-Bold"
MONO = "ReportMono"


class _MeasuredFont(TTFont):  # type: ignore[misc]  # reportlab is untyped
    """A TrueType font that remembers the width of the words it has measured.

    reportlab measures every word of every paragraph (in pure Python without its optional C
    accelerator); a report repeats the same words thousands of times.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[tuple[str, float], float] = {}

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 200_000:
                self._widths.clear()
            width = self._widths[key] = super().stringWidth(text, size, encoding)
        return width


def _font_file(dejavu: str, vera: str) -> str:
    """The program's own DejaVu (``resources/fonts``, shipped in the bundle), else the system's,
    else reportlab's Vera."""
    shipped = resource("fonts", dejavu)
    if shipped.is_file():
        return str(shipped)
    system = _DEJAVU / dejavu
    return str(system) if system.exists() else vera


def register_fonts() -> None:
    """Register the embedded TrueType fonts once (DejaVu when present, else reportlab's Vera)."""
    if BODY in pdfmetrics.getRegisteredFontNames():
        return
    for name, (dejavu, vera) in _FAMILIES.items():
        pdfmetrics.registerFont(_MeasuredFont(name, _font_file(dejavu, vera)))
    pdfmetrics.registerFontFamily(
        BODY, normal=BODY, bold=BOLD, italic=ITALIC, boldItalic="Report-BoldItalic"
    )
    pdfmetrics.registerFontFamily(
        COND, normal=COND, bold=COND_BOLD, italic=COND, boldItalic=COND_BOLD
    )


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(text: object) -> str:
    """Event text as literal reportlab markup: escaped, control characters dropped, lines kept."""
    clean = _CONTROL.sub("", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    return escape(clean).replace("\n", "<br/>")


def plain(text: object) -> str:
    """Event text for places that take plain text (outline entries, chart labels)."""
    return " ".join(_CONTROL.sub("", str(text)).split())


def num(value: float | None, digits: int = 2) -> str:
    """A figure rounded half away from zero (the one rule of every output)."""
    return fixed(value, digits)


def dec(value: object) -> str:
    """An exact rubric value (weight, threshold, scale bound) without trailing zeros."""
    text = format(value, "f") if not isinstance(value, str) else value
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {"fontName": BODY, "fontSize": 9.5, "leading": 13, "textColor": INK,
                               "bulletFontName": BODY}  # fmt: skip
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """The paragraph styles (built after the fonts are registered)."""

    def __init__(self) -> None:
        register_fonts()
        self.body = _style("body", spaceAfter=4)
        self.bullet = _style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3)
        self.small = _style("small", fontSize=8, leading=10.5, textColor=MUTED)
        self.note = _style("note", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=4)
        self.h1 = _style(
            "h1", fontName=BOLD, fontSize=16, leading=20, textColor=ACCENT, spaceAfter=10
        )
        self.h2 = _style(
            "h2", fontName=BOLD, fontSize=11.5, leading=15, textColor=ACCENT,
            spaceBefore=10, spaceAfter=5,
        )  # fmt: skip
        self.h3 = _style("h3", fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=7, spaceAfter=2)
        self.cell = _style("cell", fontName=COND, fontSize=8, leading=10)
        self.cell_bold = _style("cell_bold", fontName=COND_BOLD, fontSize=8, leading=10)
        self.cell_right = _style(
            "cell_right", fontName=COND, fontSize=8, leading=10, alignment=TA_RIGHT
        )
        self.head = _style(
            "head", fontName=COND_BOLD, fontSize=8, leading=10, textColor=colors.white
        )
        self.head_right = _style(
            "head_right", fontName=COND_BOLD, fontSize=8, leading=10, textColor=colors.white,
            alignment=TA_RIGHT,
        )  # fmt: skip
        self.mono = _style("mono", fontName=MONO, fontSize=6.6, leading=8.5)
        self.comment = _style(
            "comment", fontSize=9, leading=12.5, leftIndent=72, bulletIndent=8, spaceAfter=3,
            bulletFontName=COND_BOLD, bulletFontSize=8, bulletColor=ACCENT,
        )  # fmt: skip
        self.label = _style("label", fontName=BOLD, fontSize=8.5, leading=12, textColor=MUTED)
        self.value = _style("value", fontSize=9.5, leading=13)
        self.cover_kicker = _style(
            "cover_kicker", fontName=BOLD, fontSize=10, leading=14, textColor=MUTED
        )
        self.cover_title = _style(
            "cover_title", fontName=BOLD, fontSize=24, leading=30, textColor=ACCENT, spaceAfter=6
        )
        self.cover_event = _style("cover_event", fontSize=15, leading=20, spaceAfter=4)
        self.centre = _style("centre", alignment=TA_CENTER)
        self.verdict = _style(
            "verdict", fontName=BOLD, fontSize=10.5, leading=14, alignment=TA_LEFT
        )
        self.toc0 = _style("toc0", fontName=BOLD, fontSize=10, leading=15, leftIndent=0)
        self.toc1 = _style("toc1", fontSize=8.5, leading=11.5, leftIndent=14)


_RUNS: weakref.WeakKeyDictionary[ParagraphStyle, Any] = weakref.WeakKeyDictionary()


def _run(style: ParagraphStyle) -> Any:
    """The text run reportlab's parser makes for plain text in ``style`` (parsed once)."""
    run = _RUNS.get(style)
    if run is None:
        run = _RUNS[style] = ParaParser().parse("x", style)[1][0]
    return run


class Para(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A paragraph that exists as its text until it is laid out, and again once it is drawn.

    The report is built in two passes (the first finds page numbers) over a story of some
    100,000 paragraphs at the reference scale. Parsed markup and line breaks for all of them
    would not fit the memory budget, so a paragraph parses on first use (any reportlab
    attribute it lacks), lays itself out once per width within a pass, and forgets both once
    placed. The first pass draws on a canvas marked ``dry`` whose output is thrown away, so
    paragraphs skip the (costly) text drawing there.
    """

    def __init__(
        self, text: str | None, style: ParagraphStyle, bulletText: str | None = None,
        frags: Any = None,
    ) -> None:  # fmt: skip
        self.__dict__["_source"] = (text, style, bulletText, frags)
        self.style = style

    @classmethod
    def plain(cls, text: str, style: ParagraphStyle, bulletText: str | None = None) -> Para:
        """A paragraph of literal text in one style: never parsed as markup (so nothing in
        it can be taken for a tag), laid out by reportlab's fast path for a single run."""
        clean = " ".join(_CONTROL.sub("", text).split())
        if not clean:
            return cls("", style, bulletText)
        para = cls(None, style, bulletText)
        para.__dict__["_plain"] = clean
        return para

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes the instance lacks: parse, then look again.
        if name.startswith("__") or "_parsed" in self.__dict__:
            raise AttributeError(name)
        before = set(self.__dict__)
        self.__dict__["_parsed"] = ()
        text, style, bullet, frags = self._source
        if "_plain" in self.__dict__:
            frags = [_run(style).clone(text=self.__dict__["_plain"])]
        Paragraph.__init__(self, text, style, bulletText=bullet, frags=frags)
        self.__dict__["_parsed"] = tuple(set(self.__dict__) - before - {"style"})
        return getattr(self, name)

    _LAYOUT = ("_parsed", "_wrapped", "blPara", "width", "height", "_wrapWidths")

    def _forget(self) -> None:
        """Drop the parsed markup and the layout (platypus's own marks stay)."""
        for key in (*self.__dict__.get("_parsed", ()), *self._LAYOUT):
            self.__dict__.pop(key, None)
        self.__dict__ = dict(self.__dict__)  # a dict never shrinks: keep a compact copy

    _wrapped: tuple[float, float, Any, Any, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = self._wrapped
        if cached is not None and cached[0] == availWidth:
            _, self.width, self._wrapWidths, self.blPara, self.height = cached
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, self._wrapWidths, self.blPara, height)
        return width, height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if not getattr(canvas, "dry", False):
            super().drawOn(canvas, x, y, _sW)
        self._forget()


class Grid(Table):  # type: ignore[misc]  # reportlab is untyped
    """A table in the report's font that skips drawing on the dry first pass (see
    :class:`Para`)."""

    def __init__(self, data: Sequence[Sequence[object]], **kw: Any) -> None:
        super().__init__(data, **kw)
        if kw.get("cellStyles") is None:  # not a piece of a split table, which keeps its styles
            self.setStyle([("FONT", (0, 0), (-1, -1), COND, 8)])  # not reportlab's Helvetica

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if getattr(canvas, "dry", False):
            return
        super().drawOn(canvas, x, y, _sW)


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than ``width`` cut into pieces that fit (a URL, a name without spaces)."""
    pieces: list[str] = []
    piece = ""
    for char in word:
        if piece and pdfmetrics.stringWidth(piece + char, font, size) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece] if piece else pieces


def lines(text: object, font: str, size: float, width: float, *, at_most: int | None = None) -> str:
    """Plain event text broken into lines for a table cell (cheaper than a paragraph).

    Words wider than the cell are broken; with ``at_most`` the text is cut to that many lines,
    the last ending in an ellipsis."""
    width = max(width, size)
    out: list[str] = []
    for line in simpleSplit(plain(text), font, size, width):
        # simpleSplit fills lines word by word; only a line of one word can be too wide
        if " " in line or pdfmetrics.stringWidth(line, font, size) <= width:
            out.append(line)
            continue
        for word in line.split(" "):
            if pdfmetrics.stringWidth(word, font, size) <= width:
                out.append(word)
            else:
                out += _break_word(word, font, size, width)
        if at_most is not None and len(out) > at_most:
            break
    if at_most is not None and len(out) > at_most:
        out = out[:at_most]
        out[-1] = clip(out[-1] + "…", font, size, width)
    return "\n".join(out)


ROW_LINES = 30
"""Lines of one table cell at most; a longer text continues in the next row."""


def split_lines(text: str, at_most: int = ROW_LINES) -> list[str]:
    """Cell text (lines joined by newlines) in pieces of at most ``at_most`` lines."""
    rows = text.split("\n") if text else []
    return ["\n".join(rows[i : i + at_most]) for i in range(0, len(rows), at_most)]


def clip(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of ``width``, cut with an ellipsis when it does not fit."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        mid = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


def short(text: object, at_most: int = 200) -> str:
    """Plain event text cut to ``at_most`` characters with an ellipsis (contents, outline)."""
    clean = plain(text)
    return clean if len(clean) <= at_most else clean[: at_most - 1].rstrip() + "…"


def grid_style(*, header_rows: int = 1, zebra: bool = True, rows: int = 0) -> TableStyle:
    """The house table: dark header row, hairline rules, light zebra rows."""
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), COND, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
            ("FONT", (0, 0), (-1, header_rows - 1), COND_BOLD, 8),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if zebra:
        for row in range(header_rows + 1, rows, 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    return TableStyle(commands)


Styled = tuple[str, str, colors.Color]
"""Plain text with its font and colour, for a table cell."""


def kv_grid(
    rows: Sequence[tuple[str, str | Styled | Flowable]], label_width: float = 42 * mm,
) -> Grid:  # fmt: skip
    """Label / value rows. A value is plain event text (wrapped here, never parsed as
    markup), plain text with a font and colour, or a ready flowable."""
    value_width = FRAME_WIDTH - label_width - 8
    data: list[list[object]] = []
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (0, -1), BOLD, 8, 11),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("FONT", (1, 0), (1, -1), BODY, 9.5, 12.5),
    ]
    for label, value in rows:
        if isinstance(value, Flowable):
            data.append([lines(label, BOLD, 8, label_width - 8), value])
            continue
        text, font, colour = value if isinstance(value, tuple) else (value, BODY, INK)
        # A long value (a large team, a long rationale) continues over several rows, which
        # split across pages like any other rows.
        chunks = split_lines(lines(text, font, 9.5, value_width)) or [""]
        for n, chunk in enumerate(chunks):
            i = len(data)
            data.append([lines(label, BOLD, 8, label_width - 8) if n == 0 else "", chunk])
            if font != BODY or colour != INK:
                commands += [("FONT", (1, i), (1, i), font, 9.5, 12.5),
                             ("TEXTCOLOR", (1, i), (1, i), colour)]  # fmt: skip

    table = Grid(data, colWidths=[label_width, FRAME_WIDTH - label_width])
    table.setStyle(key_value_style())
    table.setStyle(commands)
    return table


def key_value_style() -> TableStyle:
    """A two-column identification table: grey labels, hairlines between rows."""
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ])  # fmt: skip
