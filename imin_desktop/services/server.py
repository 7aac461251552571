"""Administering a PostgreSQL event server: schema, roles, policies and people's logins.

These run as the database's owner (the administrator's URL); coordinators, managers and
jurors then connect with their own login roles and the database enforces what each may do
(``persistence/server.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from imin_desktop.domain.errors import RefusedError
from imin_desktop.models import Rubric as RubricRow
from imin_desktop.persistence import server as security
from imin_desktop.persistence.database import Database, head_revision, prepare_schema
from imin_desktop.services.audit import default_actor, record
from imin_desktop.services.events import get_event
from imin_desktop.services.jurors import find_juror
from imin_desktop.services.kits import issue_identity

MIN_PASSWORD = 12


@dataclass(frozen=True)
class ServerInfo:
    database: str
    revision: str
    coordinator_group: str
    manager_group: str
    juror_group: str
    has_event: bool

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Grant:
    role: str
    group: str
    juror: str | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"role": self.role, "group": self.group}
        if self.juror is not None:
            out["juror"] = self.juror
        return out


def _require_postgres(db: Database) -> None:
    if db.engine.dialect.name != "postgresql":
        db.dispose()
        raise RefusedError(
            f"{db.location} is not a PostgreSQL database; roles and policies exist only on "
            "an event server (an event file is protected by who can open it)"
        )


def init_server(url: str) -> ServerInfo:
    """Create (or bring up to date) the event schema, the group roles and every policy."""
    db = prepare_schema(url)
    _require_postgres(db)
    try:
        with db.begin() as session:
            groups = security.install_security(session.connection())
            database = security.current_database(session.connection())
            has_event = session.scalars(select(RubricRow.id)).first() is not None
        return ServerInfo(database, head_revision(), groups.coordinator, groups.manager,
                          groups.juror, has_event)  # fmt: skip
    finally:
        db.dispose()


def _check_password(password: str) -> str:
    password = password.strip("\r\n")
    if len(password) < MIN_PASSWORD:
        raise RefusedError(f"a server password needs at least {MIN_PASSWORD} characters")
    return password


def _open_initialised(url: str) -> Database:
    db = prepare_schema(url)
    _require_postgres(db)
    with db.engine.connect() as conn:
        if not security.is_installed(conn):
            db.dispose()
            raise RefusedError(
                f"{db.location} has no roles and policies yet; run imin server init first"
            )
    return db


def grant(url: str, kind: str, role: str, password: str, *, actor: str | None = None) -> Grant:
    """A coordinator's or manager's login role with this password."""
    if kind == "juror":
        raise RefusedError("a juror's login is bound to the juror: use grant-juror")
    password = _check_password(password)
    db = _open_initialised(url)
    try:
        with db.begin() as session:
            conn = session.connection()
            group = security.groups_for(security.current_database(conn)).of(kind)
            security.create_login(conn, role, password, group)
            event = session.scalars(select(RubricRow.event_id)).first()
            if event is not None:
                record(session, event, actor or default_actor(), "grant", kind, role)
        return Grant(role, group)
    finally:
        db.dispose()


def juror_role_name(database: str, juror_key: str) -> str:
    """The default login role of a juror: the database's name and the juror's id."""
    stem = security.groups_for(database).juror.removesuffix("_juror").removeprefix("imin_")
    return re.sub(r"[^a-z0-9_]", "_", f"{stem}_{juror_key.lower()}")[:63]


def grant_juror(
    url: str, juror_key: str, password: str, *, role: str | None = None, actor: str | None = None
) -> Grant:
    """A juror's login role, bound to the juror: the database then shows them only their own
    work. Also issues the juror's online identity, under which their online edits are kept."""
    password = _check_password(password)
    db = _open_initialised(url)
    try:
        with db.begin() as session:
            conn = session.connection()
            database = security.current_database(conn)
            event = get_event(session)
            juror = find_juror(session, event, juror_key)
            name = role or juror_role_name(database, juror.key)
            group = security.groups_for(database).juror
            security.create_login(conn, name, password, group)
            security.bind_juror_login(conn, name, juror.id)
            rubric_hash = session.scalars(
                select(RubricRow.hash).where(RubricRow.event_id == event.id)
            ).one()
            issue_identity(session, juror, rubric_hash, "online")
            record(session, event.id, actor or default_actor(), "grant", "juror", juror.key,
                   after={"role": name})  # fmt: skip
        return Grant(name, group, juror.key)
    finally:
        db.dispose()
