"""corrections of the classifier

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 00:12:10.319167
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("inbound_id", sa.Integer(), nullable=True),
        sa.Column("dedup_key", sa.String(), nullable=False),
        sa.Column("old_kind", sa.String(), nullable=True),
        sa.Column("old_requests", sa.JSON(), nullable=True),
        sa.Column("new_kind", sa.String(), nullable=False),
        sa.Column("new_request", sa.String(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["inbound_id"],
            ["inbound_message.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("correction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_correction_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_correction_dedup_key"), ["dedup_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_correction_inbound_id"), ["inbound_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_correction_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("correction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_correction_status"))
        batch_op.drop_index(batch_op.f("ix_correction_inbound_id"))
        batch_op.drop_index(batch_op.f("ix_correction_dedup_key"))
        batch_op.drop_index(batch_op.f("ix_correction_at"))

    op.drop_table("correction")
