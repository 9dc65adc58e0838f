"""Issue 12: the outbox drains completely each cycle, over one SMTP connection.

Against the real aiosmtpd sink: a backlog whose replies outnumber one claim (200)
is handed over in the same poll, over one connection, and `poll` says what it
queued, what went and what still waits, and why.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlmodel import Session, col, select
from typer.testing import CliRunner

from mailbot import clock, mailer
from mailbot.cli import app
from mailbot.config import Settings
from mailbot.db import create_schema, make_engine
from mailbot.models import OutboundMail
from mailbot.outbox import send_pending, waiting
from tests.helpers import sample
from tests.servers import ImapAccount, Postgres, SmtpCapture
from tests.test_e2e_imap import count, write_config

BACKLOG = 230  # forms, each acknowledged: more replies than one claim of 200


def form(i: int) -> bytes:
    raw = sample("contact-form-en.eml")
    raw = raw.replace(b"sam@example.net", f"visitor{i}@example.net".encode())
    return raw.replace(b"<contact-form-en@", f"<contact-form-{i}@".encode())


def test_a_backlogs_replies_all_go_in_the_same_poll_over_one_connection(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    imap_account.append_many([form(i) for i in range(BACKLOG)])
    cfg = write_config(tmp_path, imap_account, smtp_server, batch_size="100")
    with cfg.open("a") as f:  # every visitor is another address of one domain
        f.write("[limits]\nreplies_per_domain_per_day = 1000\n")
    result = CliRunner().invoke(app, ["poll", "--json", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    queued = count(tmp_path, "outbound_mail")
    assert queued >= BACKLOG > 200
    assert report["queued_mail"] == queued
    assert report["sent"] == queued == len(smtp_server.mails)
    assert report["send_connections"] == 1
    assert len({m.peer for m in smtp_server.mails}) == 1  # the sink saw one connection
    assert report["send_waiting"] == report["send_scheduled"] == report["failed_waiting"] == 0
    assert report["held_by_cap"] == 0
    assert {tuple(m.rcpt_tos) for m in smtp_server.mails} >= {
        (f"visitor{i}@example.net",) for i in range(BACKLOG)
    }


def test_poll_says_what_waits_and_why(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    """A domain cap holds some replies back (not queued), and the report says so."""
    imap_account.append_many([form(i) for i in range(12)])
    cfg = write_config(tmp_path, imap_account, smtp_server)
    with cfg.open("a") as f:
        f.write("[limits]\nreplies_per_domain_per_day = 5\n")
    result = CliRunner().invoke(app, ["poll", "--json", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["sent"] == 5 == len(smtp_server.mails)
    assert report["held_by_cap"] == 7
    # The same in words.
    imap_account.append_many([form(i) for i in range(100, 103)])
    text = CliRunner().invoke(app, ["poll", "--config", str(cfg)]).output
    assert "3 repl(ies) not queued: a daily cap" in text
    assert "outbox: 0 queued, 0 sent" in text


def _queue(engine: object, n: int, **values: object) -> None:
    with Session(engine) as session:  # type: ignore[arg-type]
        for i in range(n):
            to = f"person{i}@example.net"
            built = mailer.build(
                to=to, from_addr="info@example.com", from_name="P", subject="s", body="b"
            )
            session.add(
                OutboundMail(
                    message_id=built.message_id,
                    to_addr=to,
                    to_mailbox=to,
                    to_domain="example.net",
                    subject="s",
                    template="form_ack",
                    raw=built.raw,
                    created_at=clock.now(),
                    next_attempt_at=clock.now(),
                    **values,
                )
            )
        session.commit()


def test_a_refusing_server_leaves_the_rest_for_their_back_off(
    tmp_path: Path, smtp_server: SmtpCapture
) -> None:
    """Refused mail is not claimed again in the same drain: it waits for its back-off."""
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    create_schema(engine)
    _queue(engine, 450)
    later = clock.now() + timedelta(hours=1)
    _queue(engine, 3)  # three more, scheduled for later: not due in this drain
    with Session(engine) as session:
        for mail in session.exec(
            select(OutboundMail).order_by(col(OutboundMail.id).desc()).limit(3)
        ):
            mail.next_attempt_at = later
            session.add(mail)
        session.commit()
    settings = Settings.model_validate(
        {"smtp": {"url": f"smtp://127.0.0.1:{smtp_server.port}", "from": "info@example.com"}}
    )
    smtp_server.fail_with = "451 4.3.0 Try later"
    report = send_pending(engine, settings.smtp, full=settings)
    assert (report.sent, report.retried, report.connections) == (0, 450, 1)
    left = waiting(engine)
    assert (left.retry, left.scheduled, left.failed) == (450, 3, 0)
    smtp_server.fail_with = None
    with clock.frozen(clock.now() + timedelta(minutes=2)):
        again = send_pending(engine, settings.smtp, full=settings)
    assert (again.sent, again.connections, again.batches) == (450, 1, 3)
    assert len({m.peer for m in smtp_server.mails}) == 1


def test_what_waits_is_counted_on_postgresql(postgres: Postgres, smtp_server: SmtpCapture) -> None:
    engine = make_engine(postgres.create_database("speed_outbox"))
    create_schema(engine)
    _queue(engine, 210)
    settings = Settings.model_validate(
        {"smtp": {"url": f"smtp://127.0.0.1:{smtp_server.port}", "from": "info@example.com"}}
    )
    smtp_server.fail_with = "451 4.3.0 Try later"
    assert send_pending(engine, settings.smtp, full=settings).retried == 210
    left = waiting(engine, held_after=0)
    assert (left.retry, left.scheduled, left.failed, left.held) == (210, 0, 0, 0)
    smtp_server.fail_with = None
    with clock.frozen(clock.now() + timedelta(minutes=2)):
        report = send_pending(engine, settings.smtp, full=settings)
    assert (report.sent, report.connections) == (210, 1)
    engine.dispose()
