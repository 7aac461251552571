"""One submission seen closely: every review (counted or not, and why), and its attachments.

The coordinator's submission detail shows these side by side per criterion; nothing here is
computed beyond what the counting rule of ``docs/statistics.md`` says about each review.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from imin_desktop.domain.errors import NotFoundError
from imin_desktop.domain.times import iso_utc
from imin_desktop.formats.kit import KitAttachment
from imin_desktop.models import Blob, Conflict, Criterion, Gate, Juror, Review
from imin_desktop.persistence.database import Database
from imin_desktop.services.events import get_event
from imin_desktop.services.jurors import find_submission

NOT_COUNTED_DRAFT = "draft"
NOT_COUNTED_CONFLICT = "conflict"
"""Why a review does not count: still a draft, or a conflict of interest (declared by the
juror or recorded by the coordinator)."""


@dataclass(frozen=True)
class ReviewDetail:
    juror_id: str
    juror_name: str
    status: str
    counted: bool
    why_not_counted: str
    """``""`` when counted, else ``draft`` or ``conflict``."""
    scores: dict[str, Decimal]
    criterion_comments: dict[str, str]
    gates: dict[str, bool]
    comment: str
    updated_at: str


@dataclass(frozen=True)
class SubmissionDetail:
    id: str
    title: str
    track: str
    summary: str
    reviews: tuple[ReviewDetail, ...]
    """Counted reviews first, then the others; by juror within each."""
    attachments: tuple[KitAttachment, ...]


def submission_detail(db: Database, submission_key: str) -> SubmissionDetail:
    """Every review of ``submission_key`` with its scores and comments, and its attachments."""
    with db.begin() as session:
        event = get_event(session)
        sub = find_submission(session, event, submission_key)
        crit = dict(session.execute(select(Criterion.id, Criterion.key)).all())
        gates = dict(session.execute(select(Gate.id, Gate.key)).all())
        conflicted = set(
            session.scalars(select(Conflict.juror_id).where(Conflict.submission_id == sub.id))
        )
        rows = session.execute(
            select(Review, Juror.key, Juror.name)
            .join(Juror, Juror.id == Review.juror_id)
            .where(Review.submission_id == sub.id)
            .options(selectinload(Review.scores), selectinload(Review.gate_answers))
        ).all()
        reviews = []
        for review, juror_key, juror_name in rows:
            if review.is_conflict or review.juror_id in conflicted:
                why = NOT_COUNTED_CONFLICT
            elif review.status != "final":
                why = NOT_COUNTED_DRAFT
            else:
                why = ""
            reviews.append(
                ReviewDetail(
                    juror_id=juror_key, juror_name=juror_name,
                    status="final" if review.status == "final" else "draft",
                    counted=not why, why_not_counted=why,
                    scores={crit[s.criterion_id]: s.value for s in review.scores
                            if s.value is not None},
                    criterion_comments={crit[s.criterion_id]: s.comment for s in review.scores
                                        if s.comment},
                    gates={gates[g.gate_id]: g.answer for g in review.gate_answers},
                    comment=review.comment, updated_at=iso_utc(review.updated_at),
                )
            )  # fmt: skip
        reviews.sort(key=lambda r: (not r.counted, r.juror_id))
        attachments = tuple(
            KitAttachment(path=a.path, title=a.title, sha256=a.blob_sha256, size=a.size,
                          media_type=a.media_type)
            for a in sub.attachments
        )  # fmt: skip
        return SubmissionDetail(
            id=sub.key, title=sub.title, track=sub.track, summary=sub.summary,
            reviews=tuple(reviews), attachments=attachments,
        )  # fmt: skip


def attachment_content(db: Database, sha256: str) -> bytes:
    """The bytes of a stored attachment."""
    with db.begin() as session:
        blob = session.get(Blob, sha256)
        if blob is None:
            raise NotFoundError(f"no stored attachment with hash {sha256}")
        return bytes(blob.data)
