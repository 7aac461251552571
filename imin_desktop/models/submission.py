"""Submissions and their attachments; attachment content is stored once per SHA-256."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from imin_desktop.models.base import Base, IdMixin, utcnow


class Blob(Base):
    """Attachment bytes, content-addressed: the same file in two submissions is stored once."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Submission(IdMixin, Base):
    __tablename__ = "submissions"
    __table_args__ = (UniqueConstraint("event_id", "key"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    track: Mapped[str] = mapped_column(String(500), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    team: Mapped[list[Any]] = mapped_column(JSON, default=list)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    content_hash: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)
    #: Fingerprint of the identity findings the coordinator confirmed for blind kits
    #: (``services/blinding.py``); a change in the findings needs a new confirmation.
    blind_confirmation: Mapped[str | None] = mapped_column(String(80), default=None)
    attachments: Mapped[list[Attachment]] = relationship(
        order_by="Attachment.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class Attachment(IdMixin, Base):
    __tablename__ = "attachments"
    __table_args__ = (UniqueConstraint("submission_id", "path"),)

    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    path: Mapped[str] = mapped_column(String(1000))
    title: Mapped[str] = mapped_column(String(500), default="")
    media_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    size: Mapped[int]
    #: The package's anonymised copy (``blind_path``), used instead in blind kits.
    blind_blob_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"), default=None)
    blind_media_type: Mapped[str | None] = mapped_column(String(200), default=None)
