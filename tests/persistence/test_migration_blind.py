"""Schema 0003 (blind variants): an event file written before it opens, migrates and works."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from logistics_factories import make_event
from sqlalchemy import select

from imin_desktop.models import Attachment, Submission
from imin_desktop.persistence.database import _alembic_config, make_engine, open_database
from imin_desktop.services import kits

PREVIOUS = "0002_consensus"  # the revision before blind variants


def _columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def _before_blind_variants(path: Path) -> None:
    """Take an event file back to what the program before blind variants wrote."""
    engine = make_engine(f"sqlite:///{path}")
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, PREVIOUS)
    engine.dispose()


def test_event_file_before_blind_variants_migrates_and_keeps_its_submissions(
    tmp_path: Path,
) -> None:
    event = make_event(tmp_path / "old", submissions_count=3, jurors_count=2)
    event.db.dispose()
    _before_blind_variants(event.path)
    assert "blind_blob_sha256" not in _columns(event.path, "attachments")
    assert "blind_confirmation" not in _columns(event.path, "submissions")

    db = open_database(event.path)
    with db.begin() as session:
        subs = session.scalars(select(Submission).order_by(Submission.key)).all()
        keys = [s.key for s in subs]
        confirmations = {s.blind_confirmation for s in subs}
        variants = set(session.scalars(select(Attachment.blind_blob_sha256)))

    assert (event.path.parent / f"event.imin.before-{PREVIOUS}.bak").exists()
    assert {"blind_blob_sha256", "blind_media_type"} <= set(_columns(event.path, "attachments"))
    assert keys == event.submission_ids
    assert confirmations == {None}
    assert variants == {None}
    issued = kits.export_kits(db, tmp_path / "kits", actor="tester")
    assert len(issued) == 2
    db.dispose()
