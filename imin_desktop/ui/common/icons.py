"""Icons drawn at run time, crisp at any scaling: review states and the application icon.

Each state differs by shape as well as colour (hollow ring, half-filled ring, check, barred
ring), so it reads in both palettes and without colour vision.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

STATE_COLORS = {
    "not_started": QColor(128, 128, 128),
    "in_progress": QColor(214, 140, 0),
    "done": QColor(30, 140, 70),
    "conflict": QColor(200, 50, 50),
}


def state_label(state: str) -> str:
    """The words for a review state, translated."""
    labels = {
        "not_started": QCoreApplication.translate("State", "Not started"),
        "in_progress": QCoreApplication.translate("State", "In progress"),
        "done": QCoreApplication.translate("State", "Done"),
        "conflict": QCoreApplication.translate("State", "Conflict of interest"),
    }
    return labels.get(state, state)


def _paint_state(painter: QPainter, state: str, size: int) -> None:
    color = STATE_COLORS[state]
    pen_width = max(1.5, size / 9)
    m = pen_width / 2 + size * 0.08
    rect = QRectF(m, m, size - 2 * m, size - 2 * m)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, pen_width)
    if state == "not_started":
        painter.setPen(pen)
        painter.drawEllipse(rect)
    elif state == "in_progress":
        painter.setPen(pen)
        painter.drawEllipse(rect)
        path = QPainterPath()
        path.moveTo(rect.center())
        path.arcTo(rect, 90, 180)
        path.closeSubpath()
        painter.fillPath(path, color)
    elif state == "done":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(rect)
        check = QPen(QColor("white"), pen_width * 1.2)
        check.setCapStyle(Qt.PenCapStyle.RoundCap)
        check.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(check)
        w = rect.width()
        x, y = rect.left(), rect.top()
        painter.drawPolyline(
            [QPointF(x + w * 0.27, y + w * 0.52), QPointF(x + w * 0.44, y + w * 0.69),
             QPointF(x + w * 0.74, y + w * 0.34)]
        )  # fmt: skip
    else:  # conflict: a barred ring
        painter.setPen(pen)
        painter.drawEllipse(rect)
        d = rect.width() * 0.15
        painter.drawLine(QPointF(rect.left() + d, rect.bottom() - d),
                         QPointF(rect.right() - d, rect.top() + d))  # fmt: skip


@cache
def state_icon(state: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        _paint_state(painter, state, size)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def app_icon() -> QIcon:
    """A rounded teal square with "iN"."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 120, 130))
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(size * 0.5)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "iN")
        painter.end()
        icon.addPixmap(pixmap)
    return icon
