"""Mailbox and record pruning on a real Dovecot and a real Maildir, with a frozen clock.

REGISTER.md §5: contact-form mail is deleted continuously; chats are kept until a
person deletes them. The IMAP tests check exact INTERNALDATE boundaries, because
SEARCH BEFORE only knows whole days.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot import audit, clock
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.handlers.base import Context
from mailbot.models import AuditEvent, ChatLine, ChatRecord, Enquiry
from mailbot.retention import PruneReport, prune, prune_command_output
from mailbot.service import Service
from mailbot.sources.imap import ImapSource
from mailbot.sources.maildir import MaildirSource, ensure_maildir
from tests.helpers import make_mail
from tests.servers import ImapAccount

NOW = datetime(2026, 11, 12, 12, 0, tzinfo=UTC)
CUTOFF = NOW - timedelta(days=180)  # the default retention.mailbox_days
OLD = NOW - timedelta(days=400)
YOUNG = NOW - timedelta(days=10)
FORM = "mailbot/contact-form"
AUTO = "mailbot/automatic"
SECRET = "Secret subject of Sam"


@pytest.fixture(autouse=True)
def frozen_clock() -> Iterator[None]:
    with clock.frozen(NOW):
        yield


def make_settings(tmp_path: Path, mailbox: dict[str, Any], **retention: Any) -> Settings:
    return Settings.model_validate(
        {
            "mailbox": mailbox,
            "smtp": {"url": f"file:{tmp_path / 'outbox'}", "from": "info@plaza.example.com"},
            "database": {"url": f"sqlite:///{tmp_path / 'mailbot.db'}"},
            "retention": retention,
        }
    )


def make_service(settings: Settings) -> Service:
    engine = make_engine(settings.database.url)
    create_schema(engine)
    return Service(Context.of(settings), engine)


def run_prune(service: Service, source: Any, dry_run: bool = False) -> PruneReport:
    """As the scheduler does: prune, flush the deferred audit, commit."""
    with Session(service.engine) as session:
        report = prune(service, source, session, NOW, dry_run=dry_run)
        service.flush_deferred(session)
        session.commit()
    return report


def prune_events(engine: Engine) -> list[AuditEvent]:
    with Session(engine) as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == "prune")).all())


def mail(subject: str = SECRET) -> bytes:
    return make_mail("Do you have a price list for oak tables?", subject=subject)


# --------------------------------------------------------------------------- IMAP


@pytest.fixture
def imap_settings(tmp_path: Path, imap_account: ImapAccount) -> Settings:
    return make_settings(
        tmp_path, {"url": imap_account.url, "password": imap_account.password, "timeout": 10}
    )


@pytest.fixture
def imap_source(imap_settings: Settings) -> Iterator[ImapSource]:
    source = ImapSource(imap_settings.mailbox)
    source.connect()
    try:
        yield source
    finally:
        source.close()


def seed_imap(account: ImapAccount) -> dict[str, dict[str, int | None]]:
    """Old and young mail in two mailbot folders and INBOX; edges an hour either side."""
    hour = timedelta(hours=1)
    return {
        FORM: {
            "old": account.append(mail(), FORM, date=OLD),
            "edge_old": account.append(mail(), FORM, date=CUTOFF - hour),
            "edge_young": account.append(mail(), FORM, date=CUTOFF + hour),
            "young": account.append(mail(), FORM, date=YOUNG),
        },
        AUTO: {
            "old": account.append(mail(), AUTO, date=OLD),
            "young": account.append(mail(), AUTO, date=YOUNG),
        },
        "INBOX": {
            "old": account.append(mail(), "INBOX", date=OLD),
            "young": account.append(mail(), "INBOX", date=YOUNG),
        },
    }


def test_imap_old_messages_filters_on_exact_internaldate(
    imap_account: ImapAccount, imap_source: ImapSource
) -> None:
    uids = seed_imap(imap_account)
    assert imap_source.old_messages(FORM, CUTOFF) == [
        str(uids[FORM]["old"]),
        str(uids[FORM]["edge_old"]),
    ]
    # A naive `before` is UTC, like everything from mailbot.clock.
    assert imap_source.old_messages(FORM, CUTOFF.replace(tzinfo=None)) == [
        str(uids[FORM]["old"]),
        str(uids[FORM]["edge_old"]),
    ]
    assert imap_source.old_messages("INBOX", CUTOFF) == [str(uids["INBOX"]["old"])]
    assert imap_source.old_messages("mailbot/no-such-folder", CUTOFF) == []
    assert imap_source.expunge("mailbot/no-such-folder", ["1"]) == 0
    # Our own folder is selected again: the poll loop's calls still see INBOX.
    assert imap_source.candidates(None) == [str(u) for u in uids["INBOX"].values()]


def test_imap_prune_expunges_old_mail_and_keeps_inbox(
    imap_account: ImapAccount, imap_settings: Settings, imap_source: ImapSource
) -> None:
    uids = seed_imap(imap_account)
    service = make_service(imap_settings)
    before = {f: imap_account.folder_uids(f) for f in (FORM, AUTO, "INBOX")}
    expected = {
        "mailbot/automatic": 1,
        "mailbot/chat": 0,
        "mailbot/contact-form": 2,
        "mailbot/requests": 0,  # does not exist on the server: nothing, and no error
        "mailbot/unprocessable": 0,
    }

    dry = run_prune(service, imap_source, dry_run=True)
    assert dry.dry_run and dry.messages == expected and dry.ok
    assert {f: imap_account.folder_uids(f) for f in before} == before
    assert prune_events(service.engine) == []

    report = run_prune(service, imap_source)
    assert not report.dry_run and report.messages == expected and report.ok
    assert imap_account.folder_uids(FORM) == [uids[FORM]["edge_young"], uids[FORM]["young"]]
    assert imap_account.folder_uids(AUTO) == [uids[AUTO]["young"]]
    assert imap_account.folder_uids("INBOX") == before["INBOX"]  # prune_inbox is off

    # A second run finds nothing more; the poll loop still works on INBOX afterwards.
    assert run_prune(service, imap_source).total_messages == 0
    assert service.poll_once(imap_source).seen == 2


def test_imap_prune_inbox_only_mail_mailbot_has_read(
    tmp_path: Path, imap_account: ImapAccount
) -> None:
    settings = make_settings(
        tmp_path,
        {"url": imap_account.url, "password": imap_account.password},
        prune_inbox=True,
    )
    service = make_service(settings)
    source = ImapSource(settings.mailbox)
    try:
        old = imap_account.append(mail(), date=OLD)
        young = imap_account.append(mail(), date=YOUNG)
        assert service.poll_once(source).seen == 2  # "other": stays in INBOX for people
        unread = imap_account.append(mail("Arrived while mailbot was down"), date=OLD)

        report = run_prune(service, source)
        assert report.messages["INBOX"] == 1 and report.inbox_pruned
        assert imap_account.folder_uids("INBOX") == [young, unread]
        assert old not in imap_account.folder_uids("INBOX")

        # Once read, the old straggler goes too.
        assert service.poll_once(source).seen == 1
        assert run_prune(service, source).messages["INBOX"] == 1
        assert imap_account.folder_uids("INBOX") == [young]
    finally:
        source.close()


def test_imap_expunge_refuses_uids_of_a_recreated_folder(
    imap_account: ImapAccount, imap_source: ImapSource
) -> None:
    imap_account.append(mail(), FORM, date=OLD)
    keys = imap_source.old_messages(FORM, CUTOFF)
    with imap_account.client() as c:
        c.delete_folder(FORM)
        c.create_folder(FORM)
    fresh = imap_account.append(mail(), FORM, date=YOUNG)
    assert imap_source.expunge(FORM, keys) == 0
    assert imap_account.folder_uids(FORM) == [fresh]


def test_imap_expunge_counts_only_messages_that_exist(
    imap_account: ImapAccount, imap_source: ImapSource
) -> None:
    uid = imap_account.append(mail(), AUTO, date=OLD)
    assert uid is not None
    assert imap_source.expunge(AUTO, [str(uid), str(uid + 1000)]) == 1
    assert imap_account.folder_uids(AUTO) == []
    assert imap_source.candidates(None) == []  # INBOX selected again, still empty


def test_imap_expunge_without_uidplus(imap_account: ImapAccount, imap_source: ImapSource) -> None:
    old = imap_account.append(mail(), AUTO, date=OLD)
    young = imap_account.append(mail(), AUTO, date=YOUNG)
    imap_source._caps.discard(b"UIDPLUS")  # as on a server without RFC 4315
    assert imap_source.expunge(AUTO, imap_source.old_messages(AUTO, CUTOFF)) == 1
    assert imap_account.folder_uids(AUTO) == [young] and old is not None


# --------------------------------------------------------------------------- records


def add_records(engine: Engine) -> None:
    """Enquiries and chats 400, 60 and 10 days old."""
    ages = {"old": OLD, "mid": NOW - timedelta(days=60), "young": YOUNG}
    with Session(engine) as session:
        for name, when in ages.items():
            session.add(Enquiry(email=f"{name}@example.net", message=SECRET, received_at=when))
            chat = ChatRecord(email=f"{name}@example.net", message=SECRET, received_at=when)
            chat.lines = [
                ChatLine(position=i, time="12:00", speaker="Visitor", text=SECRET) for i in range(3)
            ]
            session.add(chat)
        session.commit()


def emails(engine: Engine, model: Any) -> list[str]:
    with Session(engine) as session:
        return sorted(session.exec(select(model.email)).all())


def line_count(engine: Engine) -> int:
    with Session(engine) as session:
        return len(session.exec(select(ChatLine)).all())


@pytest.fixture
def maildir_root(tmp_path: Path) -> Path:
    root = tmp_path / "Maildir"
    ensure_maildir(root)
    return root


def test_enquiries_pruned_and_chats_kept_when_chat_days_unset(
    tmp_path: Path, maildir_root: Path
) -> None:
    settings = make_settings(tmp_path, {"url": f"maildir:{maildir_root}"})
    service = make_service(settings)
    add_records(service.engine)
    source = MaildirSource(settings.mailbox)

    dry = run_prune(service, source, dry_run=True)
    assert (dry.enquiries, dry.chat_records, dry.chat_lines) == (1, 0, 0)
    assert dry.chats_before is None
    assert emails(service.engine, Enquiry) == [
        "mid@example.net",
        "old@example.net",
        "young@example.net",
    ]

    report = run_prune(service, source)
    assert (report.enquiries, report.chat_records, report.chat_lines) == (1, 0, 0)
    assert emails(service.engine, Enquiry) == ["mid@example.net", "young@example.net"]
    assert len(emails(service.engine, ChatRecord)) == 3 and line_count(service.engine) == 9


def test_chats_pruned_with_lines_when_chat_days_set(tmp_path: Path, maildir_root: Path) -> None:
    settings = make_settings(
        tmp_path, {"url": f"maildir:{maildir_root}"}, enquiry_days=30, chat_days=30
    )
    service = make_service(settings)
    add_records(service.engine)
    source = MaildirSource(settings.mailbox)

    dry = run_prune(service, source, dry_run=True)
    assert (dry.enquiries, dry.chat_records, dry.chat_lines) == (2, 2, 6)
    assert line_count(service.engine) == 9

    report = run_prune(service, source)
    assert (report.enquiries, report.chat_records, report.chat_lines) == (2, 2, 6)
    assert emails(service.engine, Enquiry) == ["young@example.net"]
    assert emails(service.engine, ChatRecord) == ["young@example.net"]
    assert line_count(service.engine) == 3
    with Session(service.engine) as session:
        kept = session.exec(select(ChatRecord)).one()
        assert [line.position for line in kept.lines] == [0, 1, 2]


def test_prune_is_audited_as_counts_only(tmp_path: Path, maildir_root: Path) -> None:
    settings = make_settings(tmp_path, {"url": f"maildir:{maildir_root}"}, chat_days=30)
    service = make_service(settings)
    add_records(service.engine)
    run_prune(service, MaildirSource(settings.mailbox))

    [event] = prune_events(service.engine)
    assert (event.actor, event.entity, event.entity_id) == ("mailbot", "Retention", None)
    assert event.fields["enquiries"] == 1
    assert event.fields["chat_records"] == 2 and event.fields["chat_lines"] == 6
    assert event.fields["messages"]["mailbot/contact-form"] == 0
    assert set(event.fields) == {
        "messages",
        "enquiries",
        "chat_records",
        "chat_lines",
        "mailbox_before",
        "enquiries_before",
        "chats_before",
    }
    text = json.dumps(event.fields)
    assert SECRET not in text and "@example.net" not in text
    with Session(service.engine) as session:
        events = session.exec(select(AuditEvent).order_by(col(AuditEvent.id))).all()
        assert audit.verify(events) is None


# --------------------------------------------------------------------------- Maildir


def put(folder: Path, name: str, when: datetime, sub: str = "cur") -> Path:
    ensure_maildir(folder)
    path = folder / sub / (name + (":2,S" if sub == "cur" else ""))
    path.write_bytes(mail())
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def test_maildir_prune(tmp_path: Path, maildir_root: Path) -> None:
    form = maildir_root / ".mailbot.contact-form"
    auto = maildir_root / ".mailbot.automatic"
    hour = timedelta(hours=1)
    paths = {
        "form_old": put(form, "100.a.host", OLD),
        "form_edge_old": put(form, "101.a.host", CUTOFF - hour, sub="new"),
        "form_edge_young": put(form, "102.a.host", CUTOFF + hour),
        "auto_old": put(auto, "103.a.host", OLD, sub="new"),
        "auto_young": put(auto, "104.a.host", YOUNG),
        "inbox_old": put(maildir_root, "105.a.host", OLD),
    }
    settings = make_settings(tmp_path, {"url": f"maildir:{maildir_root}"})
    service = make_service(settings)
    source = MaildirSource(settings.mailbox)

    assert source.old_messages(FORM, CUTOFF) == ["100.a.host", "101.a.host"]
    assert source.old_messages("mailbot/no-such-folder", CUTOFF) == []

    dry = run_prune(service, source, dry_run=True)
    assert dry.messages[FORM] == 2 and dry.messages[AUTO] == 1 and "INBOX" not in dry.messages
    assert all(p.exists() for p in paths.values())

    report = run_prune(service, source)
    assert report.messages == dry.messages and report.ok
    gone = {name for name, p in paths.items() if not p.exists()}
    assert gone == {"form_old", "form_edge_old", "auto_old"}

    # With prune_inbox, old INBOX mail goes once mailbot has read it.
    settings = make_settings(tmp_path, {"url": f"maildir:{maildir_root}"}, prune_inbox=True)
    service = make_service(settings)
    source = MaildirSource(settings.mailbox)
    assert run_prune(service, source).messages["INBOX"] == 0
    assert paths["inbox_old"].exists()
    assert service.poll_once(source).seen == 1  # "other": stays in the root, mtime kept
    assert run_prune(service, source).messages["INBOX"] == 1
    assert os.listdir(maildir_root / "cur") == [] and os.listdir(maildir_root / "new") == []


# --------------------------------------------------------------------------- output


def test_prune_command_output(tmp_path: Path, maildir_root: Path) -> None:
    put(maildir_root / ".mailbot.contact-form", "100.a.host", OLD)
    settings = make_settings(tmp_path, {"url": f"maildir:{maildir_root}"})
    service = make_service(settings)
    add_records(service.engine)
    source = MaildirSource(settings.mailbox)

    lines = prune_command_output(run_prune(service, source, dry_run=True))
    assert lines[0].startswith("Dry run: nothing was deleted. Mail received before 2026-05-16")
    assert "  mailbot/contact-form: 1 message(s) would be deleted" in lines
    assert "  INBOX: kept (retention.prune_inbox is off)" in lines
    assert any(line.startswith("Enquiries received before") for line in lines)
    assert any(line.startswith("Chat records: kept") for line in lines)

    lines = prune_command_output(run_prune(service, source))
    assert lines[0].startswith("Mail received before")
    assert "  mailbot/contact-form: 1 message(s) deleted" in lines


def test_prune_forgets_old_ledger_details_and_sent_mail(tmp_path: Path) -> None:
    """The database's copies of mail follow the mailbox's retention too."""
    from mailbot.models import InboundMessage, OutboundMail
    from mailbot.retention import _forget_old_mail_records

    engine = make_engine(f"sqlite:///{tmp_path / 'r.db'}")
    create_schema(engine)
    old, young = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC)
    with Session(engine) as session:
        for i, when in enumerate((old, young)):
            session.add(
                InboundMessage(
                    mailbox="m",
                    item_key=f"0:{i}",
                    dedup_key=f"k{i}",
                    processed_at=when,
                    sender="sam@example.net",
                    subject="Delete my data",
                    message_id=f"<{i}@x>",
                )
            )
            session.add(
                OutboundMail(
                    message_id=f"<o{i}@x>",
                    to_addr="sam@example.net",
                    subject="s",
                    template="t",
                    raw=b"x",
                    status="sent",
                    created_at=when,
                )
            )
        session.commit()
        _forget_old_mail_records(session, datetime(2026, 6, 1, tzinfo=UTC))
        session.commit()
        rows = session.exec(select(InboundMessage).order_by(InboundMessage.id)).all()
        assert [(r.sender, r.subject, r.dedup_key) for r in rows] == [
            (None, None, "k0"),
            ("sam@example.net", "Delete my data", "k1"),
        ]
        assert [m.message_id for m in session.exec(select(OutboundMail)).all()] == ["<o1@x>"]
