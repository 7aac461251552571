"""The progress token that long-running work receives (Orange's ``TaskState`` idea).

Background work is a plain function taking a ``Progress``; the CLI passes a silent
or printing token, the GUI one that emits a signal and can be cancelled.
"""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """The user cancelled the work; nothing it did has been kept."""


class Progress(Protocol):
    def step(self, done: int, total: int, message: str = "") -> None:
        """Report that ``done`` of ``total`` units are finished; raise ``Cancelled`` to stop."""
        ...


class SilentProgress:
    """A token that reports nothing and never cancels."""

    def step(self, done: int, total: int, message: str = "") -> None:
        return None


SILENT = SilentProgress()
