"""The panel's decisions: outcome, rationale, and the order that settles ex aequo ranks."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from imin_desktop.domain.errors import RefusedError
from imin_desktop.models import Decision
from imin_desktop.models.base import utcnow
from imin_desktop.persistence.database import Database
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.events import get_event
from imin_desktop.services.jurors import find_submission


def decide(
    db: Database, submission_key: str, outcome: str, rationale: str = "", *,
    panel_order: int | None = None, expected_version: int | None = None, actor: str | None = None,
) -> int:  # fmt: skip
    """Record (or change) a decision; returns its new version.

    ``expected_version`` is the version the user saw: a decision changed meanwhile by
    someone else is refused, never silently overwritten.
    """
    actor = actor or default_actor()
    try:
        with db.begin() as session:
            event = get_event(session)
            allowed = list(event.outcomes or [])
            if outcome not in allowed:
                raise RefusedError(
                    f"{outcome!r} is not an outcome of this event; use one of: {', '.join(allowed)}"
                )
            sub = find_submission(session, event, submission_key)
            current = session.scalars(
                select(Decision).where(Decision.submission_id == sub.id)
            ).one_or_none()
            if (
                expected_version is not None
                and (current.version if current else 0) != expected_version
            ):
                raise RefusedError(
                    f"the decision on {submission_key} was changed by someone else meanwhile; reload and try again"
                )
            before = None
            if current is None:
                current = Decision(submission_id=sub.id, outcome=outcome)
                session.add(current)
            else:
                before = {"outcome": current.outcome, "rationale": current.rationale,
                          "panel_order": current.panel_order}  # fmt: skip
            current.outcome, current.rationale, current.panel_order = (
                outcome,
                rationale,
                panel_order,
            )
            current.decided_by, current.decided_at = actor, utcnow()
            session.flush()
            record(session, event.id, actor, "decide", "decision", submission_key, before=before,
                   after={"outcome": outcome, "rationale": rationale, "panel_order": panel_order})  # fmt: skip
            return current.version
    except StaleDataError:
        raise RefusedError(
            f"the decision on {submission_key} was changed by someone else meanwhile; reload and try again"
        ) from None
