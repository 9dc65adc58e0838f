"""The audit log: list it, verify its hash chain."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from mailbot import audit
from mailbot.app.base import Record, reading
from mailbot.models import AuditEvent


@dataclass
class AuditView(Record):
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str | None
    fields: dict[str, Any]
    hash: str

    @classmethod
    def of(cls, e: AuditEvent) -> AuditView:
        return cls(
            id=e.id or 0,
            at=e.at.isoformat(),
            actor=e.actor,
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            fields=e.fields,
            hash=e.hash,
        )


@dataclass
class ChainCheck(Record):
    count: int  # events checked
    broken: AuditView | None  # the first changed or removed-after event, if any


def list_events(engine: Engine) -> list[AuditView]:
    """Every event, oldest first."""
    with reading(engine) as session:
        return [
            AuditView.of(e)
            for e in session.exec(select(AuditEvent).order_by(col(AuditEvent.id))).all()
        ]


def verify_chain(engine: Engine) -> ChainCheck:
    with reading(engine) as session:
        events = session.exec(select(AuditEvent).order_by(col(AuditEvent.id))).all()
        broken = audit.verify(events)
        return ChainCheck(len(events), AuditView.of(broken) if broken is not None else None)
