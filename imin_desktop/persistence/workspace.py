"""Opening a juror's local workspace database (one small SQLite file per kit)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from imin_desktop.domain.errors import InputError
from imin_desktop.models.workspace import WORKSPACE_SCHEMA, WorkspaceBase
from imin_desktop.persistence.database import Database, make_engine, url_for, wrap


def _not_synced(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA synchronous = OFF")


def open_workspace_store(path: Path, *, durable: bool = True) -> Database:
    """Open (creating if needed) the workspace at ``path``; refuse one from a newer program.
    ``durable=False`` for a mere cache of what a server keeps (no fsync per change)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url_for(path))
    if not durable:
        event.listen(engine, "connect", _not_synced)
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
