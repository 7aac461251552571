"""The list of assigned submissions: state icons, filter, sort and "12 of 30 done"."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.ui.common.icons import state_icon, state_label
from imin_desktop.ui.common.table_model import fold
from imin_desktop.ui.juror.score_widgets import readable_placeholder

STATES = ("not_started", "in_progress", "done", "conflict")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SubmissionRow:
    """One line of the list, as plain values."""

    id: str
    title: str
    track: str
    state: str
    total: Decimal | None


def format_number(value: Decimal | None) -> str:
    """An exact value in the interface's locale ("7.5" in English, "7,5" in Portuguese)."""
    if value is None:
        return ""
    text = f"{value.normalize():f}"
    return text.replace(".", QLocale().decimalPoint())


class SubmissionTableModel(QAbstractTableModel):
    """The juror's submissions, one row each (state, id, title, total)."""

    STATE, ID, TITLE, TOTAL = range(4)

    def __init__(self, rows: list[SubmissionRow] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SubmissionRow] = list(rows or [])
        self._index = {r.id: i for i, r in enumerate(self._rows)}
        self._headers = [self.tr("State"), self.tr("ID"), self.tr("Title"), self.tr("Total")]

    def set_rows(self, rows: list[SubmissionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._index = {r.id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def update_row(self, row: SubmissionRow) -> None:
        i = self._index.get(row.id)
        if i is None or self._rows[i] == row:
            return
        self._rows[i] = row
        self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def row_of(self, submission_id: str) -> int:
        return self._index.get(submission_id, -1)

    def rows(self) -> list[SubmissionRow]:
        return list(self._rows)

    # -- Qt's contract -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.id
        if role == STATE_ROLE:
            return row.state
        if role == Qt.ItemDataRole.DisplayRole:
            return {self.ID: row.id, self.TITLE: row.title,
                    self.TOTAL: format_number(row.total)}.get(col)  # fmt: skip
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATE:
            return state_icon(row.state)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.STATE:
                return state_label(row.state)
            if col == self.TITLE:
                return f"{row.title}\n{row.track}" if row.track else row.title
            return None
        if role == SORT_ROLE:
            if col == self.STATE:
                return STATES.index(row.state) if row.state in STATES else 0
            if col == self.TOTAL:
                return float(row.total) if row.total is not None else -1.0
            return (row.id if col == self.ID else row.title).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 4:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if section == self.STATE else self._headers[section]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SubmissionFilterProxy(QSortFilterProxyModel):
    """Filters by words in the id, title or track (accents and case ignored: "farmacias" finds
    "Farmácias"), and by state."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._state = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", fold(text).split()))

    def set_state(self, state: str) -> None:
        self._refilter(lambda: setattr(self, "_state", state))

    def _refilter(self, change: Any) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, SubmissionTableModel.TITLE, source_parent)
        if self._state and model.data(index, STATE_ROLE) != self._state:
            return False
        if not self._words:
            return True
        haystack = " ".join(
            str(model.data(model.index(source_row, c, source_parent),
                           Qt.ItemDataRole.ToolTipRole if c == SubmissionTableModel.TITLE
                           else Qt.ItemDataRole.DisplayRole) or "")
            for c in (SubmissionTableModel.ID, SubmissionTableModel.TITLE)
        )  # fmt: skip
        haystack = fold(haystack)
        return all(word in haystack for word in self._words)


class SubmissionListPane(QWidget):
    """Filter box, state filter, the table and the progress bar; ``current_changed(id)``."""

    current_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SubmissionTableModel(parent=self)
        self.proxy = SubmissionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by id or title (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Filter submissions"))
        readable_placeholder(self.filter)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        layout.addWidget(self.filter)

        self.state_filter = QComboBox(self)
        self.state_filter.setAccessibleName(self.tr("Show submissions by state"))
        self.state_filter.setToolTip(self.tr("Show only submissions in one state"))
        self.state_filter.addItem(self.tr("All submissions"), "")
        for state in STATES:
            self.state_filter.addItem(state_icon(state), state_label(state), state)
        self.state_filter.currentIndexChanged.connect(self._state_changed)
        layout.addWidget(self.state_filter)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Assigned submissions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SubmissionTableModel.ID, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SubmissionTableModel.STATE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(
            SubmissionTableModel.ID, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(SubmissionTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            SubmissionTableModel.TOTAL, QHeaderView.ResizeMode.ResizeToContents
        )
        header.resizeSection(SubmissionTableModel.STATE, 30)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        layout.addWidget(self.table, 1)

        self.empty_hint = QLabel(self.tr("No submission matches the filter."), self)
        self.empty_hint.setAccessibleName(self.tr("No match"))
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Reviews done"))
        self.progress.setTextVisible(True)
        layout.addWidget(self.progress)

    # -- content -----------------------------------------------------------------------------

    def set_rows(self, rows: list[SubmissionRow]) -> None:
        self.model.set_rows(rows)
        self._update_progress()

    def update_row(self, row: SubmissionRow) -> None:
        self.model.update_row(row)
        self._update_progress()

    def _update_progress(self) -> None:
        rows = self.model.rows()
        done = sum(1 for r in rows if r.state in ("done", "conflict"))
        self.progress.setRange(0, max(1, len(rows)))
        self.progress.setValue(done)
        text = self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(len(rows)))
        self.progress.setFormat(text)
        self.progress.setToolTip(self.tr("Conflicts of interest count as done"))
        self.progress.setAccessibleDescription(text)

    # -- navigation --------------------------------------------------------------------------

    def current_id(self) -> str:
        index = self.table.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else ""

    def select(self, submission_id: str) -> bool:
        source_row = self.model.row_of(submission_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, SubmissionTableModel.ID))
        if not index.isValid():  # hidden by the filter: clear it so the juror sees the row
            self.filter.clear()
            self.state_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(source_row, SubmissionTableModel.ID))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def step(self, delta: int) -> bool:
        """Move to the next (+1) or previous (-1) submission in the list's order."""
        count = self.proxy.rowCount()
        if count == 0:
            return False
        current = self.table.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        if not 0 <= row < count:
            return False
        self.table.setCurrentIndex(self.proxy.index(row, SubmissionTableModel.ID))
        return True

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.current_changed.emit(str(current.data(ID_ROLE)))

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    def _state_changed(self, _index: int) -> None:
        self.proxy.set_state(str(self.state_filter.currentData() or ""))
        self._after_filter()

    def _after_filter(self) -> None:
        self.empty_hint.setVisible(self.proxy.rowCount() == 0)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, SubmissionTableModel.ID))
