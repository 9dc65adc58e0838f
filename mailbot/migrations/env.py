"""Alembic environment: run by mailbot.db.upgrade with a live connection, never by hand.

`mailbot db upgrade` is the way in; `alembic` on the command line is for developers making
a revision (see docs in README: "Schema migrations").
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import AutoString

from mailbot import models  # noqa: F401  (registers the tables)
from mailbot.db import include_object
from mailbot.models import UTCDateTime


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Revisions name plain SQLAlchemy types, so an old revision never imports today's models."""
    if type_ == "type":
        if isinstance(obj, UTCDateTime):
            return "sa.DateTime()"
        if isinstance(obj, AutoString):
            return "sa.String()"
    return False


def run() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER much
        include_object=include_object,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
