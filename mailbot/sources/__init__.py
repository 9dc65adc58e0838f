"""Where mail comes from: IMAP or a local Maildir, behind one small interface."""

from __future__ import annotations

from mailbot.config import MailboxSettings
from mailbot.sources.base import MailSource, RawMessage, SourceError

__all__ = ["MailSource", "RawMessage", "SourceError", "open_source"]


def open_source(settings: MailboxSettings) -> MailSource:
    if settings.url.startswith("maildir:"):
        from mailbot.sources.maildir import MaildirSource

        return MaildirSource(settings)
    from mailbot.sources.imap import ImapSource

    return ImapSource(settings)
