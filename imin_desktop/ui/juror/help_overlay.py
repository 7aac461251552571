"""The F1 overlay: every keyboard shortcut on one card over the window."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class HelpOverlay(QWidget):
    """Dims the window and lists shortcuts; Esc, F1, a click or "Close" hide it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.card = QFrame(self)
        self.card.setObjectName("helpCard")
        self.card.setAutoFillBackground(True)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(24, 20, 24, 16)
        self.title = QLabel(self.tr("Keyboard shortcuts"), self.card)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.table = QLabel(self.card)
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setAccessibleName(self.tr("Shortcut list"))
        layout.addWidget(self.table)
        note = QLabel(
            self.tr("Every change is saved as you make it. Hover over a control to see its "
                    "shortcut."), self.card)  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        close = QPushButton(self.tr("Close"), self.card)
        close.setAccessibleName(self.tr("Close the shortcut list"))
        close.clicked.connect(self.hide)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.hide()
        parent.installEventFilter(self)

    def set_shortcuts(self, groups: list[tuple[str, list[tuple[str, str]]]]) -> None:
        rows = []
        for heading, items in groups:
            rows.append(f"<tr><td colspan='2' style='padding-top:10px'><b>{html.escape(heading)}"
                        "</b></td></tr>")  # fmt: skip
            for keys, action in items:
                rows.append(
                    f"<tr><td style='padding-right:24px'><code>{html.escape(keys)}</code></td>"
                    f"<td>{html.escape(action)}</td></tr>"
                )
        self.table.setText(f"<table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>")

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.show_over_parent()

    def show_over_parent(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.card.adjustSize()
        self._center_card()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _center_card(self) -> None:
        size = self.card.sizeHint()
        self.card.setGeometry((self.width() - size.width()) // 2,
                              (self.height() - size.height()) // 2,
                              size.width(), size.height())  # fmt: skip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
            self._center_card()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.hide()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.card.geometry().contains(event.position().toPoint()):
            self.hide()
