"""What the command modules share: opening the event a command names."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from imin_desktop.cli.lazy import lazy

if TYPE_CHECKING:
    from imin_desktop.persistence.database import Database
    from imin_desktop.services import events
else:
    (events,) = lazy("imin_desktop.services.events")


@contextmanager
def event_db(target: str) -> Iterator[Database]:
    """The event at ``target`` (a path or URL), closed when the command is done."""
    db = events.open_event(target)
    try:
        yield db
    finally:
        db.dispose()
