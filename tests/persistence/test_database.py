"""The event store on a real SQLite file: schema version, pragmas, constraints, exact values."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from factories import new_event, rubric_doc, shipped_rubric_path, write_json
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from imin_desktop.domain.errors import InputError, RefusedError
from imin_desktop.models import (
    AuditEntry,
    Base,
    Criterion,
    Event,
    Juror,
    Review,
    Score,
    Submission,
)
from imin_desktop.persistence.database import (
    Database,
    SchemaError,
    create_database,
    head_revision,
    open_database,
)
from imin_desktop.services.events import create_event


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_event(tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def created(tmp_path: Path) -> Iterator[Database]:
    """An event made here and now by ``create_event`` (not a copy of a template)."""
    database = create_event(
        tmp_path / "created.imin", "Summit", shipped_rubric_path(), actor="tester"
    )
    yield database
    database.dispose()


def _juror_and_submission(db: Database) -> tuple[int, int, int]:
    """Add one juror and one submission; return their ids and the first criterion's id."""
    with db.begin() as session:
        event = session.scalars(select(Event)).one()
        juror = Juror(event_id=event.id, key="J1", name="Rui Costa")
        sub = Submission(event_id=event.id, key="S1", title="Triage", content_hash="sha256:x")
        session.add_all([juror, sub])
        session.flush()
        criterion = session.scalars(select(Criterion).order_by(Criterion.position)).first()
        assert criterion is not None
        return juror.id, sub.id, criterion.id


# --- schema version ------------------------------------------------------------------------


def test_new_event_is_at_the_alembic_head(created: Database) -> None:
    with created.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()

    assert current == head_revision()


def test_new_event_schema_matches_the_models(created: Database) -> None:
    with created.engine.connect() as conn:
        differences = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )

    assert differences == []


def test_event_reopens_at_the_head_without_migrating(tmp_path: Path) -> None:
    new_event(tmp_path).dispose()

    reopened = open_database(tmp_path / "event.imin")
    reopened.dispose()

    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".bak") == []


def test_event_of_an_unknown_revision_is_refused_as_newer(tmp_path: Path) -> None:
    new_event(tmp_path).dispose()
    path = tmp_path / "event.imin"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()

    with pytest.raises(SchemaError) as caught:
        open_database(path)

    assert str(caught.value) == (
        f"{path} was written by a newer version of imIN Desktop (schema 9999_from_the_future); "
        "install the newer version to open it"
    )


def test_sqlite_file_without_a_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.imin"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (x)")
    conn.close()

    with pytest.raises(InputError) as caught:
        open_database(path)

    assert (caught.value.file, caught.value.message) == (
        str(path),
        "is not an imIN event (no schema version)",
    )


def test_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "event.imin"
    path.write_bytes(b"PK\x03\x04 this is a zip, not an event")

    with pytest.raises(InputError) as caught:
        open_database(path)

    assert (caught.value.file, caught.value.message) == (
        str(path),
        "is not an imIN event file (not a SQLite database)",
    )


def test_missing_event_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        open_database(tmp_path / "absent.imin")

    assert caught.value.message == "no such event file"


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    new_event(tmp_path).dispose()

    with pytest.raises(RefusedError, match="already exists"):
        create_database(tmp_path / "event.imin")


# --- connection settings -------------------------------------------------------------------


def test_every_connection_uses_wal_full_sync_and_foreign_keys(created: Database) -> None:
    for _ in range(3):  # NullPool: each connect is a new SQLite connection
        with created.engine.connect() as conn:
            settings = (
                conn.execute(text("PRAGMA journal_mode")).scalar(),
                conn.execute(text("PRAGMA synchronous")).scalar(),
                conn.execute(text("PRAGMA foreign_keys")).scalar(),
            )
        assert settings == ("wal", 2, 1)


def test_created_event_keeps_wal_on_the_file(created: Database, tmp_path: Path) -> None:
    created.dispose()

    with sqlite3.connect(tmp_path / "created.imin") as conn:
        mode = conn.execute("PRAGMA journal_mode").fetchone()
    conn.close()

    assert mode == ("wal",)


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.begin() as session:
        session.add(Juror(event_id=999, key="J1", name="Nobody"))


# --- uniqueness the database enforces ------------------------------------------------------


def test_two_reviews_for_the_same_juror_and_submission_are_refused(db: Database) -> None:
    juror_id, sub_id, _ = _juror_and_submission(db)
    with db.begin() as session:
        session.add(Review(juror_id=juror_id, submission_id=sub_id))

    with pytest.raises(IntegrityError), db.begin() as session:
        session.add(Review(juror_id=juror_id, submission_id=sub_id))


def test_two_scores_for_the_same_review_and_criterion_are_refused(db: Database) -> None:
    juror_id, sub_id, criterion_id = _juror_and_submission(db)
    with db.begin() as session:
        review = Review(juror_id=juror_id, submission_id=sub_id)
        review.scores.append(Score(criterion_id=criterion_id, value=Decimal("4.5")))
        session.add(review)

    with pytest.raises(IntegrityError), db.begin() as session:
        session.add(Score(review_id=review.id, criterion_id=criterion_id, value=Decimal(3)))


