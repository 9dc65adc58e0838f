"""The register's life cycle driven by the clock: `mailbot tick --now`, replies, and `run`'s scheduler."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mailbot import clock
from mailbot.config import load_settings
from tests.helpers import make_mail, sample
from tests.servers import ImapAccount, SmtpCapture
from tests.test_requests_e2e import MAIJA, TOKEN, Site

NEW = "ville.esimerkki@example.org"


@pytest.fixture
def site(tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture) -> Site:
    s = Site(tmp_path, imap_account, smtp_server)
    with s.cfg.open("a") as fh:
        fh.write('[newsletter]\nunsubscribe_addresses = ["unsubscribe@plaza.example.com"]\n')
        fh.write('[lifecycle]\ndaily_at = "03:00"\n')
    return s


def add_quarantined(site: Site) -> datetime:
    site.cli("contacts", "add", "--email", NEW, "--name", "Ville Esimerkki", "--language", "fi")
    contact = site.contact(NEW)
    assert contact is not None and contact["status"] == "quarantined"
    return datetime.fromisoformat(contact["created_at"])


def tick(site: Site, when: datetime) -> str:
    return site.cli("tick", "--now", when.isoformat())


def test_quarantine_reminds_on_days_5_and_10_and_deletes_on_day_14(site: Site) -> None:
    start = add_quarantined(site)
    [request] = site.mails_to(NEW)
    assert TOKEN.search(str(request["Subject"]))
    tick(site, start + timedelta(days=4, hours=23))
    assert len(site.mails_to(NEW)) == 1
    tick(site, start + timedelta(days=5, hours=1))
    assert len(site.mails_to(NEW)) == 2
    tick(site, start + timedelta(days=6))
    assert len(site.mails_to(NEW)) == 2  # one reminder per step, not one per tick
    tick(site, start + timedelta(days=10, hours=1))
    assert len(site.mails_to(NEW)) == 3
    assert site.contact(NEW) is not None
    tick(site, start + timedelta(days=14, hours=1))
    assert site.contact(NEW) is None
    assert "erased" in site.cli("contacts", "add", "--email", NEW, "--name", "Again", ok=False)
    actions = [e["action"] for e in site.cli_json("audit", "list")]
    assert actions.count("consent_reminder") == 2 and "quarantine_expired" in actions
    site.cli("audit", "verify")


def test_consent_accepted_makes_the_contact_active(site: Site) -> None:
    add_quarantined(site)
    site.answer(site.mails_to(NEW)[-1], "Kyllä", sender=NEW)
    assert site.contact(NEW)["status"] == "active"
    tick(site, clock.now() + timedelta(days=15))
    assert site.contact(NEW) is not None  # consented contacts are not expired


def test_consent_declined_deletes_at_once(site: Site) -> None:
    add_quarantined(site)
    site.answer(site.mails_to(NEW)[-1], "Ei kiitos", sender=NEW)
    assert site.contact(NEW) is None
    assert site.db("SELECT count(*) FROM suppression") == [(1,)]


def test_five_year_idle_contact_is_queued_for_review_once(site: Site) -> None:
    site.db("SELECT 1")
    import sqlite3

    con = sqlite3.connect(site.tmp / "mailbot.db")
    con.execute("UPDATE contact SET last_interaction_at = '2021-06-01 10:00:00.000000'")
    con.commit()
    con.close()
    tick(site, datetime(2027, 7, 15, 5, 0, tzinfo=UTC))
    [action] = site.queue()
    assert (action["action"], action["email"], action["status"]) == ("purge", MAIJA, "pending")
    tick(site, datetime(2027, 7, 15, 9, 0, tzinfo=UTC))
    tick(site, datetime(2027, 7, 20, 9, 0, tzinfo=UTC))
    assert len(site.queue()) == 1
    site.cli("queue", "approve", str(action["id"]), "--by", "admin")
    assert site.contact() is None


def test_recent_contact_is_not_queued(site: Site) -> None:
    tick(site, datetime(2027, 7, 15, 5, 0, tzinfo=UTC))
    assert site.queue() == []


def test_legacy_contacts_are_told_once(site: Site) -> None:
    csv = site.tmp / "crm.csv"
    csv.write_text(
        "First Name,Last Name,Account Name,Email Address,Date Created\n"
        "Old,Customer,Vanha Oy,old.customer@example.com,2015-03-01 10:00:00\n"
        "New,Customer,Uusi Oy,new.customer@example.com,2024-03-01 10:00:00\n",
        encoding="utf-8",
    )
    out = site.cli("register", "import", str(csv))
    assert "taken: 2" in out
    assert site.contact("old.customer@example.com")["status"] == "active"
    assert site.contact("new.customer@example.com")["status"] == "quarantined"
    tick(site, clock.now() + timedelta(hours=1))
    tick(site, clock.now() + timedelta(hours=2))
    told = [m for m in site.mails_to("old.customer@example.com")]
    assert len(told) == 1


def _queued_erasure(site: Site) -> tuple[dict, datetime]:
    """An authenticated erasure request from the registered contact, queued for review."""
    site.deliver(
        make_mail(
            "Please delete all my personal data.",
            sender=MAIJA,
            headers={
                "Authentication-Results": "mx.plaza.example.com; dmarc=pass header.from=example.org"
            },
        )
    )
    [action] = site.queue()
    return action, datetime.fromisoformat(action["due"]).replace(tzinfo=UTC)


def test_deadline_digest_goes_to_the_administrator_once_a_day(site: Site) -> None:
    action, due = _queued_erasure(site)
    tick(site, due - timedelta(days=3))
    tick(site, due - timedelta(days=3) + timedelta(hours=2))
    digests = site.mails_to("ceo@plaza.example.com")  # admin_email unset: the CEO
    assert len(digests) == 1
    assert f"#{action['id']}" in digests[0].get_content()
    assert "/queue/" not in digests[0].get_content()  # no console, no link


def test_deadline_digest_links_each_request_in_the_console(site: Site) -> None:
    with site.cfg.open("a") as fh:
        fh.write('[web]\npublic_url = "https://mailbot.plaza.example.com/"\n')
    action, due = _queued_erasure(site)
    tick(site, due - timedelta(days=3))
    [digest] = site.mails_to("ceo@plaza.example.com")
    assert f"https://mailbot.plaza.example.com/queue/{action['id']}" in digest.get_content()


def test_list_unsubscribe_mailto_turns_the_newsletter_off(site: Site) -> None:
    site.deliver(make_mail("subscribe", subject="Uutiskirje", sender=MAIJA))
    site.answer(site.mails_to(MAIJA)[-1], "Kyllä")
    assert site.contact()["newsletter"] is True
    site.deliver(make_mail("", subject="", sender=MAIJA, to="unsubscribe@plaza.example.com"))
    assert site.contact()["newsletter"] is False
    [row] = site.cli_json("newsletter", "optouts")
    assert row["email"] == MAIJA and row["opted_out_at"]
    sent = len(site.smtp.messages)
    # An auto-reply sent to the unsubscribe address is never answered.
    site.deliver(
        make_mail(
            "I am out of office.",
            subject="Automatic reply",
            sender="leo.example@example.com",
            to="unsubscribe@plaza.example.com",
            headers={"Auto-Submitted": "auto-replied"},
        )
    )
    assert len(site.smtp.messages) == sent


def test_enquiry_promoted_enters_quarantine(site: Site) -> None:
    site.deliver(sample("contact-form-sv.eml"))
    [enquiry] = site.cli_json("enquiries", "list")
    site.cli("enquiries", "promote", str(enquiry["id"]), "--by", "staff1")
    contact = site.contact("stina.exempel@example.org")
    assert contact["status"] == "quarantined"
    assert any(TOKEN.search(str(m["Subject"])) for m in site.mails_to("stina.exempel@example.org"))


def test_tick_without_now_and_bad_now(site: Site) -> None:
    assert "quarantine" in site.cli("tick")
    assert "not an ISO date-time" in site.cli("tick", "--now", "yesterday", ok=False)


def backdate(site: Site, job: str, when: datetime) -> None:
    """Rewrite a persisted APScheduler job's next run time, as if time had passed."""
    import pickle
    import sqlite3

    con = sqlite3.connect(site.tmp / "mailbot.db")
    (blob,) = con.execute("SELECT job_state FROM apscheduler_jobs WHERE id = ?", (job,)).fetchone()
    state = pickle.loads(blob)
    state["next_run_time"] = when
    con.execute(
        "UPDATE apscheduler_jobs SET job_state = ?, next_run_time = ? WHERE id = ?",
        (pickle.dumps(state, pickle.HIGHEST_PROTOCOL), when.timestamp(), job),
    )
    con.commit()
    con.close()


