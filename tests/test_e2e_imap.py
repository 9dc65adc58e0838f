"""End to end on a real Dovecot and a real SMTP sink: APPEND, `mailbot poll`, look."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailbot import clock, outbox
from mailbot.cli import app
from mailbot.config import load_settings
from mailbot.db import make_engine
from mailbot.handlers.base import Context
from mailbot.service import Service, run_loop
from mailbot.sources import SourceError, open_source
from mailbot.sources.imap import ImapSource
from tests.helpers import make_mail, sample, sample_names
from tests.servers import Dovecot, ImapAccount, SmtpCapture

KEYWORD = "$MailbotSeen"


def write_config(
    tmp_path: Path, account: ImapAccount, smtp: SmtpCapture | None, **extra: str
) -> Path:
    smtp_url = f"smtp://127.0.0.1:{smtp.port}" if smtp else "file:outbox"
    mailbox = {"batch_size": "50", "poll_interval": "1", **extra}
    lines = [
        "[mailbox]",
        f'url = "{mailbox.pop("url", account.url)}"',
        f'password = "{account.password}"',
        *[f"{k} = {v}" for k, v in mailbox.items()],
        "[smtp]",
        f'url = "{smtp_url}"',
        'from = "info@plaza.example.com"',
        "[database]",
        'url = "sqlite:///mailbot.db"',
        "[organisation]",
        'name = "Plaza Example Oy"',
        "[contact_form]",
        'senders = ["wordpress@plaza.example.com"]',
        "[chat]",
        'senders = ["transcripts@chat.example.net"]',
    ]
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text("\n".join(lines) + "\n")
    return cfg


def poll(cfg: Path) -> str:
    result = CliRunner().invoke(app, ["poll", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    return result.output


def db_rows(tmp_path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(tmp_path / "mailbot.db")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def count(tmp_path: Path, table: str) -> int:
    return db_rows(tmp_path, f"SELECT count(*) FROM {table}")[0][0]


@contextmanager
def running_loop(cfg: Path) -> Iterator[threading.Thread]:
    """`mailbot run`'s loop in a thread, stopped (and checked stopped) afterwards."""
    settings = load_settings(cfg)
    engine = make_engine(settings.database.url)
    from mailbot.db import create_schema

    create_schema(engine)
    service = Service(Context.of(settings), engine)
    source = open_source(settings.mailbox)
    stop = threading.Event()
    thread = threading.Thread(
        target=run_loop,
        args=(service, source, lambda: outbox.send_pending(engine, settings.smtp), stop),
        daemon=True,
    )
    thread.start()
    try:
        yield thread
    finally:
        stop.set()
        thread.join(timeout=15)
    assert not thread.is_alive()


