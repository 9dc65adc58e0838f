"""Append-only audit events in a hash chain, so an edited or removed event shows."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import event as orm_event
from sqlalchemy import insert, text
from sqlmodel import Session, col, select

from mailbot import clock
from mailbot.models import AuditEvent

GENESIS = "0" * 64
# Service.defer_audit's pending events on a plain Session (until every writer uses a
# UnitOfWork, which keeps them as attributes instead).
DEFERRED_KEY = "mailbot.deferred_audit"
HEAD_KEY = "mailbot.audit_head"  # a plain Session's Chain, in session.info per transaction


def _digest(prev: str, event: AuditEvent) -> str:
    return _digest_of(
        prev,
        {
            "at": event.at,
            "actor": event.actor,
            "action": event.action,
            "entity": event.entity,
            "entity_id": event.entity_id,
            "fields": event.fields,
        },
    )


def _digest_of(prev: str, event: dict[str, Any]) -> str:
    body = json.dumps(
        {
            "prev": prev,
            "at": event["at"].isoformat(timespec="microseconds"),
            "actor": event["actor"],
            "action": event["action"],
            "entity": event["entity"],
            "entity_id": event["entity_id"],
            "fields": event["fields"],
        },
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(body.encode()).hexdigest()


class Chain:
    """The head of the hash chain as one transaction extends it.

    A unit of work owns one (`UnitOfWork.chain`); a plain Session gets one per
    transaction in `session.info` (the older way, kept until every writer uses a
    unit of work). `forget()` after a rollback: the head may name a vanished event.
    """

    def __init__(self) -> None:
        self.head: str | None = None

    def forget(self) -> None:
        self.head = None

    def _prev(self, session: Session) -> str:
        """The current head: cached, else the last stored event's hash (locked on PostgreSQL)."""
        if self.head is not None:
            return self.head
        bind = session.get_bind()
        if bind.dialect.name == "postgresql":
            # One appender at a time across processes, until this transaction ends.
            session.execute(text("SELECT pg_advisory_xact_lock(7271001)"))
        last = session.exec(select(AuditEvent).order_by(col(AuditEvent.id).desc()).limit(1)).first()
        return last.hash if last else GENESIS

    def append_many(
        self, session: Session, events: Sequence[tuple[str, str, Any, dict[str, Any], str]]
    ) -> None:
        """Append (action, entity, entity_id, fields, actor) events with one INSERT.

        The same rows and hashes as `append` one by one, without building an ORM object
        per event (issue 12). The session must hold no unflushed audit events: the
        INSERT goes to the database at once, and the chain's order is the ids' order.
        """
        if not events:
            return
        prev = self._prev(session)
        rows: list[dict[str, Any]] = []
        for action, entity, entity_id, fields, actor in events:
            row = {
                "at": clock.now(),
                "actor": actor,
                "action": action,
                "entity": entity,
                "entity_id": None if entity_id is None else str(entity_id),
                "fields": fields or {},
                "prev_hash": prev,
            }
            row["hash"] = prev = _digest_of(prev, row)
            rows.append(row)
        session.execute(insert(AuditEvent.__table__), rows)  # type: ignore[attr-defined]
        self.head = prev

    def append(
        self,
        session: Session,
        action: str,
        entity: str,
        entity_id: Any = None,
        fields: dict[str, Any] | None = None,
        actor: str = "mailbot",
    ) -> AuditEvent:
        """Append one event after the current head (in the session's transaction)."""
        prev = self._prev(session)
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
        self.head = event.hash
        return event


def chain_of(session: Session) -> Chain:
    """The chain this session's transaction extends: its unit of work's, or its own."""
    owned = getattr(session, "audit_chain", None)
    if isinstance(owned, Chain):
        return owned
    chain = session.info.get(HEAD_KEY)
    if not isinstance(chain, Chain):
        chain = session.info[HEAD_KEY] = Chain()
    return chain


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: Any = None,
    fields: dict[str, Any] | None = None,
    actor: str = "mailbot",
) -> AuditEvent:
    """Append one event after the current head of the chain (in the caller's transaction)."""
    return chain_of(session).append(session, action, entity, entity_id, fields, actor)


def entity_ref(entity: Any) -> tuple[str, Any]:
    """(name, id) of what an event is about: a model instance, a name, or a (name, id) pair."""
    if isinstance(entity, str):
        return entity, None
    if isinstance(entity, tuple):
        name, entity_id = entity
        return str(name), entity_id
    return type(entity).__name__, entity.id


@orm_event.listens_for(Session, "before_commit")
def _write_deferred(session: Session) -> None:
    """A plain Session's commit writes the events still deferred: none is lost.

    (`register.add_contact` and a bare commit used to lose the contact's audit row.)
    """
    if not session.info.get(DEFERRED_KEY) or session.in_nested_transaction():
        return
    session.flush()
    for action, entity, fields, actor in session.info.pop(DEFERRED_KEY):
        name, entity_id = entity_ref(entity)
        record(session, action, name, entity_id, fields, actor)


def forget_head(session: Session) -> None:
    """After a rollback the cached head may name an event that no longer exists."""
    chain_of(session).forget()


def verify(events: Iterable[AuditEvent]) -> AuditEvent | None:
    """The first event whose link or content does not check out, or None."""
    prev = GENESIS
    for event in events:
        if event.prev_hash != prev or event.hash != _digest(prev, event):
            return event
        prev = event.hash
    return None
