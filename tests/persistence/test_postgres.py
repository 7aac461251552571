"""The event store on a real PostgreSQL server: migrations, exact NUMERIC values, times, and
URLs that never show their password."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from factories import shipped_rubric_path
from pg_cluster import PostgresServer
from sqlalchemy import select, text

from imin_desktop.domain.errors import InputError, RefusedError
from imin_desktop.models import AuditEntry, Base, Criterion, Event, Juror, Review, Score, Submission
from imin_desktop.persistence.database import Database, head_revision, open_database
from imin_desktop.services.events import create_event, event_info

pytestmark = pytest.mark.postgres


@pytest.fixture
def db(pg_database: str) -> Iterator[Database]:
    database = create_event(pg_database, "Summit", shipped_rubric_path(), actor="tester")
    yield database
    database.dispose()


def test_postgres_new_event_is_at_the_head_and_matches_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        current = context.get_current_revision()
        differences = compare_metadata(context, Base.metadata)

    assert current == head_revision()
    assert differences == []


def test_postgres_event_reopens_and_shows_its_counts(db: Database, pg_database: str) -> None:
    reopened = open_database(pg_database)
    try:
        info = event_info(reopened)
    finally:
        reopened.dispose()

    assert (info.title, info.submissions, len(info.criteria)) == ("Summit", 0, 6)


@pytest.mark.parametrize(
    "value",
    ["4.5", "0.1", "0", "10", "1000", "0.0001", "0.0000001", "-2.25",
     "123456789012345678.123456789"],
)  # fmt: skip
def test_postgres_exact_decimal_round_trips_as_numeric(db: Database, value: str) -> None:
    with db.begin() as session:
        event = session.scalars(select(Event)).one()
        juror = Juror(event_id=event.id, key="J1", name="Rui Costa")
        sub = Submission(event_id=event.id, key="S1", title="Triage", content_hash="sha256:x")
        session.add_all([juror, sub])
        session.flush()
        criterion = session.scalars(select(Criterion).order_by(Criterion.position)).first()
        assert criterion is not None
        review = Review(juror_id=juror.id, submission_id=sub.id)
        review.scores.append(Score(criterion_id=criterion.id, value=Decimal(value)))
        session.add(review)

    with db.begin() as session:
        stored = session.scalars(select(Score.value)).one()
    with db.engine.connect() as conn:
        kind = conn.execute(text("SELECT pg_typeof(value)::text FROM scores")).scalar_one()

    assert stored == Decimal(value)
    assert format(stored, "f") == value  # no trailing zeros from the column's scale
    assert kind == "numeric"


def test_postgres_rubric_weights_and_steps_come_back_exact(db: Database) -> None:
    with db.begin() as session:
        weights = session.scalars(select(Criterion.weight).order_by(Criterion.position)).all()
        steps = set(session.scalars(select(Criterion.scale_step)))

    assert weights == [Decimal(1)] * len(weights)
    assert steps == {Decimal("0.5")}


def test_postgres_datetimes_are_stored_as_utc_and_come_back_aware(db: Database) -> None:
    moment = datetime(2026, 7, 1, 10, 0, 0, 123456, tzinfo=timezone(timedelta(hours=1)))
    with db.begin() as session:
        session.add(AuditEntry(event_id=1, actor="t", action="x", entity="y", at=moment))

    with db.begin() as session:
        stored = session.scalars(select(AuditEntry.at).where(AuditEntry.action == "x")).one()

    assert stored == datetime(2026, 7, 1, 9, 0, 0, 123456, tzinfo=UTC)
    assert stored.tzinfo == UTC


def test_postgres_event_over_a_database_with_an_event_is_refused(
    db: Database, pg_database: str
) -> None:
    with pytest.raises(RefusedError, match="already holds tables"):
        create_event(pg_database, "Again", shipped_rubric_path(), actor="tester")


def test_postgres_database_without_an_event_schema_is_refused(pg_database: str) -> None:
    with pytest.raises(InputError, match="is not an imIN event"):
        open_database(pg_database)


def test_postgres_wrong_password_is_refused_without_showing_it(
    postgres_server: PostgresServer, pg_database: str
) -> None:
    url = postgres_server.url(pg_database.rsplit("/", 1)[1], "nobody", "s3cret-palavra")

    with pytest.raises(InputError) as refused:
        open_database(url)

    assert "cannot be opened" in str(refused.value)
    assert "s3cret-palavra" not in str(refused.value)
