from __future__ import annotations

import email
import email.policy

import pytest

from mailbot import mailer


def parsed(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def test_rfc3834_headers_and_stable_message_id() -> None:
    built = mailer.build(
        to="sam@example.net",
        from_addr="info@example.com",
        from_name="Plaza",
        subject="Thanks",
        body="Hello",
        in_reply_to="<orig@example.net>",
        references=["<older@example.net>"],
    )
    m = parsed(built.raw)
    assert m["Auto-Submitted"] == "auto-replied"
    assert m["In-Reply-To"] == "<orig@example.net>"
    assert m["References"] == "<older@example.net> <orig@example.net>"
    assert m["Message-ID"] == built.message_id
    assert built.message_id.endswith("@example.com>")


@pytest.mark.parametrize(
    "evil",
    ["Hi\r\nBcc: victim@example.org", "Hi\nBcc: victim@example.org", "Hi\u2028Bcc: x@example.org"],
)
def test_no_header_injection_through_subject(evil: str) -> None:
    built = mailer.build(
        to="sam@example.net", from_addr="info@example.com", from_name=evil, subject=evil, body="x"
    )
    m = parsed(built.raw)
    assert m["Bcc"] is None
    assert "\n" not in str(m["Subject"]) and "\r" not in str(m["Subject"])


@pytest.mark.parametrize(
    "to", ["sam@example.net\r\nBcc: x@example.org", "a b@example.com", "<x@example.com>", "nobody"]
)
def test_invalid_recipient_is_refused(to: str) -> None:
    with pytest.raises(mailer.MailError):
        mailer.build(to=to, from_addr="info@example.com", from_name="P", subject="s", body="b")


def test_bad_in_reply_to_is_dropped() -> None:
    built = mailer.build(
        to="sam@example.net",
        from_addr="info@example.com",
        from_name="P",
        subject="s",
        body="b",
        in_reply_to="<x@y>\r\nBcc: z@example.org",
    )
    m = parsed(built.raw)
    assert m["In-Reply-To"] is None and m["Bcc"] is None


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_template_renders_in_every_language(lang: str) -> None:
    root = mailer.template_dir() / "mail"
    names = {p.name.removesuffix(".txt.j2") for p in (root / "en").iterdir()}
    assert names, "no templates"
    for language_dir in ("fi", "sv", "en"):
        assert names == {p.name.removesuffix(".txt.j2") for p in (root / language_dir).iterdir()}
    for name in names:
        context = {
            "org": {"name": "Plaza", "website": ""},
            "name": "Åsa",
            "message": "<b>hi</b>",
            "text": "<b>hi</b>",
            "action": "rectification",
            "requests": ["access", "erasure"],
            "token": "AbCdEfGhIjKlMnOpQrSt12",
            "due": "2026-12-12",
            "reason": "<b>hi</b>",
            "complaint": "complain here",
            "changes": {"phone": {"new": "040 1"}},
            "registered": False,
            "sender": "sam@example.net",
            "subject": "Hello",
            "days_left": 4,
            "cap": 20,
            "folder": "mailbot/requests",
            "held": "personnel_forward",
            "undo_token": "AbCdEfGhIjKlMnOpQrSt34",
            "undo_days": 7,
            "count": 1,  # review_queued (the console's reviewer notice)
            "links": ["https://mailbot.example.com/queue/1"],
            "purposes": "p",
            "retention": "r",
            "rights": "x",
            "items": [
                {
                    "id": 1,
                    "action": "erasure",
                    "email": "a@example.com",
                    "due": "2026-12-01",
                    "overdue": True,
                }
            ],
        }
        subject, body = mailer.render(name, lang, context)
        assert subject and body.strip() and "\n" not in subject
        assert "&lt;" not in body  # plain text: shown as written, never HTML-escaped
