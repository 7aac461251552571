"""The panels beside the ranking: method sensitivity, juror leniency, reliability.

Each shows figures of the results service as they are; the words that go with them (what an
alpha of 0.7 means, why a figure is missing) are presentation only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.ui.common.table_model import Column, FoldingFilterModel, RecordTableModel
from imin_desktop.ui.event.wording import method_label, number

if TYPE_CHECKING:
    from imin_desktop.domain.consolidation import Results


@dataclass(frozen=True)
class SensitivityRow:
    id: str
    title: str
    ranks: dict[str, int]
    in_top: dict[str, bool]


class SensitivityPanel(QWidget):
    """Every submission in the top k under at least one method, with its rank per method;
    a rank inside the top k carries a ★, so a shortlist that moves with the method shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model: RecordTableModel[SensitivityRow] = RecordTableModel([], self)
        self.proxy = FoldingFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Method sensitivity"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_results(self, results: Results) -> None:
        from imin_desktop.domain.consolidation import METHODS

        k = results.top_k
        rows = []
        for s in results.submissions:
            in_top: dict[str, bool] = {m: s.method_ranks.get(m, 10**9) <= k for m in METHODS}
            if any(in_top.values()):
                rows.append(
                    SensitivityRow(
                        s.id, s.title, {str(m): r for m, r in s.method_ranks.items()}, in_top
                    )
                )
        columns: list[Column[SensitivityRow]] = [
            Column(self.tr("Submission"), lambda r: r.id),
            Column(self.tr("Title"), lambda r: r.title, tooltip=lambda r: r.title),
        ]
        for m in METHODS:
            columns.append(Column(method_label(m), _rank_text(m), _rank_key(m), align_right=True))
        self.model.set_columns(columns)
        self.model.set_rows(rows)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.resizeSection(1, min(header.sectionSize(1), 320))
        changing = [r.id for r in rows if len(set(r.in_top.values())) > 1]
        if changing:
            text = self.tr(
                "The top %n changes with the method for: {ids}. ★ marks a place in the top %n.",
                "",
                k,
            ).replace("{ids}", ", ".join(changing))
        else:
            text = self.tr(
                "The top %n is the same under every method. ★ marks a place in the top %n.", "", k
            )
        self.summary.setText(text)


def _rank_text(method: str):  # type: ignore[no-untyped-def]
    return lambda r: f"{r.ranks.get(method, '—')}{' ★' if r.in_top.get(method) else ''}"


def _rank_key(method: str):  # type: ignore[no-untyped-def]
    return lambda r: r.ranks.get(method)


class LeniencyChart(QWidget):
    """One horizontal bar per juror: the leniency offset on the total's scale, generous to the
    right of zero, strict to the left; jurors without an estimate say why in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float | None]] = []
        self.setAccessibleName(self.tr("Juror leniency chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: list[tuple[str, float | None]]) -> None:
        self.bars = bars
        self.setAccessibleDescription(
            "; ".join(f"{name}: {number(v)}" if v is not None else f"{name}: —" for name, v in bars)
        )
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return max(QFontMetrics(self.font()).height() + 8, 22)

    def sizeHint(self) -> QSize:
        return QSize(420, self._row_height() * (len(self.bars) + 2) + 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self._row_height() * 3)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetrics(self.font())
        row = self._row_height()
        label_w = max((metrics.horizontalAdvance(n) for n, _v in self.bars), default=40) + 12
        value_w = metrics.horizontalAdvance("−00.00") + 12
        left, right = label_w, self.width() - value_w
        values = [abs(v) for _n, v in self.bars if v is not None]
        extent = _nice(max(values, default=1.0))
        zero = (left + right) / 2
        scale = (right - left) / 2 / extent if extent else 1.0
        painter.setPen(QPen(muted, 1))
        axis_y = row * len(self.bars) + 4
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        for tick in (-extent, -extent / 2, 0.0, extent / 2, extent):
            x = zero + tick * scale
            painter.drawLine(QPointF(x, 0), QPointF(x, axis_y + 4))
            label = number(tick, 1)
            painter.drawText(QRectF(x - 40, axis_y + 4, 80, row), Qt.AlignmentFlag.AlignHCenter,
                             label)  # fmt: skip
        painter.drawText(
            QRectF(left, axis_y + row, right - left, row), Qt.AlignmentFlag.AlignHCenter,
            self.tr("← stricter   points on the total   more generous →"),
        )  # fmt: skip
        generous = QColor(46, 125, 50)
        strict = QColor(198, 40, 40)
        for i, (name, value) in enumerate(self.bars):
            y = i * row
            painter.setPen(text_color)
            painter.drawText(QRectF(0, y, label_w - 6, row),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)  # fmt: skip
            if value is None:
                painter.setPen(muted)
                painter.drawText(QRectF(left + 4, y, right - left, row),
                                 Qt.AlignmentFlag.AlignVCenter, self.tr("no estimate"))  # fmt: skip
                continue
            x = zero + value * scale
            bar = QRectF(min(zero, x), y + 4, abs(x - zero), row - 8)
            painter.fillRect(bar, generous if value >= 0 else strict)
            painter.setPen(text_color)
            painter.drawText(QRectF(right + 4, y, value_w, row),
                             Qt.AlignmentFlag.AlignVCenter, number(value))  # fmt: skip
        painter.end()


def _nice(value: float) -> float:
    """A round scale end at or above ``value`` (0.5, 1, 2, 5, 10, …)."""
    if value <= 0:
        return 1.0
    base = 10.0 ** math.floor(math.log10(value))
    return next(m * base for m in (1, 2, 5, 10) if m * base >= value)


class LeniencyPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = LeniencyChart(self)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        intro = QLabel(self.tr(
            "How much each juror's totals sit above (generous) or below (strict) the others' "
            "on the same submissions, estimated from shared submissions. The adjusted method "
            "removes these offsets."
        ), self)  # fmt: skip
        intro.setWordWrap(True)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(intro)
        inner_layout.addWidget(self.chart)
        inner_layout.addWidget(self.notes)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_results(self, results: Results) -> None:
        self.chart.set_bars([(j.id, j.leniency) for j in results.jurors])
        notes = [f"{n.path.split('[')[-1].split(']')[0]}: {n.message}" if "[" in n.path
                 else n.message for n in results.notes
                 if n.path.startswith("jurors") and not n.path.endswith(".mean_total")]  # fmt: skip
        self.notes.setText("\n".join(dict.fromkeys(notes)))
