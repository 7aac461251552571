"""Contrast of what the scoring panel draws, in light and dark palettes (WCAG 2: text 4.5:1,
control edges 3:1), and an accessible name on every control of the juror workspace."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyleFactory,
    QWidget,
)

from imin_desktop.ui.common.contrast import contrast
from imin_desktop.ui.juror.score_widgets import selector_colours

R = QPalette.ColorRole


def palette(window: str, text: str, base: str, button: str, highlight: str,
            highlighted: str = "#ffffff", mid: str = "#808080") -> QPalette:  # fmt: skip
    p = QPalette()
    for role, colour in [(R.Window, window), (R.WindowText, text), (R.Base, base),
                         (R.AlternateBase, base), (R.Text, text), (R.Button, button),
                         (R.ButtonText, text), (R.Highlight, highlight),
                         (R.HighlightedText, highlighted), (R.Mid, mid),
                         (R.PlaceholderText, mid), (R.ToolTipBase, base), (R.ToolTipText, text)]:  # fmt: skip
        p.setColor(role, QColor(colour))
    return p


PALETTES = {
    "fusion light": QStyleFactory.create("Fusion").standardPalette,
    "light, pale accent": lambda: palette("#eff0f1", "#232629", "#fcfcfc", "#eff0f1", "#3daee9"),
    "fusion-like dark": lambda: palette(
        "#353535", "#ffffff", "#2a2a2a", "#353535", "#2a82da", mid="#404040"
    ),
    "dark, deep accent": lambda: palette(
        "#1e1e1e", "#e0e0e0", "#121212", "#2d2d2d", "#1d4e89", mid="#262626"
    ),
}


@pytest.fixture(params=list(PALETTES))
def painted(request, qapp: QApplication, window) -> Iterator[tuple[str, object]]:
    before = QApplication.palette()
    QApplication.setPalette(PALETTES[request.param]())
    QApplication.processEvents()
    window.panel.blocks[0].selector.choose(Decimal(4))  # one level descriptor marked
    QApplication.processEvents()
    yield request.param, window
    QApplication.setPalette(before)


def text_pairs(widget: QWidget) -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, background) for every label and field under ``widget``."""
    out = []
    for label in widget.findChildren(QLabel):
        if label.isVisible() and label.text().strip():
            p = label.palette()
            out.append((label.text()[:40], p.color(R.WindowText), p.color(R.Window)))
    for edit in widget.findChildren(QPlainTextEdit) + widget.findChildren(QLineEdit):
        p = edit.palette()
        out.append((f"placeholder of {edit.accessibleName()}", p.color(R.PlaceholderText),
                    p.color(R.Base)))  # fmt: skip
        out.append((f"text of {edit.accessibleName()}", p.color(R.Text), p.color(R.Base)))
    return out


def test_panel_text_reads_at_4_5_to_1(painted):
    name, window = painted
    low = [(what, round(contrast(fg, bg), 2)) for what, fg, bg in text_pairs(window.panel)
           if contrast(fg, bg) < 4.5]  # fmt: skip

    assert low == [], name


def test_marked_level_descriptor_reads_at_4_5_to_1(painted):
    _name, window = painted
    levels = window.panel.blocks[0].levels
    marked = [row for row in levels.rows if row[0] == levels.current]
    (_value, _marker, _number, label) = marked[0]

    assert contrast(label.palette().color(R.WindowText), label.palette().color(R.Window)) >= 4.5


def test_score_buttons_text_and_edges_are_visible(painted):
    _name, window = painted
    c = selector_colours(window.panel.blocks[0].selector.palette())
    p = window.panel.palette()

    assert contrast(c["text"], c["button"]) >= 4.5
    assert contrast(c["highlighted"], c["highlight"]) >= 4.5
    assert contrast(c["edge"], c["button"]) >= 3.0
    assert contrast(c["edge"], p.color(R.Window)) >= 3.0
    assert contrast(c["accent"], p.color(R.Window)) >= 3.0


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_every_control_has_an_accessible_name(window):
    controls = [
        w for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QPlainTextEdit | QComboBox)
        or type(w).__name__ in ("ScoreSelector", "QTableView", "QPdfView", "QProgressBar")
    ]  # fmt: skip

    unnamed = [f"{type(w).__name__} {w.objectName()!r} {w.text() if isinstance(w, QAbstractButton) else ''!r}"
               f" in {type(w.parentWidget()).__name__} {w.parentWidget().accessibleName()!r}"
               for w in controls if not accessible_name(w).strip()]  # fmt: skip

    assert len(controls) > 30
    assert unnamed == []
