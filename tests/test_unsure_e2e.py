"""Issue 8: a message the classifier is unsure of is left for a person (real Dovecot)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mailbot.cli import app
from tests.helpers import make_mail, sample
from tests.servers import ImapAccount, SmtpCapture
from tests.test_e2e_imap import count, db_rows, poll, write_config

SURVEY = (
    "Kysely: miten yrityksenne käsittelee tietopyyntöjä ja pyyntöjä poistaa tietoja? "
    "Kyselyn tulokset julkaistaan opinnäytetyössä."
)


def test_unsure_message_stays_flagged_in_inbox_with_its_candidate(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    imap_account.append(make_mail(SURVEY, subject="Kysely", sender="Tutkija <t@example.org>"))
    imap_account.append(sample("contact-form-fi.eml"))
    cfg = write_config(tmp_path, imap_account, smtp_server)
    poll(cfg)
    inbox = imap_account.folder_uids("INBOX")
    assert len(inbox) == 1  # the form was filed; the survey waits for a person
    assert "\\Flagged" in imap_account.flags("INBOX")[inbox[0]]
    rows = db_rows(
        tmp_path, "SELECT status, kind, confidence, error FROM inbound_message ORDER BY id"
    )
    assert rows[0][:3] == ("unsure", "other", 0.5)
    assert "looks like other" in rows[0][3]
    assert rows[1][0] == "processed" and rows[1][2] >= 0.9
    listed = CliRunner().invoke(
        app, ["messages", "list", "--status", "unsure", "--json", "--config", str(cfg)]
    )
    assert listed.exit_code == 0, listed.output
    assert [json.loads(x)["kind"] for x in listed.stdout.splitlines()] == ["other"]


def test_threshold_is_configured_and_nothing_is_done_below_it(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    imap_account.append(sample("contact-form-fi.eml"))
    cfg = write_config(tmp_path, imap_account, smtp_server)
    cfg.write_text(cfg.read_text() + "[classify]\nmin_confidence = 0.99\n")
    poll(cfg)
    assert len(imap_account.folder_uids("INBOX")) == 1
    assert db_rows(tmp_path, "SELECT status, kind FROM inbound_message") == [
        ("unsure", "contact_form")
    ]
    assert count(tmp_path, "enquiry") == 0  # no effect, no reply
    assert count(tmp_path, "outbound_mail") == 0
