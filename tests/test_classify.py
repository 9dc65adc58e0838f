from __future__ import annotations

import pytest

from mailbot.classify import Rules, classify
from mailbot.classify.forms import output_fields
from mailbot.parsing import parse
from tests.helpers import make_mail, sample

RULES = Rules.of(["wordpress@plaza.example.com"], ["transcripts@chat.example.net"])


def kind_of(raw: bytes, rules: Rules = RULES) -> tuple[str, list[str], str | None]:
    c = classify(parse(raw), rules)
    return c.kind, c.requests, c.decision


@pytest.mark.parametrize(
    ("name", "kind", "requests"),
    [
        ("auto-reply.eml", "automatic", []),
        ("chat-offline-fi.eml", "chat_transcript", []),
        ("chat-transcript-en.eml", "chat_transcript", []),
        ("contact-form-en.eml", "contact_form", []),
        ("contact-form-fi.eml", "contact_form", []),
        ("contact-form-sv.eml", "contact_form", []),
        ("other.eml", "other", []),
        ("request-access-fi.eml", "data_request", ["access"]),
        ("request-erasure-en.eml", "data_request", ["erasure"]),
    ],
)
@pytest.mark.parametrize("rules", [RULES, Rules()], ids=["configured", "structure-only"])
def test_samples(name: str, kind: str, requests: list[str], rules: Rules) -> None:
    assert kind_of(sample(name), rules)[:2] == (kind, requests)


def test_form_fields() -> None:
    c = classify(parse(sample("contact-form-fi.eml")), RULES)
    assert output_fields(c.fields) == {
        "email": "maija.esimerkki@example.org",
        "name": "Maija Esimerkki",
        "company": "Esimerkkivoima Oy",
        "phone": "+358 40 000 0001",
        "message": "Hei, pyytäisin tarjousta keskijännitekojeistosta.\nTerveisin Maija",
    }


def test_chat_lines_and_fields() -> None:
    c = classify(parse(sample("chat-transcript-en.eml")), RULES)
    assert c.fields["page"] == "https://www.plaza.example.com/en/products"
    assert [(x.time, x.speaker) for x in c.chat_lines] == [
        ("09:12", "Leo Example"),
        ("09:13", "Agent Thomas"),
        ("09:15", "Leo Example"),
    ]
    assert c.chat_form == "transcript"
    assert classify(parse(sample("chat-offline-fi.eml")), RULES).chat_form == "offline"


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Rekisteriote", "Hei,\nlähettäkää minulle rekisteriote.", ["access"]),
        ("Registerutdrag", "Hej, jag vill ha ett registerutdrag.", ["access"]),
        ("Question", "What personal data do you hold about me?", ["access"]),
        ("Tietojen päivitys", "Uusi puhelinnumeroni on 040 123 4567.", ["rectification"]),
        ("Ny titel", "Min nya titel är inköpschef.", ["rectification"]),
        ("Change", "Please update my phone number to +358 40 111 2222.", ["rectification"]),
        ("Poisto", "Poistakaa tietoni rekisteristänne.", ["erasure"]),
        ("Radera", "Radera mina uppgifter, tack.", ["erasure"]),
        ("GDPR", "I want to exercise my right to be forgotten.", ["erasure"]),
        ("Uutiskirje", "En halua enää uutiskirjettä.", ["unsubscribe"]),
        ("unsubscribe", "", ["unsubscribe"]),
        ("Nyhetsbrev", "Avsluta min prenumeration på nyhetsbrevet.", ["unsubscribe"]),
        ("Newsletter", "Please cancel my newsletter subscription.", ["unsubscribe"]),
        ("Uutiskirje", "Haluaisin tilata uutiskirjeenne.", ["subscribe"]),
        ("Newsletter", "I would like to subscribe to your newsletter.", ["subscribe"]),
        ("Kontakt", "Sluta kontakta mig.", ["objection"]),
        ("Calls", "Please stop contacting me.", ["objection"]),
        ("Henkilöstörekisteri", "Pyydän otetta henkilöstörekisterin tiedoistani.", ["personnel"]),
        (
            "GDPR",
            "Send me a copy of my personal data, and then delete my data.",
            ["access", "erasure"],
        ),
    ],
)
def test_requests(subject: str, body: str, expected: list[str]) -> None:
    kind, requests, _ = kind_of(make_mail(body or "-", subject=subject))
    assert kind == "data_request"
    assert requests == expected


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Price list", "Could you send me your current price list for RMUs?"),
        (
            "Re: Tarjous",
            "Kiitos!\n\nma 2.11.2026 klo 10.00 Maija kirjoitti:\n> Poistakaa tietoni.\n",
        ),
        ("Re: offer", "Thanks, fine.\n\nOn Mon, 2 Nov 2026, Sam wrote:\n> please delete my data\n"),
        ("Order", "Please delete the file I sent yesterday, it had an error."),
        ("Delivery", "Please change the delivery address of order 1234 to Pier 4."),
        (
            "Offer",
            "See attached.\n\n-- \nSam\nTo unsubscribe from our data protection notice, reply.",
        ),
        ("Product", "What information do you have about the SafeRing spare parts?"),
    ],
)
def test_traps_stay_other(subject: str, body: str) -> None:
    assert kind_of(make_mail(body, subject=subject))[0] == "other"


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto-Submitted": "auto-replied"},
        {"Auto-Submitted": "auto-generated"},
        {"X-Autoreply": "yes"},
        {"Precedence": "bulk"},
        {"Precedence": "list"},
        {"List-Id": "<news.example.org>"},
        {"List-Unsubscribe": "<mailto:leave@example.org>"},
        {"X-Auto-Response-Suppress": "All"},
        {"Return-Path": "<>"},
    ],
)
def test_automatic_by_header_even_when_asking(headers: dict[str, str]) -> None:
    raw = make_mail(
        "Please delete my data and unsubscribe me.", subject="Delete my data", headers=headers
    )
    assert kind_of(raw)[0] == "automatic"


