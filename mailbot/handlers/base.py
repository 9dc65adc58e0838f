"""What handlers return: effects as data, committed by the service in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import SQLModel

from mailbot.classify import Classification, Rules
from mailbot.config import Settings
from mailbot.intents import Audit, Reply
from mailbot.parsing import Message

KEEP_IN_INBOX = None


@dataclass
class Effects:
    """Everything one message causes; `folder` None keeps it in INBOX with the keyword."""

    folder: str | None
    records: list[SQLModel] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    audit: list[Audit] = field(default_factory=list)
    flag: bool = False
    note: str | None = None
    # Typed intents (mailbot/intents.py) for the executor: what changes in the register.
    intents: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class Context:
    settings: Settings
    rules: Rules

    @classmethod
    def of(cls, settings: Settings) -> Context:
        rules = Rules.of(
            settings.contact_form.senders,
            settings.chat.senders,
            settings.newsletter.unsubscribe_addresses,
        )
        return cls(settings, rules)

    def folder(self, kind: str) -> str:
        return self.settings.mailbox.folders[kind]

    def language(self, *candidates: str | None) -> str:
        for c in candidates:
            if c in ("fi", "sv", "en"):
                return c
        return self.settings.organisation.default_language


__all__ = ["Audit", "Classification", "Context", "Effects", "KEEP_IN_INBOX", "Message", "Reply"]
