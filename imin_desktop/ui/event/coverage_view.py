"""Coverage: a heat map of jurors × submissions (done, draft, missing, conflict) painted from
one small image, and who is still missing with their e-mail addresses to copy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QHelpEvent, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolTip, QVBoxLayout, QWidget

from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.table_model import Column
from imin_desktop.ui.event.widgets import RecordTable

if TYPE_CHECKING:
    from imin_desktop.services.coverage import Coverage
    from imin_desktop.services.jurors import JurorInfo

COLOURS = {
    "done": QColor(60, 160, 90),
    "draft": QColor(235, 175, 50),
    "missing": QColor(215, 70, 60),
    "conflict": QColor(120, 120, 120),
    "": QColor(238, 238, 238),
}


class CoverageHeatMap(QWidget):
    """Jurors down, submissions across; each cell coloured by its state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Coverage heat map"))
        self.setMouseTracking(True)
        self.setMinimumSize(160, 120)
        self.jurors: list[str] = []
        self.submissions: list[str] = []
        self.cells: dict[tuple[str, str], str] = {}
        self.image = QImage()
        self.labels = {"done": self.tr("done"), "draft": self.tr("draft"),
                       "missing": self.tr("missing"), "conflict": self.tr("conflict"),
                       "": self.tr("not assigned")}  # fmt: skip

    def set_coverage(self, coverage: Coverage) -> None:
        self.jurors = [r.id for r in coverage.jurors]
        self.submissions = [r.id for r in coverage.submissions]
        self.cells = dict(coverage.cells)
        width, height = max(1, len(self.submissions)), max(1, len(self.jurors))
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(COLOURS[""])
        column = {s: i for i, s in enumerate(self.submissions)}
        row = {j: i for i, j in enumerate(self.jurors)}
        rgb = {state: colour.rgb() for state, colour in COLOURS.items()}
        for (juror, sub), state in self.cells.items():
            image.setPixel(column[sub], row[juror], rgb[state])
        self.image = image
        self.update()

    def state_at(self, juror: str, submission: str) -> str:
        return self.cells.get((juror, submission), "")

    def _gutter(self) -> int:
        """Room for the jurors' ids on the left, when every row is tall enough to carry one."""
        metrics = self.fontMetrics()
        if not self.jurors or self.height() < len(self.jurors) * (metrics.height() + 2):
            return 0
        return max(metrics.horizontalAdvance(j) for j in self.jurors) + 8

    def _area(self) -> QRect:
        return self.rect().adjusted(1 + self._gutter(), 1, -1, -1)

    def cell_at(self, pos: QPoint) -> tuple[str, str] | None:
        area = self._area()
        if not self.jurors or not self.submissions or not area.contains(pos):
            return None
        col = (pos.x() - area.x()) * len(self.submissions) // max(1, area.width())
        row = (pos.y() - area.y()) * len(self.jurors) // max(1, area.height())
        col, row = min(col, len(self.submissions) - 1), min(row, len(self.jurors) - 1)
        return self.jurors[row], self.submissions[col]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform,
                              len(self.submissions) > self._area().width())  # fmt: skip
        area = self._area()
        if not self.image.isNull():
            painter.drawImage(area, self.image)
        columns, rows = len(self.submissions), len(self.jurors)
        if columns and rows and area.width() >= 5 * columns and area.height() >= 5 * rows:
            painter.setPen(self.palette().base().color())  # cells large enough: grid lines
            for c in range(1, columns):
                x = area.x() + c * area.width() // columns
                painter.drawLine(x, area.top(), x, area.bottom())
            for r in range(1, rows):
                y = area.y() + r * area.height() // rows
                painter.drawLine(area.left(), y, area.right(), y)
        if self._gutter():
            painter.setPen(self.palette().text().color())
            for r, juror in enumerate(self.jurors):
                top = area.y() + r * area.height() // rows
                bottom = area.y() + (r + 1) * area.height() // rows
                painter.drawText(QRect(2, top, self._gutter() - 6, bottom - top),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                                 juror)  # fmt: skip
        painter.setPen(self.palette().mid().color())
        painter.drawRect(area.adjusted(-1, -1, 0, 0))
        painter.end()

    def event(self, event: Any) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == event.Type.ToolTip:
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
            else:
                state = self.labels[self.state_at(*cell)]
                QToolTip.showText(event.globalPos(), f"{cell[0]} — {cell[1]}: {state}", self)
            return True
        return super().event(event)

    def sizeHint(self) -> QSize:
        return QSize(480, 240)


