"""Everything held about an address is the person's (issue 7 item 12), end to end.

The extract lists it all — enquiries, stored mail, sent mail — also for an address
that is not a registered contact; an approved erasure removes all of it: database
rows and the messages in every mailbot folder and INBOX (carried out by the next
poll), keeping only the suppression hash and a redacted audit trail. Copies sent to
others (the CEO forward, the deadline digest) become Art. 19 follow-ups.
"""

from __future__ import annotations

import json
import sqlite3
import time
from email.message import EmailMessage
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from tests.helpers import make_mail
from tests.servers import ImapAccount, SmtpCapture
from tests.test_requests_e2e import MAIJA, TOKEN, Site, attachments, request

VISITOR = "ville.vierailija@example.org"  # the domain PASS authenticates
FORM_SENDER = "Plaza website <wordpress@plaza.example.com>"
CEO = "ceo@plaza.example.com"


def form(name: str, address: str, text: str) -> bytes:
    body = f"Nimi: {name}\nSähköposti: {address}\nViesti:\n{text}\n"
    return make_mail(body, subject="Yhteydenotto verkkosivuilta", sender=FORM_SENDER)


def extract_of(mail: EmailMessage) -> dict[str, Any]:
    part = next(p for p in mail.iter_attachments() if p.get_filename() == "extract.json")
    return json.loads(part.get_content())


def rows_naming(db: Path, *needles: str) -> list[tuple[str, str]]:
    """(table, row) of every database row that holds one of the words, case-folded."""
    con = sqlite3.connect(db)
    found: list[tuple[str, str]] = []
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in con.execute(f'SELECT * FROM "{table}"'):
                text = " ".join(
                    v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in row
                ).casefold()
                if any(n.casefold() in text for n in needles):
                    found.append((table, text[:200]))
    finally:
        con.close()
    return found


# ------------------------------------------------------------------ IMAP (Dovecot + SMTP sink)
@pytest.fixture
def site(tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpCapture) -> Site:
    s = Site(tmp_path, imap_account, smtp_server)
    # The deadline digest names every pending request due within 60 days.
    s.cfg.write_text(s.cfg.read_text() + "[lifecycle]\ndigest_days = 60\n")
    return s


def server_messages(account: ImapAccount) -> dict[str, list[bytes]]:
    """Every message in every selectable folder (a parent like `mailbot` holds none)."""
    with account.client() as c:
        folders = [
            name
            for flags, _sep, name in c.list_folders()
            if not {b"\\Noselect", b"\\NonExistent"} & {f for f in flags}
        ]
    return {folder: account.folder_messages(folder) for folder in folders}


def naming(messages: dict[str, list[bytes]], needle: str) -> dict[str, int]:
    out = {
        f: sum(needle.casefold() in m.decode("latin-1").casefold() for m in ms)
        for f, ms in messages.items()
    }
    return {f: n for f, n in out.items() if n}


def test_form_visitor_asking_access_gets_an_extract_of_the_enquiry_and_mail(site: Site) -> None:
    site.deliver(form("Ville Vierailija", VISITOR, "Onko teillä jälleenmyyjää Virossa?"))
    site.deliver(request("Mitä tietoja minusta on tallennettu?", sender=VISITOR, auth=True))
    mail = site.mails_to(VISITOR)[-1]
    assert "extract.json" in attachments(mail), "told 'no data' although an enquiry is held"
    data = extract_of(mail)
    assert data["contact"] is None and data["subject"] == VISITOR
    [enquiry] = data["enquiries"]
    assert enquiry["name"] == "Ville Vierailija"
    assert "Virossa" in enquiry["message"]
    subjects = [m["subject"] for m in data["stored_mail"]]
    assert "Yhteydenotto verkkosivuilta" in subjects  # the form mail about the address
    assert "Pyyntö" in subjects  # and the request itself
    assert all(m["received_at"] for m in data["stored_mail"])
    assert [m["status"] for m in data["sent_mail"]] == ["sent"]  # the acknowledgement


def test_unauthenticated_visitor_proves_the_address_before_the_extract(site: Site) -> None:
    site.deliver(form("Ville Vierailija", VISITOR, "Soittakaa minulle."))
    site.deliver(request("Lähettäkää rekisteriote tiedoistani.", sender=VISITOR))
    check = site.mails_to(VISITOR)[-1]
    assert TOKEN.search(str(check["Subject"])), "the identity check goes to the address itself"
    assert attachments(check) == []
    site.answer(check, "Kyllä", sender="evil@example.net")  # someone else: nothing
    assert not any("extract.json" in attachments(m) for m in site.smtp.messages)
    site.answer(check, "Kyllä", sender=VISITOR)
    mail = site.mails_to(VISITOR)[-1]
    assert extract_of(mail)["enquiries"][0]["message"].startswith("Soittakaa")


