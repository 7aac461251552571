"""Creating, opening and describing events."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from imin_desktop.domain.canonical import canonical_json
from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.rubric import Rubric
from imin_desktop.formats.base import load_json
from imin_desktop.formats.rubric_json import parse_rubric
from imin_desktop.formats.rubric_xlsx import read_rubric_file
from imin_desktop.models import (
    Assignment,
    AuditEntry,
    Conflict,
    Criterion,
    Decision,
    Event,
    Gate,
    Juror,
    Level,
    Review,
    ScoreFileRecord,
    Submission,
)
from imin_desktop.models import Rubric as RubricRow
from imin_desktop.persistence.database import Database, create_database, open_database
from imin_desktop.services.audit import default_actor, record


@dataclass(frozen=True)
class EventInfo:
    uid: str
    title: str
    is_blind: bool
    rubric_id: str
    rubric_hash: str
    criteria: list[str]
    submissions: int
    jurors: int
    assignments: int
    conflicts: int
    reviews_final: int
    reviews_draft: int
    score_files: int
    decisions: int
    location: str

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def get_event(session: Session) -> Event:
    event = session.scalars(select(Event).order_by(Event.id)).first()
    if event is None:
        raise RefusedError("the database holds no event")
    return event


def load_rubric(session: Session, event: Event | None = None) -> Rubric:
    """The event's rubric, rebuilt from the stored document through the rubric reader."""
    event = event or get_event(session)
    row = session.scalars(select(RubricRow).where(RubricRow.event_id == event.id)).one()
    return parse_rubric(load_json(row.document.encode("utf-8"), "event rubric"), "event rubric")


def _store_rubric(session: Session, event: Event, rubric: Rubric) -> None:
    row = RubricRow(
        event_id=event.id,
        key=rubric.id,
        document=canonical_json(rubric.document).decode("utf-8"),
        hash=rubric.hash,
    )
    for position, c in enumerate(rubric.criteria):
        row.criteria.append(
            Criterion(
                key=c.key,
                position=position,
                label=c.label,
                weight=c.weight,
                scale_min=c.scale.min,
                scale_max=c.scale.max,
                scale_step=c.scale.step,
                threshold=c.threshold,
                is_comment_required=c.comment_required,
                levels=[Level(value=lv.value, label=lv.label) for lv in c.levels],
            )
        )
    for position, g in enumerate(rubric.gates):
        row.gates.append(Gate(key=g.key, position=position, label=g.label))
    session.add(row)


def create_event(
    target: str | Path,
    title: str,
    rubric_path: Path,
    *,
    blind: bool = False,
    identifying_fields: list[str] | None = None,
    actor: str | None = None,
) -> Database:
    """A new event at ``target`` (a path or database URL) with the rubric from a file."""
    if not title.strip():
        raise RefusedError("an event needs a title")
    rubric = read_rubric_file(rubric_path)
    db = create_database(target)
    try:
        with db.begin() as session:
            event = Event(
                uid=str(uuid.uuid4()),
                title=title.strip(),
                is_blind=blind,
                identifying_fields=list(identifying_fields or []),
            )
            session.add(event)
            session.flush()
            _store_rubric(session, event, rubric)
            record(
                session, event.id, actor or default_actor(), "create", "event", event.uid,
                after={"title": event.title, "blind": blind, "rubric_hash": rubric.hash},
            )  # fmt: skip
    except BaseException:
        db.dispose()
        raise
    return db


def open_event(target: str | Path, *, read_only: bool = False) -> Database:
    """Open an event; ``read_only`` (the manager's window, ``--read-only``) opens it so that
    the database itself refuses every change."""
    return open_database(target, read_only=read_only)


def _count(session: Session, model: Any, *where: Any) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def event_info(db: Database) -> EventInfo:
    with db.begin() as session:
        event = get_event(session)
        rubric_row = session.scalars(select(RubricRow).where(RubricRow.event_id == event.id)).one()
        keys = [c.key for c in rubric_row.criteria]
        return EventInfo(
            uid=event.uid,
            title=event.title,
            is_blind=event.is_blind,
            rubric_id=rubric_row.key,
            rubric_hash=rubric_row.hash,
            criteria=keys,
            submissions=_count(session, Submission, Submission.event_id == event.id),
            jurors=_count(session, Juror, Juror.event_id == event.id),
            assignments=_count(session, Assignment),
            conflicts=_count(session, Conflict),
            reviews_final=_count(session, Review, Review.status == "final", ~Review.is_conflict),
            reviews_draft=_count(session, Review, Review.status == "draft", ~Review.is_conflict),
            score_files=_count(session, ScoreFileRecord),
            decisions=_count(session, Decision),
            location=db.location,
        )


def load_rubric_of(db: Database) -> Rubric:
    with db.begin() as session:
        return load_rubric(session)


def change_stamp(db: Database) -> int:
    """A number that grows whenever anyone changes the event (every change writes an audit
    entry): a window compares it on focus to notice changes made by ``imin`` or another window."""
    with db.begin() as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def warm_up() -> None:
    """Configure the database mappings now (a few tenths of a second of CPU that hold Python's
    interpreter lock). The GUI calls it in the background at start, so that the first import
    or merge does not freeze its window while the mappings are set up."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
