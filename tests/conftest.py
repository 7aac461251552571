"""Test set-up shared by the whole suite: headless Qt and a private HOME."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="imin-home-")
os.environ["HOME"] = _home
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "cache")
_runtime = os.path.join(_home, "runtime")
os.makedirs(_runtime, mode=0o700, exist_ok=True)
os.environ["XDG_RUNTIME_DIR"] = _runtime

# Tests read English unless they choose a language; the compiled catalogue matches its source.
os.environ["IMIN_LANG"] = "en"
subprocess.run(
    [sys.executable, str(Path(__file__).parents[1] / "tools" / "translations.py"), "release",
     "--if-stale"],
    check=True, capture_output=True,
)  # fmt: skip

# --- PostgreSQL: one throwaway cluster per run, started on first use, stopped at the end ------

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402
from pg_cluster import Backend, PostgresServer, start_cluster  # noqa: E402


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        server = start_cluster()
    except RuntimeError as exc:  # never a skip: the test command installs PostgreSQL
        pytest.fail(str(exc))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_database(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty database on the test cluster (its URL, as the superuser)."""
    name = postgres_server.new_database()
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    """Run the test once on a SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        local = Backend("sqlite")
        yield local
        local.cleanup()
        return
    chosen = Backend("postgres", request.getfixturevalue("postgres_server"))
    try:
        yield chosen
    finally:
        chosen.cleanup()
