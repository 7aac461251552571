"""Window shortcuts that work whatever widget has focus.

A text field claims some key combinations for itself before the window's shortcuts see them
(``QLineEdit`` takes Ctrl+E, Ctrl+D, Ctrl+W … for Emacs-style editing on Linux), so Ctrl+E
typed in the filter box would move the cursor instead of exporting. ``WindowShortcutGuard``
lets the window's own actions win inside that window; copy, paste, undo and the other standard
editing keys stay with the text field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class WindowShortcutGuard(QObject):
    """Installed on the application while ``window`` lives; lets ``actions`` win over fields."""

    def __init__(self, window: QWidget, actions: list[QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.keys: set[str] = {
            sequence.toString()
            for action in actions
            for sequence in action.shortcuts()
            if sequence.count() == 1
        }
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            window.destroyed.connect(lambda: app.removeEventFilter(self))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        # True: the field never claims the key, so the window's shortcut fires.
        return QKeySequence(event.keyCombination()).toString() in self.keys
