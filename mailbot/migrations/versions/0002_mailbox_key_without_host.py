"""The ledger names an IMAP mailbox by user and folder, no longer by host:port.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03

Rows written by 0.1.0 say imap://USER@HOST:PORT/FOLDER; they become imap://USER/FOLDER,
so the first poll after the upgrade does not fetch the whole mailbox again.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

OLD = re.compile(r"^imap://(?P<user>.*)@[^@/]*/(?P<folder>.*)$")


def _rename(pattern: re.Pattern[str], build: str) -> None:
    ledger = sa.table("inbound_message", sa.column("mailbox", sa.String()))
    conn = op.get_bind()
    for (name,) in conn.execute(sa.select(ledger.c.mailbox).distinct()).all():
        match = pattern.match(name or "")
        if match:
            new = build.format(**match.groupdict())
            conn.execute(sa.update(ledger).where(ledger.c.mailbox == name).values(mailbox=new))


def upgrade() -> None:
    _rename(OLD, "imap://{user}/{folder}")


def downgrade() -> None:
    pass  # the host and port are not known any more; 0.1.0 would refetch, never double-apply
