"""The consensus step: one agreed score and comment per criterion (and gate) of a submission,
drafted by a rapporteur with every counted review side by side."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from imin_desktop.models.base import Base, IdMixin, utcnow


class ConsensusScore(IdMixin, Base):
    """The agreed score of one criterion; ``rapporteur_id`` None means the coordinator."""

    __tablename__ = "consensus_scores"
    __table_args__ = (UniqueConstraint("submission_id", "criterion_id"),)

    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criteria.id", ondelete="CASCADE"))
    value: Mapped[Decimal]
    comment: Mapped[str] = mapped_column(Text, default="")
    minority_view: Mapped[str] = mapped_column(Text, default="")
    rapporteur_id: Mapped[int | None] = mapped_column(ForeignKey("jurors.id", ondelete="SET NULL"))
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class ConsensusGate(IdMixin, Base):
    """The agreed answer to one eligibility gate."""

    __tablename__ = "consensus_gates"
    __table_args__ = (UniqueConstraint("submission_id", "gate_id"),)

    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    gate_id: Mapped[int] = mapped_column(ForeignKey("gates.id", ondelete="CASCADE"))
    answer: Mapped[bool]
    comment: Mapped[str] = mapped_column(Text, default="")
    rapporteur_id: Mapped[int | None] = mapped_column(ForeignKey("jurors.id", ondelete="SET NULL"))
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
