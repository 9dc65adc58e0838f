"""server_deletion: mail to delete on the server after an erasure

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "server_deletion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("dedup_key", sa.String(), nullable=False),
        sa.Column("folder", sa.String(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["queued_action.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("server_deletion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_server_deletion_dedup_key"), ["dedup_key"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("server_deletion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_server_deletion_dedup_key"))

    op.drop_table("server_deletion")
