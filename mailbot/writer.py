"""What the domain's writers (actions, lifecycle, register) need from the mail service.

A Protocol, so that they depend on this small surface and not on service.py, which
imports them: imports point one way (service → executor → actions/lifecycle/register).
`Service` is the implementation.
"""

from __future__ import annotations

from typing import Any, Protocol

from sqlmodel import Session

from mailbot.handlers.base import Context
from mailbot.intents import Reply
from mailbot.models import InboundMessage, OutboundMail
from mailbot.parsing import Message


class Writer(Protocol):
    ctx: Context

    def queue_reply(
        self,
        session: Session,
        reply: Reply,
        original: Message | None,
        inbound: InboundMessage | None,
        caps: Any = None,
    ) -> OutboundMail | None:
        """Render a mail into the outbox (caps, suppression, templates)."""
        ...

    def defer_audit(
        self,
        session: Session,
        action: str,
        entity: Any,
        fields: dict[str, Any],
        actor: str | None = None,
    ) -> None:
        """An audit event, written with the transaction."""
        ...