@pytest.mark.parametrize(
    "sender",
    [
        "MAILER-DAEMON@mx.example.com",
        "postmaster@example.org",
        "no-reply@example.com",
        "noreply@example.net",
    ],
)
def test_robot_senders_are_automatic(sender: str) -> None:
    assert kind_of(make_mail("Delete my data", sender=sender))[0] == "automatic"


@pytest.mark.parametrize(
    "subject",
    [
        "Automaattinen vastaus: Tarjous",
        "Autosvar: Offert",
        "Out of Office: Quote",
        "Undeliverable: Hello",
    ],
)
def test_auto_reply_subjects(subject: str) -> None:
    assert kind_of(make_mail("Poistakaa tietoni", subject=subject))[0] == "automatic"


def test_dsn_is_automatic() -> None:
    raw = (
        b"From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\nTo: info@plaza.example.com\n"
        b"Subject: Undelivered Mail\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        b"--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\n"
        b"Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; x@example.com\nAction: failed\n"
        b"Status: 5.1.1\n\n--b--\n"
    )
    assert kind_of(raw)[0] == "automatic"


def test_contact_form_asking_deletion_is_still_contact_form() -> None:
    raw = sample("contact-form-en.eml").replace(
        b"Do you have a reseller in Estonia?", b"Please delete all my personal data."
    )
    kind, requests, _ = kind_of(raw)
    assert kind == "contact_form"
    assert requests == ["erasure"]


@pytest.mark.parametrize(
    ("body", "decision"),
    [
        ("Kyllä\n\n> Vahvista", "accept"),
        ("kyllä, vahvistan", "accept"),
        ("Ja", "accept"),
        ("Yes, I confirm.", "accept"),
        ("Ei kiitos", "decline"),
        ("Nej", "decline"),
        ("No.", "decline"),
        ("Hmm, what is this about?", None),
    ],
)
def test_confirmation_replies(body: str, decision: str | None) -> None:
    raw = make_mail(body, subject="Re: Vahvista tietosi [mailbot:AbCdEfGhIjKlMnOpQrSt12]")
    c = classify(parse(raw), RULES)
    assert c.kind == "confirmation"
    assert c.token == "AbCdEfGhIjKlMnOpQrSt12"
    assert c.decision == decision


def test_out_of_office_answering_a_confirmation_is_automatic() -> None:
    raw = make_mail(
        "I am out of office.",
        subject="Automatic reply: Vahvista [mailbot:AbCdEfGhIjKlMnOpQrSt12]",
        headers={"Auto-Submitted": "auto-replied"},
    )
    assert kind_of(raw)[0] == "automatic"
