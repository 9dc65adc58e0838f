from __future__ import annotations

import pytest

from mailbot.parsing import ParseError, guess_language, parse, split_reply
from tests.helpers import make_mail, sample


def test_single_from_is_the_sender_not_display_name_or_reply_to() -> None:
    raw = make_mail(
        sender='"boss@example.com" <sam@example.net>',
        headers={"Reply-To": "other@example.org", "Sender": "x@example.org"},
    )
    msg = parse(raw)
    assert msg.sender == "sam@example.net"
    assert msg.reply_to == ["other@example.org"]


@pytest.mark.parametrize(
    "from_header",
    ["a@example.com, b@example.com", "undisclosed-recipients:;", ""],
)
def test_zero_or_several_from_addresses_mean_no_sender(from_header: str) -> None:
    raw = make_mail(sender="x@example.com").replace(
        b"From: x@example.com", b"From: " + from_header.encode()
    )
    assert parse(raw).sender is None


def test_two_from_headers_mean_no_sender() -> None:
    raw = make_mail(sender="a@example.com")
    raw = raw.replace(b"From: a@example.com", b"From: a@example.com\r\nFrom: b@example.com")
    assert parse(raw).sender is None


def test_latin1_quoted_printable() -> None:
    raw = (
        b"From: a@example.com\nSubject: =?iso-8859-1?q?P=E4ivitys?=\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
        b"Hei, p=E4ivitt=E4k=E4=E4 puhelinnumeroni.\n"
    )
    msg = parse(raw)
    assert msg.subject == "Päivitys"
    assert "päivittäkää puhelinnumeroni" in msg.text
    assert msg.language == "fi"


def test_html_only_is_converted_and_quote_separated() -> None:
    html = (
        "<html><head><style>p{color:red}</style></head><body><p>Hej,</p><p>radera mina uppgifter.</p>"
        '<div class="gmail_quote">Den 1 nov skrev X:<blockquote>delete my data</blockquote></div>'
        '<img src="https://tracker.example.com/p.gif"></body></html>'
    )
    msg = parse(make_mail("", html=html))
    assert msg.is_html
    assert "radera mina uppgifter" in msg.new_text
    assert "delete my data" not in msg.new_text
    assert "delete my data" in msg.quoted
    assert "color" not in msg.text and "tracker" not in msg.text


def test_outlook_header_block_starts_the_quote() -> None:
    text = (
        "Kiitos tiedosta.\n\nLähettäjä: Info <info@plaza.example.com>\nLähetetty: maanantai 2. marraskuuta\n"
        "Vastaanottaja: Maija\nAihe: Tarjous\n\nPoistakaa tietoni.\n"
    )
    new, quoted, _sig = split_reply(text)
    assert new == "Kiitos tiedosta."
    assert "Poistakaa tietoni" in quoted


@pytest.mark.parametrize(
    "attribution",
    [
        "On Mon, 2 Nov 2026 at 10:00, Info <info@plaza.example.com> wrote:",
        "ma 2.11.2026 klo 10.00 Info (info@plaza.example.com) kirjoitti:",
        "Den 2 nov. 2026 kl. 10:00 skrev Info <info@plaza.example.com>:",
        "-----Original Message-----",
    ],
)
def test_attribution_lines_start_the_quote(attribution: str) -> None:
    new, quoted, _ = split_reply(f"Thanks!\n\n{attribution}\nplease delete my data\n")
    assert new == "Thanks!"
    assert "delete my data" in quoted


def test_signature_and_disclaimer_are_separated() -> None:
    text = "Price list please.\n\n-- \nSam Example\nWe process personal data under the GDPR.\n"
    new, _q, sig = split_reply(text)
    assert new == "Price list please."
    assert "GDPR" in sig


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hei, voisitteko lähettää minulle tarjouksen? Kiitos ja terveisin", "fi"),
        ("Hej, kan ni skicka mig en offert? Tack och hälsningar", "sv"),
        ("Hello, could you send me a quote? Thank you and best regards", "en"),
    ],
)
def test_language(text: str, lang: str) -> None:
    assert guess_language(text) == lang


def test_samples_parse() -> None:
    msg = parse(sample("contact-form-sv.eml"))
    assert msg.subject == "Ny kontaktförfrågan från webbplatsen"
    assert msg.sender == "wordpress@plaza.example.com"
    assert msg.reply_to == ["stina.exempel@example.org"]


def test_attachments_are_listed() -> None:
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = "a@example.com"
    m["Subject"] = "offer"
    m.set_content("see attached")
    m.add_attachment(
        b"%PDF-1.4 fake" * 100, maintype="application", subtype="pdf", filename="offer.pdf"
    )
    msg = parse(m.as_bytes())
    assert [a.name for a in msg.attachments] == ["offer.pdf"]
    assert abs(msg.attachments[0].size - 1300) < 10


@pytest.mark.parametrize("raw", [b"", b"   \n", b"\x00\x01\x02 garbage without headers"])
def test_garbage_is_a_parse_error(raw: bytes) -> None:
    with pytest.raises(ParseError):
        parse(raw)
