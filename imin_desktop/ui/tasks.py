"""Background work for the GUI: plain functions run on a thread pool, results by signal.

A task is any plain function that takes a ``progress`` keyword (a
``imin_desktop.domain.progress.Progress``); the runner gives it a token whose ``step`` emits
a signal and raises ``Cancelled`` once the user asked to stop. The UI thread never waits:
the outcome comes back as exactly one of ``succeeded``, ``failed`` or ``cancelled``,
delivered on the UI thread (queued connection), followed by ``finished``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from imin_desktop.domain.progress import Cancelled

log = logging.getLogger(__name__)


class TaskHandle(QObject):
    """One running task, seen from the UI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self.is_running = True
        self.finished.connect(self._on_finished)

    def cancel(self) -> None:
        """Ask the task to stop at its next progress step."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _on_finished(self) -> None:
        self.is_running = False


class QtProgress:
    """The progress token handed to a task: reports by signal, raises ``Cancelled`` on demand."""

    def __init__(self, handle: TaskHandle) -> None:
        self._handle = handle

    def step(self, done: int, total: int, message: str = "") -> None:
        if self._handle.cancel_requested:
            raise Cancelled()
        self._handle.progressed.emit(done, total, message)


class _Runnable(QRunnable):
    def __init__(self, handle: TaskHandle, fn: Callable[..., Any], args: tuple[Any, ...],
                 kwargs: dict[str, Any]) -> None:  # fmt: skip
        super().__init__()
        self.setAutoDelete(True)
        self._handle = handle
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:
        handle = self._handle
        try:
            result = self._fn(*self._args, progress=QtProgress(handle), **self._kwargs)
        except Cancelled:
            handle.cancelled.emit()
        except BaseException as exc:  # every failure reaches the user as a dialog
            log.error("task %s failed", handle.name, exc_info=exc)
            handle.failed.emit(exc)
        else:
            handle.succeeded.emit(result)  # even when cancelled too late: the caller decides
        finally:
            handle.finished.emit()


class TaskRunner(QObject):
    """Starts plain functions on a private thread pool and keeps their handles alive."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[TaskHandle] = set()

    def start(self, name: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> TaskHandle:
        """Run ``fn(*args, progress=token, **kwargs)`` in the background; connect to the
        handle's signals right away (they are queued, so none is missed)."""
        handle = TaskHandle(name, self)
        self._running.add(handle)
        handle.finished.connect(lambda: self._running.discard(handle))
        self._pool.start(_Runnable(handle, fn, args, kwargs))
        return handle

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every task (shutting down, and in tests)."""
        return self._pool.waitForDone(msecs)
