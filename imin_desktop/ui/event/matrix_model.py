"""The juror × submission matrix as a Qt table model (never a grid of widgets).

One row per submission (its id in the vertical header, so it stays in view while scrolling
across jurors), then the number of reviewers, the title, and one narrow column per juror whose
header carries the juror's load. At the reference scale (2,000 × 120) the view only asks for
the cells it paints; sorting and filtering rebuild a list of row numbers in plain Python.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from imin_desktop.ui.common.table_model import fold

if TYPE_CHECKING:
    from imin_desktop.services.assignments import AssignmentMatrix

AnyIndex = QModelIndex | QPersistentModelIndex
STATE_ROLE = Qt.ItemDataRole.UserRole + 10
PAIR_ROLE = Qt.ItemDataRole.UserRole + 11
FIXED = 2  # columns before the jurors: reviewers, title
STATES = ("", "assigned", "calibration", "reviewed", "conflict")
SYMBOLS = {"assigned": "●", "calibration": "◆", "reviewed": "✓", "conflict": "✕", "": ""}
COLOURS = {
    "assigned": QColor(120, 160, 230, 110),
    "calibration": QColor(150, 110, 220, 120),
    "reviewed": QColor(90, 180, 110, 120),
    "conflict": QColor(220, 90, 80, 110),
}


class JurorSubmissionMatrixTableModel(QAbstractTableModel):
    """Rows: submissions; columns: reviewers, title, then one per juror."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jurors: list[tuple[str, str]] = []
        self.submissions: list[tuple[str, str]] = []
        self.cells: dict[tuple[str, str], str] = {}
        self.assigned: set[tuple[str, str]] = set()
        self.loads: Counter[str] = Counter()
        self.reviewers: Counter[str] = Counter()
        self.order: list[int] = []
        self._words: list[str] = []
        self._folded: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.labels = {"assigned": self.tr("assigned"), "calibration": self.tr("calibration"),
                       "reviewed": self.tr("assigned, review received"),
                       "conflict": self.tr("conflict of interest"), "": self.tr("not assigned")}  # fmt: skip

    # -- content -----------------------------------------------------------------------------

    def set_matrix(self, matrix: AssignmentMatrix) -> None:
        """Show ``matrix``; same jurors and submissions keep scroll position and selection."""
        same = matrix.jurors == self.jurors and matrix.submissions == self.submissions
        cells: dict[tuple[str, str], str] = {}
        for pair, calibration in matrix.assigned.items():
            if pair in matrix.conflicts:
                cells[pair] = "conflict"  # declared by the juror on a submission they were given
            elif pair in matrix.reviewed:
                cells[pair] = "reviewed"
            elif calibration:
                cells[pair] = "calibration"
            else:
                cells[pair] = "assigned"
        cells.update(dict.fromkeys(matrix.conflicts - set(matrix.assigned), "conflict"))
        self.assigned = set(matrix.assigned)
        if same:
            self.cells = cells
            self._count()
            if self.rowCount() and self.columnCount():
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self.rowCount() - 1, self.columnCount() - 1))  # fmt: skip
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self.jurors, self.submissions, self.cells = (
            list(matrix.jurors),
            list(matrix.submissions),
            cells,
        )
        self._folded = [fold(f"{k} {t}") for k, t in self.submissions]
        self._count()
        self.order = self._ordered(self._filtered())
        self.endResetModel()

    def _count(self) -> None:
        self.loads = Counter(j for j, _s in self.assigned)
        self.reviewers = Counter(s for _j, s in self.assigned)

    def set_cell(self, juror: str, submission: str, state: str) -> None:
        """One cell changed (a manual edit): update it, its juror's load and its reviewers."""
        if state:
            self.cells[juror, submission] = state
            self.assigned.add((juror, submission))
        else:
            self.cells.pop((juror, submission), None)
            self.assigned.discard((juror, submission))
        self._count()
        row = next(
            (r for r, i in enumerate(self.order) if self.submissions[i][0] == submission), -1
        )
        col = next((FIXED + c for c, (k, _n) in enumerate(self.jurors) if k == juror), -1)
        if row >= 0 and col >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
            self.dataChanged.emit(self.index(row, col), self.index(row, col))
        if col >= 0:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, col, col)

    def state(self, juror: str, submission: str) -> str:
        return self.cells.get((juror, submission), "")

    def pair_at(self, index: AnyIndex) -> tuple[str, str] | None:
        """(juror, submission) of a juror cell, None for the other columns."""
        if not index.isValid() or index.column() < FIXED:
            return None
        return self.jurors[index.column() - FIXED][0], self.submissions[self.order[index.row()]][0]

    # -- filter and sort ---------------------------------------------------------------------

    def set_filter_text(self, text: str) -> None:
        self.beginResetModel()
        self._words = fold(text).split()
        self.order = self._ordered(self._filtered())
        self.endResetModel()

    def _filtered(self) -> list[int]:
        if not self._words:
            return list(range(len(self.submissions)))
        return [i for i, hay in enumerate(self._folded) if all(w in hay for w in self._words)]

    def _ordered(self, rows: list[int]) -> list[int]:
        column, order = self._sort
        if column < 0:
            return sorted(rows)  # by submission id
        if column == 0:

            def key(i: int) -> Any:
                return (self.reviewers[self.submissions[i][0]], self.submissions[i][0])
        elif column == 1:

            def key(i: int) -> Any:
                return (self._folded[i], i)
        else:
            juror = self.jurors[column - FIXED][0]
            rank = {s: n for n, s in enumerate(STATES)}

            def key(i: int) -> Any:
                return (rank[self.cells.get((juror, self.submissions[i][0]), "")], i)

        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= self.columnCount():
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        before = [(self.order[i.row()], i.column()) for i in old]
        self.order = self._ordered(self.order)
        where = {sub: row for row, sub in enumerate(self.order)}
        self.changePersistentIndexList(old, [self.index(where[s], c) for s, c in before])
        self.layoutChanged.emit()

    # -- Qt's table contract -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self.jurors)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.order)):
            return None
        key, title = self.submissions[self.order[index.row()]]
        column = index.column()
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, STATE_ROLE):
                return self.reviewers[key] if role == STATE_ROLE else str(self.reviewers[key])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if column == 1:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return title
            return None
        juror, name = self.jurors[column - FIXED]
        state = self.cells.get((juror, key), "")
        if role == Qt.ItemDataRole.DisplayRole:
            return SYMBOLS[state]
        if role == STATE_ROLE:
            return state
        if role == PAIR_ROLE:
            return (juror, key)
        if role == Qt.ItemDataRole.BackgroundRole:
            return COLOURS.get(state)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{juror} {name} — {key} {title}: {self.labels[state]}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self.order):
                key, title = self.submissions[self.order[section]]
                if role == Qt.ItemDataRole.DisplayRole:
                    return key
                if role == Qt.ItemDataRole.ToolTipRole:
                    return title
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section < FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Reviewers") if section == 0 else self.tr("Title")
            if role == Qt.ItemDataRole.ToolTipRole and section == 0:
                return self.tr("Jurors assigned to the submission")
            return None
        juror, name = self.jurors[section - FIXED]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{juror}\n{self.loads[juror]}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name}: {n} submission(s)").format(name=name, n=self.loads[juror])
        return None


class MatrixCellDelegate(QStyledItemDelegate):
    """Paints a juror cell from its state alone: one question to the model per cell instead of
    the eight a standard item asks (what keeps a full repaint of the matrix quick)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        state = index.data(STATE_ROLE)
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.highlight())
        elif state:
            painter.fillRect(rect, COLOURS[state])
        if state:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, SYMBOLS[state])
