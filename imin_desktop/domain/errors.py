"""The errors every layer raises for input a user can fix."""

from __future__ import annotations


class InputError(Exception):
    """Input refused: names the file, the place inside it and the problem.

    Readers raise this and nothing else. ``file`` is a path or a display name,
    ``location`` a place inside it (``criteria[2].weight``, ``row 14, column C``,
    ``SUB-014 / attachments[0].path``), ``message`` what is wrong, in words.
    """

    def __init__(self, file: str, location: str, message: str) -> None:
        self.file = str(file)
        self.location = location
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.file}: {self.location}" if self.location else self.file
        return f"{where}: {self.message}"


class RefusedError(Exception):
    """A request the program refuses because of the event's state (not a file's content)."""


class NotFoundError(RefusedError):
    """Something named by the user does not exist in the event."""