def test_backlog_is_filed_answered_and_second_poll_changes_nothing(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    for name in sample_names():
        imap_account.append(sample(name))
    cfg = write_config(tmp_path, imap_account, smtp_server)

    poll(cfg)

    assert len(imap_account.folder_uids("mailbot/contact-form")) == 3
    assert len(imap_account.folder_uids("mailbot/chat")) == 2
    assert len(imap_account.folder_uids("mailbot/requests")) == 2
    assert len(imap_account.folder_uids("mailbot/automatic")) == 1
    inbox = imap_account.folder_uids("INBOX")
    assert len(inbox) == 1
    assert KEYWORD in imap_account.flags("INBOX")[inbox[0]]
    assert b"Price list" in imap_account.folder_messages("INBOX")[0]

    assert count(tmp_path, "enquiry") == 3
    assert count(tmp_path, "chat_record") == 2
    assert count(tmp_path, "chat_line") == 3
    kinds = dict(db_rows(tmp_path, "SELECT kind, count(*) FROM inbound_message GROUP BY kind"))
    assert kinds == {
        "contact_form": 3,
        "chat_transcript": 2,
        "data_request": 2,
        "automatic": 1,
        "other": 1,
    }
    # Three acknowledgements, and "no data is held" for the two requests (nobody is registered).
    mails = smtp_server.wait_for(5)
    assert sorted(str(m["To"]) for m in mails) == [
        "maija.esimerkki@example.org",
        "maija.esimerkki@example.org",
        "sam@example.net",
        "sam@example.net",
        "stina.exempel@example.org",
    ]
    subjects = sorted(str(m["Subject"]) for m in mails)
    assert sum(s.startswith("Kiitos") for s in subjects) == 1
    assert sum(s.startswith("Tack") for s in subjects) == 1
    assert sum(s.startswith("Thank") for s in subjects) == 1
    for m in mails:
        assert m["Auto-Submitted"] == "auto-replied"
        assert m["In-Reply-To"] and m["References"]

    before = db_rows(tmp_path, "SELECT id, status, filed FROM inbound_message ORDER BY id")
    poll(cfg)
    time.sleep(0.3)
    assert len(smtp_server.messages) == 5
    assert db_rows(tmp_path, "SELECT id, status, filed FROM inbound_message ORDER BY id") == before
    assert count(tmp_path, "enquiry") == 3
    assert count(tmp_path, "outbound_mail") == 5


def test_redelivered_copy_changes_nothing(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    raw = sample("contact-form-en.eml")
    imap_account.append(raw)
    imap_account.append(b"Received: from relay2.example.net by mx\r\n" + raw)
    cfg = write_config(tmp_path, imap_account, smtp_server)
    poll(cfg)
    imap_account.append(b"Received: from relay3.example.net by mx\r\n" + raw)
    poll(cfg)

    assert count(tmp_path, "enquiry") == 1
    assert count(tmp_path, "outbound_mail") == 1
    statuses = [r[0] for r in db_rows(tmp_path, "SELECT status FROM inbound_message ORDER BY id")]
    assert statuses == ["processed", "duplicate", "duplicate"]
    assert len(imap_account.folder_uids("mailbot/contact-form")) == 3
    assert imap_account.folder_uids("INBOX") == []


def test_move_failure_after_commit_is_retried_without_reapplying(
    tmp_path: Path,
    imap_account: ImapAccount,
    smtp_server: SmtpCapture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    imap_account.append(sample("contact-form-fi.eml"))
    imap_account.append(sample("other.eml"))
    cfg = write_config(tmp_path, imap_account, smtp_server)

    real_file = ImapSource.file

    def broken_file(self: ImapSource, moves: dict, keep: list) -> None:
        raise SourceError("connection dropped before MOVE")

    monkeypatch.setattr(ImapSource, "file", broken_file)
    result = CliRunner().invoke(app, ["poll", "--config", str(cfg)])
    assert result.exit_code == 1
    assert "connection dropped" in result.output
    assert count(tmp_path, "enquiry") == 1
    assert db_rows(tmp_path, "SELECT count(*) FROM inbound_message WHERE filed = 0")[0][0] == 2
    assert len(imap_account.folder_uids("INBOX")) == 2

    monkeypatch.setattr(ImapSource, "file", real_file)
    poll(cfg)
    assert count(tmp_path, "enquiry") == 1
    assert count(tmp_path, "inbound_message") == 2
    assert db_rows(tmp_path, "SELECT count(*) FROM inbound_message WHERE filed = 0")[0][0] == 0
    assert len(imap_account.folder_uids("mailbot/contact-form")) == 1
    assert len(imap_account.folder_uids("INBOX")) == 1
    assert len(smtp_server.wait_for(1)) == 1


def test_bad_mail_goes_to_unprocessable_and_the_rest_goes_on(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    imap_account.append(b"\x00\x01 this is not a mail at all")
    imap_account.append(sample("contact-form-sv.eml"))
    cfg = write_config(tmp_path, imap_account, smtp_server)
    poll(cfg)
    assert len(imap_account.folder_uids("mailbot/unprocessable")) == 1
    assert len(imap_account.folder_uids("mailbot/contact-form")) == 1
    (status, error), *_ = db_rows(
        tmp_path, "SELECT status, error FROM inbound_message WHERE status = 'unprocessable'"
    )
    assert error
    assert count(tmp_path, "enquiry") == 1


def test_too_large_message_is_left_flagged_for_a_person(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    big = sample("contact-form-en.eml").replace(
        b"Do you have a reseller in Estonia?", b"Do you have a reseller?\n" + b"x" * 5000
    )
    imap_account.append(big)
    imap_account.append(sample("contact-form-fi.eml"))
    cfg = write_config(tmp_path, imap_account, smtp_server, max_message_bytes="3000")
    poll(cfg)
    inbox = imap_account.folder_uids("INBOX")
    assert len(inbox) == 1
    assert "\\Flagged" in imap_account.flags("INBOX")[inbox[0]]
    assert db_rows(
        tmp_path, "SELECT status, kind FROM inbound_message WHERE status='too_large'"
    ) == [("too_large", "contact_form")]
    assert count(tmp_path, "enquiry") == 1
    poll(cfg)
    assert count(tmp_path, "inbound_message") == 2


def test_smtp_down_keeps_the_reply_until_it_is_back(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    imap_account.append(sample("contact-form-en.eml"))
    cfg = write_config(tmp_path, imap_account, smtp_server)
    smtp_server.stop()
    output = poll(cfg)
    assert "1 to retry" in output
    assert db_rows(tmp_path, "SELECT status, attempts FROM outbound_mail") == [("pending", 1)]

    smtp_server.start()
    settings = load_settings(cfg)
    engine = make_engine(settings.database.url)
    assert outbox.send_pending(engine, settings.smtp).sent == 0  # not due yet: backoff
    with clock.frozen(clock.now() + timedelta(minutes=5)):
        assert outbox.send_pending(engine, settings.smtp).sent == 1
    assert db_rows(tmp_path, "SELECT status FROM outbound_mail") == [("sent",)]
    assert [str(m["To"]) for m in smtp_server.wait_for(1)] == ["sam@example.net"]


def test_automatic_replies_per_address_are_limited(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    raw = sample("contact-form-en.eml")
    for i in range(7):
        imap_account.append(
            raw.replace(b"Estonia?", f"Estonia? ({i})".encode()).replace(
                b"<contact-form-en@", f"<contact-form-en-{i}@".encode()
            )
        )
    cfg = write_config(tmp_path, imap_account, smtp_server)
    poll(cfg)
    assert count(tmp_path, "enquiry") == 7
    assert count(tmp_path, "outbound_mail") == 5
    assert len(smtp_server.wait_for(5)) == 5


def test_uidvalidity_change_resynchronises_by_content(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    imap_account.create_folder("Work")
    for name in ("contact-form-en.eml", "other.eml"):
        imap_account.append(sample(name), folder="Work")
    url = imap_account.url.replace("/INBOX", "/Work")
    cfg = write_config(tmp_path, imap_account, smtp_server, url=url)
    poll(cfg)
    assert count(tmp_path, "enquiry") == 1

    with imap_account.client() as c:
        c.delete_folder("Work")
        c.create_folder("Work")
    for name in ("contact-form-en.eml", "other.eml"):
        imap_account.append(sample(name), folder="Work")
    poll(cfg)
    assert count(tmp_path, "enquiry") == 1
    assert count(tmp_path, "outbound_mail") == 1
    validities = db_rows(tmp_path, "SELECT DISTINCT uidvalidity FROM inbound_message")
    assert len(validities) == 2


def test_run_loop_picks_up_new_mail_with_idle(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    cfg = write_config(tmp_path, imap_account, smtp_server, poll_interval="30")
    with running_loop(cfg):
        time.sleep(1.0)
        imap_account.append(sample("contact-form-sv.eml"))
        # IDLE wakes the loop long before the 30 s poll interval.
        assert [str(m["To"]) for m in smtp_server.wait_for(1, timeout=10)] == [
            "stina.exempel@example.org"
        ]


def _mailbot(*args: str, cwd: Path) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("mailbot")
    return subprocess.Popen(
        [str(exe), *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def test_run_stops_cleanly_on_sigterm(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    cfg = write_config(tmp_path, imap_account, smtp_server)
    proc = _mailbot("run", "--config", str(cfg), cwd=tmp_path)
    try:
        imap_account.append(sample("contact-form-fi.eml"))
        smtp_server.wait_for(1, timeout=15)
        proc.send_signal(signal.SIGTERM)
        rc = proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert rc == 0, proc.stderr.read().decode() if proc.stderr else ""
    assert count(tmp_path, "enquiry") == 1


def _form(i: int) -> bytes:
    return make_mail(
        f"Name: Visitor {i}\nEmail: visitor{i}@example.org\nMessage:\nQuestion number {i}.\n",
        subject="New contact form submission",
        sender="Plaza website <wordpress@plaza.example.com>",
        message_id=f"<form-{i}@test.example.org>",
    )


def test_sigkill_mid_backlog_processes_every_message_once(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    n = 1200
    imap_account.append_many([_form(i) for i in range(n)])
    cfg = write_config(tmp_path, imap_account, smtp_server, batch_size="20")
    with cfg.open("a") as f:  # every visitor is at example.org: lift the domain cap
        f.write("[limits]\nreplies_per_domain_per_day = 100000\n")
    killed_at = 0
    for _attempt in range(3):
        proc = _mailbot("poll", "--config", str(cfg), cwd=tmp_path)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                done = count(tmp_path, "inbound_message")
            except sqlite3.OperationalError:
                done = 0
            if done >= 200:
                break
            time.sleep(0.02)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            killed_at = count(tmp_path, "inbound_message")
            break
    assert 0 < killed_at < n, "the poll finished before it could be killed"

    poll(cfg)

    assert count(tmp_path, "inbound_message") == n
    assert db_rows(tmp_path, "SELECT count(DISTINCT message_id) FROM inbound_message")[0][0] == n
    assert db_rows(tmp_path, "SELECT count(*) FROM enquiry")[0][0] == n
    assert db_rows(tmp_path, "SELECT count(DISTINCT email) FROM enquiry")[0][0] == n
    assert db_rows(tmp_path, "SELECT count(DISTINCT to_addr) FROM outbound_mail")[0][0] == n
    assert count(tmp_path, "outbound_mail") == n
    assert imap_account.folder_uids("INBOX") == []
    assert len(imap_account.folder_uids("mailbot/contact-form")) == n


def test_run_loop_reconnects_after_the_server_drops_the_connection(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture, dovecot: Dovecot
) -> None:
    cfg = write_config(tmp_path, imap_account, smtp_server, poll_interval="30")
    with running_loop(cfg):
        imap_account.append(sample("contact-form-sv.eml"))
        smtp_server.wait_for(1, timeout=10)
        dovecot.doveadm("kick", imap_account.user)  # the server drops mailbot's connection
        time.sleep(0.5)
        imap_account.append(sample("contact-form-fi.eml"))
        mails = smtp_server.wait_for(2, timeout=20)
        assert sorted(str(m["To"]) for m in mails) == [
            "maija.esimerkki@example.org",
            "stina.exempel@example.org",
        ]
    assert count(tmp_path, "enquiry") == 2


def test_outbox_failed_mail_is_listed_and_retried(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    imap_account.append(sample("contact-form-en.eml"))
    cfg = write_config(tmp_path, imap_account, smtp_server)
    smtp_server.stop()
    poll(cfg)
    con = sqlite3.connect(tmp_path / "mailbot.db")
    con.execute("UPDATE outbound_mail SET status = 'failed'")
    con.commit()
    con.close()
    result = CliRunner().invoke(
        app, ["outbox", "list", "--status", "failed", "--json", "--config", str(cfg)]
    )
    [row] = [json.loads(x) for x in result.stdout.splitlines()]
    assert (row["to"], row["status"]) == ("sam@example.net", "failed")
    smtp_server.start()
    result = CliRunner().invoke(app, ["outbox", "retry", "--config", str(cfg)])
    assert result.exit_code == 0 and "1 failed mail(s) queued again" in result.output
    assert [str(m["To"]) for m in smtp_server.wait_for(1)] == ["sam@example.net"]
