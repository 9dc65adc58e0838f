"""Data-subject requests end to end (SPEC §3-§4) on Dovecot + aiosmtpd, through the CLI.

Every cell of SPEC §3's table, and the forgeries that must end with nothing
disclosed and nothing changed.
"""

from __future__ import annotations

import json
import re
import sqlite3
from email.message import EmailMessage
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mailbot.cli import app
from tests.helpers import make_mail
from tests.servers import ImapAccount, SmtpCapture

MAIJA = "maija.esimerkki@example.org"
TRUSTED = "mx.plaza.example.com"
PASS = f"{TRUSTED}; spf=pass smtp.mailfrom=example.org; dkim=pass header.d=example.org; dmarc=pass header.from=example.org"
TOKEN = re.compile(r"\[mailbot:([A-Za-z0-9_-]+)\]")
runner = CliRunner()


@pytest.fixture
def site(tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture) -> Site:
    return Site(tmp_path, imap_account, smtp_server)


class Site:
    """A configured mailbot with one registered contact, driven like an operator would."""

    def __init__(
        self,
        tmp: Path,
        account: ImapAccount,
        smtp: SmtpCapture,
        database_url: str = "sqlite:///mailbot.db",
    ) -> None:
        self.tmp, self.account, self.smtp = tmp, account, smtp
        self.cfg = tmp / "mailbot.toml"
        self.cfg.write_text(
            f"""
[mailbox]
url = "{account.url}"
password = "{account.password}"
[smtp]
url = "smtp://127.0.0.1:{smtp.port}"
from = "info@plaza.example.com"
[database]
url = "{database_url}"
[auth]
trusted_authserv_ids = ["{TRUSTED}"]
[organisation]
name = "Plaza Example Oy"
ceo_email = "ceo@plaza.example.com"
[contact_form]
senders = ["wordpress@plaza.example.com"]
[chat]
senders = ["transcripts@chat.example.net"]
"""
        )
        self.cli(
            "contacts",
            "add",
            "--email",
            MAIJA,
            "--name",
            "Maija Esimerkki",
            "--company",
            "Esimerkkivoima Oy",
            "--phone",
            "+358 40 000 0001",
            "--language",
            "fi",
            "--status",
            "active",
        )

    def cli(self, *args: str, ok: bool = True) -> str:
        result = runner.invoke(app, [*args, "--config", str(self.cfg)])
        if ok:
            assert result.exit_code == 0, result.output
        return result.output

    def cli_json(self, *args: str) -> list[dict]:
        # stdout only: a scheduler thread of the same test process may log to stderr meanwhile.
        result = runner.invoke(app, [*args, "--json", "--config", str(self.cfg)])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]

    def deliver(self, raw: bytes) -> None:
        self.account.append(raw)
        self.cli("poll")

    def mails_to(self, addr: str) -> list[EmailMessage]:
        return [m for m in self.smtp.messages if addr in str(m["To"])]

    def queue(self) -> list[dict]:
        return self.cli_json("queue", "list")

    def contact(self, email: str = MAIJA) -> dict | None:
        result = runner.invoke(
            app, ["contacts", "show", email, "--json", "--config", str(self.cfg)]
        )
        if result.exit_code == 1:
            return None
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    def answer(
        self, confirmation: EmailMessage, body: str, sender: str = MAIJA, auth: bool = False
    ) -> None:
        subject = f"Re: {confirmation['Subject']}"
        headers = {"In-Reply-To": str(confirmation["Message-ID"])}
        if auth:
            headers["Authentication-Results"] = PASS
        self.deliver(
            make_mail(
                f"{body}\n\n> quoted original\n", subject=subject, sender=sender, headers=headers
            )
        )

    def db(self, sql: str) -> list[tuple]:
        con = sqlite3.connect(self.tmp / "mailbot.db")
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()


def attachments(m: EmailMessage) -> list[str]:
    return [p.get_filename() or "" for p in m.iter_attachments()]


def request(body: str, sender: str = MAIJA, auth: bool = False, **headers: str) -> bytes:
    hdrs = dict(headers)
    if auth:
        hdrs["Authentication-Results"] = PASS
    return make_mail(body, subject="Pyyntö", sender=sender, headers=hdrs)


