"""Kinds whose only effect of their own is where the message is filed."""

from __future__ import annotations

from mailbot.handlers.base import KEEP_IN_INBOX, Classification, Context, Effects, Message


def automatic(msg: Message, cls: Classification, ctx: Context) -> Effects:
    """Never answered (SPEC §8): filed away, nothing else."""
    return Effects(folder=ctx.folder("automatic"), note=cls.reason)


def other(msg: Message, cls: Classification, ctx: Context) -> Effects:
    """Ordinary correspondence stays in INBOX for people, marked seen-by-mailbot."""
    return Effects(folder=KEEP_IN_INBOX)


def requests(msg: Message, cls: Classification, ctx: Context) -> Effects:
    """Requests and confirmations are filed with the requests; what they ask is decided
    with the register's snapshot (handlers/requests.py)."""
    return Effects(folder=ctx.folder(cls.kind))
