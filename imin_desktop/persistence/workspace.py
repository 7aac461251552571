"""Opening a juror's local workspace database (one small SQLite file per kit)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.pool import StaticPool

from imin_desktop.domain.errors import InputError
from imin_desktop.models.workspace import WORKSPACE_SCHEMA, WorkspaceBase
from imin_desktop.persistence.database import Database, make_engine, url_for, wrap


def open_cache_store() -> Database:
    """A workspace held in memory only: the cache of a juror scoring on an event server,
    where the server keeps every change (one connection, shared by the workspace's calls)."""
    engine = create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )
    with engine.begin() as conn:
        WorkspaceBase.metadata.create_all(conn)
    return wrap("sqlite://", engine)


def open_workspace_store(path: Path) -> Database:
    """Open (creating if needed) the workspace at ``path``; refuse one from a newer program."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url_for(path))
    with engine.begin() as conn:
        version = conn.execute(text("PRAGMA user_version")).scalar() or 0
        if version > WORKSPACE_SCHEMA:
            engine.dispose()
            raise InputError(
                str(path), "", "this workspace was written by a newer version of imIN Desktop"
            )
        WorkspaceBase.metadata.create_all(conn)
        if version < WORKSPACE_SCHEMA:
            conn.execute(text(f"PRAGMA user_version = {WORKSPACE_SCHEMA}"))
    return wrap(url_for(path), engine)
