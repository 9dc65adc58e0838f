"""Every command of the application layer leaves audit events naming its actor.

The commands are enumerated from the package (`mailbot.app.COMMANDS`): a new command
without a case here fails `test_every_command_has_a_case`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot import app, clock
from mailbot.app import COMMANDS
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.handlers.base import Context
from mailbot.models import (
    AuditEvent,
    ChatRecord,
    Contact,
    Enquiry,
    InboundMessage,
    OutboundMail,
    QueuedAction,
)
from mailbot.service import Service
from mailbot.sources import open_source
from mailbot.sources.maildir import ensure_maildir
from mailbot.uow import UnitOfWork

CSV = (
    "First Name,Last Name,Email Address,Account Name,Date Created\n"
    "Ilmari,Esimerkki,ilmari@example.net,Esimerkki Oy,2024-03-01\n"
)


@pytest.fixture
def service(tmp_path: Path) -> Service:
    engine = make_engine(f"sqlite:///{tmp_path / 'app.db'}")
    create_schema(engine)
    ensure_maildir(tmp_path / "Maildir")
    settings = Settings(
        mailbox={"url": f"maildir:{tmp_path / 'Maildir'}"},
        organisation={"name": "Esimerkki Oy", "ceo_email": "ceo@example.com"},
        smtp={"url": "file:outbox", "from": "info@example.com"},
    )
    return Service(Context.of(settings), engine)


def _contact(service: Service, email: str = "aino@example.com") -> str:
    with app.unit(service, "setup") as uow:
        app.contacts.add(uow, service, email=email, name="Aino Esimerkki", status="active")
    return email


def _action(service: Service) -> int:
    """A pending objection by a registered contact."""
    email = _contact(service)
    with UnitOfWork(service.engine, actor="setup") as uow:
        contact = uow.session.exec(select(Contact).where(Contact.email == email)).one()
        now = clock.now()
        action = QueuedAction(
            action="objection",
            email=email,
            contact_id=contact.id,
            verification="authenticated",
            language="en",
            text="Please stop the newsletter.",
            received_at=now,
            due=now + timedelta(days=30),
        )
        uow.session.add(action)
        uow.audit("queue", action, {"action": "objection"})
        uow.commit()
        assert action.id is not None
        return action.id


def _row(service: Service, row: Any) -> int:
    with UnitOfWork(service.engine, actor="setup") as uow:
        uow.session.add(row)
        uow.audit("create", row, {})
        uow.commit()
        return int(row.id)


def _enquiry(service: Service) -> int:
    return _row(
        service,
        Enquiry(email="eeva@example.org", name="Eeva Esimerkki", received_at=clock.now()),
    )


def _chat(service: Service) -> int:
    return _row(
        service,
        ChatRecord(email="visitor@example.org", visitor_name="Ville", received_at=clock.now()),
    )


def _unsure_mail(service: Service) -> str:
    _row(
        service,
        InboundMessage(
            mailbox="maildir://test/INBOX",
            item_key="k1",
            message_id="<unsure-1@example.org>",
            dedup_key="d1",
            processed_at=clock.now(),
            kind="other",
            status="unsure",
        ),
    )
    return "<unsure-1@example.org>"


def _failed_mail(service: Service) -> None:
    now = clock.now()
    _row(
        service,
        OutboundMail(
            message_id="<m1@example.com>",
            to_addr="aino@example.com",
            to_mailbox="aino@example.com",
            to_domain="example.com",
            subject="s",
            template="not_subscribed",
            raw=b"x",
            status="failed",
            attempts=5,
            created_at=now,
            next_attempt_at=now,
        ),
    )


def _prune(uow: UnitOfWork, service: Service) -> Any:
    source = open_source(service.ctx.settings.mailbox)
    source.connect()
    try:
        return app.retention.prune(uow, service, source)
    finally:
        source.close()


# name -> (setup(service) -> argument, run(uow, service, argument))
Case = tuple[Callable[[Service], Any], Callable[[UnitOfWork, Service, Any], Any]]
CASES: dict[str, Case] = {
    "contacts.add": (
        lambda s: None,
        lambda u, s, _: app.contacts.add(u, s, email="bo@example.com", name="Bo Esimerkki"),
    ),
    "contacts.edit": (
        _contact,
        lambda u, s, email: app.contacts.edit(u, s, email, {"phone": "+358 40 000 0002"}),
    ),
    "contacts.erase": (_contact, lambda u, s, email: app.contacts.erase(u, s, email)),
    "queue.approve": (_action, lambda u, s, i: app.queue.approve(u, s, i)),
    "queue.reject": (_action, lambda u, s, i: app.queue.reject(u, s, i, "not from you")),
    "queue.extend": (_action, lambda u, s, i: app.queue.extend(u, s, i, "many systems", 1)),
    "register.import_csv": (lambda s: CSV, lambda u, s, text: app.register.import_csv(u, s, text)),
    "enquiries.promote": (_enquiry, lambda u, s, i: app.enquiries.promote(u, s, i)),
    "enquiries.delete": (_enquiry, lambda u, s, i: app.enquiries.delete(u, i)),
    "chats.promote": (_chat, lambda u, s, i: app.chats.promote(u, s, i)),
    "chats.delete": (_chat, lambda u, s, i: app.chats.delete(u, i)),
    "outbox.retry": (_failed_mail, lambda u, s, _: app.outbox.retry(u)),
    "retention.prune": (lambda s: None, lambda u, s, _: _prune(u, s)),
    "corrections.relabel": (
        _unsure_mail,
        lambda u, s, mid: app.corrections.relabel(u, mid, "data_request", "erasure"),
    ),
    "corrections.learn": (lambda s: None, lambda u, s, _: app.corrections.learn(u)),
}


def test_every_command_has_a_case() -> None:
    assert sorted(CASES) == sorted(COMMANDS)


def _events_after(engine: Engine, after: int) -> list[AuditEvent]:
    with Session(engine) as session:
        return list(
            session.exec(
                select(AuditEvent).where(col(AuditEvent.id) > after).order_by(col(AuditEvent.id))
            ).all()
        )


@pytest.mark.parametrize("name", sorted(CASES))
def test_command_audits_with_its_actor(name: str, service: Service) -> None:
    setup, run = CASES[name]
    argument = setup(service)
    before = _events_after(service.engine, 0)
    actor = f"test:{name}"
    with app.unit(service, actor) as uow:
        run(uow, service, argument)
        assert uow.events == [] and uow.outgoing == []  # the command committed
    events = _events_after(service.engine, before[-1].id if before else 0)
    assert events, f"{name} left no audit event"
    assert {e.actor for e in events} == {actor}  # every event names who, none "mailbot"


def test_a_refused_command_writes_nothing(service: Service) -> None:
    email = _contact(service)
    before = _events_after(service.engine, 0)
    with app.unit(service, "test:alice") as uow, pytest.raises(app.Refused):
        app.contacts.add(uow, service, email=email, name="Again")
    with app.unit(service, "test:alice") as uow, pytest.raises(app.NotFound):
        app.chats.delete(uow, 404)
    assert _events_after(service.engine, before[-1].id or 0) == []


def test_import_dry_run_changes_nothing(service: Service) -> None:
    with app.unit(service, "test:alice") as uow:
        report = app.register.import_csv(uow, service, CSV, dry_run=True)
    assert report.taken == 1
    assert app.contacts.list_contacts(service.engine) == []
    assert _events_after(service.engine, 0) == []
