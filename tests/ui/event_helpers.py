"""Helpers for the event window's tests: open a window on an event file, drop files on a widget,
wait for a page's background loads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from imin_desktop.services import events
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.tasks import TaskRunner
from imin_desktop.ui.event.page import EventPage
from imin_desktop.ui.event.window import EventWindow


def open_window(qtbot, path: Path, runner: TaskRunner, settings: AppSettings,
                read_only: bool = False) -> EventWindow:  # fmt: skip
    window = EventWindow(events.open_event(path, read_only=read_only), runner, settings,
                         read_only=read_only)  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def show(qtbot, window: EventWindow, key: str) -> EventPage:
    """Show the page ``key`` and wait until everything it loads has arrived."""
    page = window.show_page(key)
    settle(qtbot, window)
    return page


def settle(qtbot, window: EventWindow) -> None:
    """Wait until no background task runs and no page is still loading."""
    qtbot.waitUntil(
        lambda: not window.ctx.runner.busy and not any(p.loading for p in window.pages.values()),
        timeout=60_000,
    )
    qtbot.wait(10)


def results_page(qtbot, window: EventWindow) -> Any:
    """The Results page shown, with its first results on screen."""
    page = window.page("results")
    with qtbot.waitSignal(page.results_shown, timeout=60_000):
        window.show_page("results")
    settle(qtbot, window)
    return page


def drop(widget: QWidget, paths: list[Path]) -> QDropEvent:
    """Drop ``paths`` on ``widget`` as a file manager would (a QDropEvent with file URLs)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    widget.dropEvent(event)
    return event