# ------------------------------------------------------------------ registered, authenticated
def test_authenticated_access_gets_the_extract(site: Site) -> None:
    site.deliver(request("Lähettäkää minulle rekisteriote tiedoistani.", auth=True))
    [mail] = site.mails_to(MAIJA)
    names = attachments(mail)
    assert any(n.endswith(".pdf") for n in names) and "extract.json" in names
    data = json.loads(
        next(p for p in mail.iter_attachments() if p.get_filename() == "extract.json").get_content()
    )
    assert data["contact"]["name"] == "Maija Esimerkki"


def test_authenticated_erasure_is_queued_and_acknowledged(site: Site) -> None:
    site.deliver(request("Please delete all my personal data.", auth=True))
    [action] = site.queue()
    assert (action["action"], action["email"], action["status"]) == ("erasure", MAIJA, "pending")
    assert action["due"] == "2026-12-12"  # received 12 Nov + one calendar month
    [ack] = site.mails_to(MAIJA)
    assert "pdf" not in " ".join(attachments(ack))
    assert site.contact() is not None


def test_authenticated_unsubscribe_applies_at_once(site: Site) -> None:
    site.deliver(request("Haluaisin tilata uutiskirjeenne.", auth=True))
    [confirm] = site.mails_to(MAIJA)
    assert TOKEN.search(str(confirm["Subject"]))
    assert site.contact()["newsletter"] is False
    site.answer(confirm, "Kyllä")
    assert site.contact()["newsletter"] is True
    site.deliver(request("unsubscribe", auth=True))
    assert site.contact()["newsletter"] is False


# ------------------------------------------------------------------ registered, not authenticated
def test_unauthenticated_access_needs_the_identity_check(site: Site) -> None:
    site.deliver(request("Lähettäkää minulle rekisteriote."))
    [check] = site.mails_to(MAIJA)
    assert attachments(check) == []
    token = TOKEN.search(str(check["Subject"]))
    assert token is not None
    site.answer(check, "Kyllä, vahvistan")
    extract = site.mails_to(MAIJA)[-1]
    assert any(n.endswith(".pdf") for n in attachments(extract))


def test_unauthenticated_rectification_is_queued_after_the_check(site: Site) -> None:
    site.deliver(request("Uusi puhelinnumeroni on 040 123 4567. Päivittäkää tietoni."))
    assert site.queue() == []
    check = site.mails_to(MAIJA)[-1]
    site.answer(check, "kyllä")
    [action] = site.queue()
    assert action["action"] == "rectification"
    assert action["proposed"]["phone"] == {"old": "+358 40 000 0001", "new": "040 123 4567"}
    site.cli("queue", "approve", str(action["id"]), "--by", "admin")
    assert site.contact()["phone"] == "040 123 4567"
    assert site.queue()[0]["status"] == "applied"
    assert "040 123 4567" in site.mails_to(MAIJA)[-1].get_content()


def test_declined_identity_check_does_nothing(site: Site) -> None:
    site.deliver(request("Poistakaa tietoni."))
    site.answer(site.mails_to(MAIJA)[-1], "Ei")
    assert site.queue() == []
    assert site.contact() is not None


def test_unauthenticated_unsubscribe_applies_and_subscribe_asks(site: Site) -> None:
    site.deliver(request("I would like to subscribe to your newsletter."))
    assert TOKEN.search(str(site.mails_to(MAIJA)[-1]["Subject"]))
    assert site.contact()["newsletter"] is False
    site.answer(site.mails_to(MAIJA)[-1], "yes")
    assert site.contact()["newsletter"] is True
    site.deliver(request("Please unsubscribe me from the newsletter."))
    assert site.contact()["newsletter"] is False


# ------------------------------------------------------------------ not registered
def test_unregistered_access_and_erasure_get_the_same_no_data_words(site: Site) -> None:
    stranger = "leo.example@example.com"
    site.deliver(request("Send me a copy of my personal data.", sender=stranger, auth=True))
    site.deliver(request("Delete all my personal data.", sender=stranger, auth=True))
    first, second = site.mails_to(stranger)
    assert first.get_content() == second.get_content()
    assert attachments(first) == []
    assert site.queue() == []


