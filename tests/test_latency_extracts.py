"""Issue 12: an extract is built by the sender, never in the poll's transaction.

The poll records the request and queues the mail; `send_pending` builds the PDF from
the register as it is when the mail goes. Attacks on the gap between the two: the
recipient cannot change, an erasure or rectification approved meanwhile is honoured,
a crash or a refusal loses nothing and sends nothing stale, nothing twice.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from mailbot import clock, executor, identity, outbox
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.models import Contact, OutboundMail
from mailbot.outbox import STALE_CLAIM, pending_render, send_pending
from tests.helpers import font_or_skip
from tests.servers import ImapAccount, SmtpCapture
from tests.test_requests_e2e import MAIJA, Site, request
from tests.test_speed_extract_queue import ADDRESS, NAME, queue, register


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


def parts(mail: EmailMessage) -> dict[str, bytes]:
    return {p.get_filename() or "": p.get_content() for p in mail.iter_attachments()}


def pdf_text(pdf: bytes) -> str:
    return "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def extract(mail: EmailMessage) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(parts(mail)["extract.json"])
    return data


def rows(engine: Engine) -> list[OutboundMail]:
    with Session(engine) as session:
        return list(session.exec(select(OutboundMail)).all())


def later(minutes: int = 5) -> Any:
    return clock.frozen(clock.now() + timedelta(minutes=minutes))


def test_deferral_is_on() -> None:
    assert executor.DEFERRED_EXTRACTS is True


# ------------------------------------------------------------------ end to end (Dovecot, SMTP)
@pytest.fixture
def site(tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture) -> Site:
    return Site(tmp_path, imap_account, smtp_server)


def test_the_poll_only_queues_the_request_and_the_extract_leaves_itself_out(site: Site) -> None:
    site.smtp.fail_with = "451 4.3.0 Try later"  # the poll's own send cannot deliver
    site.deliver(request("Lähettäkää minulle rekisteriote tiedoistani.", auth=True))
    [(raw,)] = site.db("SELECT raw FROM outbound_mail WHERE template = 'extract'")
    assert bytes(raw).startswith(outbox.RENDER_PREFIX)  # the request, no PDF was built
    assert b"%PDF" not in bytes(raw)
    site.smtp.fail_with = None
    with later():
        site.cli("poll")  # sends what is due
    (mail,) = site.mails_to(MAIJA)
    data = extract(mail)
    assert data["contact"]["name"] == "Maija Esimerkki"
    assert "Maija Esimerkki" in pdf_text(parts(mail)["extract-fi.pdf"])
    # The mail carrying the extract is not in it (it would say "sending" of itself).
    assert data["sent_mail"] == []
    (row,) = site.db("SELECT status, template, raw FROM outbound_mail")
    assert row[:2] == ("sent", "extract")
    assert b"%PDF" not in bytes(row[2])  # only the sent mail's headers are kept


# ------------------------------------------------------------------ the gap between queue and send
def test_a_rectification_before_the_send_is_what_the_extract_shows(
    engine: Engine, settings: Settings, smtp_server: SmtpCapture
) -> None:
    register(engine)
    queue(engine, settings)
    with Session(engine) as session:
        contact = session.exec(select(Contact)).one()
        contact.name = "Åsa Öhman"
        session.add(contact)
        session.commit()
    assert send_pending(engine, settings.smtp, full=settings).sent == 1
    (mail,) = smtp_server.messages
    assert extract(mail)["contact"]["name"] == "Åsa Öhman"
    # The contact's name as it is now (the enquiry keeps the name typed in the form).
    assert "Nimi Åsa Öhman\n" in pdf_text(parts(mail)["extract-fi.pdf"])


def test_a_refused_mail_is_built_again_so_no_stale_data_goes_later(
    engine: Engine, settings: Settings, smtp_server: SmtpCapture
) -> None:
    register(engine)
    mail_id = queue(engine, settings)
    smtp_server.fail_with = "451 4.3.0 Try later"
    report = send_pending(engine, settings.smtp, full=settings)
    assert (report.sent, report.retried) == (0, 1)
    with Session(engine) as session:
        row = session.get(OutboundMail, mail_id)
        assert row is not None and row.status == "pending"
        assert pending_render(row) is not None  # the built mail was not kept
        contact = session.exec(select(Contact)).one()
        contact.name = "Åsa Rättad"
        session.add(contact)
        session.commit()
    smtp_server.fail_with = None
    with later():
        assert send_pending(engine, settings.smtp, full=settings).sent == 1
    (mail,) = smtp_server.messages
    assert extract(mail)["contact"]["name"] == "Åsa Rättad"


def test_an_erasure_approved_after_the_claim_still_stops_the_mail(
    engine: Engine, settings: Settings, smtp_server: SmtpCapture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The address is checked again right before the extract is built."""
    register(engine)
    queue(engine, settings)
    build = outbox._render_claimed

    def erased_meanwhile(session: Session, full: Settings, mails: list[Any], record: Any) -> Any:
        # The claim was checked for erasures and committed; then one is approved elsewhere.
        with Session(engine) as other:
            identity.add_suppression(other, settings, ADDRESS)
            other.commit()
        return build(session, full, mails, record)

    monkeypatch.setattr(outbox, "_render_claimed", erased_meanwhile)
    report = send_pending(engine, settings.smtp, full=settings)
    assert report.sent == 0 and not smtp_server.mails
    assert rows(engine) == []


def test_the_recipient_is_fixed_when_queued(
    engine: Engine, settings: Settings, smtp_server: SmtpCapture
) -> None:
    """A changed address on the contact neither redirects the mail nor leaks to the old one."""
    register(engine)
    queue(engine, settings)
    with Session(engine) as session:
        contact = session.exec(select(Contact)).one()
        contact.email = "attacker@example.net"
        session.add(contact)
        session.commit()
    assert send_pending(engine, settings.smtp, full=settings).sent == 1
    (got,) = smtp_server.mails
    assert got.rcpt_tos == [ADDRESS]
    (mail,) = smtp_server.messages
    data = extract(mail)
    assert data["contact"] is None  # the register's person now lives at another address
    assert "attacker@example.net" not in json.dumps(data)


def test_a_crash_between_commit_and_send_loses_nothing_and_sends_once(
    engine: Engine, settings: Settings, smtp_server: SmtpCapture, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(engine)
    mail_id = queue(engine, settings)

    class Crash(BaseException):
        pass

    def die(*_args: Any, **_kwargs: Any) -> None:
        raise Crash  # the process dies after claiming and building, before SMTP

    monkeypatch.setattr(outbox, "_send_one", die)
    with pytest.raises(Crash):
        send_pending(engine, settings.smtp, full=settings)
    monkeypatch.undo()
    with Session(engine) as session:
        row = session.get(OutboundMail, mail_id)
        assert row is not None and row.status == "sending" and pending_render(row) is not None
    assert send_pending(engine, settings.smtp, full=settings).sent == 0  # still claimed
    with later(int(STALE_CLAIM.total_seconds() // 60) + 1):
        assert send_pending(engine, settings.smtp, full=settings).sent == 1
        assert send_pending(engine, settings.smtp, full=settings).sent == 0
    assert len(smtp_server.mails) == 1
    assert extract(smtp_server.messages[0])["contact"]["name"] == NAME
