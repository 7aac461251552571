"""Assigning submissions to jurors: automatic (balanced, connected) and by hand."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from imin_desktop.domain import assignment as design_rules
from imin_desktop.domain.assignment import Design
from imin_desktop.domain.errors import RefusedError
from imin_desktop.models import Assignment, Conflict, Event, Juror, Review, Submission
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.events import get_event
from imin_desktop.services.jurors import find_juror, find_submission


def _keys(session: Session, event: Event) -> tuple[dict[int, str], dict[int, str]]:
    jurors = dict(
        session.execute(select(Juror.id, Juror.key).where(Juror.event_id == event.id)).all()
    )
    subs = dict(
        session.execute(
            select(Submission.id, Submission.key).where(Submission.event_id == event.id)
        ).all()
    )
    return jurors, subs


def current_design(session: Session, event: Event) -> Design:
    jurors, subs = _keys(session, event)
    result: dict[str, list[str]] = {key: [] for key in jurors.values()}
    calibration: set[str] = set()
    for a in session.scalars(select(Assignment)):
        if a.juror_id in jurors:
            result[jurors[a.juror_id]].append(subs[a.submission_id])
            if a.is_calibration:
                calibration.add(subs[a.submission_id])
    return design_rules.describe(result, sorted(calibration))


def auto_assign(
    db: Database, per_submission: int, *, calibration: int = 0, seed: int = 1,
    replace: bool = False, actor: str | None = None,
) -> Design:  # fmt: skip
    """Assign every submission; refuses to overwrite assignments unless ``replace``."""
    actor = actor or default_actor()
    with db.begin() as session:
        event = get_event(session)
        jurors, subs = _keys(session, event)
        existing = session.scalars(select(Assignment.id)).first()
        if existing is not None and not replace:
            raise RefusedError("the event already has assignments; add --replace to redo them")
        if existing is not None and session.scalars(select(Review.id)).first() is not None:
            raise RefusedError(
                "reviews have already been received; change assignments by hand instead of redoing them"
            )
        conflicts = [
            (jurors[c.juror_id], subs[c.submission_id]) for c in session.scalars(select(Conflict))
        ]
        design = design_rules.assign(
            sorted(subs.values()), sorted(jurors.values()), per_submission,
            conflicts=conflicts, calibration=calibration, seed=seed,
        )  # fmt: skip
        session.execute(delete(Assignment))
        juror_ids = {k: i for i, k in jurors.items()}
        sub_ids = {k: i for i, k in subs.items()}
        calibration_set = set(design.calibration)
        for juror_key, sub_keys in design.assignments.items():
            for s in sub_keys:
                session.add(Assignment(juror_id=juror_ids[juror_key], submission_id=sub_ids[s],
                                       is_calibration=s in calibration_set))  # fmt: skip
        record(
            session, event.id, actor, "assign", "assignments",
            after={"per_submission": per_submission, "calibration": list(design.calibration),
                   "seed": seed, "assignments": sum(design.loads.values()),
                   "components": design.components},
        )  # fmt: skip
        return design


def edit_assignment(
    db: Database, juror_key: str, submission_key: str, *, add: bool, actor: str | None = None
) -> Design:
    """Add or remove one assignment by hand; conflicts and received reviews are respected."""
    actor = actor or default_actor()
    with db.begin() as session:
        event = get_event(session)
        juror = find_juror(session, event, juror_key)
        sub = find_submission(session, event, submission_key)
        current = session.scalars(
            select(Assignment).where(
                Assignment.juror_id == juror.id, Assignment.submission_id == sub.id
            )
        ).one_or_none()
        if add:
            conflict = session.scalars(
                select(Conflict).where(
                    Conflict.juror_id == juror.id, Conflict.submission_id == sub.id
                )
            ).one_or_none()
            if conflict is not None:
                raise RefusedError(
                    f"{juror_key} has declared a conflict of interest with {submission_key}"
                )
            if current is None:
                session.add(Assignment(juror_id=juror.id, submission_id=sub.id))
                record(
                    session, event.id, actor, "add", "assignment", f"{juror_key}/{submission_key}"
                )
        elif current is not None:
            review = session.scalars(
                select(Review).where(Review.juror_id == juror.id, Review.submission_id == sub.id)
            ).one_or_none()
            if review is not None:
                raise RefusedError(
                    f"{juror_key} has already handed back a review of {submission_key}; it cannot be unassigned"
                )
            session.delete(current)
            record(
                session, event.id, actor, "remove", "assignment", f"{juror_key}/{submission_key}"
            )
        session.flush()
        return current_design(session, event)


def show_design(db: Database) -> Design:
    with db.begin() as session:
        return current_design(session, get_event(session))


Pair = tuple[str, str]  # (juror id, submission id)


@dataclass(frozen=True)
class AssignmentMatrix:
    """Who reviews what, for a juror × submission view: plain keys and sets of pairs."""

    jurors: list[tuple[str, str]]  # (id, name), by id
    submissions: list[tuple[str, str]]  # (id, title), by id
    assigned: dict[Pair, bool] = field(default_factory=dict)  # pair -> is a calibration
    conflicts: set[Pair] = field(default_factory=set)
    reviewed: set[Pair] = field(default_factory=set)  # a review was handed back


def assignment_matrix(db: Database) -> AssignmentMatrix:
    """Every juror, submission, assignment, conflict and received review (a few column reads)."""
    with db.begin() as session:
        event = get_event(session)
        jurors = session.execute(
            select(Juror.id, Juror.key, Juror.name)
            .where(Juror.event_id == event.id)
            .order_by(Juror.key)
        ).all()
        subs = session.execute(
            select(Submission.id, Submission.key, Submission.title)
            .where(Submission.event_id == event.id)
            .order_by(Submission.key)
        ).all()
        jk = {row[0]: row[1] for row in jurors}
        sk = {row[0]: row[1] for row in subs}

        assigned = {
            (jk[j], sk[s]): bool(c)
            for j, s, c in session.execute(
                select(Assignment.juror_id, Assignment.submission_id, Assignment.is_calibration)
            )
            if j in jk and s in sk
        }
        conflicts = {
            (jk[j], sk[s])
            for j, s in session.execute(select(Conflict.juror_id, Conflict.submission_id))
            if j in jk and s in sk
        }
        reviewed = {
            (jk[j], sk[s])
            for j, s in session.execute(select(Review.juror_id, Review.submission_id))
            if j in jk and s in sk
        }
        return AssignmentMatrix(
            jurors=[(r[1], r[2]) for r in jurors],
            submissions=[(r[1], r[2]) for r in subs],
            assigned=assigned,
            conflicts=conflicts,
            reviewed=reviewed,
        )
