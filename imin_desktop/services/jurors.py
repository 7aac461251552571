"""Jurors and declared conflicts of interest."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from imin_desktop.domain.errors import NotFoundError, RefusedError
from imin_desktop.domain.identifiers import is_identifier
from imin_desktop.formats.jurors import JurorRow, read_jurors
from imin_desktop.models import Conflict, Event, Juror, Submission
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.events import get_event


@dataclass(frozen=True)
class JurorInfo:
    id: str
    name: str
    email: str

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def find_juror(session: Session, event: Event, key: str) -> Juror:
    juror = session.scalars(
        select(Juror).where(Juror.event_id == event.id, Juror.key == key)
    ).one_or_none()
    if juror is None:
        raise NotFoundError(f"no juror {key!r} in the event")
    return juror


def find_submission(session: Session, event: Event, key: str) -> Submission:
    sub = session.scalars(
        select(Submission).where(Submission.event_id == event.id, Submission.key == key)
    ).one_or_none()
    if sub is None:
        raise NotFoundError(f"no submission {key!r} in the event")
    return sub


def _add(session: Session, event: Event, row: JurorRow, actor: str) -> bool:
    """Add one juror; False when the same juror is already there (a no-op)."""
    current = session.scalars(
        select(Juror).where(Juror.event_id == event.id, Juror.key == row.id)
    ).one_or_none()
    if current is not None:
        if (current.name, current.email) == (row.name, row.email):
            return False
        raise RefusedError(f"juror {row.id!r} already exists as {current.name!r}")
    session.add(Juror(event_id=event.id, key=row.id, name=row.name, email=row.email))
    record(session, event.id, actor, "add", "juror", row.id,
           after={"name": row.name, "email": row.email})  # fmt: skip
    return True


def add_juror(
    db: Database, key: str, name: str, email: str = "", *, actor: str | None = None
) -> bool:
    if not is_identifier(key):
        raise RefusedError(f"{key!r} is not an identifier (1–64 characters of A–Z a–z 0–9 . _ -)")
    if not name.strip():
        raise RefusedError("a juror needs a name")
    with db.begin() as session:
        return _add(session, get_event(session), JurorRow(key, name.strip(), email.strip()),
                    actor or default_actor())  # fmt: skip


def import_jurors(db: Database, path: Path, *, actor: str | None = None) -> list[str]:
    """Add every juror of a list, all or none; returns the ids that were new."""
    rows = read_jurors(path)
    actor = actor or default_actor()
    with db.begin() as session:
        event = get_event(session)
        return [row.id for row in rows if _add(session, event, row, actor)]


def list_jurors(db: Database) -> list[JurorInfo]:
    with db.begin() as session:
        event = get_event(session)
        rows = session.scalars(select(Juror).where(Juror.event_id == event.id).order_by(Juror.key))
        return [JurorInfo(j.key, j.name, j.email) for j in rows]


def add_conflict(
    db: Database, juror_key: str, submission_key: str, *, source: str = "coordinator",
    actor: str | None = None,
) -> bool:  # fmt: skip
    """Declare a conflict of interest; False when it was already declared."""
    with db.begin() as session:
        event = get_event(session)
        juror = find_juror(session, event, juror_key)
        sub = find_submission(session, event, submission_key)
        exists = session.scalars(
            select(Conflict).where(Conflict.juror_id == juror.id, Conflict.submission_id == sub.id)
        ).one_or_none()
        if exists is not None:
            return False
        session.add(Conflict(juror_id=juror.id, submission_id=sub.id, source=source))
        record(session, event.id, actor or default_actor(), "add", "conflict",
               f"{juror_key}/{submission_key}", after={"source": source})  # fmt: skip
        return True


@dataclass(frozen=True)
class ConflictInfo:
    juror_id: str
    juror_name: str
    submission_id: str
    submission_title: str
    source: str  # "coordinator" or "juror" (declared in a score file)

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def list_conflicts(db: Database) -> list[ConflictInfo]:
    """Every declared conflict of interest, by juror then submission."""
    with db.begin() as session:
        event = get_event(session)
        rows = session.execute(
            select(Juror.key, Juror.name, Submission.key, Submission.title, Conflict.source)
            .join(Juror, Juror.id == Conflict.juror_id)
            .join(Submission, Submission.id == Conflict.submission_id)
            .where(Juror.event_id == event.id)
            .order_by(Juror.key, Submission.key)
        ).all()
        return [ConflictInfo(*row) for row in rows]


def remove_conflict(
    db: Database, juror_key: str, submission_key: str, *, actor: str | None = None
) -> bool:
    """Withdraw a conflict the coordinator declared; False when there was none.

    A conflict a juror declared in their score file lives in that file: it is refused here
    (the juror withdraws it by handing back a new file)."""
    with db.begin() as session:
        event = get_event(session)
        juror = find_juror(session, event, juror_key)
        sub = find_submission(session, event, submission_key)
        row = session.scalars(
            select(Conflict).where(Conflict.juror_id == juror.id, Conflict.submission_id == sub.id)
        ).one_or_none()
        if row is None:
            return False
        if row.source != "coordinator":
            raise RefusedError(
                f"{juror_key} declared this conflict in their score file; only a new file "
                "from them can withdraw it"
            )
        session.delete(row)
        record(session, event.id, actor or default_actor(), "remove", "conflict",
               f"{juror_key}/{submission_key}", before={"source": row.source})  # fmt: skip
        return True
