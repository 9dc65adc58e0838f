"""Who can make mailbot send what to whom (issue 7, items 5-7), end to end on Dovecot + aiosmtpd.

A forged form must not switch off someone else's newsletter nor carry the forger's
words to them, an unverified unsubscribe must be undoable in one reply, and no flood
of incoming mail may become a flood of outgoing mail to one mailbox or domain.
"""

from __future__ import annotations

from email.message import EmailMessage

from hypothesis import given
from hypothesis import strategies as st

from mailbot.service import recipient_keys
from tests.helpers import make_mail
from tests.test_requests_e2e import MAIJA, PASS, TOKEN, TRUSTED, Site, request, site

__all__ = ["site"]  # the fixture, used by name

CEO = "ceo@plaza.example.com"
FORM_SENDER = "Plaza website <wordpress@plaza.example.com>"
SITE_PASS = (
    f"{TRUSTED}; spf=pass smtp.mailfrom=plaza.example.com; "
    "dkim=pass header.d=plaza.example.com; dmarc=pass header.from=plaza.example.com"
)
LINK = "https://win.example.net/claim"


def subscribed(site: Site) -> None:
    """Maija on the newsletter by double opt-in; the sink emptied afterwards."""
    limits(site, replies_per_address_per_day=50)  # these tests mail Maija often
    site.deliver(request("I would like to subscribe to your newsletter.", auth=True))
    site.answer(site.mails_to(MAIJA)[-1], "yes")
    assert site.contact()["newsletter"] is True
    site.smtp.clear()


def form(email: str, message: str, name: str = "Maija Esimerkki") -> str:
    return f"Name: {name}\nEmail: {email}\nMessage:\n{message}\n"


def text(m: EmailMessage) -> str:
    return f"{m['Subject']}\n{m.get_content()}"


def audit_updates(site: Site) -> list[dict]:
    return [
        e["fields"]
        for e in site.cli_json("audit", "list")
        if e["action"] == "update" and "newsletter" in e["fields"].get("fields", [])
    ]


def limits(site: Site, **values: int) -> None:
    with site.cfg.open("a") as f:
        f.write("[limits]\n" + "".join(f"{k} = {v}\n" for k, v in values.items()))


# ------------------------------------------------------------------ item 5: unsubscribe
def test_forged_form_naming_someone_else_does_not_unsubscribe_them(site: Site) -> None:
    subscribed(site)
    for sender in ("Eve <eve@evil.example.net>", FORM_SENDER):
        site.deliver(
            make_mail(
                form(MAIJA, "Please unsubscribe me from the newsletter."),
                subject="Contact",
                sender=sender,
            )
        )
        assert site.contact()["newsletter"] is True
    # The named address is asked instead, and its own yes is what withdraws.
    asks = [m for m in site.mails_to(MAIJA) if TOKEN.search(str(m["Subject"]))]
    assert asks, [str(m["Subject"]) for m in site.mails_to(MAIJA)]
    site.answer(asks[-1], "yes")
    assert site.contact()["newsletter"] is False
    assert audit_updates(site)[-1]["verification"] == "confirmed"


def test_unverified_unsubscribe_applies_is_audited_and_undone_by_one_reply(site: Site) -> None:
    subscribed(site)
    site.deliver(request("Please unsubscribe me from the newsletter."))
    assert site.contact()["newsletter"] is False
    assert audit_updates(site)[-1]["verification"] == "unverified"
    [notice] = site.mails_to(MAIJA)
    assert TOKEN.search(str(notice["Subject"])), notice["Subject"]
    assert "YES" in notice.get_content()
    site.answer(notice, "Yes, keep sending it")
    assert site.contact()["newsletter"] is True
    assert audit_updates(site)[-1].get("undo") == "unsubscribe"
    # Single use: answering the same notice again changes nothing more.
    site.deliver(request("Please unsubscribe me from the newsletter.", auth=True))
    assert site.contact()["newsletter"] is False
    assert audit_updates(site)[-1]["verification"] == "authenticated"
    authenticated_notice = site.mails_to(MAIJA)[-1]
    assert not TOKEN.search(str(authenticated_notice["Subject"]))
    site.answer(notice, "yes")
    assert site.contact()["newsletter"] is False


def test_undo_from_another_address_does_nothing(site: Site) -> None:
    subscribed(site)
    site.deliver(request("Please unsubscribe me from the newsletter."))
    [notice] = site.mails_to(MAIJA)
    assert TOKEN.search(str(notice["Subject"]))
    site.answer(notice, "yes", sender="eve@evil.example.net")
    assert site.contact()["newsletter"] is False
    site.answer(notice, "yes", sender=f"Eve <{MAIJA.upper()}>", auth=False)
    assert site.contact()["newsletter"] is True  # the address itself may, by one reply