def test_extract_lists_requests_with_their_outcome_and_the_mail_sent(site: Site) -> None:
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    [action] = site.queue()
    reason = "Avoin tilaus kesken"
    site.cli("queue", "reject", str(action["id"]), "--by", "admin", "--reason", reason)
    site.deliver(request("Lähettäkää rekisteriote.", auth=True))
    data = extract_of(site.mails_to(MAIJA)[-1])
    [req] = data["requests"]
    assert (req["action"], req["status"], req["reason"]) == ("erasure", "rejected", reason)
    assert {m["kind"] for m in data["stored_mail"]} == {"data_request"}
    assert len(data["sent_mail"]) == 2  # the acknowledgement and the rejection


def test_approved_erasure_removes_rows_and_server_mail(site: Site) -> None:
    account = site.account
    # Maija's data: a form naming her, her own mail, a personnel request (forwarded
    # to the CEO with the original attached), and the erasure request itself.
    site.deliver(form("Maija Esimerkki", MAIJA, "Pyydän tarjousta."))
    own = make_mail("Terveisiä messuilta!", subject="Messut", sender=f"Maija Esimerkki <{MAIJA}>")
    site.deliver(own)
    site.deliver(request("Pyydän otetta henkilöstörekisterin tiedoistani.", auth=True))
    # Someone else's mail with her Message-ID and her mail's exact size: never touched.
    own_id = next(ln for ln in own.split(b"\r\n") if ln.lower().startswith(b"message-id:"))
    forged = b""
    for pad in range(200):
        forged = make_mail(
            "Hei!" + "x" * pad,
            subject="Messut",
            sender="Sam Example <sam@example.net>",
            message_id=own_id.split(b":", 1)[1].strip().decode(),
        )
        if len(forged) >= len(own):
            break
    assert len(forged) == len(own)
    site.deliver(forged)
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    [action] = [a for a in site.queue() if a["action"] == "erasure"]
    site.cli("tick")  # the deadline digest to the CEO names the pending erasure
    assert any(MAIJA in m.get_content() for m in site.mails_to(CEO) if not m.is_multipart())
    assert naming(server_messages(account), "maija")  # her mail is on the server

    site.cli("queue", "approve", str(action["id"]), "--by", "admin")
    assert site.mails_to(MAIJA)[-1]["Subject"]  # the result mail still reached her
    site.cli("poll")  # the next cycle deletes the messages on the server

    messages = server_messages(account)
    assert naming(messages, "maija") == {}, "mail from or about the address is left"
    assert naming(messages, "sam@example.net"), "another person's mail was deleted"
    db = site.tmp / "mailbot.db"
    assert rows_naming(db, "maija", "esimerkki@") == []
    assert site.db("SELECT count(*) FROM suppression") == [(1,)]
    assert site.db("SELECT count(*) FROM server_deletion") == [(0,)]
    assert site.db("SELECT count(*) FROM enquiry") == [(0,)]
    site.cli("audit", "verify")
    events = site.cli_json("audit", "list")
    assert any(e["action"] == "erase" and e["actor"] == "admin" for e in events)
    assert any(e["action"] == "erase_mail" for e in events)
    follow_ups = site.db("SELECT recipient, note FROM follow_up ORDER BY id")
    notes = {note for recipient, note in follow_ups if recipient == CEO}
    assert any(n.startswith("personnel_forward") for n in notes)
    assert any(n.startswith("deadline_digest") for n in notes)
    shown = site.cli("queue", "show", str(action["id"]))
    assert CEO in shown and "personnel_forward" in shown
    # The address stays erased: a new request from it is not answered.
    before = len(site.smtp.messages)
    site.deliver(request("Lähettäkää rekisteriote.", auth=True))
    assert len(site.smtp.messages) == before


def test_unregistered_visitor_erasure_is_queued_and_clears_the_server(site: Site) -> None:
    site.deliver(form("Ville Vierailija", VISITOR, "Pyydän tarjousta."))
    site.deliver(request("Poistakaa tietoni.", sender=VISITOR, auth=True))
    [action] = site.queue()
    assert (action["action"], action["email"]) == ("erasure", VISITOR)
    site.cli("queue", "approve", str(action["id"]), "--by", "admin")
    site.cli("poll")
    assert naming(server_messages(site.account), "vierailija") == {}
    assert rows_naming(site.tmp / "mailbot.db", "vierailija") == []
    site.cli("audit", "verify")


