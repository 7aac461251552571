"""Pitch decks: real, bilingual (Portuguese and English) PDFs of about 50 KB, drawn with reportlab.

The deck is a cover page and one to three content pages, each with a heading, two columns of
prose (pt | en) and a vector chart. Output is byte-identical for the same input: the canvas is
``invariant`` (no dates or random document ids) and everything varied comes from ``seed``.
"""

from __future__ import annotations

import io
import os
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from imin_desktop.generator.vocabulary import CHART_LABELS, HEADINGS

DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu"
PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 40.0

Pair = tuple[str, str]  # (pt, en)


@dataclass(frozen=True)
class DeckText:
    """What a deck says: the submission's words in both languages."""

    submission_id: str
    track: str
    title: Pair
    summary: Pair
    sections: Sequence[Pair]  # one paragraph pair per content page (up to four)
    team: Sequence[Pair]  # (name, organisation)
    blind: bool = False  # the anonymised copy: no team page, no author


NEUTRAL_PARTNER: Pair = ("uma unidade de saúde parceira", "a partner health unit")


@cache
def deck_fonts() -> tuple[str, str]:
    """Register and name the regular and bold fonts: DejaVu Sans if installed, else Vera."""
    regular = os.path.join(DEJAVU_DIR, "DejaVuSans.ttf")
    bold = os.path.join(DEJAVU_DIR, "DejaVuSans-Bold.ttf")
    if not (os.path.isfile(regular) and os.path.isfile(bold)):
        regular, bold = "Vera.ttf", "VeraBd.ttf"  # bundled with reportlab
    pdfmetrics.registerFont(TTFont("IminDeckSans", regular))
    pdfmetrics.registerFont(TTFont("IminDeckSans-Bold", bold))
    return "IminDeckSans", "IminDeckSans-Bold"


def _rgb(rng: random.Random) -> tuple[float, float, float]:
    return (round(rng.uniform(0.05, 0.6), 3), round(rng.uniform(0.2, 0.6), 3),
            round(rng.uniform(0.35, 0.8), 3))  # fmt: skip


