"""Moving a whole event between an event file and an event server: ``imin event push/pull``.

Everything moves — submissions and attachment content, jurors, conflicts, assignments, kits,
every score file kept, reviews, decisions and the audit trail — with its ids, in one
transaction on the receiving side, and is checked table by table (row count and a digest of
every value) before that transaction commits. A pull writes a new file beside the target
name and renames it only when complete, so no half-written event is ever left.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.models import Event
from imin_desktop.persistence.database import (
    Database,
    create_database,
    open_database,
    prepare_schema,
    shown_url,
    url_for,
)
from imin_desktop.persistence.transfer import copy_rows, event_digest


@dataclass(frozen=True)
class TransferSummary:
    source: str
    target: str
    event_title: str
    rows: int
    tables: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _title(db: Database) -> str:
    with db.begin() as session:
        event = session.scalars(select(Event).order_by(Event.id)).first()
        if event is None:
            raise RefusedError(f"{db.location} holds no event to move")
        return event.title


def _transfer(source: Database, target: Database, progress: Progress) -> TransferSummary:
    title = _title(source)
    with source.engine.connect() as src, target.engine.begin() as dst:
        if src.dialect.name == "sqlite":
            src.exec_driver_sql("BEGIN")  # one consistent snapshot of the file while reading
        if dst.execute(select(Event.id)).first() is not None:
            raise RefusedError(
                f"{target.location} already holds an event; push into an empty database "
                "(or one prepared by imin server init)"
            )
        rows = copy_rows(src, dst, progress=progress)
        expected, copied = event_digest(src), event_digest(dst)
        if copied != expected:  # pragma: no cover - a defect in a column type, never expected
            different = sorted(t for t in expected if expected[t] != copied.get(t))
            raise RefusedError(
                f"the copy differs from the original in {', '.join(different)}; nothing was kept"
            )
        src.rollback()
    return TransferSummary(
        source.location, target.location, title, rows,
        {table: count for table, (count, _digest) in expected.items()},
    )  # fmt: skip


def push_event(path: Path, url: str, *, progress: Progress = SILENT) -> TransferSummary:
    """Copy the event file at ``path`` into the server database at ``url``."""
    if "://" not in url or url.startswith("sqlite"):
        raise RefusedError(f"{shown_url(url)} is not an event server's URL")
    source = open_database(path)
    try:
        target = prepare_schema(url)
        try:
            return _transfer(source, target, progress)
        finally:
            target.dispose()
    finally:
        source.dispose()


def pull_event(url: str, path: Path, *, progress: Progress = SILENT) -> TransferSummary:
    """Copy the event held by the server at ``url`` into a new event file at ``path``."""
    if path.exists():
        raise RefusedError(f"{path} already exists; choose another name or remove it first")
    partial = path.with_name(f".{path.name}.partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    source = open_database(url, migrate=False)  # a pull never changes the server
    try:
        target = create_database(url_for(partial))
        try:
            summary = _transfer(source, target, progress)
        finally:
            target.dispose()
    except BaseException:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        source.dispose()
    os.replace(partial, path)
    return TransferSummary(summary.source, str(path), summary.event_title, summary.rows,
                           summary.tables)  # fmt: skip
