"""The event's rubric: the document as kits carry it, and its criteria, levels and gates."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, String, Text, UniqueConstraint, cast
from sqlalchemy.orm import Mapped, mapped_column, relationship

from imin_desktop.models.base import Base, IdMixin


class Rubric(IdMixin, Base):
    __tablename__ = "rubrics"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), unique=True)
    key: Mapped[str] = mapped_column(String(64))
    document: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(80))
    criteria: Mapped[list[Criterion]] = relationship(
        order_by="Criterion.position", cascade="all, delete-orphan"
    )
    gates: Mapped[list[Gate]] = relationship(order_by="Gate.position", cascade="all, delete-orphan")


class Criterion(IdMixin, Base):
    __tablename__ = "criteria"
    __table_args__ = (UniqueConstraint("rubric_id", "key"),)

    rubric_id: Mapped[int] = mapped_column(ForeignKey("rubrics.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    position: Mapped[int]
    label: Mapped[Any] = mapped_column(JSON)
    weight: Mapped[Decimal]
    scale_min: Mapped[Decimal]
    scale_max: Mapped[Decimal]
    scale_step: Mapped[Decimal]
    threshold: Mapped[Decimal | None]
    is_comment_required: Mapped[bool] = mapped_column(default=False)
    # By number, not by the text ExactDecimal keeps on SQLite (where "10" sorts before "2").
    levels: Mapped[list[Level]] = relationship(
        order_by=lambda: cast(Level.value, Float), cascade="all, delete-orphan"
    )


class Level(IdMixin, Base):
    __tablename__ = "levels"
    __table_args__ = (UniqueConstraint("criterion_id", "value"),)

    criterion_id: Mapped[int] = mapped_column(ForeignKey("criteria.id", ondelete="CASCADE"))
    value: Mapped[Decimal]
    label: Mapped[Any] = mapped_column(JSON)


class Gate(IdMixin, Base):
    __tablename__ = "gates"
    __table_args__ = (UniqueConstraint("rubric_id", "key"),)

    rubric_id: Mapped[int] = mapped_column(ForeignKey("rubrics.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    position: Mapped[int]
    label: Mapped[Any] = mapped_column(JSON)
