"""An event file written before the consensus step (schema 0001) opens and migrates forward."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, select

from imin_desktop.models import ConsensusScore, Event, EventSetting
from imin_desktop.persistence.database import (
    _alembic_config,
    head_revision,
    make_engine,
    open_database,
    url_for,
)


def old_event_file(path: Path) -> Path:
    """An event file at schema 0001, with an event row, written as that program wrote it."""
    engine = make_engine(url_for(path))
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO events (uid, title, is_blind, identifying_fields, outcomes, awards, "
            "created_at) VALUES ('old-uid', 'Desafio 2025', 0, '[]', '[\"winner\"]', 3, "
            "'2025-11-01 10:00:00')"
        )
    conn.close()
    return path


def test_old_event_file_migrates_to_the_consensus_schema(tmp_path: Path) -> None:
    path = old_event_file(tmp_path / "old.imin")

    db = open_database(path)
    try:
        tables = set(inspect(db.engine).get_table_names())
        with db.begin() as session:
            event = session.scalars(select(Event)).one()
            title = event.title
            assert session.scalars(select(ConsensusScore)).all() == []
            session.add(EventSetting(event_id=event.id, name="funding", value={"budget": "1"}))
        with db.engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    finally:
        db.dispose()

    assert title == "Desafio 2025"
    assert {"consensus_scores", "consensus_gates", "event_settings"} <= tables
    assert version == head_revision()
    assert (tmp_path / "old.imin.before-0001.bak").is_file()
