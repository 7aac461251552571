"""What every page of the event window shares: the open event, the task runner, settings.

The pages hold ids and plain values only; they reach the event through the services, passing
``ctx.db``. Every change made through ``ctx.run`` (or announced with ``ctx.notify_changed``)
refreshes the window's header and tells every page to reload what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from imin_desktop.ui.common.errors import show_error
from imin_desktop.ui.common.settings import AppSettings
from imin_desktop.ui.common.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from imin_desktop.persistence.database import Database
    from imin_desktop.services.events import EventInfo


class EventContext(QObject):
    """The open event as the pages see it."""

    changed = Signal()  # something in the event changed: reload
    info_changed = Signal(object)  # a fresh EventInfo

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        settings: AppSettings,
        *,
        read_only: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.settings = settings
        self.read_only = read_only
        self.info: EventInfo | None = None

    @property
    def path(self) -> Path | None:
        return self.db.path

    def load_info(self) -> EventInfo:
        from imin_desktop.services.events import event_info

        self.info = event_info(self.db)
        self.info_changed.emit(self.info)
        return self.info

    def notify_changed(self) -> None:
        self.load_info()
        self.changed.emit()

    def notify_changed_later(self) -> None:
        """Like ``notify_changed``, with the event's facts read in the background (after long
        work on a large event, reading them on the UI thread would stall it)."""
        from imin_desktop.services.events import event_info

        def loaded(info: EventInfo) -> None:
            self.info = info
            self.info_changed.emit(info)
            self.changed.emit()

        self.runner.start("event info", _without_progress, event_info, self.db,
                          on_success=loaded, on_failure=lambda _exc: self.changed.emit())  # fmt: skip

    def run(
        self,
        parent: QWidget,
        label: str,
        fn: Callable[..., Any],
        *args: Any,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        error_title: str = "",
        changes_event: bool = True,
        cancellable: bool = True,
        **kwargs: Any,
    ) -> TaskHandle:
        """Run a service function in the background behind a window-modal progress dialog.

        The dialog appears only if the work takes longer than a moment; Cancel asks the task to
        stop (services keep nothing of a cancelled import or merge). A failure opens a readable
        dialog unless ``on_failure`` handles it; success reloads the pages when the work
        ``changes_event``."""
        progress = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.setAccessibleName(label)
        if not cancellable:
            progress.setCancelButton(None)

        def on_progress(done: int, total: int, message: str) -> None:
            progress.setMaximum(max(total, 0))
            progress.setValue(min(done, total) if total else 0)
            if message:
                progress.setLabelText(f"{label}\n{message}")

        def succeeded(result: Any) -> None:
            if on_success is not None:
                on_success(result)
            if changes_event:
                self.notify_changed_later()

        def failed(exc: BaseException) -> None:
            if on_failure is not None:
                on_failure(exc)
            else:
                show_error(parent, error_title or label, exc, wait=False)

        def finished() -> None:
            progress.reset()
            progress.deleteLater()

        handle = self.runner.start(
            label,
            fn,
            *args,
            on_success=succeeded,
            on_failure=failed,
            on_progress=on_progress,
            on_cancelled=on_cancelled,
            on_finished=finished,
            **kwargs,
        )
        progress.canceled.connect(handle.cancel)
        return handle


def _without_progress(fn: Callable[..., Any], *args: Any, progress: object = None) -> Any:
    return fn(*args)
