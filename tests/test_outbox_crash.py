"""kill -9 in the middle of an SMTP batch doubles at most the one mail in flight.

Each mail is marked sent in its own commit the moment the server accepted it, so
after a crash and a restart every mail has arrived and at most one twice.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlmodel import Session

from mailbot import clock, mailer, outbox
from mailbot.db import create_schema, make_engine
from mailbot.models import OutboundMail
from tests.servers import ImapAccount, SmtpCapture

N = 200
IN_FLIGHT = 1  # aiosmtplib sends one mail at a time: no pipelining


def _config(tmp: Path, account: ImapAccount, smtp: SmtpCapture) -> Path:
    cfg = tmp / "mailbot.toml"
    cfg.write_text(
        f"""
[mailbox]
url = "{account.url}"
password = "{account.password}"
[smtp]
url = "smtp://127.0.0.1:{smtp.port}"
from = "info@plaza.example.com"
[database]
url = "sqlite:///mailbot.db"
[organisation]
name = "Plaza Example Oy"
"""
    )
    return cfg


def _fill_outbox(db: Path, n: int) -> None:
    engine = make_engine(f"sqlite:///{db}")
    create_schema(engine)
    with Session(engine) as session:
        for i in range(n):
            built = mailer.build(
                to=f"visitor{i}@example{i % 7}.org",
                from_addr="info@plaza.example.com",
                from_name="Plaza Example Oy",
                subject=f"Thank you for your message {i}",
                body=f"Dear visitor {i},\nthank you for asking about order {i}.\n",
            )
            session.add(
                OutboundMail(
                    message_id=built.message_id,
                    to_addr=f"visitor{i}@example{i % 7}.org",
                    subject=built.subject,
                    template="contact_ack",
                    raw=built.raw,
                    created_at=clock.now(),
                    next_attempt_at=clock.now(),
                )
            )
        session.commit()


def _rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db, timeout=30)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _mailbot(*args: str, cwd: Path) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("mailbot")
    return subprocess.Popen(
        [str(exe), *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def test_sigkill_mid_batch_doubles_at_most_the_mail_in_flight(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    db = tmp_path / "mailbot.db"
    _fill_outbox(db, N)
    cfg = _config(tmp_path, imap_account, smtp_server)
    smtp_server.data_delay = 0.02  # a slow relay, so the kill lands mid-batch

    proc = _mailbot("poll", "--config", str(cfg), cwd=tmp_path)
    try:
        deadline = time.monotonic() + 120
        while len(smtp_server.mails) < 40 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        _out, err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL, err.decode()
    time.sleep(0.2)  # a DATA the server was still answering lands now or never
    received = len(smtp_server.mails)
    assert received < N, "the batch finished before it could be killed"

    # What the server accepted is on record, all but the one mail in flight.
    [(marked,)] = _rows(db, "SELECT count(*) FROM outbound_mail WHERE status = 'sent'")
    assert received - IN_FLIGHT <= marked <= received
    # A sent mail keeps its headers, size and hash; its body (personal data) is gone.
    delivered = {str(m.message["Message-ID"]): m.raw for m in smtp_server.mails}
    for raw, message_id in _rows(
        db, "SELECT raw, message_id FROM outbound_mail WHERE status='sent'"
    ):
        assert raw.endswith(b"\r\n\r\n") and b"thank you for asking" not in raw
        assert f"Message-ID: {message_id}".encode() in raw
        original = delivered[message_id].replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        assert outbox.sent_facts(raw) == (len(original), hashlib.sha256(original).hexdigest())

    # Fifteen minutes on, the dead sender's claim is released; a restart sends the rest.
    con = sqlite3.connect(db)
    con.execute(
        "UPDATE outbound_mail SET next_attempt_at = datetime(next_attempt_at, '-16 minutes') "
        "WHERE status = 'sending'"
    )
    con.commit()
    con.close()
    restart = _mailbot("poll", "--config", str(cfg), cwd=tmp_path)
    _out, err = restart.communicate(timeout=120)
    assert restart.returncode == 0, err.decode()

    copies = Counter(str(m.message["Message-ID"]) for m in smtp_server.mails)
    [(sent,)] = _rows(db, "SELECT count(*) FROM outbound_mail WHERE status = 'sent'")
    assert sent == N and len(copies) == N
    assert max(copies.values()) <= 1 + IN_FLIGHT
    assert sum(copies.values()) - N <= IN_FLIGHT
