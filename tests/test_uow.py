"""The unit of work: its commit always writes the audit, its rollback writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot import audit, clock
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.handlers.base import Context, Reply
from mailbot.models import AuditEvent, ChatRecord, Contact, OutboundMail
from mailbot.register import add_contact
from mailbot.service import Service
from mailbot.uow import UnitOfWork, UnitOfWorkError, uow_of


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'u.db'}")
    create_schema(engine)
    return engine


@pytest.fixture
def service(engine: Engine) -> Service:
    settings = Settings(
        organisation={"name": "Esimerkki Oy", "ceo_email": "ceo@example.com"},
        smtp={"url": "file:outbox", "from": "info@example.com"},
    )
    return Service(Context.of(settings), engine)


def events(engine: Engine) -> list[AuditEvent]:
    with Session(engine) as session:
        return list(session.exec(select(AuditEvent).order_by(col(AuditEvent.id))).all())


def test_add_contact_through_the_uow_leaves_its_audit_row(engine: Engine, service: Service) -> None:
    """The bug of issue 9: add_contact + a plain commit lost the audit row."""
    with UnitOfWork(engine, actor="cli:alice") as uow:
        add_contact(
            service,
            uow.session,
            email="aino@example.com",
            name="Aino Esimerkki",
            status="active",
        )
        uow.session.commit()  # the session's own commit is the unit of work's
    rows = events(engine)
    assert [(e.action, e.entity, e.actor) for e in rows] == [("create", "Contact", "cli:alice")]
    with Session(engine) as session:
        contact = session.exec(select(Contact)).one()
    assert rows[0].entity_id == str(contact.id)
    assert audit.verify(rows) is None


def test_commit_without_the_audit_is_impossible(engine: Engine) -> None:
    """Every path to COMMIT from a unit of work's session writes the pending events."""
    with UnitOfWork(engine, actor="job:retention") as uow:
        uow.session.add(ChatRecord(form="chat", email="v@example.org", received_at=clock.now()))
        uow.audit("create", "ChatRecord", {"n": 1})
        Session.flush(uow.session)
        uow.session.commit()
        assert uow.events == []
        uow.audit("second", "Thing")
        uow.commit()
    assert [(e.action, e.actor) for e in events(engine)] == [
        ("create", "job:retention"),
        ("second", "job:retention"),
    ]


def test_events_name_their_entity_after_the_flush(engine: Engine) -> None:
    with UnitOfWork(engine, actor="cli:bo") as uow:
        chat = ChatRecord(form="chat", email="v@example.org", received_at=clock.now())
        uow.session.add(chat)
        uow.audit("create", chat, {}, actor="bo")  # no id yet
        uow.audit("delete", ("ChatRecord", 99), {})
        uow.commit()
    rows = events(engine)
    assert [(e.entity, e.entity_id, e.actor) for e in rows] == [
        ("ChatRecord", "1", "bo"),
        ("ChatRecord", "99", "cli:bo"),
    ]


def test_rollback_writes_nothing(engine: Engine, service: Service) -> None:
    with UnitOfWork(engine, actor="cli:alice") as uow:
        add_contact(service, uow.session, email="a@example.com", name="A", status="active")
        uow.audit("extra", "Thing")
        uow.rollback()
        assert uow.events == [] and uow.outgoing == []
    with UnitOfWork(engine, actor="cli:alice") as uow:
        add_contact(service, uow.session, email="b@example.com", name="B", status="active")
        uow.flush()  # written into the transaction, but never committed
    with pytest.raises(RuntimeError), UnitOfWork(engine, actor="cli:alice") as uow:
        add_contact(service, uow.session, email="c@example.com", name="C", status="active")
        raise RuntimeError("a command fails half-way")
    assert events(engine) == []
    with Session(engine) as session:
        assert session.exec(select(Contact)).all() == []


def test_a_failed_savepoint_takes_its_events_and_the_chain_stays_whole(engine: Engine) -> None:
    with UnitOfWork(engine, actor="mail") as uow:
        uow.audit("first", "Thing")
        uow.flush()
        with pytest.raises(ValueError), uow.savepoint():
            uow.audit("lost", "Thing")
            uow.flush()
            raise ValueError("one message fails")
        uow.audit("kept", "Thing")
        uow.commit()
    rows = events(engine)
    assert [e.action for e in rows] == ["first", "kept"]
    assert audit.verify(rows) is None


def test_legacy_writers_extend_the_same_chain(engine: Engine, service: Service) -> None:
    """Direct audit.record and Service.defer_audit on a uow session: one chain, one actor."""
    with UnitOfWork(engine, actor="job:tick") as uow:
        assert uow_of(uow.session) is uow
        audit.record(uow.session, "job_run", "Schedule", "tick", {})
        service.defer_audit(uow.session, "deferred", "Thing", {})
        uow.audit("direct", "Thing")
        service.flush_deferred(uow.session)
        audit.record(uow.session, "after", "Thing")
        uow.commit()
    rows = events(engine)
    assert [(e.action, e.actor) for e in rows] == [
        ("job_run", "mailbot"),
        ("deferred", "job:tick"),
        ("direct", "job:tick"),
        ("after", "mailbot"),
    ]
    assert audit.verify(rows) is None


def test_outgoing_mail_is_posted_on_commit(engine: Engine, service: Service) -> None:
    reply = Reply(to="aino@example.com", template="not_subscribed", language="en", limited=False)
    with UnitOfWork(engine, actor="cli:alice", post=service.queue_reply) as uow:
        uow.send(reply)
        assert len(uow.outgoing) == 1
        uow.commit()
    with Session(engine) as session:
        mails = session.exec(select(OutboundMail)).all()
    assert [m.to_addr for m in mails] == ["aino@example.com"]
    assert [(e.action, e.actor) for e in events(engine)] == [("queue_mail", "cli:alice")]


def test_misuse_is_refused(engine: Engine) -> None:
    with pytest.raises(UnitOfWorkError):
        UnitOfWork(engine, actor=" ")
    with UnitOfWork(engine, actor="cli:alice") as uow, pytest.raises(UnitOfWorkError):
        uow.send(Reply(to="a@example.com", template="x", language="en"))
    with pytest.raises(UnitOfWorkError):
        uow.audit("late", "Thing")


def test_a_commit_round_the_unit_of_work_still_writes_the_audit(engine: Engine) -> None:
    # session.begin() commits the transaction itself, not through commit()
    with UnitOfWork(engine, actor="cli:alice") as uow, uow.session.begin():
        uow.audit("sneaky", "Thing")
    assert [(e.action, e.actor) for e in events(engine)] == [("sneaky", "cli:alice")]


def test_a_rollback_round_the_unit_of_work_drops_the_pending(engine: Engine) -> None:
    with UnitOfWork(engine, actor="cli:alice") as uow:
        uow.audit("kept", "Thing")
        with uow.session.begin_nested():
            pass
        Session.rollback(uow.session)
        assert uow.events == []
        uow.audit("after", "Thing")
        uow.commit()
    assert [e.action for e in events(engine)] == ["after"]


def test_a_plain_session_commit_no_longer_loses_deferred_events(
    engine: Engine, service: Service
) -> None:
    """Until every writer uses a unit of work: add_contact + a bare commit keeps its row."""
    with Session(engine, expire_on_commit=False) as session:
        add_contact(service, session, email="aino@example.com", name="Aino", status="active")
        session.commit()
    assert [(e.action, e.entity, e.actor) for e in events(engine)] == [
        ("create", "Contact", "mailbot")
    ]
