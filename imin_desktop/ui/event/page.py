"""The base of every page of the event window (Setup, Assignments, Collect, Results, ...)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from imin_desktop.ui.event.context import EventContext


class EventPage(QWidget):
    """A page shows part of the event and reloads itself when the event changes.

    Subclasses build their widgets in ``__init__`` and load data in ``refresh`` (called when the
    page is first shown and whenever the event changed while it is visible; a hidden page is
    marked stale and reloads when shown again). In a read-only window (``ctx.read_only``) a page
    hides or disables every editing action."""

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._loads: dict[str, int] = {}
        self._pending: set[str] = set()
        ctx.changed.connect(self._event_changed)

    def load(self, key: str, fn: Callable[..., Any], *args: Any,
             on_loaded: Callable[[Any], None]) -> None:  # fmt: skip
        """Read ``fn(*args)`` in the background and hand the result to ``on_loaded``, unless a
        newer load of the same ``key`` was started meanwhile (only the latest result shows).
        A failure to read is shown as a readable dialog."""
        from imin_desktop.ui.common.errors import show_error
        from imin_desktop.ui.event.widgets import without_progress

        generation = self._loads.get(key, 0) + 1
        self._loads[key] = generation

        self._pending.add(key)

        def delivered(result: Any) -> None:
            if self._loads.get(key) == generation:
                self._pending.discard(key)
                on_loaded(result)

        def failed(exc: BaseException) -> None:
            if self._loads.get(key) == generation:
                self._pending.discard(key)
                show_error(self, self.tr("The event could not be read"), exc, wait=False)

        self.ctx.runner.start(f"load {key}", without_progress(fn), *args,
                              on_success=delivered, on_failure=failed)  # fmt: skip

    @property
    def loading(self) -> bool:
        """True while a background load has not delivered its result yet (tests wait on it)."""
        return bool(self._pending)

    def refresh(self) -> None:
        """Reload what the page shows from the services (override)."""

    def ensure_fresh(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def _event_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.ensure_fresh()


class PendingPage(EventPage):
    """A page whose screen is not available in this version: says so, in words."""

    def __init__(self, ctx: EventContext, what: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        label = QLabel(what, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)
