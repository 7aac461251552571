"""What the GUI remembers between runs (QSettings): recent kits, window layout, folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

MAX_RECENT = 8


class AppSettings:
    """A thin typed layer over ``QSettings`` (organisation "imIN", application "imIN Desktop")."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings()

    # -- recent files ------------------------------------------------------------------------

    def recent_files(self) -> list[tuple[str, str]]:
        """Recent files as (path, label), newest first, only those still on disk."""
        out: list[tuple[str, str]] = []
        size = self._s.beginReadArray("recent")
        for i in range(size):
            self._s.setArrayIndex(i)
            path = str(self._s.value("path", ""))
            label = str(self._s.value("label", ""))
            if path and Path(path).exists():
                out.append((path, label))
        self._s.endArray()
        return out

    def add_recent(self, path: str | Path, label: str = "") -> None:
        path = str(Path(path).resolve())
        rows = [(p, lab) for p, lab in self.recent_files() if p != path]
        rows.insert(0, (path, label))
        self._write_recent(rows[:MAX_RECENT])

    def remove_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self._write_recent([(p, lab) for p, lab in self.recent_files() if p != path])

    def _write_recent(self, rows: list[tuple[str, str]]) -> None:
        self._s.remove("recent")
        self._s.beginWriteArray("recent", len(rows))
        for i, (path, label) in enumerate(rows):
            self._s.setArrayIndex(i)
            self._s.setValue("path", path)
            self._s.setValue("label", label)
        self._s.endArray()
        self._s.sync()

    # -- folders -----------------------------------------------------------------------------

    def folder(self, name: str) -> str:
        return str(self._s.value(f"folders/{name}", "") or "")

    def set_folder(self, name: str, folder: str | Path) -> None:
        self._s.setValue(f"folders/{name}", str(folder))

    # -- layout ------------------------------------------------------------------------------

    def restore_window(self, key: str, window: QMainWindow) -> bool:
        geometry = self._s.value(f"{key}/geometry")
        restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
        state = self._s.value(f"{key}/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        return bool(restored)

    def restore_window_fitted(self, key: str, window: QMainWindow, preferred: QSize) -> bool:
        """The remembered geometry when it still fits a screen (a laptop after a large monitor,
        a higher scaling factor), else ``preferred`` cut to the screen; True if remembered."""
        restored = self.restore_window(key, window)
        if restored and fits_screen(window.frameGeometry()):
            return True
        fit_to_screen(window, preferred)
        return False

    def save_window(self, key: str, window: QMainWindow) -> None:
        self._s.setValue(f"{key}/geometry", window.saveGeometry())
        self._s.setValue(f"{key}/state", window.saveState())

    def restore_splitter(self, key: str, splitter: QSplitter) -> bool:
        state = self._s.value(f"{key}/splitter")
        return isinstance(state, QByteArray) and splitter.restoreState(state)

    def save_splitter(self, key: str, splitter: QSplitter) -> None:
        self._s.setValue(f"{key}/splitter", splitter.saveState())

    def restore_header(self, key: str, header: QHeaderView) -> bool:
        state = self._s.value(f"{key}/header")
        return isinstance(state, QByteArray) and header.restoreState(state)

    def save_header(self, key: str, header: QHeaderView) -> None:
        self._s.setValue(f"{key}/header", header.saveState())

    def value(self, key: str, default: str = "") -> str:
        return str(self._s.value(key, default) or default)

    def set_value(self, key: str, value: str) -> None:
        self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()


def available_area(rect: QRect | None = None) -> QRect:
    """The usable area (without task bars) of the screen holding ``rect``, or the primary one."""
    screen = None
    if rect is not None:
        screen = QGuiApplication.screenAt(rect.center())
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fits_screen(frame: QRect) -> bool:
    return available_area(frame).contains(frame)


def fit_to_screen(window: QMainWindow, preferred: QSize) -> None:
    """Size ``window`` to ``preferred``, or to the screen when that is smaller, and centre it;
    a screen smaller than the preferred size gets the window maximised."""
    area = available_area()
    frame_extra = window.frameGeometry().size() - window.geometry().size()
    width = min(preferred.width(), area.width() - frame_extra.width())
    height = min(preferred.height(), area.height() - frame_extra.height())
    window.resize(QSize(width, height))
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
    if preferred.width() > area.width() or preferred.height() > area.height():
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
