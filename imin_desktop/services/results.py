"""Consolidated results of an event: the numbers a panel decides on."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from imin_desktop.domain.consolidation import (
    ConsensusInput,
    CountedReview,
    JurorInput,
    Method,
    Results,
    SubmissionInput,
    consolidate,
    results_as_json,
)
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.times import iso_utc
from imin_desktop.models import (
    Assignment,
    Conflict,
    ConsensusGate,
    ConsensusScore,
    Criterion,
    Decision,
    Event,
    Gate,
    GateAnswer,
    Juror,
    Review,
    Score,
    Submission,
)
from imin_desktop.persistence.database import Database
from imin_desktop.services.events import get_event, load_rubric


@dataclass(frozen=True)
class EventResults:
    """The results with what is needed to show, export and re-check them."""

    event_id: str
    event_title: str
    is_blind: bool
    rubric: Rubric
    rubric_hash: str
    results: Results
    decisions: dict[str, dict[str, Any]]
    titles: dict[str, str]
    tracks: dict[str, str]

    def as_json(self) -> dict[str, Any]:
        return results_as_json(
            self.results, event_id=self.event_id, rubric_hash=self.rubric_hash,
            decisions=self.decisions,
        )  # fmt: skip


def counted_review_keys(session: Session, event: Event) -> list[tuple[int, str, str]]:
    """(review id, juror, submission) of every review that counts (statistics.md): final,
    not conflicted, from the jurors' current files; ordered by submission, then juror."""
    conflicted = set(session.execute(select(Conflict.juror_id, Conflict.submission_id)).all())
    rows = session.execute(
        select(Review.id, Review.juror_id, Review.submission_id, Juror.key, Submission.key)
        .join(Juror, Juror.id == Review.juror_id)
        .join(Submission, Submission.id == Review.submission_id)
        .where(Submission.event_id == event.id, Review.status == "final", ~Review.is_conflict)
    ).all()
    return [
        (rid, juror_key, sub_key)
        for rid, juror_id, sub_id, juror_key, sub_key in sorted(rows, key=lambda r: (r[4], r[3]))
        if (juror_id, sub_id) not in conflicted
    ]


def counted_reviews(session: Session, event: Event) -> list[CountedReview]:
    """The counted reviews with their scores and gate answers."""
    crit = dict(session.execute(select(Criterion.id, Criterion.key)).all())
    gates = dict(session.execute(select(Gate.id, Gate.key)).all())
    scores: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for review_id, criterion_id, value in session.execute(
        select(Score.review_id, Score.criterion_id, Score.value).where(Score.value.is_not(None))
    ):
        if value is not None:
            scores[review_id][crit[criterion_id]] = value
    answers: dict[int, dict[str, bool]] = defaultdict(dict)
    for review_id, gate_id, answer in session.execute(
        select(GateAnswer.review_id, GateAnswer.gate_id, GateAnswer.answer)
    ):
        answers[review_id][gates[gate_id]] = answer
    return [
        CountedReview(
            submission_id=sub_key, juror_id=juror_key, scores=scores[rid], gates=answers[rid]
        )
        for rid, juror_key, sub_key in counted_review_keys(session, event)
    ]


def consensus_inputs(session: Session, event: Event) -> list[ConsensusInput]:
    """Every recorded consensus of the event, as the results engine takes it."""
    crit_ids = dict(session.execute(select(Criterion.id, Criterion.key)).all())
    gate_ids = dict(session.execute(select(Gate.id, Gate.key)).all())
    scores: dict[str, dict[str, Decimal]] = defaultdict(dict)
    gates: dict[str, dict[str, bool]] = defaultdict(dict)
    for key, crit, value in session.execute(
        select(Submission.key, ConsensusScore.criterion_id, ConsensusScore.value)
        .join(Submission, Submission.id == ConsensusScore.submission_id)
        .where(Submission.event_id == event.id)
    ):
        scores[key][crit_ids[crit]] = value
    for key, gate, answer in session.execute(
        select(Submission.key, ConsensusGate.gate_id, ConsensusGate.answer)
        .join(Submission, Submission.id == ConsensusGate.submission_id)
        .where(Submission.event_id == event.id)
    ):
        gates[key][gate_ids[gate]] = answer
    return [
        ConsensusInput(key, scores.get(key, {}), gates.get(key, {}))
        for key in sorted(set(scores) | set(gates))
    ]


def decisions_of(session: Session, event: Event) -> dict[str, dict[str, Any]]:
    rows = session.execute(
        select(Submission.key, Decision)
        .join(Decision, Decision.submission_id == Submission.id)
        .where(Submission.event_id == event.id)
    ).all()
    return {
        key: {"outcome": d.outcome, "rationale": d.rationale, "panel_order": d.panel_order,
              "decided_by": d.decided_by, "decided_at": iso_utc(d.decided_at)}
        for key, d in rows
    }  # fmt: skip


def compute_results(
    db: Database, *, method: Method = "mean", top_k: int | None = None, seed: int = 1,
    draws: int = 1000, progress: Progress = SILENT,
) -> EventResults:  # fmt: skip
    with db.begin() as session:
        event = get_event(session)
        rubric = load_rubric(session, event)
        subs = list(session.scalars(select(Submission).where(Submission.event_id == event.id)
                                    .order_by(Submission.key)))  # fmt: skip
        assigned = dict(session.execute(
            select(Assignment.submission_id, func.count()).group_by(Assignment.submission_id)
        ).all())  # fmt: skip
        juror_rows = list(
            session.scalars(select(Juror).where(Juror.event_id == event.id).order_by(Juror.key))
        )
        conflicts = dict(session.execute(
            select(Conflict.juror_id, func.count()).group_by(Conflict.juror_id)
        ).all())  # fmt: skip
        reviews = counted_reviews(session, event)
        decisions = decisions_of(session, event)
        agreed = consensus_inputs(session, event)
        info = (event.uid, event.title, event.is_blind, event.awards)
    results = consolidate(
        rubric,
        [SubmissionInput(id=s.key, title=s.title, assigned=assigned.get(s.id, 0), fields=dict(s.fields))
         for s in subs],
        [JurorInput(id=j.key, conflicts=conflicts.get(j.id, 0)) for j in juror_rows],
        reviews, method=method, top_k=top_k or info[3], seed=seed, draws=draws, progress=progress,
        consensus=agreed,
    )  # fmt: skip
    return EventResults(
        event_id=info[0], event_title=info[1], is_blind=info[2], rubric=rubric,
        rubric_hash=rubric.hash, results=results, decisions=decisions,
        titles={s.key: s.title for s in subs}, tracks={s.key: s.track for s in subs},
    )  # fmt: skip
