"""Small builders for test mail, so each test states only what matters to it."""

from __future__ import annotations

import os
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import make_msgid
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from mailbot.config import Settings


def sample(name: str) -> bytes:
    return (resources.files("mailbot") / "demo_mail" / name).read_bytes()


def sample_names() -> list[str]:
    return sorted(
        p.name
        for p in (resources.files("mailbot") / "demo_mail").iterdir()
        if p.name.endswith(".eml")
    )


def make_mail(
    body: str = "Hello",
    *,
    subject: str = "Hello",
    sender: str = "Sam Example <sam@example.net>",
    to: str = "info@plaza.example.com",
    html: str | None = None,
    headers: dict[str, str] | None = None,
    charset: str = "utf-8",
    message_id: str | None = None,
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = "Thu, 12 Nov 2026 09:30:00 +0200"
    msg["Message-ID"] = message_id or make_msgid(domain="test.example.org")
    for k, v in (headers or {}).items():
        msg[k] = v
    if html is not None and not body:
        msg.set_content(html, subtype="html", charset=charset)
    else:
        msg.set_content(body, charset=charset)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def write(tmp: Path, name: str, data: bytes) -> Path:
    p = tmp / name
    p.write_bytes(data)
    return p


def write_config(tmp: Path, text: str = "") -> Path:
    """A minimal mailbot.toml (every command but init and demo needs one); `text` is added."""
    cfg = tmp / "mailbot.toml"
    cfg.write_text(
        '[smtp]\nurl = "file:outbox"\nfrom = "info@example.com"\n'
        '[database]\nurl = "sqlite:///mailbot.db"\n' + text,
        encoding="utf-8",
    )
    return cfg


def running_in_ci() -> bool:
    """CI must never skip a test silently for want of a server or font: CI=true/1/yes."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def font_or_skip(settings: Settings) -> Path:
    """The PDF's font, or the test skipped (failed under CI) when the machine has none."""
    from mailbot.pdf import FontMissing, find_font

    try:
        return find_font(settings)
    except FontMissing as exc:
        if running_in_ci():
            pytest.fail(f"{exc} (CI is set)", pytrace=False)
        pytest.skip(str(exc))
