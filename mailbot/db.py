"""Engine and sessions. SQLite by default (WAL), PostgreSQL by URL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, create_engine

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


MIGRATIONS = Path(__file__).parent / "migrations"
# The revision that is the schema of mailbot 0.1.0, which made its tables with create_all
# and so has no alembic_version row: such a database is stamped with it, then upgraded.
RELEASE_0_1_0 = "0001"


# APScheduler keeps its job store in the same database and manages that table itself.
FOREIGN_TABLES = frozenset({"apscheduler_jobs"})


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, other: object
) -> bool:
    """Migrations (and the test comparing them with the models) leave foreign tables alone."""
    return not (type_ == "table" and name in FOREIGN_TABLES)


class SchemaError(Exception):
    """The database's schema is not the one this mailbot needs; the message says what to do."""


def _alembic_config(connection: Connection | None) -> Any:
    from alembic.config import Config  # imported here: only schema work needs alembic

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _scripts() -> Any:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(None))


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "mailbot/migrations has no revision"
    return str(head)


def current_revision(engine: Engine) -> str | None:
    """The database's revision: RELEASE_0_1_0 for a pre-migrations one, None when empty."""
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
        if revision is None and inspect(conn).has_table("inbound_message"):
            return RELEASE_0_1_0
        return revision


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to the newest revision; returns (from, to). Creates an empty database."""
    from alembic import command

    before = current_revision(engine)
    with engine.begin() as conn:
        cfg = _alembic_config(conn)
        if before == RELEASE_0_1_0 and not _has_version_table(conn):
            command.stamp(cfg, RELEASE_0_1_0)
        command.upgrade(cfg, "head")
    return before, head_revision()


def _has_version_table(conn: Connection) -> bool:
    return inspect(conn).has_table("alembic_version")


def check_schema(engine: Engine) -> None:
    """An empty database is created; an old one is an error naming the command to run."""
    current, head = current_revision(engine), head_revision()
    if current == head:
        return
    if current is None:
        upgrade(engine)
        return
    if current not in {script.revision for script in _scripts().walk_revisions()}:
        raise SchemaError(
            f"database schema revision {current} is newer than this mailbot ({head}): "
            "upgrade mailbot"
        )
    raise SchemaError(
        f"database schema is at revision {current}, this mailbot needs {head}: "
        "run `mailbot db upgrade` (back up the database first)"
    )


def create_schema(engine: Engine) -> None:
    """The newest schema, through the migrations (so they are what every test runs on)."""
    upgrade(engine)