class CoveragePanel(QWidget):
    """The heat map with its totals, and the table of jurors who still owe reviews."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heat_map = CoverageHeatMap(self)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(self.tr("Coverage totals"))
        self.missing_title = QLabel(self)
        self.copy_button = QPushButton(self.tr("Copy e-mail addresses"), self)
        self.copy_button.setToolTip(self.tr("Copy the addresses of the jurors still missing, "
                                            "ready to paste into an e-mail"))  # fmt: skip
        self.copy_button.clicked.connect(self.copy_addresses)
        columns: list[Column[tuple[Any, JurorInfo]]] = [
            Column(self.tr("Juror"), lambda r: r[0].id),
            Column(self.tr("Name"), lambda r: r[0].name),
            Column(self.tr("E-mail"), lambda r: r[1].email),
            Column(self.tr("Missing"), lambda r: r[0].counts["missing"], align_right=True),
            Column(self.tr("Draft"), lambda r: r[0].counts["draft"], align_right=True),
            Column(self.tr("Done"), lambda r: r[0].counts["done"], align_right=True),
        ]
        self.missing: RecordTable[tuple[Any, JurorInfo]] = RecordTable(
            columns, settings, "event/missing", self.tr("Jurors still missing"), self
        )
        legend = (
            self.tr("Jurors down, submissions across:")
            + " "
            + " ".join(
                f"<span style='color:{COLOURS[s].name()}'>■</span> {self.heat_map.labels[s]}"
                for s in ("done", "draft", "missing", "conflict")
            )
            + f" <span style='color:#aaaaaa'>□</span> {self.heat_map.labels['']}"
        )
        self.legend = QLabel(legend, self)
        left = QVBoxLayout()
        left.addWidget(self.totals)
        left.addWidget(self.heat_map, 1)
        left.addWidget(self.legend)
        head = QHBoxLayout()
        head.addWidget(self.missing_title, 1)
        head.addWidget(self.copy_button)
        right = QVBoxLayout()
        right.addLayout(head)
        right.addWidget(self.missing, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def set_coverage(self, coverage: Coverage, jurors: list[JurorInfo]) -> None:
        self.heat_map.set_coverage(coverage)
        totals = coverage.totals()
        self.totals.setText(self.tr(
            "Reviews: {done} done, {draft} in draft, {missing} missing; {conflict} conflict(s)."
        ).format(**{s: totals.get(s, 0) for s in ("done", "draft", "missing", "conflict")}))  # fmt: skip
        by_id = {j.id: j for j in jurors}
        owing = [(r, by_id[r.id]) for r in coverage.jurors
                 if (r.counts["missing"] or r.counts["draft"]) and r.id in by_id]  # fmt: skip
        self.missing.set_rows(owing)
        self.missing_title.setText(
            self.tr("<b>Still missing</b>: {n} juror(s) owe reviews (missing or still in draft).")
            .format(n=len(owing)) if owing else self.tr("<b>Nobody is missing</b>: every "
                                                         "assigned review is done.")
        )  # fmt: skip
        self.copy_button.setEnabled(any(j.email for _r, j in owing))

    def addresses(self) -> str:
        """``Name <address>`` of every juror still missing, separated by ``;``."""
        return "; ".join(f"{j.name} <{j.email}>" for _r, j in self.missing.model.rows if j.email)

    def copy_addresses(self) -> None:
        QGuiApplication.clipboard().setText(self.addresses())
