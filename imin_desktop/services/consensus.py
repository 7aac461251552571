"""The consensus step: a rapporteur records one agreed score and comment per criterion (and an
agreed answer per gate) for a submission, with every counted review side by side.

Every change is audited (before → after) and versioned: ``expected_version`` is the version the
rapporteur saw, and a record changed meanwhile by someone else is refused, never overwritten.
The GUI's consensus editor and ``imin consensus`` call these functions and get plain values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from imin_desktop.domain.consensus import COORDINATOR, rapporteur_problem, score_problem
from imin_desktop.domain.errors import InputError, NotFoundError, RefusedError
from imin_desktop.domain.rubric import Rubric
from imin_desktop.formats.consensus import read_consensus
from imin_desktop.models import (
    ConsensusGate,
    ConsensusScore,
    Criterion,
    Event,
    Gate,
    Juror,
    Submission,
)
from imin_desktop.models import Rubric as RubricRow
from imin_desktop.models.base import utcnow
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.consensus_view import (
    panel_of,
)
from imin_desktop.services.events import get_event, load_rubric
from imin_desktop.services.jurors import find_submission


def _changed_meanwhile(what: str) -> RefusedError:
    return RefusedError(
        f"the consensus on {what} was changed by someone else meanwhile; reload and try again"
    )


def _rapporteur_id(
    session: Session, event: Event, sub: Submission, rapporteur: str | None
) -> int | None:
    panel, conflicted = panel_of(session, sub)
    problem = rapporteur_problem(rapporteur, panel, conflicted)
    if problem is not None:
        raise RefusedError(f"{sub.key}: {problem}")
    if rapporteur is None:
        return None
    return session.scalars(
        select(Juror.id).where(Juror.event_id == event.id, Juror.key == rapporteur)
    ).one()


def _criterion_row(session: Session, event: Event, key: str) -> Criterion:
    row = session.scalars(
        select(Criterion).join(RubricRow, RubricRow.id == Criterion.rubric_id)
        .where(RubricRow.event_id == event.id, Criterion.key == key)
    ).one_or_none()  # fmt: skip
    if row is None:
        raise NotFoundError(f"the rubric has no criterion {key!r}")
    return row


def _record_score(
    session: Session, event: Event, rubric: Rubric, sub: Submission, criterion: str,
    score: Decimal, comment: str, minority_view: str, rapporteur: str | None,
    expected_version: int | None, actor: str, fail: Callable[[str], Exception],
) -> int:  # fmt: skip
    rule = rubric.criterion(criterion)
    if rule is None:
        raise fail(f"the rubric has no criterion {criterion!r}")
    problem = score_problem(rule, score, comment, minority_view)
    if problem is not None:
        raise fail(problem)
    rapporteur_id = _rapporteur_id(session, event, sub, rapporteur)
    crit_row = _criterion_row(session, event, criterion)
    current = session.scalars(select(ConsensusScore).where(
        ConsensusScore.submission_id == sub.id, ConsensusScore.criterion_id == crit_row.id
    )).one_or_none()  # fmt: skip
    what = f"{sub.key} / {criterion}"
    if expected_version is not None and (current.version if current else 0) != expected_version:
        raise _changed_meanwhile(what)
    before = None
    if current is None:
        current = ConsensusScore(submission_id=sub.id, criterion_id=crit_row.id, value=score)
        session.add(current)
    else:
        before = {"score": str(current.value), "comment": current.comment,
                  "minority_view": current.minority_view,
                  "rapporteur": rapporteur_key(session, current.rapporteur_id)}  # fmt: skip
    current.value, current.comment, current.minority_view = score, comment, minority_view
    current.rapporteur_id, current.recorded_by, current.recorded_at = rapporteur_id, actor, utcnow()
    session.flush()
    record(session, event.id, actor, "consensus", "consensus", what, before=before,
           after={"score": str(score), "comment": comment, "minority_view": minority_view,
                  "rapporteur": rapporteur or COORDINATOR})  # fmt: skip
    return current.version


def rapporteur_key(session: Session, juror_id: int | None) -> str:
    if juror_id is None:
        return COORDINATOR
    return (
        session.scalars(select(Juror.key).where(Juror.id == juror_id)).one_or_none() or COORDINATOR
    )


def _score_value(score: Decimal | str | int) -> Decimal:
    try:
        value = Decimal(str(score).strip().replace(",", "."))
    except InvalidOperation:
        raise RefusedError(f"{str(score)[:40]!r} is not a score") from None
    if not value.is_finite():
        raise RefusedError(f"{str(score)[:40]!r} is not a score")
    return value


def set_consensus(
    db: Database, submission: str, criterion: str, score: Decimal | str | int, comment: str = "",
    *, minority_view: str = "", rapporteur: str | None = None,
    expected_version: int | None = None, actor: str | None = None,
) -> int:  # fmt: skip
    """Record (or change) the consensus score of one criterion; returns its new version.

    ``rapporteur`` is a juror of the submission's panel, or None for the coordinator.
    """
    actor = actor or default_actor()
    value = _score_value(score)

    def fail(message: str) -> Exception:
        return RefusedError(f"{submission} / {criterion}: {message}")

    try:
        with db.begin() as session:
            event = get_event(session)
            rubric = load_rubric(session, event)
            sub = find_submission(session, event, submission)
            return _record_score(session, event, rubric, sub, criterion, value, comment,
                                 minority_view, rapporteur, expected_version, actor, fail)  # fmt: skip
    except StaleDataError:
        raise _changed_meanwhile(f"{submission} / {criterion}") from None


def set_gate_consensus(
    db: Database, submission: str, gate: str, answer: bool, comment: str = "", *,
    rapporteur: str | None = None, expected_version: int | None = None, actor: str | None = None,
) -> int:  # fmt: skip
    """Record (or change) the agreed answer to one gate; returns its new version."""
    actor = actor or default_actor()
    what = f"{submission} / {gate}"
    try:
        with db.begin() as session:
            event = get_event(session)
            sub = find_submission(session, event, submission)
            gate_row = session.scalars(
                select(Gate).join(RubricRow, RubricRow.id == Gate.rubric_id)
                .where(RubricRow.event_id == event.id, Gate.key == gate)
            ).one_or_none()  # fmt: skip
            if gate_row is None:
                raise NotFoundError(f"the rubric has no gate {gate!r}")
            rapporteur_id = _rapporteur_id(session, event, sub, rapporteur)
            current = session.scalars(select(ConsensusGate).where(
                ConsensusGate.submission_id == sub.id, ConsensusGate.gate_id == gate_row.id
            )).one_or_none()  # fmt: skip
            if (
                expected_version is not None
                and (current.version if current else 0) != expected_version
            ):
                raise _changed_meanwhile(what)
            before = None
            if current is None:
                current = ConsensusGate(submission_id=sub.id, gate_id=gate_row.id, answer=answer)
                session.add(current)
            else:
                before = {"answer": current.answer, "comment": current.comment,
                          "rapporteur": rapporteur_key(session, current.rapporteur_id)}  # fmt: skip
            current.answer, current.comment, current.rapporteur_id = answer, comment, rapporteur_id
            current.recorded_by, current.recorded_at = actor, utcnow()
            session.flush()
            record(session, event.id, actor, "consensus", "consensus gate", what, before=before,
                   after={"answer": answer, "comment": comment,
                          "rapporteur": rapporteur or COORDINATOR})  # fmt: skip
            return current.version
    except StaleDataError:
        raise _changed_meanwhile(what) from None


def clear_consensus(
    db: Database, submission: str, criterion: str, *, expected_version: int | None = None,
    actor: str | None = None,
) -> None:  # fmt: skip
    """Remove the consensus score of one criterion (the results fall back to the mean)."""
    actor = actor or default_actor()
    what = f"{submission} / {criterion}"
    with db.begin() as session:
        event = get_event(session)
        sub = find_submission(session, event, submission)
        crit_row = _criterion_row(session, event, criterion)
        current = session.scalars(select(ConsensusScore).where(
            ConsensusScore.submission_id == sub.id, ConsensusScore.criterion_id == crit_row.id
        )).one_or_none()  # fmt: skip
        if current is None:
            raise NotFoundError(f"no consensus recorded on {what}")
        if expected_version is not None and current.version != expected_version:
            raise _changed_meanwhile(what)
        before = {"score": str(current.value), "comment": current.comment,
                  "minority_view": current.minority_view}  # fmt: skip
        session.delete(current)
        record(session, event.id, actor, "consensus removed", "consensus", what, before=before)


@dataclass(frozen=True)
class ConsensusImport:
    rows: int
    submissions: int


def import_consensus(db: Database, path: Path, *, actor: str | None = None) -> ConsensusImport:
    """Record every row of a consensus sheet, or nothing: the first problem refuses the file."""
    actor = actor or default_actor()
    rows = read_consensus(path)
    with db.begin() as session:
        event = get_event(session)
        rubric = load_rubric(session, event)
        subs = {
            s.key: s
            for s in session.scalars(select(Submission).where(Submission.event_id == event.id))
        }
        for row in rows:

            def fail(message: str, where: str = f"{row.location} / {row.submission} / "
                     f"{row.criterion}") -> Exception:  # fmt: skip
                return InputError(str(path), where, message)

            sub = subs.get(row.submission)
            if sub is None:
                raise fail(f"no submission {row.submission!r} in the event")
            try:
                _record_score(session, event, rubric, sub, row.criterion, row.score, row.comment,
                              row.minority_view, row.rapporteur, None, actor, fail)  # fmt: skip
            except RefusedError as exc:
                raise fail(str(exc)) from None
        record(session, event.id, actor, "import consensus", "event", event.uid,
               after={"file": path.name, "rows": len(rows)}, detail=str(path))  # fmt: skip
    return ConsensusImport(len(rows), len({r.submission for r in rows}))
