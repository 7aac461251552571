"""Fixtures the service tests share: a fresh event file and the open event."""

from __future__ import annotations

import shutil
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


@pytest.fixture(scope="session")
def demo_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo event (merged reviews, three decisions) built once per run."""
    from imin_desktop.services.demo import build_demo

    folder = tmp_path_factory.mktemp("demo")
    for _line in build_demo(folder):
        pass
    return folder / "demo.imin"


@pytest.fixture
def demo_copy(demo_built: Path, tmp_path: Path) -> Path:
    """A private copy of the demo event file."""
    target = tmp_path / "demo.imin"
    shutil.copyfile(demo_built, target)
    return target