# ------------------------------------------------------------------ item 6: form acknowledgement
def test_unauthenticated_form_ack_echoes_no_text_or_link(site: Site) -> None:
    third = "third.party@example.net"
    words = f"Congratulations, you won! Claim it at {LINK} today"
    site.deliver(
        make_mail(
            form(third, words, name=f"Prize desk {LINK}"), subject="Contact", sender=FORM_SENDER
        )
    )
    [ack] = site.mails_to(third)
    body = text(ack)
    assert "win.example.net" not in body and "Congratulations" not in body
    assert "Prize desk" not in body
    assert not any(p.get_filename() for p in ack.iter_attachments())


def test_form_ack_echoes_only_the_sites_authenticated_form(site: Site) -> None:
    third = "someone@example.net"
    site.deliver(
        make_mail(
            form(third, f"See {LINK}"),
            subject="Contact",
            sender=FORM_SENDER,
            headers={"Authentication-Results": PASS},  # passes example.org, not the site
        )
    )
    [ack] = site.mails_to(third)
    assert "win.example.net" not in text(ack)
    visitor = "visitor@example.net"
    site.deliver(
        make_mail(
            form(visitor, "Could you send me an offer for the spring campaign?"),
            subject="Contact",
            sender=FORM_SENDER,
            headers={"Authentication-Results": SITE_PASS},
        )
    )
    [ack] = site.mails_to(visitor)
    assert "spring campaign" in ack.get_content()


# ------------------------------------------------------------------ item 7: floods
def test_personnel_flood_gives_the_ceo_the_cap_and_one_digest(site: Site) -> None:
    n = 500
    site.account.append_many(
        request(
            f"Pyydän otetta henkilöstörekisterin tiedoistani. Hakemus {i}.",
            sender=f"entinen{i}@staff{i % 7}.example.net",
        )
        for i in range(n)
    )
    site.cli("poll")
    to_ceo = site.mails_to(CEO)
    forwards = [m for m in to_ceo if "original.eml" in {p.get_filename() for p in m.walk()}]
    assert len(forwards) == 20  # limits.staff_mails_per_day's default
    assert len(to_ceo) == 21
    digest = next(m for m in to_ceo if m not in forwards)
    assert "mailbot/requests" in digest.get_content()
    # Every original is kept for the CEO to read.
    assert len(site.account.folder_uids("mailbot/requests")) == n
    # A second poll later the same day adds no second digest.
    site.deliver(request("Pyydän otetta henkilöstörekisteristä.", sender="viela@example.net"))
    assert len(site.mails_to(CEO)) == 21


def test_plus_tag_flood_is_capped_per_mailbox(site: Site) -> None:
    site.account.append_many(
        request("Send me a copy of my personal data.", sender=f"Victim+{i}@Example.com")
        for i in range(100)
    )
    site.cli("poll")
    into_victim = [m for m in site.smtp.messages if "example.com" in str(m["To"]).lower()]
    assert 0 < len(into_victim) <= 5  # limits.replies_per_address_per_day's default


def test_domain_cap_holds_across_mailboxes_and_forms(site: Site) -> None:
    limits(site, replies_per_domain_per_day=10)
    mails = [
        request("Send me a copy of my personal data.", sender=f"user{i}@flood.example.org")
        for i in range(15)
    ] + [
        make_mail(
            form(f"other{i}@flood.example.org", "Hello"), subject="Contact", sender=FORM_SENDER
        )
        for i in range(15)
    ]
    site.account.append_many(mails)
    site.cli("poll")
    to_domain = [m for m in site.smtp.messages if "@flood.example.org" in str(m["To"])]
    assert len(to_domain) == 10
    # Other domains are unaffected.
    site.deliver(request("Send me a copy of my personal data.", sender="leo@example.com"))
    assert len(site.mails_to("leo@example.com")) == 1


def test_recipient_keys_fold_case_and_plus_tags() -> None:
    assert recipient_keys("Victim+7@Example.COM") == ("victim@example.com", "example.com")
    assert recipient_keys(" victim@example.com. ")[0] == "victim@example.com"
    assert recipient_keys("+only@example.com")[0] == "+only@example.com"


@given(st.text(max_size=40), st.text(max_size=10), st.text(max_size=20))
def test_recipient_keys_never_raise_and_ignore_the_tag(local: str, tag: str, domain: str) -> None:
    mailbox, dom = recipient_keys(f"{local}@{domain}")
    assert mailbox.endswith("@" + dom)
    if local.strip() == local != "" and "+" not in local and "@" not in local + tag + domain:
        assert recipient_keys(f"{local}+{tag}@{domain}")[0] == mailbox
