"""Background work for the GUI: plain functions run on a thread pool, results by signal.

A task is any plain function that takes a ``progress`` keyword (a
``imin_desktop.domain.progress.Progress``); the runner gives it a token whose ``step`` emits
a signal and raises ``Cancelled`` once the user asked to stop. The UI thread never waits:
the outcome comes back as exactly one of ``succeeded``, ``failed`` or ``cancelled``,
delivered on the UI thread (queued connection), followed by ``finished``.

Callbacks are given to ``TaskRunner.start`` and connected *before* the task is queued, so a
task that ends at once (or fails before the caller could do anything) is never lost.
Expected failures (a refused file, a wrong passphrase, a request the event's state refuses)
are logged at INFO without a traceback; anything else is a bug and logged as an ERROR.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from imin_desktop.domain.errors import InputError, RefusedError
from imin_desktop.domain.progress import Cancelled

log = logging.getLogger(__name__)

EXPECTED_ERRORS: tuple[type[BaseException], ...] = (InputError, RefusedError)
Callback = Callable[..., Any] | None


def register_expected_error(kind: type[BaseException]) -> None:
    """Mark an exception type as a user error (logged at INFO, shown without a traceback)."""
    global EXPECTED_ERRORS
    if kind not in EXPECTED_ERRORS:
        EXPECTED_ERRORS = (*EXPECTED_ERRORS, kind)


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
            if isinstance(exc, EXPECTED_ERRORS):
                log.info("task %s refused: %s", handle.name, exc)
            else:
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

    def start(
        self,
        name: str,
        fn: Callable[..., Any],
        *args: Any,
        on_success: Callback = None,
        on_failure: Callback = None,
        on_cancelled: Callback = None,
        on_progress: Callback = None,
        on_finished: Callback = None,
        **kwargs: Any,
    ) -> TaskHandle:
        """Run ``fn(*args, progress=token, **kwargs)`` in the background.

        The callbacks are connected before the task is queued: whatever the task does, and
        however fast, each outcome reaches its callback on the UI thread."""
        handle = TaskHandle(name, self)
        for signal, callback in (
            (handle.succeeded, on_success),
            (handle.failed, on_failure),
            (handle.cancelled, on_cancelled),
            (handle.progressed, on_progress),
            (handle.finished, on_finished),
        ):
            if callback is not None:
                signal.connect(callback)
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
