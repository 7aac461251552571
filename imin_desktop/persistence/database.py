"""Opening an event store: engine, sessions, schema version and migrations.

An event is a SQLAlchemy URL: ``sqlite:///NAME.imin`` by default (one file per event),
or a PostgreSQL URL for a shared event server. Services receive a ``Database`` and
never know which one it is.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from imin_desktop.domain.errors import InputError, RefusedError

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000


class SchemaError(RefusedError):
    """The event's schema cannot be used by this program."""


class BusyError(RefusedError):
    """Another program holds the event and did not let go in time."""


class ReadOnlyError(RefusedError):
    """A change was asked of an event opened read-only; the database refused it."""


class AccessError(RefusedError):
    """The event server does not let this login read or change that."""


INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: no privilege, or a row-level policy refused


def _alembic_config() -> Any:
    from alembic.config import Config  # Alembic loads only when a schema is created or migrated

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def known_revisions() -> dict[str, str | None]:
    """Every migration shipped with the program: revision -> the revision it follows.

    Read from the migration scripts' ``revision``/``down_revision`` lines without loading
    Alembic, so opening an event at the current schema costs no Alembic import (a test keeps
    this equal to Alembic's own reading)."""
    chain: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            down = found.get("down_revision", "None").strip()
            chain[found["revision"].strip().strip("\"'")] = (
                None if down == "None" else down.strip("\"'")
            )
    return chain


def head_revision() -> str:
    chain = known_revisions()
    (head,) = set(chain) - {down for down in chain.values() if down is not None}
    return head


def url_for(target: str | Path) -> str:
    """A SQLAlchemy URL for an event path or URL (``IMIN_DB`` / ``--db`` give URLs)."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).resolve()}"


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _on_sqlite_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


def _on_server_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("SET default_transaction_read_only = on")
    cursor.close()
    dbapi_connection.commit()


def shown_url(url: str) -> str:
    """``url`` with its password masked: never echo a password."""
    return re.sub(r"(//[^/:@]*:)[^@/]*@", r"\1***@", url)


def parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError:
        raise InputError(shown_url(url), "", "is not a database URL") from None


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """The engine for ``url``; with ``read_only`` the database itself refuses every write
    (SQLite opened with ``mode=ro``, a server session with read-only transactions)."""
    parsed = parse_url(url)
    try:
        if parsed.get_backend_name() == "sqlite" and read_only and parsed.database:
            uri = f"{Path(parsed.database).resolve().as_uri()}?mode=ro"
            engine = create_engine(
                url, poolclass=NullPool,
                creator=lambda: sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                                check_same_thread=False),
            )  # fmt: skip
            event.listen(engine, "connect", _on_sqlite_connect_read_only)
            return engine
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(
                url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
            )
            event.listen(engine, "connect", _on_sqlite_connect)
            return engine
        engine = create_engine(url, pool_pre_ping=True)
        if read_only:
            event.listen(engine, "connect", _on_server_connect_read_only)
        return engine
    except (ArgumentError, ImportError) as exc:  # unknown dialect, driver not installed
        raise InputError(
            parsed.render_as_string(hide_password=True),
            "",
            f"is not a database this program can open ({exc})",
        ) from None


def _revision(engine: Engine) -> str | None:
    """The schema revision stamped in the event (Alembic's ``alembic_version`` table)."""
    if "alembic_version" not in inspect(engine).get_table_names():
        return None
    with engine.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except ProgrammingError:
            return None
    return str(rows[0][0]) if len(rows) == 1 else None


def _upgrade(engine: Engine) -> None:
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@dataclass
class Database:
    """An open event store: the engine and the session factory services use."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False

    @property
    def path(self) -> Path | None:
        parsed = make_url(self.url)
        if parsed.get_backend_name() == "sqlite" and parsed.database:
            return Path(parsed.database)
        return None

    @property
    def location(self) -> str:
        """The file, or the URL without its password: safe to show and to log."""
        path = self.path
        return str(path) if path is not None else shown_url(self.url)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One transaction for one user action; committed on success, rolled back on error."""
        try:
            with self.sessions.begin() as session:
                yield session
        except DBAPIError as exc:
            if self.read_only and _is_read_only_refusal(exc):
                raise ReadOnlyError(
                    f"the event {self.location} is open read-only; "
                    "nothing in it can be changed from this window"
                ) from None
            if isinstance(exc, OperationalError) and (
                "locked" in str(exc.orig) or "busy" in str(exc.orig)
            ):
                raise BusyError(
                    f"the event {self.location} is busy in another program; "
                    "try again when it has finished"
                ) from None
            if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
                reason = str(exc.orig).splitlines()[0]
                raise AccessError(
                    f"the event server refused this for your login ({reason}); "
                    "ask the event's coordinator if you need it"
                ) from None
            raise

    def dispose(self) -> None:
        self.engine.dispose()


def _is_read_only_refusal(exc: DBAPIError) -> bool:
    words = str(exc.orig).lower()
    return "readonly" in words or "read-only" in words or "read only" in words


def wrap(url: str, engine: Engine, *, read_only: bool = False) -> Database:
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False), read_only)


