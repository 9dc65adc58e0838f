"""Issue 9 leftover 2: identity's suppression look-ups keep no hidden state in the session.

They kept the suppression key and the set of erased hashes in `session.info` (one query
per transaction, a listener in db.py to forget them). Now the key row is the identity
map's and the check is one indexed look-up, so there is no state to forget; these tests
hold the behaviour the cache had (savepoints, no autoflush) without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from mailbot import identity
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.models import Suppression
from mailbot.uow import UnitOfWork

SAM = "sam@example.com"


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'mailbot.db'}")
    create_schema(engine)
    return engine


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        mailbox={"url": f"maildir:{tmp_path / 'Maildir'}"},
        smtp={"url": "file:outbox", "from": "info@example.com"},
    )


def test_a_suppression_a_savepoint_took_back_no_longer_counts(
    engine: Engine, settings: Settings
) -> None:
    with UnitOfWork(engine, actor="mail") as uow:
        session = uow.session
        assert not identity.is_suppressed(session, settings, SAM)
        with pytest.raises(RuntimeError), uow.savepoint():
            identity.add_suppression(session, settings, SAM)
            assert identity.is_suppressed(session, settings, SAM)
            raise RuntimeError("the message failed after its erasure")
        assert not identity.is_suppressed(session, settings, SAM)
        identity.add_suppression(session, settings, SAM)
        uow.commit()
    with Session(engine) as session:
        assert len(session.exec(select(Suppression)).all()) == 1
        assert identity.is_suppressed(session, settings, SAM)


def test_suppression_look_ups_leave_nothing_in_the_session(
    engine: Engine, settings: Settings
) -> None:
    with Session(engine) as session:
        key = identity.suppression_key(session, settings)
        identity.add_suppression(session, settings, SAM)
        with session.no_autoflush:  # as the batch's snapshot reads: the row is seen
            assert identity.is_suppressed(session, settings, SAM)
        assert not identity.is_suppressed(session, settings, "kim@example.com")
        assert identity.suppression_key(session, settings) == key
        assert [k for k in session.info if str(k).startswith("mailbot.")] == []
        session.commit()
    with Session(engine) as session:  # the key made once is kept in the database
        assert identity.suppression_key(session, settings) == key
