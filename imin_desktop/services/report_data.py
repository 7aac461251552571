"""Gathering everything the workbook and the decision report show, in one read."""

from __future__ import annotations

import string
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from imin_desktop import __version__
from imin_desktop.domain.consolidation import Method
from imin_desktop.domain.progress import SILENT, Progress
from imin_desktop.domain.report_data import (
    CellState,
    ChangeRow,
    ConflictRow,
    DecisionRow,
    PanelMember,
    ReportData,
    ReviewRow,
    ScoreFileRow,
    SubmissionMeta,
)
from imin_desktop.domain.rubric import Rubric
from imin_desktop.domain.times import iso_utc
from imin_desktop.models import (
    AuditEntry,
    Conflict,
    Criterion,
    Event,
    Gate,
    GateAnswer,
    Juror,
    Review,
    Score,
    ScoreFileRecord,
    Submission,
)
from imin_desktop.persistence.database import Database
from imin_desktop.services.coverage import coverage
from imin_desktop.services.events import get_event
from imin_desktop.services.funding import funding_of
from imin_desktop.services.results import compute_results, counted_review_keys


def anonymous_label(index: int, lang: str) -> str:
    """``Juror A`` … ``Juror Z``, ``Juror AA`` … (pt: ``Jurado A``)."""
    letters = string.ascii_uppercase
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = letters[rest] + name
    return f"{'Jurado' if lang == 'pt' else 'Juror'} {name}"


def _counted_rows(
    session: Session, event: Event, labels: dict[str, str], rubric: Rubric
) -> list[ReviewRow]:
    """Every counted review with its scores, comments and answers, by juror then submission.

    Plain column reads (no ORM objects): 80,000 scores at the reference scale."""
    counted = sorted(counted_review_keys(session, event), key=lambda c: (c[1], c[2]))
    wanted = {rid for rid, _, _ in counted}
    crit = dict(session.execute(select(Criterion.id, Criterion.key)).all())
    gate_keys = dict(session.execute(select(Gate.id, Gate.key)).all())
    scores: dict[int, dict[str, Decimal]] = defaultdict(dict)
    comments: dict[int, dict[str, str]] = defaultdict(dict)
    for rid, cid, value, comment in session.execute(
        select(Score.review_id, Score.criterion_id, Score.value, Score.comment)
    ):
        if rid in wanted:
            if value is not None:
                scores[rid][crit[cid]] = value
            if comment:
                comments[rid][crit[cid]] = comment
    answers: dict[int, dict[str, bool]] = defaultdict(dict)
    for rid, gid, answer in session.execute(
        select(GateAnswer.review_id, GateAnswer.gate_id, GateAnswer.answer)
    ):
        if rid in wanted:
            answers[rid][gate_keys[gid]] = answer
    about = {
        rid: (comment, status, updated)
        for rid, comment, status, updated in session.execute(
            select(Review.id, Review.comment, Review.status, Review.updated_at)
        )
        if rid in wanted
    }
    rows: list[ReviewRow] = []
    for rid, juror, submission in counted:
        comment, status, updated = about[rid]
        rows.append(ReviewRow(
            submission_id=submission, juror_id=juror, juror_label=labels[juror],
            scores=scores[rid], total=rubric.review_total(scores[rid]), gates=answers[rid],
            comment=comment, criterion_comments=comments[rid],
            status="final" if status == "final" else "draft", updated_at=iso_utc(updated),
        ))  # fmt: skip
    return rows


def gather(
    db: Database, *, method: Method = "mean", lang: str = "en", seed: int = 1,
    draws: int = 1000, progress: Progress = SILENT,
) -> ReportData:  # fmt: skip
    """Results plus the event's reviews, files, decisions and changes, as plain values."""
    er = compute_results(db, method=method, seed=seed, draws=draws, progress=progress)
    cov = coverage(db)
    with db.begin() as session:
        event = get_event(session)
        jurors = list(
            session.scalars(select(Juror).where(Juror.event_id == event.id).order_by(Juror.key))
        )
        labels = {j.key: anonymous_label(i, lang) for i, j in enumerate(jurors)}
        members = tuple(PanelMember(j.key, j.name, j.email, labels[j.key]) for j in jurors)
        subs = {
            s.key: SubmissionMeta(s.key, s.title, s.track, s.summary, tuple(s.team), dict(s.fields))
            for s in session.scalars(select(Submission).where(Submission.event_id == event.id))
        }
        reviews = _counted_rows(session, event, labels, er.rubric)
        juror_names = {j.id: j.key for j in jurors}
        sub_keys = dict(session.execute(select(Submission.id, Submission.key)).all())
        conflicts = tuple(
            ConflictRow(juror_names[c.juror_id], sub_keys[c.submission_id], c.source)
            for c in session.scalars(select(Conflict).order_by(Conflict.id))
        )
        records = list(
            session.scalars(select(ScoreFileRecord).order_by(ScoreFileRecord.imported_at))
        )
        files = tuple(
            ScoreFileRow(
                juror_id=juror_names[f.juror_id], juror_name=next(j.name for j in jurors if j.id == f.juror_id),
                kind=f.kind, sequence=f.sequence, created_at=iso_utc(f.created_at),
                imported_at=iso_utc(f.imported_at), sha256=f.sha256, file_name=f.file_name,
                is_current=f.is_current,
            )
            for f in records
        )  # fmt: skip
        first_merge = min((f.imported_at for f in records), default=None)
        changes = tuple(
            ChangeRow(iso_utc(a.at), a.actor, a.action, a.entity, a.entity_key, a.detail)
            for a in session.scalars(
                select(AuditEntry).where(AuditEntry.action.in_(["decide", "replace", "add", "remove"]))
                .order_by(AuditEntry.at)
            )
            if first_merge is not None and a.at > first_merge
        )  # fmt: skip
        outcomes = tuple(event.outcomes or [])
        budget_line = funding_of(session, event, er)
    decisions = {
        k: DecisionRow(
            k, d["outcome"], d["rationale"], d["panel_order"], d["decided_by"], d["decided_at"]
        )
        for k, d in er.decisions.items()
    }
    cells = tuple(
        CellState(j, s, state) for (j, s), state in sorted(cov.cells.items()) if state != "done"
    )
    return ReportData(
        event_id=er.event_id, event_title=er.event_title, is_blind=er.is_blind,
        generated_at=iso_utc(), software_version=__version__, lang=lang,
        rubric=er.rubric, results=er.results, results_json=er.as_json(), submissions=subs,
        jurors=members, reviews=tuple(reviews), cells=cells, conflicts=conflicts,
        score_files=files, decisions=decisions, changes=changes, outcomes=outcomes,
        funding=budget_line[0], funding_field=budget_line[1],
    )  # fmt: skip