# ------------------------------------------------------------------ Maildir
class MaildirSite(Site):
    """The same operator's view over a local Maildir (the embedded default)."""

    def __init__(self, tmp: Path, smtp: SmtpCapture, extra: str = "") -> None:
        self.root = tmp / "Maildir"
        for sub in ("new", "cur", "tmp"):
            (self.root / sub).mkdir(parents=True)
        fake = SimpleNamespace(url=f"maildir:{self.root}", password="unused")
        super().__init__(tmp, fake, smtp)  # type: ignore[arg-type]
        self.cfg.write_text(self.cfg.read_text() + extra)
        self._n = 0

    def deliver(self, raw: bytes) -> None:
        self._n += 1
        (self.root / "new" / f"{time.time_ns()}.{self._n}.test.host").write_bytes(raw)
        self.cli("poll")

    def files(self) -> dict[str, list[bytes]]:
        out: dict[str, list[bytes]] = {}
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and path.parent.name in ("new", "cur"):
                out.setdefault(str(path.parent.parent.relative_to(self.root)), []).append(
                    path.read_bytes()
                )
        return out


@pytest.fixture
def maildir_site(tmp_path: Path, smtp_server: SmtpCapture) -> MaildirSite:
    return MaildirSite(tmp_path, smtp_server)


def test_maildir_erasure_unlinks_every_copy_and_retries_a_failing_folder(
    maildir_site: MaildirSite,
) -> None:
    site = maildir_site
    site.deliver(form("Maija Esimerkki", MAIJA, "Pyydän tarjousta."))
    site.deliver(make_mail("Kiitos!", subject="Kiitos", sender=MAIJA))
    site.deliver(make_mail("Hello", subject="Other", sender="sam@example.net"))
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    assert naming(site.files(), "maija")
    [action] = site.queue()
    # A folder that cannot be read: the deletion waits and is tried again.
    broken = site.root / ".mailbot.chat"
    broken.write_text("not a folder")
    site.cli("queue", "approve", str(action["id"]), "--by", "admin")
    site.cli("poll")
    [(attempts, error)] = site.db("SELECT attempts, last_error FROM server_deletion LIMIT 1")
    assert attempts == 1 and "mailbot/chat" in error
    broken.unlink()
    site.cli("poll")
    assert site.db("SELECT count(*) FROM server_deletion") == [(0,)]
    files = site.files()
    assert naming(files, "maija") == {}
    assert naming(files, "sam@example.net")
    assert rows_naming(site.tmp / "mailbot.db", "maija") == []
    site.cli("audit", "verify")


@pytest.mark.parametrize("plus_tags_match", [True, False])
def test_erasure_matches_addresses_as_identity_does(
    tmp_path: Path, smtp_server: SmtpCapture, plus_tags_match: bool
) -> None:
    """Case, and +tags only when register.plus_tags_match says they are the same mailbox."""
    extra = f"[register]\nplus_tags_match = {'true' if plus_tags_match else 'false'}\n"
    site = MaildirSite(tmp_path, smtp_server, extra)
    site.deliver(form("Maija Esimerkki", "Maija.Esimerkki+Web@EXAMPLE.org", "Tarjous, kiitos."))
    site.deliver(make_mail("Moi", subject="Moi", sender="MAIJA.Esimerkki@example.org"))
    site.deliver(request("Poistakaa kaikki tietoni.", auth=True))
    [action] = site.queue()
    site.cli("queue", "approve", str(action["id"]), "--by", "admin")
    site.cli("poll")
    files = site.files()
    db = site.tmp / "mailbot.db"
    # Case never makes another address: her mail as MAIJA.Esimerkki@ is gone everywhere.
    assert rows_naming(db, "maija.esimerkki@") == []
    assert naming(files, "maija.esimerkki@") == {}
    if plus_tags_match:
        assert naming(files, "maija") == {}
        assert rows_naming(db, "maija") == []
    else:  # maija.esimerkki+web@ is another mailbox: its form and enquiry stay
        assert naming(files, "esimerkki+web@") == {".mailbot.contact-form": 1}
        assert {t for t, _ in rows_naming(db, "esimerkki+web@")} >= {"enquiry"}
