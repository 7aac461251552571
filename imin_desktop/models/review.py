"""Reviews (one per juror and submission), their scores and gate answers."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from imin_desktop.models.base import Base, IdMixin, utcnow


class Review(IdMixin, Base):
    __tablename__ = "reviews"
    __table_args__ = (UniqueConstraint("juror_id", "submission_id"),)

    juror_id: Mapped[int] = mapped_column(ForeignKey("jurors.id", ondelete="CASCADE"), index=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(10), default="draft")
    is_conflict: Mapped[bool] = mapped_column(default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    score_file_id: Mapped[int | None] = mapped_column(
        ForeignKey("score_files.id", ondelete="SET NULL")
    )
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)
    scores: Mapped[list[Score]] = relationship(cascade="all, delete-orphan")
    gate_answers: Mapped[list[GateAnswer]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class Score(IdMixin, Base):
    __tablename__ = "scores"
    __table_args__ = (UniqueConstraint("review_id", "criterion_id"),)

    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criteria.id", ondelete="CASCADE"))
    value: Mapped[Decimal | None]
    comment: Mapped[str] = mapped_column(Text, default="")


class GateAnswer(IdMixin, Base):
    __tablename__ = "gate_answers"
    __table_args__ = (UniqueConstraint("review_id", "gate_id"),)

    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    gate_id: Mapped[int] = mapped_column(ForeignKey("gates.id", ondelete="CASCADE"))
    answer: Mapped[bool]
