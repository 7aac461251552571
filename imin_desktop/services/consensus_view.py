"""What a rapporteur sees for one submission: every counted review beside the consensus.

Plain values for the GUI's consensus editor and ``imin consensus show``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from imin_desktop.domain.consensus import COORDINATOR
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.times import iso_utc
from imin_desktop.models import (
    Assignment,
    Conflict,
    ConsensusGate,
    ConsensusScore,
    Criterion,
    Event,
    Gate,
    Juror,
    Review,
    Submission,
)
from imin_desktop.persistence.database import Database
from imin_desktop.services.events import get_event, load_rubric
from imin_desktop.services.jurors import find_submission
from imin_desktop.services.results import counted_review_keys


@dataclass(frozen=True)
class IndividualScore:
    """One counted review's score and comment on a criterion (or answer to a gate)."""

    juror_id: str
    value: Decimal | bool | None
    comment: str = ""


@dataclass(frozen=True)
class AgreedValue:
    """What the rapporteur recorded for one criterion (``value`` a score) or gate (a bool)."""

    value: Decimal | bool
    comment: str
    minority_view: str
    rapporteur: str
    """A juror id, or ``"coordinator"``."""
    recorded_by: str
    recorded_at: str
    version: int


@dataclass(frozen=True)
class CriterionConsensus:
    key: str
    reviews: tuple[IndividualScore, ...]
    mean: float | None
    """Mean of the counted reviews' scores."""
    agreed: AgreedValue | None

    @property
    def gap(self) -> float | None:
        """Consensus minus the mean of the individual reviews."""
        if self.agreed is None or self.mean is None:
            return None
        return float(self.agreed.value) - self.mean


@dataclass(frozen=True)
class GateConsensus:
    key: str
    reviews: tuple[IndividualScore, ...]
    agreed: AgreedValue | None


@dataclass(frozen=True)
class ConsensusView:
    """Everything a rapporteur sees for one submission."""

    submission_id: str
    title: str
    panel: tuple[str, ...]
    """Jurors assigned to the submission without a conflict: who may be rapporteur."""
    review_comments: tuple[IndividualScore, ...]
    """Each counted review's overall comment (``value`` None)."""
    criteria: tuple[CriterionConsensus, ...]
    gates: tuple[GateConsensus, ...]

    @property
    def complete(self) -> bool:
        return all(c.agreed is not None for c in self.criteria)

    def as_json(self) -> dict[str, Any]:
        def agreed(a: AgreedValue | None) -> dict[str, Any] | None:
            if a is None:
                return None
            value = a.value if isinstance(a.value, bool) else str(a.value)
            return {"value": value, "comment": a.comment, "minority_view": a.minority_view,
                    "rapporteur": a.rapporteur, "recorded_by": a.recorded_by,
                    "recorded_at": a.recorded_at, "version": a.version}  # fmt: skip

        def reviews(items: tuple[IndividualScore, ...]) -> list[dict[str, Any]]:
            return [
                {"juror": r.juror_id,
                 "value": r.value if isinstance(r.value, bool | None) else str(r.value),
                 "comment": r.comment}
                for r in items
            ]  # fmt: skip

        return {
            "submission": self.submission_id,
            "title": self.title,
            "panel": list(self.panel),
            "complete": self.complete,
            "review_comments": [{"juror": r.juror_id, "comment": r.comment}
                                for r in self.review_comments],
            "criteria": [{"key": c.key, "mean": c.mean, "gap": c.gap, "consensus": agreed(c.agreed),
                          "reviews": reviews(c.reviews)} for c in self.criteria],
            "gates": [{"key": g.key, "consensus": agreed(g.agreed), "reviews": reviews(g.reviews)}
                      for g in self.gates],
        }  # fmt: skip


# --- reading -----------------------------------------------------------------------------------


