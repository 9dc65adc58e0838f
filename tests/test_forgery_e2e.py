"""Issue 7 items 1-4: forged identity evidence, end to end on Dovecot + aiosmtpd via the CLI.

Each forgery is delivered as raw bytes (so no library tidies the headers first) with the
Authentication-Results headers on top, where the border MTA prepends its own. None of them may
produce an extract to anyone, an authenticated queue item, or a newsletter change. The first
test is the control: the same builder with honest evidence does authenticate, so the others
fail for the reason they name and not because the mail is unreadable.
"""

from __future__ import annotations

import sqlite3
from email.message import EmailMessage
from itertools import count
from pathlib import Path

import pytest

from tests.servers import ImapAccount, SmtpCapture
from tests.test_requests_e2e import MAIJA, TOKEN, TRUSTED, Site, attachments

ATTACKER = "attacker@evil.example.net"
FORGED_PASS = f"{TRUSTED}; dkim=pass header.d=example.org; dmarc=pass header.from=example.org"
_ids = count(1)

ACCESS = "Please send me a copy of my personal data."
CHANGE = f"Please change my e-mail address to {ATTACKER}."
UNSUBSCRIBE = "Please unsubscribe me from the newsletter."
# One mail asking several things (handled in the order written): fewer polls, same coverage.
# A mail whose From really is Maija's may unsubscribe her at once even unauthenticated (README,
# Art. 7(3)), so the forged-evidence tests with her true From ask only what needs evidence.
NEEDS_EVIDENCE = f"{ACCESS}\n\n{CHANGE}"
ALL = f"{ACCESS}\n\n{UNSUBSCRIBE}\n\n{CHANGE}"


@pytest.fixture
def site(tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture) -> Site:
    s = Site(tmp_path, imap_account, smtp_server)
    _set_newsletter(s, MAIJA)
    return s


def _set_newsletter(site: Site, email: str) -> None:
    con = sqlite3.connect(site.tmp / "mailbot.db")
    try:
        con.execute("UPDATE contact SET newsletter = 1 WHERE email = ?", (email,))
        con.commit()
    finally:
        con.close()