class _Deck:
    def __init__(self, text: DeckText, seed: int) -> None:
        self.text = text
        self.rng = random.Random(seed)
        self.regular, self.bold = deck_fonts()
        self.accent = _rgb(self.rng)
        self.buffer = io.BytesIO()
        self.canvas = Canvas(
            self.buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=1
        )
        self.canvas.setTitle(text.title[0])
        self.canvas.setSubject(f"{text.track} — {text.title[1]}")
        if not text.blind:
            self.canvas.setAuthor("; ".join(name for name, _ in text.team))
        self.canvas.setCreator("imIN Desktop generator")
        self.page_count = 2 + self.rng.randrange(3)

    # -- building blocks -------------------------------------------------------------------

    def paragraph(
        self, text: str, x: float, y: float, width: float, size: float = 11, grey: float = 0.13
    ) -> float:
        """Draw wrapped text from ``y`` downwards; return the y below the last line."""
        c = self.canvas
        c.setFont(self.regular, size)
        c.setFillColorRGB(grey, grey, grey + 0.02)
        leading = size * 1.35
        for line in simpleSplit(text, self.regular, size, width):
            c.drawString(x, y, line)
            y -= leading
        return y - leading * 0.5

    def band(self, heading: str, page: int) -> None:
        c = self.canvas
        c.setFillColorRGB(*self.accent)
        c.rect(0, PAGE_HEIGHT - 78, PAGE_WIDTH, 78, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(self.bold, 22)
        c.drawString(MARGIN, PAGE_HEIGHT - 50, heading)
        self.footer(page)
        c.setStrokeColorRGB(*self.accent)
        c.setLineWidth(0.6)
        c.line(MARGIN, 32, PAGE_WIDTH - MARGIN, 32)

    def footer(self, page: int) -> None:
        c = self.canvas
        c.setFont(self.regular, 8)
        c.setFillColorRGB(0.4, 0.4, 0.45)
        footer = f"{self.text.submission_id} · {self.text.track} · {page}/{self.page_count}"
        c.drawRightString(PAGE_WIDTH - MARGIN, 20, footer)

    def numbers(self, count: int, low: float, high: float) -> list[float]:
        return [round(self.rng.uniform(low, high), 1) for _ in range(count)]

    # -- charts (vector shapes; their varied coordinates give the file its weight) --------

    def axes(self, x: float, y: float, w: float, h: float, label: Pair) -> None:
        c = self.canvas
        c.setStrokeColorRGB(0.25, 0.25, 0.3)
        c.setLineWidth(0.8)
        c.line(x, y, x + w, y)
        c.line(x, y, x, y + h)
        c.setLineWidth(0.3)
        c.setDash(2, 3)
        for i in range(1, 5):
            c.line(x, y + h * i / 5, x + w, y + h * i / 5)
        c.setDash()
        c.setFont(self.regular, 8)
        c.setFillColorRGB(0.25, 0.25, 0.3)
        c.drawString(x, y + h + 6, f"{label[0]} / {label[1]}")

    def line_chart(self, x: float, y: float, w: float, h: float) -> None:
        c = self.canvas
        self.axes(x, y, w, h, self.rng.choice(CHART_LABELS))
        for series in range(3):
            level = self.rng.uniform(0.2, 0.8)
            points = []
            steps = 120
            for i in range(steps):
                level = min(0.98, max(0.02, level + self.rng.gauss(0, 0.04)))
                points.append((round(x + w * i / (steps - 1), 2), round(y + h * level, 2)))
            c.setStrokeColorRGB(*_rgb(self.rng))
            c.setLineWidth(1.2 - 0.3 * series)
            path = c.beginPath()
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
            c.drawPath(path, stroke=1, fill=0)

    def bar_chart(self, x: float, y: float, w: float, h: float) -> None:
        c = self.canvas
        self.axes(x, y, w, h, self.rng.choice(CHART_LABELS))
        groups = self.rng.randrange(8, 14)
        colours = [_rgb(self.rng) for _ in range(3)]
        slot = w / groups
        for g in range(groups):
            for s, colour in enumerate(colours):
                value = self.rng.uniform(0.1, 0.95)
                c.setFillColorRGB(*colour)
                c.rect(x + g * slot + 3 + s * (slot - 6) / 3, y, (slot - 6) / 3 - 1, h * value,
                       stroke=0, fill=1)  # fmt: skip
        c.setFont(self.regular, 7)
        for g in range(groups):
            c.drawCentredString(x + (g + 0.5) * slot, y - 10, f"T{g % 4 + 1}/{2024 + g // 4}")

    def scatter(self, x: float, y: float, w: float, h: float) -> None:
        c = self.canvas
        self.axes(x, y, w, h, self.rng.choice(CHART_LABELS))
        c.setFillColorRGB(*_rgb(self.rng))
        slope = self.rng.uniform(-0.6, 0.6)
        for _ in range(200):
            u = self.rng.random()
            v = min(0.97, max(0.03, 0.5 + slope * (u - 0.5) + self.rng.gauss(0, 0.15)))
            c.rect(round(x + w * u, 2), round(y + h * v, 2), 2.4, 2.4, stroke=0, fill=1)

    def pie(self, x: float, y: float, size: float) -> None:
        c = self.canvas
        shares = [self.rng.uniform(1, 5) for _ in range(self.rng.randrange(4, 7))]
        total = sum(shares)
        start = 90.0
        for share in shares:
            extent = 360 * share / total
            c.setFillColorRGB(*_rgb(self.rng))
            c.wedge(x, y, x + size, y + size, start, extent, stroke=0, fill=1)
            start += extent

    def table(self, x: float, y: float, w: float, rows: int) -> None:
        c = self.canvas
        label_width = w * 0.4
        col = (w - label_width) / 4
        c.setFont(self.bold, 7.5)
        c.setFillColorRGB(0.13, 0.13, 0.15)
        c.drawString(x, y, "Indicador / Indicator")
        for i, head in enumerate(("2024", "2025", "2026", "Meta")):
            c.drawRightString(x + label_width + (i + 1) * col, y, head)
        c.setFont(self.regular, 7.5)
        for r in range(rows):
            yy = y - 13 * (r + 1)
            if r % 2 == 0:
                c.setFillColorRGB(0.93, 0.94, 0.96)
                c.rect(x - 3, yy - 3, w + 6, 13, stroke=0, fill=1)
            c.setFillColorRGB(0.13, 0.13, 0.15)
            c.drawString(x, yy, CHART_LABELS[r % len(CHART_LABELS)][r // len(CHART_LABELS) % 2])
            for i, value in enumerate(self.numbers(4, 5, 950), start=1):
                c.drawRightString(x + label_width + i * col, yy, f"{value:.1f}")

    def key_points(self, x: float, y: float, points: list[tuple[Pair, int]], lang: int) -> None:
        c = self.canvas
        c.setFont(self.bold, 10)
        c.setFillColorRGB(*self.accent)
        c.drawString(x, y, ("Pontos-chave", "Key points")[lang])
        c.setFont(self.regular, 10)
        c.setFillColorRGB(0.13, 0.13, 0.15)
        for i, (label, value) in enumerate(points, start=1):
            c.drawString(x + 8, y - 15 * i, f"• {label[lang]}: {value}")

    # -- pages -----------------------------------------------------------------------------

    def cover(self) -> None:
        c = self.canvas
        text = self.text
        c.setFillColorRGB(*self.accent)
        c.rect(0, 0, 18, PAGE_HEIGHT, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.12)
        c.setFont(self.bold, 26)
        y = PAGE_HEIGHT - 90
        for line in simpleSplit(text.title[0], self.bold, 26, PAGE_WIDTH - 2 * MARGIN - 140):
            c.drawString(MARGIN, y, line)
            y -= 32
        y = self.paragraph(text.title[1], MARGIN, y - 4, PAGE_WIDTH - 2 * MARGIN - 140, 15, 0.35)
        c.setFillColorRGB(*self.accent)
        c.roundRect(MARGIN, y - 8, 150, 22, 6, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(self.bold, 10)
        c.drawString(MARGIN + 10, y - 1, text.track)
        column = (PAGE_WIDTH - 2 * MARGIN - 30) / 2
        top = y - 40
        self.paragraph(text.summary[0], MARGIN, top, column, 10.5)
        self.paragraph(text.summary[1], MARGIN + column + 30, top, column, 10.5)
        if not text.blind:
            c.setFont(self.regular, 9)
            c.setFillColorRGB(0.2, 0.2, 0.25)
            c.drawString(MARGIN, 92, "Equipa / Team")
            for i, (name, organisation) in enumerate(text.team):
                c.drawString(MARGIN + (i % 2) * 380, 76 - (i // 2) * 14, f"{name} — {organisation}")
        self.pie(PAGE_WIDTH - MARGIN - 110, PAGE_HEIGHT - 200, 110)
        self.footer(1)

    def content_page(self, page: int, heading: Pair, body: Pair) -> None:
        self.band(f"{heading[0]} / {heading[1]}", page)
        column = (PAGE_WIDTH - 2 * MARGIN - 30) / 2
        top = PAGE_HEIGHT - 110
        bottom = min(
            self.paragraph(body[0], MARGIN, top, column),
            self.paragraph(body[1], MARGIN + column + 30, top, column),
        )
        points = [(label, self.rng.randrange(12, 98)) for label in self.rng.sample(CHART_LABELS, 3)]
        self.key_points(MARGIN, bottom - 6, points, 0)
        self.key_points(MARGIN + column + 30, bottom - 6, points, 1)
        chart_y, chart_h, chart_w = 60.0, 170.0, 420.0
        kind = (page + self.rng.randrange(3)) % 3
        if kind == 0:
            self.line_chart(MARGIN, chart_y, chart_w, chart_h)
        elif kind == 1:
            self.bar_chart(MARGIN, chart_y, chart_w, chart_h)
        else:
            self.scatter(MARGIN, chart_y, chart_w, chart_h)
        table_x = MARGIN + chart_w + 30
        self.table(table_x, chart_y + chart_h, PAGE_WIDTH - MARGIN - table_x, 12)

    def render(self) -> bytes:
        self.cover()
        self.canvas.showPage()
        headings = HEADINGS[: self.page_count - 1]
        for index, heading in enumerate(headings):
            body = self.text.sections[index % len(self.text.sections)]
            self.content_page(index + 2, heading, body)
            self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()


def pitch_deck_pdf(text: DeckText, seed: int) -> bytes:
    """The ``pitch.pdf`` attachment: a 2–4 page deck, about 50 KB, identical for the same input."""
    return _Deck(text, seed).render()
