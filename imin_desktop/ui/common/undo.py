"""Undo and redo of scoring edits: each command swaps whole review snapshots.

Every edit is stored through the juror service first; the command then only remembers the
review before and after (plain ``ReviewEntry`` values), so undo and redo restore a snapshot
through ``JurorWorkspace.restore`` and are stored durably like any other change.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from imin_desktop.domain.review import ReviewEntry

Restore = Callable[[ReviewEntry], None]
MERGE_ID = 4242
PAUSE = 1.0  # seconds of no typing that end an undo step in a comment


class ReviewEditCommand(QUndoCommand):
    """One edit of one review, already applied when pushed.

    ``merge_key`` (e.g. "comment" or "comment:relevance") lets typing in the same box become
    one undo step per word: a step ends at a space or line break, or after a pause of ``PAUSE``
    seconds, so Undo takes back the last edit, never the whole text.
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
        self.at = time.monotonic()
        self.closed = _ends_word(before, after)

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            isinstance(other, ReviewEditCommand)
            and other.merge_key == self.merge_key
            and other.submission_id == self.submission_id
            and not self.closed
            and other.at - self.at < PAUSE
        ):
            self.after = other.after
            self.at = other.at
            self.closed = other.closed
            return True
        return False

    def redo(self) -> None:
        if self._applied:  # the edit was stored before the command was pushed
            self._applied = False
            return
        self._restore(self.after)

    def undo(self) -> None:
        self._restore(self.before)


def _text(entry: ReviewEntry) -> str:
    return entry.comment + "\x00" + "\x00".join(entry.criterion_comments.values())


def _ends_word(before: ReviewEntry, after: ReviewEntry) -> bool:
    """The edit typed a space or a line break, or was more than one typed character (a paste, a
    deletion of a selection): the undo step ends with it."""
    old, new = _text(before), _text(after)
    if len(new) != len(old) + 1:
        return len(new) != len(old) - 1  # one character deleted: keep merging backspaces
    at = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(old))
    return new[at].isspace()
