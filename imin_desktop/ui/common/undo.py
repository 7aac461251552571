"""Undo and redo of scoring edits: each command swaps whole review snapshots.

Every edit is stored through the juror service first; the command then only remembers the
review before and after (plain ``ReviewEntry`` values), so undo and redo restore a snapshot
through ``JurorWorkspace.restore`` and are stored durably like any other change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from imin_desktop.domain.review import ReviewEntry

Restore = Callable[[ReviewEntry], None]
MERGE_ID = 4242


class ReviewEditCommand(QUndoCommand):
    """One edit of one review, already applied when pushed.

    ``merge_key`` (e.g. "comment" or "comment:relevance") lets consecutive typing in the same
    box become one undo step.
    """

    def __init__(self, restore: Restore, before: ReviewEntry, after: ReviewEntry, text: str,
                 merge_key: str = "") -> None:  # fmt: skip
        super().__init__(text)
        self._restore = restore
        self.submission_id = before.submission_id
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self._applied = True

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            isinstance(other, ReviewEditCommand)
            and other.merge_key == self.merge_key
            and other.submission_id == self.submission_id
        ):
            self.after = other.after
            return True
        return False

    def redo(self) -> None:
        if self._applied:  # the edit was stored before the command was pushed
            self._applied = False
            return
        self._restore(self.after)

    def undo(self) -> None:
        self._restore(self.before)
