"""Engine and sessions. SQLite by default (WAL), PostgreSQL by URL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, create_engine

from mailbot import models  # noqa: F401  (registers the tables)


def _create_private(path: Path) -> None:
    """A new SQLite file is created 0600, as it holds personal data.

    SQLite gives its -wal and -shm files the database file's mode. An existing file
    keeps the mode its owner chose; one that cannot be made here is left to SQLite,
    which reports that in its own words.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:
        return


def make_engine(url: str) -> Engine:
    """Create the engine; SQLite gets WAL so the web console can read while the bot writes."""
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            if url.startswith("sqlite:///") and "?" not in path:
                _create_private(Path(path))
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            # Take transaction control from pysqlite, which would BEGIN only before the
            # first write: reads and writes of one transaction must see one state.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # IMMEDIATE: writers (poll loop, scheduler jobs, staff commands) queue up
            # instead of working from a state another one is changing; the audit
            # chain's head is read and extended by one writer at a time.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget_caches(session: Any) -> None:
    """Per-transaction caches (audit head, suppression set, reply counts) end with it."""
    for key in [k for k in session.info if str(k).startswith("mailbot.")]:
        del session.info[key]


def create_schema(engine: Engine) -> None:
    SQLModel.metadata.create_all(engine)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any exception."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
