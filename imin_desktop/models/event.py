"""The event: one evaluation exercise, stored as one ``.imin`` file or one shared database."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from imin_desktop.models.base import Base, IdMixin, utcnow

DEFAULT_OUTCOMES = ["winner", "finalist", "honourable_mention", "not_selected", "ineligible"]


class Event(IdMixin, Base):
    __tablename__ = "events"

    uid: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    is_blind: Mapped[bool] = mapped_column(default=False)
    identifying_fields: Mapped[list[Any]] = mapped_column(JSON, default=list)
    outcomes: Mapped[list[Any]] = mapped_column(JSON, default=lambda: list(DEFAULT_OUTCOMES))
    awards: Mapped[int] = mapped_column(default=3)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
