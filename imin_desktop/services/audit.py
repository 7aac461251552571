"""The audit trail: every change to reviews, decisions, submissions and imports; written by
the services, listed and exported for the coordinator and the manager."""

from __future__ import annotations

import csv
import getpass
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from imin_desktop.domain.errors import RefusedError
from imin_desktop.domain.times import iso_utc
from imin_desktop.models import AuditEntry, Submission
from imin_desktop.persistence.database import Database


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


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as plain values; ``submission`` names the submission it concerns
    (empty when it concerns none)."""

    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_key: str
    submission: str
    before: str
    after: str
    detail: str


def _compact(value: Any) -> str:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def list_audit(db: Database) -> list[AuditRow]:
    """The whole audit trail of the event, oldest first."""
    with db.begin() as session:
        subs = set(session.scalars(select(Submission.key)))
        rows = []
        for a in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            keys = [k.strip() for k in a.entity_key.replace("/", ",").split(",")]
            concerned = [k for k in keys if k in subs]
            rows.append(AuditRow(
                id=a.id, at=iso_utc(a.at), actor=a.actor, action=a.action, entity=a.entity,
                entity_key=a.entity_key, submission=", ".join(concerned),
                before=_compact(a.before), after=_compact(a.after), detail=a.detail,
            ))  # fmt: skip
        return rows


def _cell(text: str) -> str:
    """Text a spreadsheet opening the CSV will never run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_audit_csv(rows: Sequence[AuditRow], out: str | Path) -> Path:
    """Write ``rows`` (e.g. the filtered audit trail) to a UTF-8 CSV file; returns its path."""
    target = Path(out)
    header = ["at", "actor", "action", "entity", "entity_key", "submission", "before", "after",
              "detail"]  # fmt: skip
    try:
        with open(target, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for r in rows:
                writer.writerow([_cell(str(getattr(r, name))) for name in header])
    except OSError as exc:
        raise RefusedError(f"cannot write {target}: {exc.strerror or exc}") from None
    return target