def panel_of(session: Session, sub: Submission) -> tuple[list[str], set[str]]:
    """(assigned jurors without a conflict, conflicted jurors) of the submission, by id."""
    assigned = set(session.scalars(
        select(Juror.key).join(Assignment, Assignment.juror_id == Juror.id)
        .where(Assignment.submission_id == sub.id)
    ))  # fmt: skip
    conflicted = set(session.scalars(
        select(Juror.key).join(Conflict, Conflict.juror_id == Juror.id)
        .where(Conflict.submission_id == sub.id)
    )) | set(session.scalars(
        select(Juror.key).join(Review, Review.juror_id == Juror.id)
        .where(Review.submission_id == sub.id, Review.is_conflict)
    ))  # fmt: skip
    return sorted(assigned - conflicted), conflicted


def _agreed(row: ConsensusScore | ConsensusGate, jurors: dict[int, str]) -> AgreedValue:
    value: Decimal | bool = row.value if isinstance(row, ConsensusScore) else row.answer
    return AgreedValue(
        value=value, comment=row.comment,
        minority_view=row.minority_view if isinstance(row, ConsensusScore) else "",
        rapporteur=jurors.get(row.rapporteur_id, COORDINATOR) if row.rapporteur_id else COORDINATOR,
        recorded_by=row.recorded_by, recorded_at=iso_utc(row.recorded_at), version=row.version,
    )  # fmt: skip


def view(session: Session, event: Event, rubric: Rubric, sub: Submission) -> ConsensusView:
    counted = [rid for rid, _, key in counted_review_keys(session, event) if key == sub.key]
    reviews = list(session.scalars(
        select(Review).where(Review.id.in_(counted))
        .options(selectinload(Review.scores), selectinload(Review.gate_answers))
    ))  # fmt: skip
    jurors = dict(session.execute(select(Juror.id, Juror.key)).all())
    reviews.sort(key=lambda r: jurors[r.juror_id])
    crit_ids = dict(session.execute(select(Criterion.id, Criterion.key)).all())
    gate_ids = dict(session.execute(select(Gate.id, Gate.key)).all())
    scores: dict[str, list[IndividualScore]] = defaultdict(list)
    answers: dict[str, list[IndividualScore]] = defaultdict(list)
    for review in reviews:
        for s in review.scores:
            scores[crit_ids[s.criterion_id]].append(
                IndividualScore(jurors[review.juror_id], s.value, s.comment)
            )
        for g in review.gate_answers:
            answers[gate_ids[g.gate_id]].append(IndividualScore(jurors[review.juror_id], g.answer))
    agreed_scores = {
        crit_ids[row.criterion_id]: _agreed(row, jurors)
        for row in session.scalars(select(ConsensusScore).where(ConsensusScore.submission_id == sub.id))
    }  # fmt: skip
    agreed_gates = {
        gate_ids[row.gate_id]: _agreed(row, jurors)
        for row in session.scalars(select(ConsensusGate).where(ConsensusGate.submission_id == sub.id))
    }  # fmt: skip
    criteria = []
    for criterion in rubric.criteria:
        items = tuple(scores[criterion.key])
        numbers = [float(i.value) for i in items if isinstance(i.value, Decimal)]
        mean = sum(numbers) / len(numbers) if numbers else None
        criteria.append(
            CriterionConsensus(criterion.key, items, mean, agreed_scores.get(criterion.key))
        )
    panel, _conflicted = panel_of(session, sub)
    return ConsensusView(
        submission_id=sub.key, title=sub.title, panel=tuple(panel),
        review_comments=tuple(IndividualScore(jurors[r.juror_id], None, r.comment) for r in reviews),
        criteria=tuple(criteria),
        gates=tuple(GateConsensus(g.key, tuple(answers[g.key]), agreed_gates.get(g.key))
                    for g in rubric.gates),
    )  # fmt: skip


def show_consensus(db: Database, submission: str) -> ConsensusView:
    """The consensus of ``submission`` with every counted review beside it."""
    with db.begin() as session:
        event = get_event(session)
        return view(
            session, event, load_rubric(session, event), find_submission(session, event, submission)
        )
