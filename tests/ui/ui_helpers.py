"""Helpers for driving the real widgets offscreen: typing any text, answering modal dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

PASSPHRASE = "correct horse battery"
EVENT_TITLE = "eHealth Summit 2026"
JUROR_NAME = "Inês Conceição"
SUBMISSIONS = 6


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks aborts on non-ASCII characters)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def answer_next_dialog(button_text: str, seen: list[str] | None = None, tries: int = 200) -> None:
    """Click ``button_text`` in the next modal dialog (shown later with ``exec``)."""

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(20, lambda: attempt(left - 1))
            return
        if seen is not None:
            seen.append(dialog.windowTitle())
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {dialog.windowTitle()!r}")

    QTimer.singleShot(0, lambda: attempt(tries))


def workspace_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.sqlite"))


def score_everything_by_keyboard(win: Any, digit: int = 4) -> None:
    """Alt+N then a digit for every criterion, a comment where required, both gates yes."""
    for number, block in enumerate(win.panel.blocks, start=1):
        QTest.keyClick(win, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is block.selector
        QTest.keyClick(block.selector, Qt.Key(Qt.Key.Key_0 + digit))
        if block.comment is not None:
            QTest.keyClick(block.selector, Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is block.comment
            type_text(block.comment, f"Comentário sobre {block.criterion.key}: ação concreta.")
    for row in win.panel.gates:
        row.yes.click()
