"""Alembic environment: runs on the connection the program hands it (no ini file needed)."""

from __future__ import annotations

from alembic import context

from imin_desktop.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the program always passes a connection
    raise RuntimeError("migrations run through imin_desktop.persistence.database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
