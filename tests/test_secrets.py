"""Secrets and personal data at rest (issue 7, item 10).

Credentials are masked in every error and log line; `init` and the `file:` outbox
create files their owner alone can read; a sent mail's body does not stay in the
database, while pending and failed mail keeps it for the retry.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailbot import outbox, redact
from mailbot.cli import app, setup_logging
from mailbot.config import load_settings
from mailbot.db import make_engine
from tests.helpers import sample
from tests.servers import ImapAccount, Postgres, SmtpCapture

runner = CliRunner()
DB_PASSWORD = "Pg-S3cret-Passw0rd"
IMAP_PASSWORD = "Imap-S3cret-Passw0rd"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The usual 022 umask, under which a plain write would make a file world-readable."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


# --------------------------------------------------------------------------- masking
def test_redact_masks_url_passwords_and_remembered_secrets() -> None:
    text = "cannot open postgresql+psycopg://bot:pa%40ss/w:rd@db.example.com:5432/mail?x=a@b"
    assert redact.redact(text) == (
        "cannot open postgresql+psycopg://bot:***@db.example.com:5432/mail?x=a@b"
    )
    assert redact.redact("imap://bot@mx.example.com/INBOX") == "imap://bot@mx.example.com/INBOX"
    redact.remember("Rem3mbered+Secret")
    assert redact.redact("login Rem3mbered%2BSecret / Rem3mbered+Secret") != (
        "login Rem3mbered%2BSecret / Rem3mbered+Secret"
    )
    assert "Rem3mbered+Secret" not in redact.redact("x Rem3mbered+Secret y")


def test_start_up_error_never_shows_the_database_password(
    tmp_path: Path, postgres: Postgres
) -> None:
    cfg = tmp_path / "mailbot.toml"
    url = f"postgresql+psycopg://postgres:{DB_PASSWORD}@127.0.0.1:{postgres.port}/no_such_db"
    cfg.write_text(f'[database]\nurl = "{url}"\n')
    result = runner.invoke(app, ["contacts", "list", "--config", str(cfg)])
    assert result.exit_code == 2
    assert "database.url: cannot open" in result.output and "no_such_db" in result.output
    assert DB_PASSWORD not in result.output and "postgres:***@127.0.0.1" in result.output

    # A URL the driver cannot even parse is quoted by SQLAlchemy: masked as well.
    cfg.write_text(f'[database]\nurl = "postgresql+psycopg://postgres:{DB_PASSWORD}@h:port/x"\n')
    result = runner.invoke(app, ["contacts", "list", "--config", str(cfg)])
    assert result.exit_code == 2 and DB_PASSWORD not in result.output


def test_log_lines_and_tracebacks_mask_configured_passwords(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text(
        f'[mailbox]\nurl = "imap://bot@127.0.0.1:1/INBOX"\npassword = "{IMAP_PASSWORD}"\n'
    )
    load_settings(cfg)
    setup_logging(False)
    log = logging.getLogger("mailbot.test")
    log.warning("login as bot with %s refused", IMAP_PASSWORD)
    try:
        raise RuntimeError(f"driver said: password {IMAP_PASSWORD} rejected")
    except RuntimeError:
        log.exception("poll cycle failed")
    err = capsys.readouterr().err
    assert "login as bot with *** refused" in err and "poll cycle failed" in err
    assert "RuntimeError" in err and IMAP_PASSWORD not in err


# --------------------------------------------------------------------------- file modes
def test_init_creates_config_and_database_for_the_owner_only(
    tmp_path: Path, open_umask: None
) -> None:
    result = runner.invoke(app, ["init", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert mode(tmp_path / "mailbot.toml") == 0o600
    files = sorted(tmp_path.glob("mailbot.db*"))
    assert tmp_path / "mailbot.db" in files
    assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
    # --force rewrites an existing, too open file and closes it too.
    (tmp_path / "mailbot.toml").chmod(0o644)
    result = runner.invoke(app, ["init", str(tmp_path), "--force"])
    assert result.exit_code == 0 and mode(tmp_path / "mailbot.toml") == 0o600


def test_file_outbox_and_demo_files_are_not_world_readable(
    tmp_path: Path, open_umask: None
) -> None:
    result = runner.invoke(app, ["demo", "--dir", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    demo = tmp_path / "demo"
    assert mode(demo / "mailbot.toml") == 0o600 and mode(demo / "mailbot.db") == 0o600
    assert mode(demo / "outbox") == 0o700
    written = list((demo / "outbox").glob("*.eml"))
    assert written and {mode(p) for p in written} == {0o600}


# --------------------------------------------------------------------------- raw at rest
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
[contact_form]
senders = ["wordpress@plaza.example.com"]
"""
    )
    return cfg


def _outbox(tmp: Path) -> list[tuple[str, bytes]]:
    con = sqlite3.connect(tmp / "mailbot.db")
    try:
        return con.execute("SELECT status, raw FROM outbound_mail").fetchall()
    finally:
        con.close()


def test_sent_mail_keeps_headers_size_and_hash_only_and_failed_mail_can_be_retried(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    imap_account.append(sample("contact-form-en.eml"))
    cfg = _config(tmp_path, imap_account, smtp_server)
    with smtp_server.down():
        assert runner.invoke(app, ["poll", "--config", str(cfg)]).exit_code == 0
    [(status, raw)] = _outbox(tmp_path)
    assert status == "pending" and outbox.sent_facts(raw) is None  # the body is still held
    con = sqlite3.connect(tmp_path / "mailbot.db")
    con.execute("UPDATE outbound_mail SET status = 'failed'")
    con.commit()
    con.close()

    listed = runner.invoke(
        app, ["outbox", "list", "--status", "failed", "--json", "--config", str(cfg)]
    )
    assert listed.exit_code == 0 and "sam@example.net" in listed.output
    result = runner.invoke(app, ["outbox", "retry", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    [captured] = smtp_server.mails
    assert captured.raw.replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")  # whole mail

    [(status, kept)] = _outbox(tmp_path)
    assert status == "sent"
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert kept.startswith(head + b"\r\n") and kept.endswith(b"\r\n\r\n")
    assert outbox.sent_facts(kept) == (len(raw), hashlib.sha256(raw).hexdigest())
    listed = runner.invoke(
        app, ["outbox", "list", "--status", "sent", "--json", "--config", str(cfg)]
    )
    assert listed.exit_code == 0 and "sam@example.net" in listed.output
    # Nothing is sent again, and a second send leaves the record as it is.
    engine = make_engine(load_settings(cfg).database.url)
    assert outbox.send_pending(engine, load_settings(cfg).smtp).sent == 0
    assert _outbox(tmp_path) == [("sent", kept)]


def test_extract_and_export_files_are_for_the_owner_only(tmp_path: Path, open_umask: None) -> None:
    cfg = tmp_path / "mailbot.toml"
    cfg.write_text('[database]\nurl = "sqlite:///mailbot.db"\n')

    def cli(*args: str) -> None:
        result = runner.invoke(app, [*args, "--config", str(cfg)])
        assert result.exit_code == 0, result.output

    cli("contacts", "add", "--email", "maija.esimerkki@example.org", "--name", "Maija Esimerkki")
    cli("extract", "maija.esimerkki@example.org", "-o", str(tmp_path / "maija.pdf"))
    cli("register", "export", "-o", str(tmp_path / "contacts.csv"))
    for name in ("maija.pdf", "maija.json", "contacts.csv"):
        assert mode(tmp_path / name) == 0o600, name
    assert b"maija.esimerkki@example.org" in (tmp_path / "contacts.csv").read_bytes()
