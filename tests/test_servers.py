"""Proof that the test servers behave, so other tests can trust their fixtures."""

from __future__ import annotations

import datetime as dt
import smtplib
import socket
from email.message import EmailMessage
from pathlib import Path

import pytest
from imapclient.exceptions import LoginError

from tests.servers import Dovecot, ImapAccount, SmtpCapture, _group_pids


def make_mail(subject: str, body: str = "Hello.\r\n", msgid: str | None = None) -> bytes:
    """A small RFC 5322 message with CRLF line ends, as IMAP returns them."""
    msgid = msgid or f"<{subject.replace(' ', '-')}@test.invalid>"
    return (
        f"From: Alice <alice@example.org>\r\nTo: info@example.com\r\n"
        f"Subject: {subject}\r\nMessage-ID: {msgid}\r\n"
        f"Date: Mon, 04 Mar 2024 10:00:00 +0100\r\n\r\n{body}"
    ).encode()


def test_append_then_read_back(imap_account: ImapAccount) -> None:
    raw = make_mail("first")
    uid = imap_account.append(raw)
    assert imap_account.folder_uids("INBOX") == [uid]
    assert imap_account.folder_messages("INBOX") == [raw]
    assert imap_account.url == (f"imap://{imap_account.user}@127.0.0.1:{imap_account.port}/INBOX")


def test_new_account_is_empty_and_login_is_checked(
    dovecot: Dovecot, imap_account: ImapAccount
) -> None:
    assert imap_account.folders() == ["INBOX"]
    assert imap_account.folder_uids() == []
    wrong = ImapAccount(imap_account.host, imap_account.port, imap_account.user, "nope")
    with pytest.raises(LoginError):
        wrong.client()


def test_users_added_in_quick_succession_can_log_in(dovecot: Dovecot) -> None:
    """Regression: one shared passwd-file is re-read at most once per second."""
    for _ in range(10):
        with dovecot.add_user().client() as c:
            assert c.noop()


def test_two_users_are_isolated(dovecot: Dovecot) -> None:
    alice, bob = dovecot.add_user(), dovecot.add_user()
    alice.append(make_mail("for alice"))
    alice.append(make_mail("alice archive"), folder="Archive")
    assert bob.folder_uids() == []
    assert bob.folders() == ["INBOX"]
    assert len(alice.folder_uids()) == 1


def test_folders_flags_and_dates(imap_account: ImapAccount) -> None:
    # "." in a name fails with the default Maildir++ layout; LAYOUT=fs allows it.
    names = ["Archive/2024", "Junk", "Kunden.Anfragen", "Entwürfe"]
    for name in names:
        imap_account.append(make_mail(f"in {name}"), folder=name)
    imap_account.create_folder("Empty")
    assert imap_account.folders() == sorted(["INBOX", "Archive", "Empty", *names])

    when = dt.datetime(2024, 3, 4, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    uid = imap_account.append(make_mail("flagged"), flags=["\\Seen", "$Processed"], date=when)
    assert uid is not None
    assert set(imap_account.flags()[uid]) >= {"\\Seen", "$Processed"}
    with imap_account.client() as c:
        c.select_folder("INBOX", readonly=True)
        internal = c.fetch([uid], ["INTERNALDATE"])[uid][b"INTERNALDATE"]
    assert internal.replace(tzinfo=None) == when.astimezone().replace(tzinfo=None)


def test_multiappend_of_2000_messages(imap_account: ImapAccount) -> None:
    msgs = [make_mail(f"bulk {i}", msgid=f"<bulk-{i}@test.invalid>") for i in range(2000)]
    uids = imap_account.append_many(msgs, folder="Bulk")
    assert len(uids) == 2000
    assert imap_account.folder_uids("Bulk") == uids
    assert imap_account.folder_messages("Bulk")[1999] == msgs[1999]


def test_stop_leaves_no_process_behind(dovecot: Dovecot, tmp_path: Path) -> None:
    """A second, private instance (the `dovecot` fixture only makes this skip alike)."""
    server = Dovecot().start(tmp_path / "dc")
    assert server.proc is not None
    pgid = server.proc.pid
    account = server.add_user()
    idle = account.client()  # an open session makes the imap process linger
    idle.select_folder("INBOX")
    server.stop()
    assert _group_pids(pgid) == []
    with pytest.raises(OSError):
        socket.create_connection((server.host, server.port), timeout=1).close()


def _mail(subject: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "bot@example.com"
    msg["To"] = "kunde@example.org"
    msg["Subject"] = subject
    msg.set_content("Grüße aus dem Test.\n")
    return msg


def test_smtp_capture_receives_mail(smtp_server: SmtpCapture) -> None:
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=5) as smtp:
        smtp.send_message(_mail("Ihre Anfrage"), to_addrs=["kunde@example.org", "cc@example.org"])
    [msg] = smtp_server.wait_for(1)
    assert msg["Subject"] == "Ihre Anfrage"
    assert "Grüße" in msg.get_content()
    assert smtp_server.mails[0].mail_from == "bot@example.com"
    assert smtp_server.mails[0].rcpt_tos == ["kunde@example.org", "cc@example.org"]
    smtp_server.clear()
    assert smtp_server.messages == []


def test_smtp_capture_can_be_down_or_refusing(smtp_server: SmtpCapture) -> None:
    port = smtp_server.port
    with smtp_server.down(), pytest.raises(OSError):
        smtplib.SMTP(smtp_server.host, port, timeout=2)
    assert smtp_server.port == port
    smtp_server.fail_with = "451 4.3.0 Try again later"
    with (
        smtplib.SMTP(smtp_server.host, port, timeout=5) as smtp,
        pytest.raises(smtplib.SMTPDataError),
    ):
        smtp.send_message(_mail("refused"))
    smtp_server.fail_with = None
    with smtplib.SMTP(smtp_server.host, port, timeout=5) as smtp:
        smtp.send_message(_mail("accepted"))
    assert [m["Subject"] for m in smtp_server.wait_for(1)] == ["accepted"]
    with pytest.raises(TimeoutError):
        smtp_server.wait_for(2, timeout=0.2)