def test_unregistered_subscribe_creates_an_active_contact_after_consent(site: Site) -> None:
    newcomer = "stina.exempel@example.org"
    site.deliver(
        request("Jag vill gärna prenumerera på nyhetsbrevet.", sender=f"Stina Exempel <{newcomer}>")
    )
    [confirm] = site.mails_to(newcomer)
    assert site.contact(newcomer) is None
    site.answer(confirm, "Ja", sender=newcomer)
    contact = site.contact(newcomer)
    assert contact is not None
    assert (contact["status"], contact["newsletter"]) == ("active", True)


def test_unregistered_unsubscribe_is_told_not_subscribed(site: Site) -> None:
    stranger = "sam@example.net"
    site.deliver(request("unsubscribe", sender=stranger))
    [mail] = site.mails_to(stranger)
    assert site.contact(stranger) is None
    body = mail.get_content().lower()
    assert any(word in body for word in ("newsletter", "uutiskirje", "nyhetsbrev"))


# ------------------------------------------------------------------ forgeries
def _nothing_disclosed_or_changed(site: Site, before: dict | None) -> None:
    for m in site.smtp.messages:
        assert not any(n.endswith(".pdf") for n in attachments(m)), f"extract sent to {m['To']}"
    assert site.queue() == []
    assert site.contact() == before


def test_forged_reply_to_gets_nothing(site: Site) -> None:
    before = site.contact()
    site.deliver(request("Lähettäkää rekisteriote.", **{"Reply-To": "evil@example.net"}))
    assert site.mails_to("evil@example.net") == []
    _nothing_disclosed_or_changed(site, before)


def test_display_name_naming_another_address_counts_for_nothing(site: Site) -> None:
    before = site.contact()
    site.deliver(
        request("Send me my personal data.", sender=f'"{MAIJA}" <evil@example.net>', auth=True)
    )
    assert site.mails_to(MAIJA) == []
    _nothing_disclosed_or_changed(site, before)


def test_authentication_results_from_an_untrusted_server_are_ignored(site: Site) -> None:
    before = site.contact()
    forged = (
        "mx.evil.example.net; dkim=pass header.d=example.org; dmarc=pass header.from=example.org"
    )
    site.deliver(request("Delete my personal data.", **{"Authentication-Results": forged}))
    [check] = site.mails_to(MAIJA)
    assert TOKEN.search(str(check["Subject"]))  # only the identity check, to Maija herself
    _nothing_disclosed_or_changed(site, before)


def test_two_from_addresses_are_unverified(site: Site) -> None:
    before = site.contact()
    raw = request("Send me my personal data.", auth=True).replace(
        f"From: {MAIJA}".encode(), f"From: {MAIJA}, evil@example.net".encode()
    )
    site.deliver(raw)
    assert site.smtp.messages == []
    _nothing_disclosed_or_changed(site, before)
    # Left for a person: flagged where it was filed.
    [uid] = site.account.folder_uids("mailbot/requests")
    assert "\\Flagged" in site.account.flags("mailbot/requests")[uid]


def test_homoglyph_domain_is_not_the_registered_address(site: Site) -> None:
    before = site.contact()
    lookalike = "maija.esimerkki@ex\u0430mple.org"  # Cyrillic a
    forged = f"{TRUSTED}; dmarc=pass header.from=xn--exmple-4nf.org"
    msg = EmailMessage()
    msg["From"] = lookalike
    msg["To"] = "info@plaza.example.com"
    msg["Subject"] = "Rekisteriote"
    msg["Authentication-Results"] = forged
    msg["Message-ID"] = "<homoglyph@test.example.org>"
    msg.set_content("Lähettäkää minulle rekisteriote.")
    site.deliver(msg.as_bytes())
    assert site.mails_to(MAIJA) == []
    _nothing_disclosed_or_changed(site, before)


# ------------------------------------------------------------------ review, erasure, audit
def test_approved_erasure_deletes_suppresses_and_audits(site: Site) -> None:
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    [action] = site.queue()
    site.cli("queue", "approve", str(action["id"]), "--by", "admin")
    assert site.contact() is None
    result = site.mails_to(MAIJA)[-1]
    assert "poistettu" in result.get_content()
    out = site.cli("contacts", "add", "--email", MAIJA, "--name", "Again", ok=False)
    assert "erased" in out
    site.cli("audit", "verify")
    events = site.cli_json("audit", "list")
    assert any(e["action"] == "erase" and e["actor"] == "admin" for e in events)
    assert "Maija" not in json.dumps(events, ensure_ascii=False)
    assert site.db(f"SELECT count(*) FROM enquiry WHERE email = '{MAIJA}'") == [(0,)]


