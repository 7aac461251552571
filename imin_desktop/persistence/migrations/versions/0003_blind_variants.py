"""blind variants of attachments and confirmed identity findings

Revision ID: 0003_blind_variants
Revises: 0002_consensus
Create Date: 2026-12-06 20:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_blind_variants"
down_revision = "0002_consensus"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("blind_blob_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("blind_media_type", sa.String(length=200), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_attachments_blind_blob_sha256_blobs"),
            "blobs",
            ["blind_blob_sha256"],
            ["sha256"],
        )
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("blind_confirmation", sa.String(length=80), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Not in batch mode: recreating ``submissions`` would delete its attachments,
        # assignments and reviews by cascade (SQLite 3.35 drops a column in place).
        op.execute("ALTER TABLE submissions DROP COLUMN blind_confirmation")
    else:
        op.drop_column("submissions", "blind_confirmation")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_attachments_blind_blob_sha256_blobs"), type_="foreignkey"
        )
        batch_op.drop_column("blind_media_type")
        batch_op.drop_column("blind_blob_sha256")
