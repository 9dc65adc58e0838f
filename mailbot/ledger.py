"""The ledger's identity of a message's content: the same mail delivered twice is one."""

from __future__ import annotations

import hashlib

from mailbot.parsing import Message


def dedup_key(msg: Message | None, raw: bytes) -> str:
    """Message-ID + From + body: the same mail delivered twice has the same key."""
    if msg is None:
        return hashlib.sha256(raw).hexdigest()
    basis = f"{msg.message_id or ''}\n{','.join(msg.from_addresses)}\n{msg.body_hash}"
    return hashlib.sha256(basis.encode()).hexdigest()