def test_missed_scheduled_job_runs_once_after_restart(site: Site) -> None:
    """`mailbot run` was down over a scheduled time: the job runs once when it starts."""
    from mailbot.scheduler import make_scheduler

    settings = load_settings(site.cfg)
    first = make_scheduler(settings, site.cfg)
    first.shutdown(wait=True)
    # The service is down while those jobs' times pass: move their stored times back.
    backdate(site, "inactivity", clock.now() - timedelta(days=3))
    backdate(site, "digest", clock.now() - timedelta(days=200))

    second = make_scheduler(settings, site.cfg)
    second.resume()
    try:
        deadline = time.monotonic() + 15
        runs: list[str] = []
        while time.monotonic() < deadline:
            runs = [
                e["fields"].get("job")
                for e in site.cli_json("audit", "list")
                if e["action"] == "job_run"
            ]
            if "inactivity" in runs and "digest" in runs:
                break
            time.sleep(0.2)
        time.sleep(1.5)
        runs = [
            e["fields"].get("job")
            for e in site.cli_json("audit", "list")
            if e["action"] == "job_run"
        ]
        assert runs.count("inactivity") == 1
        assert runs.count("digest") == 1
        assert "quarantine" not in runs  # not due: its time has not come
        assert second.get_job("inactivity").next_run_time > clock.now()
    finally:
        second.shutdown(wait=True)
    third = make_scheduler(settings, site.cfg)  # a plain restart runs nothing again
    third.resume()
    time.sleep(1.0)
    third.shutdown(wait=True)
    runs = [
        e["fields"].get("job") for e in site.cli_json("audit", "list") if e["action"] == "job_run"
    ]
    assert runs.count("inactivity") == 1
    json.dumps(runs)
