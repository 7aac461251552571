"""Opening the event window on a page and waiting for its background work, for GUI tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imin_desktop.services import events
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.tasks import TaskRunner
from imin_desktop.ui.event.window import EventWindow


def open_window(qtbot: Any, path: Path, runner: TaskRunner, settings: AppSettings, *,
                read_only: bool = False) -> EventWindow:  # fmt: skip
    window = EventWindow(events.open_event(path, read_only=read_only), runner, settings,
                         read_only=read_only)  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def settle(qtbot: Any, runner: TaskRunner, timeout: int = 60_000) -> None:
    """Wait until every background task has finished and its callbacks have run."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)
    qtbot.wait(20)


def results_page(qtbot: Any, window: EventWindow, runner: TaskRunner) -> Any:
    page = window.page("results")
    with qtbot.waitSignal(page.results_shown, timeout=60_000):
        window.show_page("results")
    settle(qtbot, runner)
    return page
