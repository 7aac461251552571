"""Fixtures the service tests share: a fresh event file and the open event."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import event_file

from imin_desktop.persistence.database import Database, open_database


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    return event_file(tmp_path)


@pytest.fixture
def db(event_path: Path) -> Iterator[Database]:
    database = open_database(event_path)
    yield database
    database.dispose()
