"""Issue 12: an extract queued in the message's transaction, rendered by the sender.

`outbox.queue_extract` records the request; `send_pending` builds the PDF from the
register as it is then, stores the mail and sends it, against the real aiosmtpd sink.
A mail that cannot be rendered waits and is never lost; an erased address gets nothing.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from mailbot import clock, identity
from mailbot import pdf as pdf_module
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.models import Contact, Enquiry, InboundMessage, OutboundMail
from mailbot.outbox import pending_render, queue_extract, send_pending
from tests.helpers import font_or_skip
from tests.servers import SmtpCapture

ADDRESS = "asa.ohman@example.com"
NAME = "Åsa Öhman-Mäkelä"


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'mailbot.db'}")
    create_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def settings(smtp_server: SmtpCapture) -> Settings:
    s = Settings.model_validate(
        {
            "smtp": {"url": f"smtp://127.0.0.1:{smtp_server.port}", "from": "info@example.com"},
            "organisation": {"name": "Esimerkki Tekniikka Oy"},
        }
    )
    font_or_skip(s)
    return s


def request_message(session: Session, sender: str = ADDRESS) -> InboundMessage:
    row = InboundMessage(
        mailbox="imap://bot/INBOX",
        item_key="1:1",
        dedup_key="d1",
        sender=sender,
        subject="Mitä tietoja minusta on?",
        kind="data_request",
        requests=["access"],
        message_id="<ask@example.com>",
        processed_at=clock.now(),
    )
    session.add(row)
    return row


def queue(engine: Engine, settings: Settings, address: str = ADDRESS, sender: str = "") -> int:
    """The message's transaction: its ledger row and the queued extract, committed together."""
    with Session(engine) as session:
        inbound = request_message(session, sender or address)
        mail = queue_extract(
            session,
            settings,
            to=address,
            language="fi",
            inbound=inbound,
            in_reply_to="<ask@example.com>",
            references=["<older@example.com>"],
        )
        session.commit()
        assert pending_render(mail) is not None  # nothing rendered yet
        assert mail.id is not None
        return mail.id


def register(engine: Engine) -> None:
    with Session(engine) as session:
        now = clock.now()
        session.add(
            Contact(email=ADDRESS, name=NAME, status="active", created_at=now, updated_at=now)
        )
        session.add(
            Enquiry(email=ADDRESS, name=NAME, message="Tarjous, kiitos", received_at=clock.now())
        )
        session.commit()


def test_the_sender_builds_the_extract_then_sends_it(
    engine: Engine, settings: Settings, smtp_server: SmtpCapture
) -> None:
    register(engine)
    mail_id = queue(engine, settings)
    report = send_pending(engine, settings.smtp, full=settings)
    assert (report.sent, report.failed, report.retried) == (1, 0, 0)
    (got,) = smtp_server.messages
    assert got["In-Reply-To"] == "<ask@example.com>"
    assert got["References"] == "<older@example.com> <ask@example.com>"
    parts = {p.get_filename(): p for p in got.iter_attachments()}
    assert set(parts) == {"extract-fi.pdf", "extract.json"}
    pdf = parts["extract-fi.pdf"].get_content()
    text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    assert NAME in text and "Tarjous, kiitos" in text
    # The request message itself is in it: rendered after its transaction committed.
    assert "Mitä tietoja minusta on?" in parts["extract.json"].get_content().decode()
    with Session(engine) as session:
        row = session.get(OutboundMail, mail_id)
        assert row is not None
        assert (row.status, row.template, pending_render(row)) == ("sent", "extract", None)
        assert row.message_id == got["Message-ID"]


def test_nothing_held_gets_the_usual_answer(
    engine: Engine, settings: Settings, smtp_server: SmtpCapture
) -> None:
    # Asked on someone's behalf (a form naming the address): nothing is held about it.
    queue(engine, settings, "nobody@example.org", sender="wordpress@example.com")
    assert send_pending(engine, settings.smtp, full=settings).sent == 1
    (got,) = smtp_server.messages
    assert not list(got.iter_attachments())
    with Session(engine) as session:
        assert session.exec(select(OutboundMail.template)).one() == "no_data"


def test_a_mail_that_cannot_be_rendered_waits_and_is_sent_later(
    engine: Engine, settings: Settings, smtp_server: SmtpCapture, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(engine)
    mail_id = queue(engine, settings)
    pdf_module._cut_face.cache_clear()
    pdf_module._whole_face.cache_clear()
    monkeypatch.setattr(pdf_module, "FONT_CANDIDATES", ())  # no font on this system
    report = send_pending(engine, settings.smtp, full=settings)
    assert (report.sent, report.retried) == (0, 1) and not smtp_server.mails
    with Session(engine) as session:
        row = session.get(OutboundMail, mail_id)
        assert row is not None and row.status == "pending" and pending_render(row) is not None
        assert "not rendered: FontMissing" in (row.last_error or "")
    monkeypatch.undo()
    with clock.frozen(clock.now() + timedelta(minutes=5)):
        assert send_pending(engine, settings.smtp, full=settings).sent == 1
    assert len(smtp_server.messages) == 1


def test_an_address_erased_before_the_send_gets_nothing(
    engine: Engine, settings: Settings, smtp_server: SmtpCapture
) -> None:
    register(engine)
    queue(engine, settings)
    with Session(engine) as session:
        identity.add_suppression(session, settings, ADDRESS)
        session.commit()
    report = send_pending(engine, settings.smtp, full=settings)
    assert report.sent == 0 and not smtp_server.mails
    with Session(engine) as session:
        assert session.exec(select(OutboundMail)).all() == []


def test_a_queued_extract_counts_against_the_daily_cap(engine: Engine, settings: Settings) -> None:
    """It carries the recipient keys the cap query reads, so five in a day fill the cap."""
    with clock.frozen(datetime(2026, 3, 14, 9, 30, tzinfo=UTC)):
        queue(engine, settings, "Asa.Ohman+x@Example.com")
        with Session(engine) as session:
            row = session.exec(select(OutboundMail)).one()
            assert (row.to_mailbox, row.to_domain) == ("asa.ohman@example.com", "example.com")
            assert row.inbound_id is not None and row.automatic