def create_database(target: str | Path) -> Database:
    """A new, empty event store at the latest schema revision."""
    url = url_for(target)
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        if path.exists():
            raise RefusedError(f"{path} already exists; choose another name or remove it first")
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        tables = inspect(engine).get_table_names()
        if tables and not _prepared_and_empty(engine, tables):
            raise RefusedError(
                f"{shown_url(url)} already holds tables; use an empty database "
                "(or one prepared by imin server init that holds no event yet)"
            )
        _upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise RefusedError(f"cannot create the event at {shown_url(url)}: {exc.orig}") from None
    except BaseException:
        engine.dispose()
        raise
    return wrap(url, engine)


def prepare_schema(url: str) -> Database:
    """The event schema at the latest revision in the database at ``url``: created in an empty
    database, migrated forward in an older one (a server keeps its own backups: pg_dump)."""
    engine = make_engine(url)
    try:
        tables = inspect(engine).get_table_names()
        current = _revision(engine)
        if tables and current is None and "events" not in tables:
            raise RefusedError(
                f"{shown_url(url)} holds other tables; use an empty database for the event"
            )
        if current is not None and current not in known_revisions():
            raise SchemaError(
                f"{shown_url(url)} was written by a newer version of imIN Desktop "
                f"(schema {current}); install the newer version"
            )
        if current != head_revision():
            _upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise RefusedError(f"cannot prepare {shown_url(url)}: {exc.orig}") from None
    except BaseException:
        engine.dispose()
        raise
    return wrap(url, engine)


def _prepared_and_empty(engine: Engine, tables: list[str]) -> bool:
    """A database ``imin server init`` prepared: the event schema at the latest revision,
    and no event in it yet."""
    if "events" not in tables or _revision(engine) != head_revision():
        return False
    with engine.connect() as conn:
        return bool(conn.execute(text("SELECT count(*) FROM events")).scalar_one() == 0)


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        raise InputError(str(path), "", "no such event file")
    if path.is_dir():
        raise InputError(str(path), "", "is a folder, not an event file")
    with open(path, "rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise InputError(str(path), "", "is not an imIN event file (not a SQLite database)")


def open_database(target: str | Path, *, migrate: bool = True, read_only: bool = False) -> Database:
    """Open an existing event; migrate an older schema forward (keeping a backup copy),
    refuse one written by a newer program. With ``read_only`` the database refuses every
    change (:class:`ReadOnlyError`) and an older schema is refused instead of migrated."""
    url = url_for(target)
    parsed = parse_url(url)
    path = (
        Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None
    )
    if path is not None:
        _check_sqlite_file(path)
    shown = parsed.render_as_string(hide_password=True)
    engine = make_engine(url, read_only=read_only)
    try:
        current = _revision(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise InputError(str(path or shown), "", f"cannot be opened: {exc.orig}") from None
    if current is None:
        engine.dispose()
        raise InputError(str(path or shown), "", "is not an imIN event (no schema version)")
    if current not in known_revisions():
        engine.dispose()
        raise SchemaError(
            f"{path or shown} was written by a newer version of imIN Desktop (schema {current}); "
            "install the newer version to open it"
        )
    if current != head_revision():
        if read_only:
            engine.dispose()
            raise SchemaError(
                f"{path or shown} needs to be upgraded (schema {current}) before it can be read; "
                "open it once for editing"
            )
        if not migrate:
            engine.dispose()
            raise SchemaError(f"{path or shown} needs to be upgraded (schema {current})")
        if path is not None:
            _backup(path, current)
        _upgrade(engine)
    return wrap(url, engine, read_only=read_only)


def _backup(path: Path, revision: str) -> None:
    """Copy the event aside before a migration changes it (a consistent SQLite backup)."""
    target = path.with_name(f"{path.name}.before-{revision}.bak")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()


def copy_event(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
