"""The same flows on PostgreSQL: poll, requests, review, erasure, audit chain, tick, scheduler store."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from mailbot import clock
from tests.helpers import sample, sample_names
from tests.servers import ImapAccount, Postgres, SmtpCapture
from tests.test_requests_e2e import MAIJA, Site, request


@pytest.fixture
def pg_site(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture, postgres: Postgres
) -> Site:
    url = postgres.create_database(f"mailbot_{uuid.uuid4().hex[:10]}")
    return Site(tmp_path, imap_account, smtp_server, database_url=url)


def test_poll_requests_review_and_audit_on_postgres(pg_site: Site) -> None:
    site = pg_site
    for name in sample_names():
        site.account.append(sample(name))
    site.cli("poll")
    assert len(site.account.folder_uids("mailbot/contact-form")) == 3
    # Maija's authenticated access request (sample) gets the extract.
    site.deliver(request("Lähettäkää minulle rekisteriote.", auth=True))
    assert any(
        p.get_filename() and p.get_filename().endswith(".pdf")
        for m in site.mails_to(MAIJA)
        for p in m.iter_attachments()
    )
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    [action] = site.queue()
    assert action["status"] == "pending"
    site.cli("queue", "approve", str(action["id"]), "--by", "admin")
    assert site.contact() is None
    assert "erased" in site.cli("contacts", "add", "--email", MAIJA, "--name", "X", ok=False)
    site.cli("poll")  # nothing new: the second poll changes nothing
    assert "intact" in site.cli("audit", "verify")
    assert "quarantine" in site.cli("tick", "--now", (clock.now() + timedelta(days=1)).isoformat())


def test_scheduler_store_on_postgres(pg_site: Site) -> None:
    from mailbot.config import load_settings
    from mailbot.scheduler import make_scheduler

    settings = load_settings(pg_site.cfg)
    scheduler = make_scheduler(settings, pg_site.cfg)
    try:
        assert {j.id for j in scheduler.get_jobs()} >= {"quarantine", "inactivity", "prune"}
    finally:
        scheduler.shutdown(wait=True)
    again = make_scheduler(settings, pg_site.cfg)
    try:
        assert again.get_job("inactivity") is not None
    finally:
        again.shutdown(wait=True)
