"""Schema migrations: a database left by mailbot 0.1.0 upgrades with every row kept.

The fixture (tests/fixtures/release_0_1_0) is the 0.1.0 schema as DDL for SQLite and
PostgreSQL and the rows of a demo database, frozen before migrations existed; the
migrations must carry it to today's models on both engines.
"""

from __future__ import annotations

import base64
import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, insert, select, text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel
from typer.testing import CliRunner

from mailbot import db
from mailbot.cli import app
from tests.servers import Postgres

FIXTURE = Path(__file__).parent / "fixtures" / "release_0_1_0"
ROWS: dict[str, list[dict[str, Any]]] = json.loads((FIXTURE / "rows.json").read_text())
runner = CliRunner()


def _value(v: Any) -> Any:
    if isinstance(v, dict) and set(v) == {"b64"}:
        return base64.b64decode(v["b64"])
    if isinstance(v, dict) and set(v) == {"dt"}:
        return datetime.fromisoformat(v["dt"])
    return v


def _release_database(engine: Engine) -> None:
    """Make the 0.1.0 database: its DDL, then its rows, as that release left them."""
    ddl = (FIXTURE / f"schema.{engine.dialect.name}.sql").read_text()
    with engine.begin() as conn:
        for statement in ddl.split(";"):
            if statement.strip():
                conn.exec_driver_sql(statement)
        old = MetaData()
        old.reflect(conn)
        for name, rows in ROWS.items():
            if rows:
                conn.execute(
                    insert(old.tables[name]), [{k: _value(v) for k, v in r.items()} for r in rows]
                )
        if engine.dialect.name == "postgresql":  # explicit ids: move the sequences past them
            for name in ROWS:
                if "id" in old.tables[name].c:
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                            f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
                        )
                    )


def _config(tmp_path: Path, url: str) -> Path:
    cfg = tmp_path / "mailbot.toml"
    (tmp_path / "Maildir").mkdir(exist_ok=True)
    cfg.write_text(
        f'[mailbox]\nurl = "maildir:{tmp_path / "Maildir"}"\n'
        f'[smtp]\nurl = "file:{tmp_path / "outbox"}"\n'
        f'[database]\nurl = "{url}"\n'
    )
    return cfg


def _cli(cfg: Path, *args: str) -> Any:
    return runner.invoke(app, [*args, "--config", str(cfg)])


def _diff(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_object": db.include_object,
            },
        )
        return compare_metadata(context, SQLModel.metadata)


def _check_release_upgrade(tmp_path: Path, url: str) -> None:
    engine = db.make_engine(url)
    _release_database(engine)
    cfg = _config(tmp_path, url)
    assert db.current_revision(engine) == db.RELEASE_0_1_0

    stale = _cli(cfg, "contacts", "list")  # an old schema stops start-up, naming the command
    if db.head_revision() != db.RELEASE_0_1_0:
        assert stale.exit_code == 2
        assert "mailbot db upgrade" in stale.output

    upgraded = _cli(cfg, "db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.output
    assert db.current_revision(engine) == db.head_revision()
    assert _diff(engine) == []  # the upgraded schema is exactly today's models

    new = MetaData()
    new.reflect(engine)
    with engine.connect() as conn:
        for name, rows in ROWS.items():
            kept = {
                r["id"] if "id" in r else r["key"]: r
                for r in (dict(x._mapping) for x in conn.execute(select(new.tables[name])))
            }
            assert len(kept) == len(rows), name
            for row in rows:
                now = kept[row.get("id", row.get("key"))]
                for column, value in row.items():
                    if column in now:
                        assert _same(now[column], _value(value)), (name, column)

    with engine.connect() as conn:  # 0004: mail already sent is counted by the daily caps
        keys = conn.execute(text("SELECT to_addr, to_mailbox, to_domain FROM outbound_mail")).all()
    assert keys and all(m == a.lower() and d == a.rpartition("@")[2].lower() for a, m, d in keys)

    # The data is usable through the commands, not only present.
    listed = _cli(cfg, "contacts", "show", "aino.virtanen@example.org", "--json")
    assert listed.exit_code == 0, listed.output
    assert json.loads(listed.stdout)["name"] == "Aino Virtanen"
    assert "intact" in _cli(cfg, "audit", "verify").output
    again = _cli(cfg, "db", "upgrade")
    assert again.exit_code == 0 and "current" in again.output


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, datetime) and isinstance(b, datetime):
        return a.replace(tzinfo=None) == b.replace(tzinfo=None)
    if isinstance(a, str) and isinstance(b, (dict, list)):
        return json.loads(a) == b
    if isinstance(a, memoryview):
        return bytes(a) == b
    return a == b or (a in (0, 1) and b in (False, True) and bool(a) == b)


def test_release_0_1_0_database_upgrades_on_sqlite(tmp_path: Path) -> None:
    _check_release_upgrade(tmp_path, f"sqlite:///{tmp_path / 'old.db'}")


def test_release_0_1_0_database_upgrades_on_postgres(tmp_path: Path, postgres: Postgres) -> None:
    _check_release_upgrade(tmp_path, postgres.create_database(f"mig_{uuid.uuid4().hex[:10]}"))


@pytest.mark.parametrize("engine_kind", ["sqlite", "postgresql"])
def test_migrations_from_empty_build_exactly_the_models(
    tmp_path: Path, engine_kind: str, request: pytest.FixtureRequest
) -> None:
    if engine_kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'new.db'}"
    else:
        url = request.getfixturevalue("postgres").create_database(f"mig_{uuid.uuid4().hex[:10]}")
    engine = db.make_engine(url)
    assert db.current_revision(engine) is None
    db.check_schema(engine)  # an empty database is created at the newest revision
    assert db.current_revision(engine) == db.head_revision()
    assert _diff(engine) == [], "models changed without a migration: make a revision"


def test_a_database_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    db.create_schema(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    result = _cli(_config(tmp_path, f"sqlite:///{tmp_path / 'x.db'}"), "contacts", "list")
    assert result.exit_code == 2
    assert "newer than this mailbot" in result.output


def test_fixture_covers_every_table_of_the_release() -> None:
    ddl = (FIXTURE / "schema.sqlite.sql").read_text()
    names = {line.split()[2] for line in ddl.splitlines() if line.startswith("CREATE TABLE")}
    assert names == set(ROWS)
    assert all(ROWS[name] for name in names), [n for n in names if not ROWS[n]]
