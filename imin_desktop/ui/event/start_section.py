"""The start window's part for coordinators: open an event file or create a new event."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from imin_desktop.ui.event.wizard import NewEventWizard


class CoordinatorSection(QFrame):
    """ "Open an event…" and "Create an event…"; ``open_requested`` carries a chosen file,
    ``event_created`` the open database of a new event."""

    open_requested = Signal(str)
    event_created = Signal(object)

    def __init__(self, runner: TaskRunner, settings: AppSettings,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.wizard: NewEventWizard | None = None
        self.setObjectName("coordinatorSection")
        label = QLabel(self.tr("<b>Coordinating a challenge?</b> Open its event file (.imin) "
                               "or create a new event."), self)  # fmt: skip
        label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open an event…"), self)
        self.open_button.setAccessibleName(self.tr("Open an event"))
        self.open_button.clicked.connect(self.choose_event)
        self.create_button = QPushButton(self.tr("Create an event…"), self)
        self.create_button.setAccessibleName(self.tr("Create an event"))
        self.create_button.setToolTip(self.tr("A new event: title, rubric, where to save it "
                                              "(Ctrl+N)"))  # fmt: skip
        self.create_button.clicked.connect(self.create_event)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.create_button)

    def choose_event(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open an event"), self.settings.folder("events"),
            self.tr("Event files (*.imin);;All files (*)"),
        )  # fmt: skip
        if path:
            self.settings.set_folder("events", Path(path).parent)
            self.open_requested.emit(path)

    def create_event(self) -> NewEventWizard:
        """Show the new-event wizard (one at a time)."""
        from imin_desktop.ui.event.wizard import NewEventWizard

        if self.wizard is None or not self.wizard.isVisible():
            self.wizard = NewEventWizard(self.runner, self.settings)
            self.wizard.created.connect(lambda db, _path: self.event_created.emit(db))
        self.wizard.show()
        self.wizard.raise_()
        self.wizard.activateWindow()
        return self.wizard
