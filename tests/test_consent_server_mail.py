"""Who refuses consent, or never answers, is deleted with their mail on the server too.

REGISTER.md §8: those who refuse are deleted when they choose so; those who do not
answer within 14 days are deleted. Their messages in the mailbox (a form they sent,
their own mail, the refusal itself) are part of what is deleted, as with an approved
erasure: the next poll removes them. Another person's mail stays.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.helpers import make_mail
from tests.servers import ImapAccount, SmtpCapture
from tests.test_erasure_everything import naming, server_messages
from tests.test_lifecycle import NEW, add_quarantined, tick
from tests.test_requests_e2e import Site

OTHER = "sam.muukalainen@example.net"


@pytest.fixture
def site(tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture) -> Site:
    return Site(tmp_path, imap_account, smtp_server)


def _their_mail_and_another(site: Site) -> None:
    site.deliver(make_mail("Hei, kysyisin hinnastosta.", subject="Hinnasto", sender=NEW))
    site.deliver(make_mail("Hej, en fråga om priser.", subject="Priser", sender=OTHER))
    assert naming(server_messages(site.account), "ville.esimerkki")
    assert naming(server_messages(site.account), "sam.muukalainen")


def test_refused_consent_deletes_their_mail_on_the_server(site: Site) -> None:
    _their_mail_and_another(site)
    add_quarantined(site)
    site.answer(site.mails_to(NEW)[-1], "Ei kiitos", sender=NEW)
    assert site.contact(NEW) is None
    site.cli("poll")  # the next cycle carries out the deletion on the server
    messages = server_messages(site.account)
    assert naming(messages, "ville.esimerkki") == {}, "their mail is left on the server"
    assert naming(messages, "sam.muukalainen"), "another person's mail was deleted"
    assert site.db("SELECT count(*) FROM server_deletion") == [(0,)]
    site.cli("audit", "verify")


def test_unanswered_consent_deletes_their_mail_on_the_server(site: Site) -> None:
    _their_mail_and_another(site)
    start = add_quarantined(site)
    tick(site, start + timedelta(days=14, hours=1))
    assert site.contact(NEW) is None
    site.cli("poll")
    messages = server_messages(site.account)
    assert naming(messages, "ville.esimerkki") == {}, "their mail is left on the server"
    assert naming(messages, "sam.muukalainen"), "another person's mail was deleted"
    actions = [e["action"] for e in site.cli_json("audit", "list")]
    assert "quarantine_expired" in actions and "erase_mail" in actions
