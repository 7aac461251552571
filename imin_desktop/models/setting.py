"""Event settings: named rules of the event that are not part of its rubric (e.g. the budget
line's rule and requested-amount field), one JSON value per name."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from imin_desktop.models.base import Base, IdMixin, utcnow


class EventSetting(IdMixin, Base):
    __tablename__ = "event_settings"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
