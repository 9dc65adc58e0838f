"""Append-only audit events in a hash chain, so an edited or removed event shows."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from mailbot import clock
from mailbot.models import AuditEvent

GENESIS = "0" * 64
HEAD_KEY = "mailbot.audit_head"  # cached in session.info while a transaction writes


def _digest(prev: str, event: AuditEvent) -> str:
    body = json.dumps(
        {
            "prev": prev,
            "at": event.at.isoformat(timespec="microseconds"),
            "actor": event.actor,
            "action": event.action,
            "entity": event.entity,
            "entity_id": event.entity_id,
            "fields": event.fields,
        },
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(body.encode()).hexdigest()


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: Any = None,
    fields: dict[str, Any] | None = None,
    actor: str = "mailbot",
) -> AuditEvent:
    """Append one event after the current head of the chain (in the caller's transaction)."""
    prev = session.info.get(HEAD_KEY)
    if prev is None:
        bind = session.get_bind()
        if bind.dialect.name == "postgresql":
            # One appender at a time across processes, until this transaction ends.
            session.execute(text("SELECT pg_advisory_xact_lock(7271001)"))
        last = session.exec(select(AuditEvent).order_by(col(AuditEvent.id).desc()).limit(1)).first()
        prev = last.hash if last else GENESIS
    event = AuditEvent(
        at=clock.now(),
        actor=actor,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        fields=fields or {},
        prev_hash=prev,
        hash="",
    )
    event.hash = _digest(prev, event)
    session.add(event)
    session.info[HEAD_KEY] = event.hash
    return event


def forget_head(session: Session) -> None:
    """After a rollback the cached head may name an event that no longer exists."""
    session.info.pop(HEAD_KEY, None)


def verify(events: Iterable[AuditEvent]) -> AuditEvent | None:
    """The first event whose link or content does not check out, or None."""
    prev = GENESIS
    for event in events:
        if event.prev_hash != prev or event.hash != _digest(prev, event):
            return event
        prev = event.hash
    return None