def test_rejection_mail_names_the_reason_and_the_complaint_right(site: Site) -> None:
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    [action] = site.queue()
    site.cli(
        "queue", "reject", str(action["id"]), "--by", "admin", "--reason", "Avoin tilaus kesken"
    )
    mail = site.mails_to(MAIJA)[-1]
    body = mail.get_content()
    assert "Avoin tilaus kesken" in body and "tietosuoja" in body.lower()
    assert site.queue()[0]["status"] == "rejected"
    assert site.contact() is not None


def test_extension_moves_the_due_date_and_tells_why(site: Site) -> None:
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    [action] = site.queue()
    site.cli(
        "queue", "extend", str(action["id"]), "--by", "admin", "--reason", "Selvitämme sopimuksia"
    )
    assert site.queue()[0]["due"] == "2027-02-12"
    assert "Selvitämme sopimuksia" in site.mails_to(MAIJA)[-1].get_content()


def test_tampered_audit_event_is_detected(site: Site) -> None:
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    site.cli("audit", "verify")
    site.db("SELECT 1")
    con = sqlite3.connect(site.tmp / "mailbot.db")
    con.execute("UPDATE audit_event SET actor = 'someone-else' WHERE id = 2")
    con.commit()
    con.close()
    result = runner.invoke(app, ["audit", "verify", "--config", str(site.cfg)])
    assert result.exit_code == 1
    assert "event 2" in result.output


def test_personnel_request_is_forwarded_to_the_ceo(site: Site) -> None:
    site.deliver(
        request("Pyydän otetta henkilöstörekisterin tiedoistani.", sender="entinen@example.net")
    )
    [forward] = site.mails_to("ceo@plaza.example.com")
    assert any(p.get_content_type() == "message/rfc822" for p in forward.walk())
    [told] = site.mails_to("entinen@example.net")
    assert attachments(told) == []


def test_contact_form_asking_erasure_is_verified_against_the_visitor(site: Site) -> None:
    form = (
        "Nimi: Maija Esimerkki\nSähköposti: maija.esimerkki@example.org\nViesti:\n"
        "Poistakaa kaikki tietoni rekisteristänne.\n"
    )
    site.deliver(
        make_mail(
            form, subject="Yhteydenotto", sender="Plaza website <wordpress@plaza.example.com>"
        )
    )
    mails = site.mails_to(MAIJA)
    assert any(
        TOKEN.search(str(m["Subject"])) for m in mails
    )  # identity check, never a direct queue
    assert site.queue() == []


def test_identity_reply_matched_by_in_reply_to_alone(site: Site) -> None:
    site.deliver(request("Lähettäkää minulle rekisteriote."))
    check = site.mails_to(MAIJA)[-1]
    site.deliver(
        make_mail(
            "Kyllä\n\n> Vahvista pyyntösi\n",
            subject="Re: pyyntö",
            sender=MAIJA,
            headers={
                "In-Reply-To": str(check["Message-ID"]),
                "References": str(check["Message-ID"]),
            },
        )
    )
    assert any(n.endswith(".pdf") for n in attachments(site.mails_to(MAIJA)[-1]))


def test_identity_reply_from_another_address_or_too_late_does_nothing(site: Site) -> None:
    from datetime import timedelta

    from mailbot import clock

    site.deliver(request("Poistakaa kaikki tietoni."))
    check = site.mails_to(MAIJA)[-1]
    site.answer(check, "Kyllä", sender="evil@example.net")
    assert site.queue() == []
    with clock.frozen(clock.now() + timedelta(days=8)):
        site.answer(check, "Kyllä")
    assert site.queue() == []
    site.answer(check, "Kyllä")  # the token was spent when it expired
    assert site.queue() == []


def test_applied_erasure_lists_art19_follow_ups(site: Site) -> None:
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    [action] = site.queue()
    site.cli("queue", "approve", str(action["id"]), "--by", "admin")
    assert site.db("SELECT recipient FROM follow_up") == [("chat service vendor (USA)",)]
    assert "chat service vendor" in site.cli("queue", "show", str(action["id"]))
