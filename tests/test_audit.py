"""The audit chain stays one chain when several writers append at once."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlmodel import Session, col, select

from mailbot import audit
from mailbot.db import create_schema, make_engine
from mailbot.models import AuditEvent


def test_concurrent_appenders_keep_one_chain(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    create_schema(engine)

    def writer(name: str) -> None:
        for i in range(25):
            with Session(engine) as session:
                audit.record(session, "test", "Thing", i, {"writer": name})
                audit.record(session, "test", "Thing", i, {"writer": name, "second": True})
                session.commit()

    threads = [threading.Thread(target=writer, args=(f"w{n}",)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with Session(engine) as session:
        events = session.exec(select(AuditEvent).order_by(col(AuditEvent.id))).all()
        assert len(events) == 150
        assert audit.verify(events) is None


def test_edited_or_removed_event_is_found(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'b.db'}")
    create_schema(engine)
    with Session(engine) as session:
        for i in range(5):
            audit.record(session, "create", "Contact", i, {"fields": ["name"]})
        session.commit()
    with Session(engine) as session:
        events = session.exec(select(AuditEvent).order_by(col(AuditEvent.id))).all()
        assert audit.verify(events) is None
        broken = audit.verify([e for e in events if e.id != 3])
        assert broken is not None and broken.id == 4
        events[1].fields = {"fields": ["email"]}
        assert audit.verify(events).id == 2  # type: ignore[union-attr]
