"""`poll --json` says how much mail the poll queued, and how much of it went out."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mailbot.cli import app
from tests.helpers import sample, sample_names
from tests.servers import ImapAccount, SmtpCapture
from tests.test_e2e_imap import count, write_config


def test_poll_reports_the_mail_it_queued(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture
) -> None:
    for name in sample_names():
        imap_account.append(sample(name))
    cfg = write_config(tmp_path, imap_account, smtp_server)
    result = CliRunner().invoke(app, ["poll", "--json", "--config", str(cfg)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    queued = count(tmp_path, "outbound_mail")
    assert queued > 0  # the samples hold forms and requests that are answered
    assert report["queued_mail"] == queued
    assert report["sent"] == len(smtp_server.mails) == queued
    again = json.loads(CliRunner().invoke(app, ["poll", "--json", "--config", str(cfg)]).stdout)
    assert again["queued_mail"] == 0
