"""Internationalised addresses (RFC 6531/6532): answered through SMTPUTF8, never lost.

A server that offers SMTPUTF8 gets the reply with the UTF-8 address in the envelope
and in a raw UTF-8 To: header; one that does not leaves the mail failed with a
reason that `mailbot outbox list` shows, while the other mail goes out.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session
from typer.testing import CliRunner

from mailbot import clock, mailer, outbox
from mailbot.cli import app
from mailbot.config import SmtpSettings
from mailbot.db import create_schema, make_engine
from mailbot.models import OutboundMail
from mailbot.parsing import parse
from tests.servers import ImapAccount, SmtpCapture

ASA = "åsa@example.com"
TRUSTED = "mx.plaza.example.com"
runner = CliRunner()


def _queue(db: Path, *addresses: str) -> None:
    engine = make_engine(f"sqlite:///{db}")
    create_schema(engine)
    with Session(engine) as session:
        for to in addresses:
            built = mailer.build(
                to=to,
                from_addr="info@plaza.example.com",
                from_name="Plaza Example Oy",
                subject="Vi har tagit emot din begäran",
                body="Hej Åsa,\nvi har tagit emot din begäran.\n",
            )
            session.add(
                OutboundMail(
                    message_id=built.message_id,
                    to_addr=to,
                    subject=built.subject,
                    template="test",
                    raw=built.raw,
                    created_at=clock.now(),
                    next_attempt_at=clock.now(),
                )
            )
        session.commit()


def _send(db: Path, smtp: SmtpCapture) -> outbox.SendReport:
    settings = SmtpSettings.model_validate(
        {"url": f"smtp://127.0.0.1:{smtp.port}", "from": "info@plaza.example.com"}
    )
    return outbox.send_pending(make_engine(f"sqlite:///{db}"), settings)


def _rows(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT to_addr, status, last_error FROM outbound_mail ORDER BY id"
        ).fetchall()
    finally:
        con.close()


def test_build_writes_a_utf8_address_raw_and_an_idn_domain_as_its_a_label() -> None:
    built = mailer.build(
        to=ASA, from_addr="info@plaza.example.com", from_name="Plaza", subject="Hej", body="x"
    )
    assert "To: åsa@example.com\r\n".encode() in built.raw
    assert b"=?" not in built.raw.split(b"\r\nTo: ", 1)[1].split(b"\r\n", 1)[0]
    built = mailer.build(
        to="sam@exämple.com",
        from_addr="info@plaza.example.com",
        from_name="P",
        subject="s",
        body="x",
    )
    assert b"To: sam@xn--exmple-cua.com\r\n" in built.raw
    assert mailer.envelope_address("sam@exämple.com") == "sam@xn--exmple-cua.com"
    for bad in ("åsa\u200b@example.com", "å sa@example.com", "åsa@", "..å@example.com"):
        assert mailer.envelope_address(bad) is None
        with pytest.raises(mailer.MailError):
            mailer.build(
                to=bad, from_addr="info@plaza.example.com", from_name="P", subject="s", body="x"
            )


def test_raw_utf8_from_is_read_as_utf8_and_broken_bytes_are_no_address() -> None:
    raw = "From: Åsa Exempel <åsa@example.com>\r\nSubject: Radera\r\n\r\nRadera mina uppgifter.\r\n"
    msg = parse(raw.encode("utf-8"))
    assert (msg.sender, msg.display_name) == (ASA, "Åsa Exempel")
    assert msg.header("from") == "Åsa Exempel <åsa@example.com>"
    latin1 = parse(raw.encode("latin-1"))
    assert latin1.sender is None and latin1.from_addresses == []


def test_server_with_smtputf8_gets_the_utf8_envelope(
    tmp_path: Path, smtp_server: SmtpCapture
) -> None:
    db = tmp_path / "mailbot.db"
    _queue(db, ASA, "sam@exämple.com")
    report = _send(db, smtp_server)
    assert (report.sent, report.failed) == (2, 0)
    smtp_server.wait_for(2)
    assert [m.rcpt_tos for m in smtp_server.mails] == [[ASA], ["sam@xn--exmple-cua.com"]]
    assert str(smtp_server.messages[0]["To"]) == ASA
    assert [r[1] for r in _rows(db)] == ["sent", "sent"]


def test_server_without_smtputf8_fails_that_mail_visibly_and_sends_the_rest(
    tmp_path: Path,
) -> None:
    db = tmp_path / "mailbot.db"
    _queue(db, ASA, "sam@example.net")
    with SmtpCapture(smtputf8=False) as smtp:
        report = _send(db, smtp)
        assert (report.sent, report.failed, report.retried) == (1, 1, 0)
        assert [m.rcpt_tos for m in smtp.wait_for(1) and smtp.mails] == [["sam@example.net"]]
    [(to, status, error), (_, other, _)] = _rows(db)
    assert (to, status, other) == (ASA, "failed", "sent")
    assert "SMTPUTF8" in error and ASA in error and "by hand" in error


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
[auth]
trusted_authserv_ids = ["{TRUSTED}"]
[organisation]
name = "Plaza Example Oy"
ceo_email = "ceo@plaza.example.com"
"""
    )
    return cfg


