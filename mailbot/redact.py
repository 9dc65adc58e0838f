"""Credentials never reach an error or log line: one helper masks them everywhere.

Two kinds are masked: the password in any URL's user-info (``user:secret@host``
becomes ``user:***@host``, whatever the scheme), and every secret value the
configuration holds (IMAP/SMTP passwords, the database URL's password, the
suppression key), wherever it appears in the text. Secrets are remembered when the
settings are loaded, so messages from any layer — a driver error quoting the URL,
a traceback — are masked by the CLI's last line of output and by the log handler.
"""

from __future__ import annotations

import logging
import re
import traceback
from typing import Any
from urllib.parse import unquote, urlsplit

MASK = "***"
# scheme://user:password@ — the password may hold anything but '@' and whitespace.
_USERINFO = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.\-]*://[^:/?#@\s]*):[^@\s]*@")
# Shorter values would mask ordinary words; such a password is no secret anyway.
_MIN_SECRET = 4
_secrets: set[str] = set()


def remember(value: str | None) -> None:
    """Mask this value from now on (and its URL-decoded form, as drivers may print that)."""
    if not value:
        return
    for form in (value, unquote(value)):
        if len(form) >= _MIN_SECRET:
            _secrets.add(form)


def remember_settings(settings: Any) -> None:
    """Remember every secret a loaded configuration holds."""
    remember(getattr(settings.mailbox, "password", None))
    remember(getattr(settings.smtp, "password", None))
    remember(getattr(settings.register_, "suppression_key", None))
    for url in (settings.database.url, settings.mailbox.url, settings.smtp.url):
        try:
            remember(urlsplit(url).password)
        except ValueError:
            continue


def redact(text: str) -> str:
    """The text with URL passwords and remembered secrets replaced by ***."""
    if not text:
        return text
    out = _USERINFO.sub(lambda m: f"{m.group('head')}:{MASK}@", str(text))
    for secret in sorted(_secrets, key=len, reverse=True):
        if secret in out:
            out = out.replace(secret, MASK)
    return out


class RedactingFilter(logging.Filter):
    """Attached to a handler: every record it emits is masked, tracebacks included."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            text = "".join(traceback.format_exception(*record.exc_info))
            masked = redact(text)
            if masked != text:
                # The traceback quotes a secret: print it masked, as plain text.
                clean = f"{clean}\n{masked.rstrip()}"
                record.exc_info = None
                record.exc_text = None
        if clean != message:
            record.msg, record.args = clean, None
        return True