def test_two_jurors_with_the_same_id_in_one_event_are_refused(db: Database) -> None:
    _juror_and_submission(db)

    with pytest.raises(IntegrityError), db.begin() as session:
        event = session.scalars(select(Event)).one()
        session.add(Juror(event_id=event.id, key="J1", name="Someone else"))


def test_a_refused_transaction_leaves_nothing_behind(db: Database) -> None:
    juror_id, sub_id, _ = _juror_and_submission(db)

    with pytest.raises(IntegrityError), db.begin() as session:
        session.add(Review(juror_id=juror_id, submission_id=sub_id, comment="first"))
        session.flush()
        session.add(Review(juror_id=juror_id, submission_id=sub_id, comment="second"))

    with db.begin() as session:
        assert session.scalars(select(Review)).all() == []


# --- exact values and times ----------------------------------------------------------------


@pytest.mark.parametrize("value", ["4.5", "0.1", "0", "10", "2.25", "1000", "0.0001"])
def test_exact_decimal_round_trips(db: Database, value: str) -> None:
    juror_id, sub_id, criterion_id = _juror_and_submission(db)
    with db.begin() as session:
        review = Review(juror_id=juror_id, submission_id=sub_id)
        review.scores.append(Score(criterion_id=criterion_id, value=Decimal(value)))
        session.add(review)

    with db.begin() as session:
        stored = session.scalars(select(Score.value)).one()

    assert stored == Decimal(value)
    assert str(stored) == value


def test_exact_decimal_is_stored_as_text_without_binary_rounding(db: Database) -> None:
    juror_id, sub_id, criterion_id = _juror_and_submission(db)
    with db.begin() as session:
        review = Review(juror_id=juror_id, submission_id=sub_id)
        review.scores.append(Score(criterion_id=criterion_id, value=Decimal("0.10")))
        session.add(review)

    with db.engine.connect() as conn:
        raw = conn.execute(text("SELECT value, typeof(value) FROM scores")).one()

    assert tuple(raw) == ("0.1", "text")


def test_rubric_weights_come_back_exact(db: Database) -> None:
    with db.begin() as session:
        weights = session.scalars(select(Criterion.weight).order_by(Criterion.position)).all()
        steps = set(session.scalars(select(Criterion.scale_step)))

    assert weights == [Decimal(1)] * len(weights)
    assert steps == {Decimal("0.5")}


def test_stored_levels_come_back_in_numeric_order(tmp_path: Path) -> None:
    levels = [{"value": v, "label": f"level {v}"} for v in (10, 2, 0, 4, 6, 8)]
    criterion = {"key": "impact", "label": "Impact", "levels": levels}
    rubric = write_json(
        tmp_path / "ten.json",
        rubric_doc(scale={"min": 0, "max": 10, "step": 1}, criteria=[criterion], tie_break=[]),
    )
    database = create_event(tmp_path / "ten.imin", "Ten", rubric, actor="tester")
    try:
        with database.begin() as session:
            stored = session.scalars(select(Criterion)).one()
            values = [level.value for level in stored.levels]
    finally:
        database.dispose()

    assert values == [Decimal(v) for v in (0, 2, 4, 6, 8, 10)]


def test_utc_datetimes_come_back_aware(db: Database) -> None:
    moment = datetime(2026, 11, 26, 16, 20, 0, 123456, tzinfo=UTC)
    with db.begin() as session:
        session.add(AuditEntry(event_id=1, actor="t", action="x", entity="y", at=moment))

    with db.begin() as session:
        stored = session.scalars(select(AuditEntry.at).where(AuditEntry.action == "x")).one()

    assert stored == moment
    assert stored.tzinfo == UTC


def test_datetimes_in_other_zones_are_stored_as_utc(db: Database) -> None:
    lisbon_summer = timezone(timedelta(hours=1))
    moment = datetime(2026, 7, 1, 10, 0, tzinfo=lisbon_summer)
    with db.begin() as session:
        session.add(AuditEntry(event_id=1, actor="t", action="x", entity="y", at=moment))

    with db.begin() as session:
        stored = session.scalars(select(AuditEntry.at).where(AuditEntry.action == "x")).one()

    assert stored == datetime(2026, 7, 1, 9, 0, tzinfo=UTC)
    assert stored.utcoffset() == timedelta(0)


def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises(StatementError, match="must carry a time zone"), db.begin() as session:
        session.add(
            AuditEntry(event_id=1, actor="t", action="x", entity="y", at=datetime(2026, 1, 1))
        )


def test_known_revisions_read_without_alembic_equal_alembics_own_reading():
    from alembic.script import ScriptDirectory

    from imin_desktop.persistence.database import _alembic_config, known_revisions

    script = ScriptDirectory.from_config(_alembic_config())
    expected = {rev.revision: rev.down_revision for rev in script.walk_revisions()}
    assert known_revisions() == expected
    assert head_revision() == script.get_current_head()


def test_opening_an_event_at_the_current_schema_does_not_load_alembic(tmp_path):
    import subprocess
    import sys

    event = tmp_path / "e.imin"
    create_database(event).dispose()
    code = (
        "import sys\n"
        "from imin_desktop.persistence.database import open_database\n"
        f"open_database({str(event)!r}).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
