"""An event on the shared PostgreSQL server opened read-only: the server refuses every write."""

from __future__ import annotations

import pytest
from factories import shipped_rubric_path

from imin_desktop.persistence.database import ReadOnlyError
from imin_desktop.services import events, jurors

pytestmark = pytest.mark.postgres


def test_postgres_event_opened_read_only_refuses_writes(pg_database: str) -> None:
    events.create_event(pg_database, "Summit", shipped_rubric_path(), actor="test").dispose()
    reader = events.open_event(pg_database, read_only=True)
    try:
        assert events.event_info(reader).jurors == 0
        with pytest.raises(ReadOnlyError, match="open read-only"):
            jurors.add_juror(reader, "J01", "Rui Costa", actor="manager")
        assert events.event_info(reader).jurors == 0  # the connection is still usable
    finally:
        reader.dispose()
    writer = events.open_event(pg_database)
    try:
        jurors.add_juror(writer, "J01", "Rui Costa", actor="coordinator")
        assert events.event_info(writer).jurors == 1
    finally:
        writer.dispose()
