"""The juror's local workspace: what a juror typed, kept durably on their own laptop.

A separate small database per kit (keyed by kit id) in the juror's data folder; it never
holds submission content, so an encrypted kit leaves no plaintext copy on disk.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from imin_desktop.models.base import NAMING_CONVENTION, ExactDecimal, UTCDateTime, utcnow

WORKSPACE_SCHEMA = 1


class WorkspaceBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {Decimal: ExactDecimal(), datetime: UTCDateTime()}


class WorkspaceSetting(WorkspaceBase):
    __tablename__ = "settings"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DraftReview(WorkspaceBase):
    __tablename__ = "reviews"

    submission_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    is_conflict: Mapped[bool] = mapped_column(default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class DraftScore(WorkspaceBase):
    __tablename__ = "scores"

    submission_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    criterion: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Decimal | None]
    comment: Mapped[str] = mapped_column(Text, default="")


class DraftGate(WorkspaceBase):
    __tablename__ = "gates"

    submission_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    gate: Mapped[str] = mapped_column(String(64), primary_key=True)
    answer: Mapped[bool]


__all__ = ["WORKSPACE_SCHEMA", "DraftGate", "DraftReview", "DraftScore", "ExactDecimal",
           "UTCDateTime", "WorkspaceBase", "WorkspaceSetting"]  # fmt: skip
