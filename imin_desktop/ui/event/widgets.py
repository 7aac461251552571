"""Small widgets the coordinator's pages share: a filterable table, a drop frame, actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.table_model import (
    ROW_ROLE,
    Column,
    FoldingFilterModel,
    RecordTableModel,
)

Row = TypeVar("Row")
SAMPLE_ROWS = 60
MAX_WIDTH = 420  # a column sized to its contents never takes more than this (pixels)


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders in dropped data (web links and the like are ignored)."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def without_progress(fn: Callable[..., Any]) -> Callable[..., Any]:
    """A service call as background work, for services that take no progress token."""

    def run(*args: Any, progress: object = None, **kwargs: Any) -> Any:
        return fn(*args, **kwargs)

    return run


def action(owner: QWidget, text: str, shortcut: str | QKeySequence.StandardKey | None,
           slot: Callable[[], object], tip: str = "") -> QAction:  # fmt: skip
    """An action with its shortcut active while ``owner``'s window is (shown in the tooltip)."""
    act = QAction(text, owner)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    act.setToolTip(f"{tip or text.replace('&', '').rstrip('…')}" + (f" ({keys})" if keys else ""))
    act.triggered.connect(lambda _checked=False: slot())
    owner.addAction(act)
    return act


class DropFrame(QFrame):
    """A framed area that takes dropped files and folders and says so while dragging."""

    dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropFrame")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._highlight(False)

    def _highlight(self, on: bool) -> None:
        border = "palette(highlight)" if on else "palette(mid)"
        self.setStyleSheet(f"#dropFrame {{ border: 2px dashed {border}; border-radius: 8px; }}")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.acceptDrops() and local_paths(event.mimeData()):
            event.acceptProposedAction()
            self._highlight(True)

    def dragLeaveEvent(self, event: Any) -> None:
        self._highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        paths = local_paths(event.mimeData())
        if paths and self.acceptDrops():
            event.acceptProposedAction()
            self.dropped.emit(paths)


class RecordTable(QWidget, Generic[Row]):
    """A filter box over a sortable table of plain rows; remembers its column layout."""

    def __init__(self, columns: Sequence[Column[Row]], settings: AppSettings, key: str,
                 name: str, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.settings = settings
        self.key = key
        self.model: RecordTableModel[Row] = RecordTableModel(columns, self)
        self.proxy = FoldingFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter (accents and case ignored)"))
        self.filter.setAccessibleName(self.tr("Filter {what}").replace("{what}", name))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.count = QLabel(self)
        self.view = QTableView(self)
        self.view.setAccessibleName(name)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        # Columns sized to their contents look at the first rows only: thousands of rows
        # would cost a Python call per cell and role.
        self.view.verticalHeader().setResizeContentsPrecision(SAMPLE_ROWS)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionsMovable(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._restored = False
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.model.set_rows(rows)
        if not self._restored:
            self._restored = True
            if not self.settings.restore_header(self.key, self.view.horizontalHeader()):
                self.view.resizeColumnsToContents()
                header = self.view.horizontalHeader()
                for column in range(header.count()):
                    header.resizeSection(column, min(header.sectionSize(column), MAX_WIDTH))
        self._show_count()

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            str(total) if shown == total else self.tr("{shown} of {total}")
            .replace("{shown}", str(shown)).replace("{total}", str(total))
        )  # fmt: skip

    def selected(self) -> list[Row]:
        rows = {i.data(ROW_ROLE) for i in self.view.selectionModel().selectedRows()}
        return [self.model.row_at(r) for r in sorted(r for r in rows if r is not None)]

    def save_state(self) -> None:
        if self._restored:
            self.settings.save_header(self.key, self.view.horizontalHeader())

    def hideEvent(self, event: Any) -> None:
        self.save_state()
        super().hideEvent(event)
