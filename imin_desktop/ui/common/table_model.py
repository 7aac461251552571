"""Qt item models over plain values: one generic table model and an accent-insensitive filter.

Every table of the event window shows a list of plain rows (dataclasses or tuples from the
services). A ``Column`` says how to show, sort and explain one value of a row; the model follows
Qt's contract (checked with ``qtmodeltester``) and never touches the database.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


def fold(text: str) -> str:
    """Text for matching: no accents, no case ("Farmácias" and "farmacias" are the same)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header, how a row shows in it, and optionally how it sorts."""

    title: str
    display: Callable[[Row], Any]
    sort_key: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], str | None] | None = None
    align_right: bool = False
    header_tip: str = ""
    foreground: Callable[[Row], Any] | None = None
    background: Callable[[Row], Any] | None = None


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of plain rows; ``set_rows`` replaces them all at once."""

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column[Row]]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self.rows[row]

    def sort_value(self, row: int, column: int) -> Any:
        """The comparable key of one cell (what ``SORT_ROLE`` gives, without Qt in between)."""
        record, col = self.rows[row], self.columns[column]
        return _sortable(col.sort_key(record) if col.sort_key else col.display(record))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.display(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return self.sort_value(index.row(), index.column())
        if role == ROW_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            return column.background(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].header_tip:
                return self.columns[section].header_tip
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None


def _sortable(key: Any) -> Any:
    """Sort keys Qt can compare: numbers stay numbers, text is folded, missing values last."""
    if key is None:
        return (1, "")
    if isinstance(key, bool):
        return (0, int(key))
    if isinstance(key, int | float):
        return (0, float(key))
    if isinstance(key, str):
        return (0, fold(key))
    try:
        return (0, float(key))
    except (TypeError, ValueError):
        return (0, fold(str(key)))


class FoldingFilterModel(QSortFilterProxyModel):
    """Sorts by each column's sort key and keeps rows whose text contains every typed word,
    ignoring accents and case."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._haystacks: dict[int, str] = {}
        self._keys: dict[tuple[int, int], Any] = {}
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        # Cleared *before* the source changes: the proxy re-sorts and re-filters as soon as
        # the change ends, which must never see the previous rows' keys.
        for signal in (model.modelAboutToBeReset, model.layoutAboutToBeChanged,
                       model.rowsAboutToBeInserted, model.rowsAboutToBeRemoved):  # fmt: skip
            signal.connect(self._forget)
        model.dataChanged.connect(self._forget)

    def _forget(self, *_args: Any) -> None:
        self._haystacks.clear()
        self._keys.clear()

    def set_filter_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+ (invalidateFilter is deprecated there)
            self.beginFilterChange()
            self._words = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = fold(text).split()
            self.invalidateFilter()

    def _key(self, index: AnyIndex) -> Any:
        """The sort key of a source cell, computed once (Python-side: a sort of thousands of
        rows asks for it tens of thousands of times)."""
        cell = (index.row(), index.column())
        try:
            return self._keys[cell]
        except KeyError:
            model = self.sourceModel()
            if isinstance(model, RecordTableModel):
                value = model.sort_value(*cell)
            else:
                value = index.data(SORT_ROLE)
            self._keys[cell] = value
            return value

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = self._key(left), self._key(right)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        haystack = self._haystacks.get(source_row)
        if haystack is None:
            model = self.sourceModel()
            if isinstance(model, RecordTableModel):
                record = model.rows[source_row]
                texts = (str(c.display(record) or "") for c in model.columns)
            else:
                texts = (
                    str(model.data(model.index(source_row, c, source_parent)) or "")
                    for c in range(model.columnCount(source_parent))
                )
            haystack = fold(" ".join(texts))
            self._haystacks[source_row] = haystack
        return all(word in haystack for word in self._words)
