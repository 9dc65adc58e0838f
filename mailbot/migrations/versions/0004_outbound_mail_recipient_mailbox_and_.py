"""outbound_mail recipient mailbox and domain for daily caps; prepare_attempt

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "prepare_attempt",
        sa.Column("mailbox", sa.String(), nullable=False),
        sa.Column("item_key", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("mailbox", "item_key"),
    )
    with op.batch_alter_table("outbound_mail", schema=None) as batch_op:
        batch_op.add_column(sa.Column("to_mailbox", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("to_domain", sa.String(), nullable=False, server_default=""))
        batch_op.create_index(
            "ix_outbound_mail_domain_day",
            ["to_domain", "automatic", "created_at", "inbound_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_outbound_mail_mailbox_day", ["to_mailbox", "created_at", "inbound_id"], unique=False
        )
    _backfill()


def _backfill() -> None:
    """Mail already in the outbox gets its keys by the plain folding (case, +tag)."""
    outbox = sa.table(
        "outbound_mail",
        sa.column("id", sa.Integer()),
        sa.column("to_addr", sa.String()),
        sa.column("to_mailbox", sa.String()),
        sa.column("to_domain", sa.String()),
    )
    conn = op.get_bind()
    for row_id, addr in conn.execute(sa.select(outbox.c.id, outbox.c.to_addr)).all():
        local, _, domain = (addr or "").strip().rpartition("@")
        base = local.split("+", 1)[0] or local
        domain = domain.casefold().rstrip(".")
        conn.execute(
            sa.update(outbox)
            .where(outbox.c.id == row_id)
            .values(to_mailbox=f"{base.casefold()}@{domain}", to_domain=domain)
        )


def downgrade() -> None:
    with op.batch_alter_table("outbound_mail", schema=None) as batch_op:
        batch_op.drop_index("ix_outbound_mail_mailbox_day")
        batch_op.drop_index("ix_outbound_mail_domain_day")
        batch_op.drop_column("to_domain")
        batch_op.drop_column("to_mailbox")

    op.drop_table("prepare_attempt")