ERASURE = (
    "From: Åsa Exempel <åsa@example.com>\r\n"
    "To: info@plaza.example.com\r\n"
    "Subject: Radera mina uppgifter\r\n"
    "Date: Thu, 12 Nov 2026 09:30:00 +0200\r\n"
    "Message-ID: <asa-erasure@example.com>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Hej! Jag vill att ni raderar alla mina personuppgifter.\r\n"
    "Med vänliga hälsningar, Åsa\r\n"
).encode()


def _cli(cfg: Path, *args: str) -> str:
    result = runner.invoke(app, [*args, "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    return result.output


def test_erasure_request_from_a_utf8_address_is_answered_through_smtputf8(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    imap_account.append(ERASURE)
    cfg = _config(tmp_path, imap_account, smtp_server)
    _cli(cfg, "poll")
    [reply] = smtp_server.wait_for(1)
    assert smtp_server.mails[0].rcpt_tos == [ASA]
    assert str(reply["To"]) == ASA
    assert str(reply["In-Reply-To"]) == "<asa-erasure@example.com>"
    con = sqlite3.connect(tmp_path / "mailbot.db")
    try:
        assert con.execute("SELECT status, sender FROM inbound_message").fetchall() == [
            ("processed", ASA)
        ]
    finally:
        con.close()


def test_without_smtputf8_the_reply_is_failed_with_its_reason_in_outbox_list(
    tmp_path: Path, imap_account: ImapAccount
) -> None:
    imap_account.append(ERASURE)
    with SmtpCapture(smtputf8=False) as smtp:
        cfg = _config(tmp_path, imap_account, smtp)
        output = _cli(cfg, "poll")
        assert "1 failed" in output
        assert smtp.mails == []
    [row] = [json.loads(x) for x in _cli(cfg, "outbox", "list", "--json").splitlines()]
    assert (row["to"], row["status"]) == (ASA, "failed")
    assert "SMTPUTF8" in row["last_error"] and "by hand" in row["last_error"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80) | st.from_regex(r"[\w.åäöÅß-]{1,20}@[\w.-]{1,20}", fullmatch=True))
def test_envelope_address_is_one_clean_line_or_refused(addr: str) -> None:
    wire = mailer.envelope_address(addr)
    if wire is None:
        with pytest.raises(mailer.MailError):
            mailer.build(
                to=addr, from_addr="info@plaza.example.com", from_name="P", subject="s", body="x"
            )
        return
    local, _, domain = wire.rpartition("@")
    assert local and domain.isascii() and "@" not in local
    assert not any(ch.isspace() or unicodedata.category(ch)[0] == "C" for ch in wire)
    assert mailer.valid_address(wire) == wire.isascii()
    raw = mailer.build(
        to=addr, from_addr="info@plaza.example.com", from_name="P", subject="s", body="x"
    ).raw
    assert b"\r\nTo: " + wire.encode() + b"\r\n" in raw
