"""Every score file or score sheet accepted into the event, kept verbatim for audit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from imin_desktop.models.base import Base, IdMixin, utcnow


class ScoreFileRecord(IdMixin, Base):
    __tablename__ = "score_files"
    __table_args__ = (UniqueConstraint("kit_id", "sequence"),)

    kit_id: Mapped[int] = mapped_column(ForeignKey("kits.id", ondelete="CASCADE"), index=True)
    juror_id: Mapped[int] = mapped_column(ForeignKey("jurors.id", ondelete="CASCADE"), index=True)
    sequence: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="scores")
    file_name: Mapped[str] = mapped_column(String(1000))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    is_current: Mapped[bool] = mapped_column(default=True)