def raw_mail(from_: str, body: str, auth: list[str]) -> bytes:
    """A plain-text mail as bytes; ``auth`` headers first, topmost first."""
    lines = [f"Authentication-Results: {a}" for a in auth] + [
        f"From: {from_}",
        "To: info@plaza.example.com",
        "Subject: Data request",
        "Date: Thu, 12 Nov 2026 09:30:00 +0200",
        f"Message-ID: <forgery-{next(_ids)}@test.example.org>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        body,
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


def nothing_gained(
    site: Site,
    before: dict | None,
    victim: str = MAIJA,
    filed_in: tuple[str, ...] = ("mailbot/requests",),
) -> None:
    """No extract to anyone, nothing queued (so nothing authenticated), the contact unchanged.

    The mail must have been read as a data request, or the test would pass for nothing.
    """
    [(folder,)] = site.db("SELECT target_folder FROM inbound_message")
    assert folder in filed_in
    for m in site.smtp.messages:
        assert not any(n.endswith(".pdf") or n.endswith(".json") for n in attachments(m)), (
            f"extract sent to {m['To']}"
        )
    assert site.mails_to(ATTACKER) == []
    assert [q for q in site.queue() if q["verification"] == "authenticated"] == []
    assert site.queue() == []
    assert site.contact(victim) == before


def only_identity_checks(mails: list[EmailMessage]) -> None:
    for m in mails:
        assert TOKEN.search(str(m["Subject"])), m["Subject"]
        assert attachments(m) == []


def test_control_the_builder_authenticates_honest_mail(site: Site) -> None:
    site.deliver(raw_mail(MAIJA, CHANGE, [FORGED_PASS]))
    [action] = site.queue()
    assert (action["action"], action["verification"]) == ("rectification", "authenticated")
    assert action["proposed"]["email"]["new"] == ATTACKER


# ------------------------------------------------------------------ item 1: oversized header
def test_oversized_trusted_header_hides_no_forged_pass_below(site: Site) -> None:
    """Our MTA's header, inflated by a 40 kB HELO, decides; the forged pass under it does not."""
    ours = (
        f"{TRUSTED}; spf=softfail smtp.mailfrom=evil.example.net smtp.helo={'h' * 40_000};"
        " dkim=none; dmarc=fail header.from=example.org"
    )
    before = site.contact()
    site.deliver(raw_mail(MAIJA, NEEDS_EVIDENCE, [ours, FORGED_PASS]))
    nothing_gained(site, before)
    only_identity_checks(site.mails_to(MAIJA))  # Maija herself is asked; nobody else


def test_unparseable_trusted_header_hides_no_forged_pass_below(site: Site) -> None:
    ours = f"{TRUSTED}; dkim=none (unclosed comment; dmarc=fail header.from=example.org"
    before = site.contact()
    site.deliver(raw_mail(MAIJA, CHANGE, [ours, FORGED_PASS]))
    nothing_gained(site, before)
    only_identity_checks(site.mails_to(MAIJA))


# ------------------------------------------------------------------ item 2: address as display name
@pytest.mark.parametrize(
    ("from_", "auth"),
    [
        (f"{MAIJA} <{ATTACKER}>", f"{TRUSTED}; dmarc=pass"),
        (f"{MAIJA} <{ATTACKER}>", FORGED_PASS),
        (f"{MAIJA}<{ATTACKER}>", FORGED_PASS),
        (f"{MAIJA} {ATTACKER}", FORGED_PASS),
    ],
)
def test_address_as_unquoted_display_name_is_unverified(site: Site, from_: str, auth: str) -> None:
    before = site.contact()
    site.deliver(raw_mail(from_, ALL, [auth]))
    nothing_gained(site, before)
    assert site.smtp.messages == []  # unverified: nothing is answered, a person looks at it
    [(note,)] = site.db("SELECT error FROM inbound_message")
    assert "unverified (defective From header" in note


def test_dmarc_pass_without_header_from_is_no_pass(site: Site) -> None:
    before = site.contact()
    site.deliver(raw_mail(MAIJA, ACCESS, [f"{TRUSTED}; spf=pass smtp.mailfrom=x; dmarc=pass"]))
    nothing_gained(site, before)
    [check] = site.mails_to(MAIJA)
    only_identity_checks([check])


def test_dmarc_pass_for_another_domain_is_no_pass(site: Site) -> None:
    before = site.contact()
    auth = f"{TRUSTED}; dmarc=pass header.from=evil.example.net"
    site.deliver(raw_mail(MAIJA, CHANGE, [auth]))
    nothing_gained(site, before)
    only_identity_checks(site.mails_to(MAIJA))


# ------------------------------------------------------------------ item 3: text copied into ours
@pytest.mark.parametrize(
    "helo",
    [
        "x;dmarc=pass header.from=example.org",
        "x; dkim=pass header.d=example.org; dmarc=pass header.from=example.org",
        "x dmarc=pass header.from=example.org",
    ],
)
def test_helo_copied_into_the_trusted_header_creates_no_pass(site: Site, helo: str) -> None:
    ours = (
        f"{TRUSTED}; spf=pass smtp.mailfrom=example.org smtp.helo={helo};"
        " dkim=none; dmarc=fail header.from=example.org"
    )
    before = site.contact()
    site.deliver(raw_mail(MAIJA, NEEDS_EVIDENCE, [ours]))
    nothing_gained(site, before)
    only_identity_checks(site.mails_to(MAIJA))


# ------------------------------------------------------------------ item 4: encoded-words, folding
STINA = "stina@example.org"
KARI = "kari@example.org"


@pytest.mark.parametrize(
    ("victim", "forged_from"),
    [
        (STINA, "=?utf-8?q?=EF=AC=86ina?=@example.org"),  # ﬆ, would casefold to "st"
        (STINA, "Stina <=?utf-8?q?=EF=AC=86ina?=@example.org>"),
        (STINA, "=?utf-8?q?=EF=AC=86ina?= @example.org"),
        (STINA, "=?utf-8?q?stina?=@example.org"),  # even one that decodes to the very address
        (STINA, "\ufb06ina@example.org"),  # raw UTF-8 (SMTPUTF8) ligature
        (STINA, "\u017ftina@example.org"),  # ſ, long s
        (KARI, "\u212aari@example.org"),  # Kelvin sign
    ],
)
def test_encoded_or_compatibility_local_part_is_nobody_registered(
    site: Site, victim: str, forged_from: str
) -> None:
    site.cli("contacts", "add", "--email", victim, "--name", "Victim Example", "--status", "active")
    _set_newsletter(site, victim)
    before = site.contact(victim)
    assert before is not None and before["newsletter"] is True
    auth = f"{TRUSTED}; dkim=pass header.d=example.org; dmarc=pass header.from=example.org"
    site.deliver(raw_mail(forged_from, f"{ACCESS}\n\n{UNSUBSCRIBE}", [auth]))
    # Raw UTF-8 local parts are filed as unprocessable until SMTPUTF8 replies exist (issue 7
    # item 11, another change); either way they must not reach the victim's record.
    raw_utf8 = not forged_from.isascii()
    filed = ("mailbot/requests", "mailbot/unprocessable") if raw_utf8 else ("mailbot/requests",)
    nothing_gained(site, before, victim, filed)
    assert site.mails_to(victim) == []
