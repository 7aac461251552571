"""A throwaway PostgreSQL cluster on loopback, for the tests and the server benchmark.

Debian's ``postgresql`` package provides the binaries (``scripts/setup-system.sh`` installs
it); nothing runs as a service. ``initdb`` and ``postgres`` refuse to run as root, so as root
they run as the ``postgres`` user. The superuser connects without a password over the local
socket and loopback; every other role needs its password (SCRAM), as on a real server.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PG_HBA = """\
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""


def bin_dir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    return found[0].parent if found else None


@dataclass
class PostgresServer:
    """A running cluster; ``url(db)`` connects as the superuser ``postgres``."""

    port: int
    folder: Path
    binaries: Path
    databases: list[str] = field(default_factory=list)

    def url(self, database: str = "postgres", user: str = "postgres", password: str = "") -> str:
        who = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{who}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """One statement as the superuser, outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(self.url().replace("+psycopg", ""), autocommit=True) as conn:
            conn.execute(sql.encode("utf-8"))

    def new_database(self, template: str | None = None) -> str:
        name = f"imin_{uuid.uuid4().hex[:12]}"
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        data = self.folder / "data"
        subprocess.run(_as_postgres([str(self.binaries / "pg_ctl"), "-D", str(data), "-m",
                                     "immediate", "stop"]), capture_output=True)  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _as_postgres(argv: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return argv
    return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{a}'" for a in argv)]


def start_cluster(*, durable: bool = False, max_connections: int = 100) -> PostgresServer:
    """Create and start a cluster in a new temporary folder (~1 s). ``durable=False`` turns
    fsync off, which is fine for tests that never pull the plug; benchmarks keep it on."""
    binaries = bin_dir()
    if binaries is None:
        raise RuntimeError(
            "PostgreSQL is not installed: run scripts/setup-system.sh as root "
            "(it installs Debian's postgresql package)"
        )
    folder = Path(tempfile.mkdtemp(prefix="imin-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    subprocess.run(
        _as_postgres([str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                      "-E", "UTF8", "--locale=C.UTF-8"]),
        check=True, capture_output=True,
    )  # fmt: skip
    (data / "pg_hba.conf").write_text(PG_HBA, encoding="utf-8")
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 "
               f"-c max_connections={max_connections}" + ("" if durable else " -c fsync=off"))  # fmt: skip
    subprocess.run(
        _as_postgres([str(binaries / "pg_ctl"), "-D", str(data), "-o", options,
                      "-l", str(folder / "log"), "-w", "start"]),
        check=True, capture_output=True,
    )  # fmt: skip
    return PostgresServer(port, folder, binaries)


@dataclass
class Backend:
    """Where a test's event lives: a SQLite file, or a database on the test cluster
    (``new_url`` hands out fresh databases, dropped by the fixture when the test ends)."""

    name: str
    server: PostgresServer | None = None
    created: list[str] = field(default_factory=list)
    closers: list[Callable[[], None]] = field(default_factory=list)

    @property
    def is_postgres(self) -> bool:
        return self.server is not None

    def new_url(self, template: str | None = None) -> str:
        assert self.server is not None
        name = self.server.new_database(template)
        self.created.append(name)
        return self.server.url(name)

    def target(self, folder: Path, name: str = "event.imin") -> str | Path:
        """A place for a new event: a file path (SQLite) or an empty database's URL."""
        if self.server is None:
            folder.mkdir(parents=True, exist_ok=True)
            return folder / name
        return self.new_url()

    def cleanup(self) -> None:
        for close in reversed(self.closers):
            close()
        self.closers.clear()
        if self.server is not None:
            for name in self.created:
                self.server.drop_database(name)
        self.created.clear()
