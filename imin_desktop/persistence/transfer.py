"""Copying an event's rows between two stores (a file and a server), exactly.

Rows keep their ids, so every reference inside the event stays as it was; values pass
through the models' own column types (exact decimals, UTC times, JSON), so a copy from
SQLite to PostgreSQL and back gives the same file, row for row and byte for byte.
Rows move in bounded batches; the caller owns both transactions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text

from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.models import Base

BATCH_ROWS = 500
BATCH_BYTES = 32 * 1024 * 1024  # attachment and score-file content per batch, at most


def event_tables() -> list[Table]:
    """Every table of the event, parents before children."""
    return list(Base.metadata.sorted_tables)


def _order(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def _batches(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    result = conn.execution_options(stream_results=True, yield_per=BATCH_ROWS).execute(
        select(table).order_by(*_order(table))
    )
    batch: list[dict[str, Any]] = []
    size = 0
    for row in result.mappings():
        values = dict(row)
        batch.append(values)
        size += sum(len(v) for v in values.values() if isinstance(v, bytes))
        if len(batch) >= BATCH_ROWS or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def count_rows(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def copy_rows(source: Connection, target: Connection, *, progress: Progress = SILENT) -> int:
    """Copy every row of every event table from ``source`` into the empty tables of
    ``target``; returns the number of rows copied."""
    tables = event_tables()
    copied = 0
    for n, table in enumerate(tables):
        progress.step(n, len(tables), table.name)
        for batch in _batches(source, table):
            target.execute(insert(table), batch)
            copied += len(batch)
    if target.dialect.name == "postgresql":
        reset_sequences(target, tables)
    progress.step(len(tables), len(tables), "done")
    return copied


def reset_sequences(conn: Connection, tables: Sequence[Table]) -> None:
    """After rows were inserted with their ids, new rows must number on from the highest."""
    for table in tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def _canonical(value: Any) -> Any:
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def table_digest(conn: Connection, table: Table) -> tuple[int, str]:
    """(rows, SHA-256 of every row's values in key order): equal digests on two stores mean
    equal content, whichever database each one is."""
    digest = hashlib.sha256()
    rows = 0
    for batch in _batches(conn, table):
        for row in batch:
            line = json.dumps([_canonical(row[c.name]) for c in table.columns],
                              sort_keys=True, ensure_ascii=False, default=str)  # fmt: skip
            digest.update(line.encode("utf-8") + b"\n")
            rows += 1
    return rows, digest.hexdigest()


def event_digest(conn: Connection) -> dict[str, tuple[int, str]]:
    return {table.name: table_digest(conn, table) for table in event_tables()}
