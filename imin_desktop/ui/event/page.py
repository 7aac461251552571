"""The base of every page of the event window (Setup, Assignments, Collect, Results, ...)."""

from __future__ import annotations

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
        ctx.changed.connect(self._event_changed)

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
