"""Jurors, their declared conflicts, their assignments and the kits issued to them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from imin_desktop.models.base import Base, IdMixin, utcnow


class Juror(IdMixin, Base):
    __tablename__ = "jurors"
    __table_args__ = (UniqueConstraint("event_id", "key"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(500))
    email: Mapped[str] = mapped_column(String(320), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Conflict(IdMixin, Base):
    __tablename__ = "conflicts"
    __table_args__ = (UniqueConstraint("juror_id", "submission_id"),)

    juror_id: Mapped[int] = mapped_column(ForeignKey("jurors.id", ondelete="CASCADE"), index=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(20), default="coordinator")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Assignment(IdMixin, Base):
    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("juror_id", "submission_id"),)

    juror_id: Mapped[int] = mapped_column(ForeignKey("jurors.id", ondelete="CASCADE"), index=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    is_calibration: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Kit(IdMixin, Base):
    """A kit issued to a juror: its id and signing key let the event verify score files."""

    __tablename__ = "kits"

    uid: Mapped[str] = mapped_column(String(64), unique=True)
    juror_id: Mapped[int] = mapped_column(ForeignKey("jurors.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(100))
    rubric_hash: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20), default="kit")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
