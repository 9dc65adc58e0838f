"""`mailbot check`: is this installation ready? One line per part, nothing changed.

Tries what `run` needs — the mailbox login, the SMTP server, the database — and
names the register facts (GDPR Art. 13-15) that still hold the sample company's
example text, so a new site does not state another company's facts in its extracts.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from mailbot.config import ConfigError, RegisterSettings, Settings, check_maildir

Status = Literal["ok", "warn", "fail"]

# The register facts `init` writes as examples to edit (RegisterSettings' defaults).
REGISTER_FACTS = (
    "purposes",
    "categories",
    "recipients",
    "retention",
    "source",
    "rights",
    "complaint",
    "art19_recipients",
)


@dataclass
class Line:
    status: Status
    part: str
    text: str


def example_facts(settings: Settings) -> list[str]:
    """Register keys whose value (in any language) is still the sample company's text."""
    defaults = RegisterSettings()
    stale = []
    for key in REGISTER_FACTS:
        value, example = getattr(settings.register_, key), getattr(defaults, key)
        if isinstance(value, dict):
            if any(value.get(lang) == text for lang, text in example.items()):
                stale.append(key)
        elif value == example:
            stale.append(key)
    return stale


def check_mailbox(settings: Settings) -> Line:
    from mailbot.sources import open_source

    try:
        check_maildir(settings)
    except ConfigError as exc:
        return Line("fail", "mailbox", str(exc))
    source = open_source(settings.mailbox)
    try:
        source.connect()
    except Exception as exc:  # noqa: BLE001 - whatever went wrong is the one line
        return Line("fail", "mailbox", f"{source.name}: {_one_line(exc)}")
    finally:
        source.close()
    what = "Maildir found" if settings.mailbox.url.startswith("maildir:") else "logged in"
    return Line("ok", "mailbox", f"{source.name}: {what}")


async def _smtp_login(settings: Settings) -> str:
    import aiosmtplib

    from mailbot import outbox

    client = await outbox.connect(settings.smtp)
    try:
        where = f"{urlsplit(settings.smtp.url).hostname}:{client.port}"
        user = outbox.smtp_user(settings.smtp)
        if settings.smtp.auth == "xoauth2" or (user and settings.smtp.password is not None):
            return f"{where}: connected, logged in as {user}"
        return f"{where}: connected (no login configured)"
    finally:
        try:
            await client.quit()
        except aiosmtplib.SMTPException:
            client.close()


def check_smtp(settings: Settings) -> Line:
    url = settings.smtp.url
    if url.startswith("file:"):
        folder = Path(url.removeprefix("file:"))
        if folder.is_dir():
            ok = os.access(folder, os.W_OK)
            return Line(
                "ok" if ok else "fail", "smtp", f"{url}: {'writable' if ok else 'not writable'}"
            )
        parent = next((p for p in folder.parents if p.exists()), None)
        if parent is not None and os.access(parent, os.W_OK):
            return Line("ok", "smtp", f"{url}: will be created on the first mail")
        return Line("fail", "smtp", f"{url}: cannot be created")
    try:
        return Line("ok", "smtp", asyncio.run(_smtp_login(settings)))
    except Exception as exc:  # noqa: BLE001
        return Line("fail", "smtp", f"{urlsplit(url).hostname}: {_one_line(exc)}")


def check_database(settings: Settings) -> Line:
    from sqlalchemy import inspect
    from sqlalchemy.engine import make_url

    from mailbot.db import make_engine

    url = settings.database.url
    try:
        shown = make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        shown = "database.url"
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            return Line("fail", "database", f"{shown}: no such file (run `mailbot init`)")
    try:
        engine = make_engine(url)
        try:
            with engine.connect() as conn:
                ready = inspect(conn).has_table("contact")
        finally:
            engine.dispose()
    except Exception as exc:  # noqa: BLE001
        return Line("fail", "database", f"{shown}: {_one_line(exc)}")
    if not ready:
        return Line(
            "fail", "database", f"{shown}: connected, but has no tables (run `mailbot init`)"
        )
    return Line("ok", "database", f"{shown}: connected, tables present")


def run_checks(settings: Settings, source: str) -> Iterator[Line]:
    yield Line("ok", "configuration", f"{source}: read")
    yield check_mailbox(settings)
    yield check_smtp(settings)
    yield check_database(settings)
    stale = example_facts(settings)
    if stale:
        yield Line(
            "warn",
            "register",
            "still the example text (the sample company's): "
            + ", ".join(f"register.{k}" for k in stale)
            + " — edit them in [register]",
        )
    else:
        yield Line("ok", "register", "facts are this site's own")


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]
