"""Undo and redo of the panel's decisions: each command restores a whole decision through the
decisions service (audited like any change), checking the version it last wrote, so an undo
never overwrites what someone else changed meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from imin_desktop.ui.common.errors import show_error


@dataclass(frozen=True)
class DecisionState:
    """A decision as plain values; ``None`` in its place means no decision."""

    outcome: str
    rationale: str
    panel_order: int | None


Apply = Callable[[str, "DecisionState | None", int], int]
"""(submission, state to restore, version expected) -> the new version (0: no decision)."""


class DecisionCommand(QUndoCommand):
    """One recorded change of one or more decisions, already stored when pushed."""

    def __init__(self, apply: Apply, changes: dict[str, tuple[DecisionState | None,
                 DecisionState | None]], versions: dict[str, int], text: str,
                 on_error: Callable[[BaseException], None]) -> None:  # fmt: skip
        super().__init__(text)
        self._apply = apply
        self.changes = changes
        self.versions = dict(versions)  # the version each decision has after the last step
        self._on_error = on_error
        self._applied = True

    def _restore(self, which: int) -> None:
        try:
            for key, states in self.changes.items():
                self.versions[key] = self._apply(key, states[which], self.versions[key])
        except Exception as exc:
            self.setObsolete(True)
            self._on_error(exc)

    def redo(self) -> None:
        if self._applied:  # stored before the command was pushed
            self._applied = False
            return
        self._restore(1)

    def undo(self) -> None:
        self._restore(0)


def report_error(parent: object, title: str) -> Callable[[BaseException], None]:
    def shown(exc: BaseException) -> None:
        show_error(parent, title, exc, wait=False)  # type: ignore[arg-type]

    return shown
