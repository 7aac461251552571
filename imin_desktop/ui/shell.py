"""Which window is on screen: the start window, or the workspace of the kit that was opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from imin_desktop.ui.settings import AppSettings
from imin_desktop.ui.start_window import StartWindow, preload
from imin_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from imin_desktop.services.juror import JurorWorkspace
    from imin_desktop.ui.workspace_window import WorkspaceWindow


class Shell(QObject):
    """Owns the task runner and the windows; a kit opened in the start window replaces it."""

    def __init__(self, settings: AppSettings | None = None, workspace_dir: Path | None = None,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.settings = settings or AppSettings()
        self.runner = TaskRunner(self)
        self.start = StartWindow(self.runner, self.settings, workspace_dir)
        self.start.workspace_opened.connect(self.show_workspace)
        self.workspace: WorkspaceWindow | None = None
        self.runner.start("preload", preload)

    def show_start(self) -> StartWindow:
        self.start.refresh_recent()
        self.start.show()
        self.start.raise_()
        return self.start

    def open(self, path: str | Path | None) -> None:
        """Show the start window and open ``path`` (a kit or an event file) when given."""
        self.show_start()
        if path:
            self.start.open_path(path)

    def show_workspace(self, workspace: JurorWorkspace) -> WorkspaceWindow:
        from imin_desktop.ui.workspace_window import WorkspaceWindow

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
        self.start.close()
        self.runner.wait(10_000)
