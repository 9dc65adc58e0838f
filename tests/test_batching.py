"""Batching the database work changes nothing: a batch of many messages writes exactly
the rows, replies, caps and audit chain that one-message batches write (issue 12)."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot import audit, clock
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.executor import holds_anything
from mailbot.extract import build_extract
from mailbot.handlers.base import Context
from mailbot.models import AuditEvent, Consent, Contact, InboundMessage, OutboundMail
from mailbot.service import Service
from mailbot.sources import open_source
from tests.helpers import sample
from tests.servers import ImapAccount

KINDS = [
    "contact-form-fi.eml",
    "contact-form-en.eml",
    "chat-transcript-en.eml",
    "other.eml",
    "auto-reply.eml",
    "request-access-fi.eml",
    "request-erasure-en.eml",
]
TOKEN = re.compile(r"\[mailbot:[^\]]+\]")  # random in each run
SENDERS = ["maija.esimerkki@example.org", "sam@example.net", "leo.example@example.com"]


def mailbox(n: int = 90, seed: int = 12) -> list[bytes]:
    """Requests, forms and plain mail, several from each of a few senders, some copies."""
    rnd = random.Random(seed)
    out: list[bytes] = []
    for i in range(n):
        raw = sample(rnd.choice(KINDS))
        raw = raw.replace(b"@sample.example.org>", f".{i}@batch.example.org>".encode())
        if i % 3:  # the others keep the sample's own (repeated) sender
            for s in SENDERS:
                raw = raw.replace(s.encode(), f"p{i % 5}.{s}".encode())
        out.append(raw)
        if i % 17 == 0:
            out.append(raw)  # an exact copy: a duplicate
    return out


def settings(account: ImapAccount, work: Path, folder: str, batch_size: int) -> Settings:
    work.mkdir()
    return Settings.model_validate(
        {
            "mailbox": {
                "url": account.url.replace("/INBOX", f"/{folder}"),
                "password": account.password,
                "batch_size": batch_size,
            },
            "smtp": {"url": f"file:{work / 'outbox'}", "from": "info@plaza.example.com"},
            "database": {"url": f"sqlite:///{work / 'mailbot.db'}"},
            "contact_form": {"senders": ["wordpress@plaza.example.com"]},
            "chat": {"senders": ["transcripts@chat.example.net"]},
            # Low caps: the same sender reaches them inside one batch.
            "limits": {"replies_per_address_per_day": 3, "replies_per_domain_per_day": 8},
        }
    )


# Registered senders: their mail is looked up in the register in bulk, per batch.
REGISTERED = [SENDERS[0], f"p1.{SENDERS[0]}", f"p2.{SENDERS[1]}", f"p4.{SENDERS[2]}"]


def register(engine: Engine) -> None:
    now = clock.now()
    with Session(engine) as session:
        for i, email in enumerate(REGISTERED):
            session.add(
                Contact(
                    email=email, name=f"Person {i}", status="active", language="en",
                    newsletter=i % 2 == 0, source="import", created_at=now, updated_at=now,
                )
            )  # fmt: skip
        session.commit()


def run(account: ImapAccount, work: Path, folder: str, batch_size: int) -> dict[str, Any]:
    cfg = settings(account, work, folder, batch_size)
    engine = make_engine(cfg.database.url)
    create_schema(engine)
    register(engine)
    source = open_source(cfg.mailbox)
    try:
        report = Service(Context.of(cfg), engine).poll_once(source)
    finally:
        source.close()
    with Session(engine) as session:
        ledger = [
            (
                r.uid,
                r.status,
                r.kind,
                r.requests,
                r.target_folder,
                r.flagged,
                r.error,
                r.sender,
                r.duplicate_of,
                r.filed,
            )
            for r in session.exec(select(InboundMessage).order_by(col(InboundMessage.uid))).all()
        ]
        sent = [
            (m.inbound_id, m.to_addr, m.template, TOKEN.sub("[token]", m.subject), m.automatic)
            for m in session.exec(select(OutboundMail).order_by(col(OutboundMail.id))).all()
        ]
        events = session.exec(select(AuditEvent).order_by(col(AuditEvent.id))).all()
        trail = [(e.actor, e.action, e.entity, e.entity_id, e.fields) for e in events]
        broken = audit.verify(events)
        contacts = [
            (c.email, c.status, c.newsletter, c.last_interaction_at is not None)
            for c in session.exec(select(Contact).order_by(col(Contact.email))).all()
        ]
        consents = [
            (c.contact_id, c.topic, c.event, c.via)
            for c in session.exec(select(Consent).order_by(col(Consent.id))).all()
        ]
        senders = sorted({r[7] for r in ledger if r[7]} | {"nobody@example.org"})
        holds = {
            s: (holds_anything(session, s, cfg), build_extract(session, s, cfg, "en") is not None)
            for s in senders
        }
    engine.dispose()
    return {
        "report": (report.seen, report.processed, report.duplicates, report.by_kind),
        "ledger": ledger,
        "sent": sent,
        "trail": trail,
        "broken": broken,
        "holds": holds,
        "contacts": contacts,
        "consents": consents,
    }


def test_one_big_batch_writes_what_one_message_batches_write(
    tmp_path: Path, imap_account: ImapAccount
) -> None:
    msgs = mailbox()
    for folder in ("One", "Many"):
        imap_account.create_folder(folder)
        imap_account.append_many(msgs, folder=folder)
    one = run(imap_account, tmp_path / "one", "One", batch_size=1)
    many = run(imap_account, tmp_path / "many", "Many", batch_size=50)
    assert one["broken"] is None and many["broken"] is None  # both chains verify
    assert len(one["ledger"]) == len(msgs)
    statuses = {r[1] for r in one["ledger"]}
    assert {"processed", "duplicate"} <= statuses
    assert any("daily limit" in (r[6] or "") for r in one["ledger"])  # caps were reached
    assert one["sent"], "the mailbox asks for replies"
    assert many["report"] == one["report"]
    assert many["ledger"] == one["ledger"]
    assert many["sent"] == one["sent"]
    assert many["trail"] == one["trail"]
    assert many["contacts"] == one["contacts"]
    assert many["consents"] == one["consents"]
    # Registered senders' mail counted as dealings, in both.
    assert any(touched for *_, touched in one["contacts"])
    # The cheap "is anything held" answers as building the whole extract does.
    assert {s: h for s, (h, _) in one["holds"].items()} == {
        s: built for s, (_, built) in one["holds"].items()
    }
    assert any(h for h, _ in one["holds"].values())
    assert not one["holds"]["nobody@example.org"][0]
