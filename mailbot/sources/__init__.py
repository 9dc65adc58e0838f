"""Where mail comes from: IMAP or a local Maildir, behind one small interface."""

from __future__ import annotations

from collections.abc import Sequence

from mailbot.config import MailboxSettings
from mailbot.sources.base import MailSource, RawMessage, SourceError

__all__ = ["MailSource", "RawMessage", "SourceError", "batches", "open_source"]


def open_source(settings: MailboxSettings) -> MailSource:
    if settings.url.startswith("maildir:"):
        from mailbot.sources.maildir import MaildirSource

        return MaildirSource(settings)
    from mailbot.sources.imap import ImapSource

    return ImapSource(settings)


def batches(source: MailSource, keys: Sequence[str], count: int, max_bytes: int) -> list[list[str]]:
    """`keys` in batches of at most `count` messages and `max_bytes` bytes.

    Sizes come from the source before any body is fetched (IMAP: RFC822.SIZE); a
    message bigger than `max_bytes` is a batch of its own. A source that cannot tell
    sizes is batched by count alone.
    """
    sizes_of = getattr(source, "sizes", None)
    if sizes_of is None or not keys:
        return [list(keys[i : i + count]) for i in range(0, len(keys), count)]
    sizes = sizes_of(keys)
    out: list[list[str]] = []
    batch: list[str] = []
    total = 0
    for key in keys:
        size = sizes.get(key, 0)
        if batch and (len(batch) >= count or total + size > max_bytes):
            out.append(batch)
            batch, total = [], 0
        batch.append(key)
        total += size
    if batch:
        out.append(batch)
    return out
