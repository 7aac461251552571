"""Writing the audit trail: every change to reviews, decisions, submissions and imports."""

from __future__ import annotations

import getpass
import os
from typing import Any

from sqlalchemy.orm import Session

from imin_desktop.models import AuditEntry


def default_actor() -> str:
    """Who is acting: ``IMIN_ACTOR`` if set, else the operating-system user."""
    env = os.environ.get("IMIN_ACTOR")
    if env:
        return env
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record(
    session: Session,
    event_id: int,
    actor: str,
    action: str,
    entity: str,
    entity_key: str = "",
    *,
    before: Any = None,
    after: Any = None,
    detail: str = "",
) -> None:
    session.add(
        AuditEntry(
            event_id=event_id,
            actor=actor,
            action=action,
            entity=entity,
            entity_key=entity_key,
            before=before,
            after=after,
            detail=detail,
        )
    )
