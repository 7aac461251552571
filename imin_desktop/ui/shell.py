"""Which window is on screen: the start window, a juror's workspace, or event windows.

A kit (``.iminkit``) opens the juror workspace, which replaces the start window; an event
(``.imin``) opens an event window beside it (one window per event file: opening the same event
again raises its window instead of a second copy)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.tasks import TaskRunner
from imin_desktop.ui.start_window import StartWindow, _escape, preload

SCORE_SUFFIX = ".iminscore"

if TYPE_CHECKING:
    from imin_desktop.persistence.database import Database
    from imin_desktop.services.juror import JurorWorkspace
    from imin_desktop.ui.event.window import EventWindow
    from imin_desktop.ui.juror.workspace_window import WorkspaceWindow


class Shell(QObject):
    """Owns the task runner and the windows; a kit opened in the start window replaces it."""

    def __init__(self, settings: AppSettings | None = None, workspace_dir: Path | None = None,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.settings = settings or AppSettings()
        self.runner = TaskRunner(self)
        self.start = StartWindow(self.runner, self.settings, workspace_dir)
        self.start.workspace_opened.connect(self.show_workspace)
        self.start.event_opened.connect(self.show_event)
        self.workspace: WorkspaceWindow | None = None
        self.events: dict[str, EventWindow] = {}
        self.runner.start("preload", preload)

    def show_start(self) -> StartWindow:
        self.start.refresh_recent()
        self.start.show()
        self.start.raise_()
        return self.start

    def open(self, path: str | Path | None, read_only: bool = False) -> None:
        """Show the start window and open ``path`` (a kit or an event file) when given; an
        event that is already open has its window raised instead."""
        if path and str(Path(path).resolve()) in self.events:
            self._raise(self.events[str(Path(path).resolve())])
            return
        if not path and (self.events or self.workspace is not None):
            self._raise(self.workspace or list(self.events.values())[-1])
            return
        if path and Path(path).suffix.lower() == SCORE_SUFFIX:
            self.receive_score_file(Path(path))
            return
        self.show_start()
        if path and read_only:
            self.start.open_event(Path(path), read_only=True)
        elif path:
            self.start.open_path(path)

    @staticmethod
    def _raise(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    def receive_score_file(self, path: Path) -> EventWindow | None:
        """A score file opened from the file manager goes to the open event it belongs to."""
        from imin_desktop.domain.errors import InputError
        from imin_desktop.formats.scorefile import read_score_file

        try:
            event_id = read_score_file(path)[0].event_id
        except InputError as exc:
            self.show_start().show_message(self.tr(
                "<b>{file}</b> is not a score file imIN Desktop can read: {why}"
            ).replace("{file}", _escape(path.name)).replace("{why}", _escape(exc.message)))  # fmt: skip
            return None
        for window in self.events.values():
            info = window.ctx.info
            if info is not None and info.uid == event_id and not window.ctx.read_only:
                self._raise(window)
                window.receive_score_files([path])
                return window
        self.show_start().show_message(self.tr(
            "<b>{file}</b> is a juror's score file. Open the event it belongs to first "
            "(File ▸ Open), then drop the score file on its Collect page."
        ).replace("{file}", _escape(path.name)))  # fmt: skip
        return None

    def show_event(self, db: Database, read_only: bool = False) -> EventWindow:
        from imin_desktop.ui.event.window import EventWindow

        key = str(db.path.resolve()) if db.path is not None else str(db.url)
        if key in self.events:  # opened twice in a row: keep the first window
            db.dispose()
            window = self.events[key]
        else:
            window = EventWindow(db, self.runner, self.settings, read_only=read_only)
            window.closed.connect(lambda: self._event_closed(key))
            window.open_requested.connect(self._open_requested)
            window.new_requested.connect(self.start.coordinator.create_event)
            self.events[key] = window
        window.show()
        window.raise_()
        self.start.hide()
        return window

    def _open_requested(self, path: str, read_only: bool) -> None:
        if path:
            self.open(path, read_only)
        else:
            self.show_start()
            if read_only:  # File ▸ Open read-only…: the event opens for reading only
                self.start.choose_file(read_only=True)
            else:
                self.start.coordinator.choose_event()

    def _event_closed(self, key: str) -> None:
        self.events.pop(key, None)
        if not self.events and self.workspace is None:
            self.show_start()

    def show_workspace(self, workspace: JurorWorkspace) -> WorkspaceWindow:
        from imin_desktop.ui.juror.workspace_window import WorkspaceWindow

        window = WorkspaceWindow(workspace, self.runner, self.settings)
        window.closed_kit.connect(self.show_start)
        self.workspace = window
        window.show()
        self.start.hide()
        return window

    def shutdown(self) -> None:
        """Close everything (the workspace closes its store) and let background work end."""
        if self.workspace is not None:
            self.workspace.close()
        for window in list(self.events.values()):
            window.close()
        self.start.close()
        self.runner.wait(10_000)
