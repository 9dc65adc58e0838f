"""The ledger names a mailbox by user and folder: a new host name or port refetches nothing."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text
from typer.testing import CliRunner

from mailbot import db
from mailbot.cli import app
from tests.helpers import sample, sample_names
from tests.servers import ImapAccount
from tests.test_e2e_imap import db_rows, write_config
from tests.test_migrations import _release_database


def _poll_json(cfg: Path) -> dict:
    result = CliRunner().invoke(app, ["poll", "--json", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_another_host_name_and_port_do_not_refetch_the_mailbox(
    tmp_path: Path, imap_account: ImapAccount
) -> None:
    for name in sample_names():
        imap_account.append(sample(name))
    first = _poll_json(write_config(tmp_path, imap_account, None))
    assert first["seen"] == len(sample_names())
    # The same server reached by another name (and, in real life, port or proxy).
    other = imap_account.url.replace("127.0.0.1", "localhost")
    assert other != imap_account.url
    imap_account.append(sample(sample_names()[0]).replace(b"Message-ID: <", b"Message-ID: <new-"))
    again = _poll_json(write_config(tmp_path, imap_account, None, url=other))
    assert again["seen"] == 1 and again["duplicates"] == 0
    assert {m for (m,) in db_rows(tmp_path, "SELECT DISTINCT mailbox FROM inbound_message")} == {
        f"imap://{imap_account.user}/INBOX"
    }


def test_upgrade_renames_the_old_host_port_keys(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    _release_database(engine)
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE inbound_message SET mailbox = "
                "'imap://info@plaza.example.com@imap.example.com:993/INBOX' WHERE id <= 3"
            )
        )
    db.upgrade(engine)
    with engine.connect() as conn:
        names = dict(
            conn.execute(
                text("SELECT mailbox, count(*) FROM inbound_message GROUP BY mailbox")
            ).all()
        )
    assert names.pop("imap://info@plaza.example.com/INBOX") == 3
    assert all(not n.startswith("imap://") for n in names)  # the Maildir rows are untouched
