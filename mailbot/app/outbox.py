"""The outbox: what waits, what was sent or failed; sending again now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, update
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from mailbot import clock
from mailbot.app.base import Record, command, reading
from mailbot.models import OutboundMail
from mailbot.uow import UnitOfWork


@dataclass
class OutboxView(Record):
    """One outgoing mail (never its text)."""

    id: int
    to: str
    template: str
    status: str
    attempts: int
    created_at: str
    last_error: str | None


@dataclass
class Retried(Record):
    failed: int  # failed mail queued again
    waiting: int  # mail in back-off made due now


def list_outbox(engine: Engine, status: str | None = None) -> list[OutboxView]:
    """Newest first; `status`: only pending, sent or failed mail."""
    with reading(engine) as session:
        query = select(OutboundMail).order_by(col(OutboundMail.id).desc())
        if status:
            query = query.where(OutboundMail.status == status)
        return [
            OutboxView(
                id=m.id or 0,
                to=m.to_addr,
                template=m.template,
                status=m.status,
                attempts=m.attempts,
                created_at=m.created_at.isoformat(),
                last_error=m.last_error,
            )
            for m in session.exec(query)
        ]


def waiting(engine: Engine, scheduled: bool = False) -> tuple[int, datetime | None]:
    """Pending mail not due yet: in back-off after a failed attempt (count, earliest
    time), or with `scheduled` never tried, waiting for its slot (count, latest time)."""
    when = func.max if scheduled else func.min
    tried = OutboundMail.attempts == 0 if scheduled else OutboundMail.attempts > 0
    with reading(engine) as session:
        count, at = session.exec(  # type: ignore[call-overload]
            select(func.count(), when(OutboundMail.next_attempt_at))
            .where(OutboundMail.status == "pending")
            .where(tried)
            .where(col(OutboundMail.next_attempt_at) > clock.now())
        ).one()
    return int(count), at


@command
def retry(uow: UnitOfWork) -> Retried:
    """Failed mail goes back in the queue, mail in back-off is due now (audited).

    Consent requests waiting for their slot (lifecycle.consent_per_hour) keep it.
    """
    now = clock.now()
    session = uow.session
    failed = session.exec(  # type: ignore[call-overload]
        update(OutboundMail)
        .where(col(OutboundMail.status) == "failed")
        .values(status="pending", attempts=0, next_attempt_at=now)
    )
    backed_off = session.exec(  # type: ignore[call-overload]
        update(OutboundMail)
        .where(col(OutboundMail.status) == "pending")
        .where(col(OutboundMail.attempts) > 0)  # not consent requests waiting for their slot
        .where(col(OutboundMail.next_attempt_at) > now)
        .values(next_attempt_at=now)
    )
    result = Retried(failed=failed.rowcount, waiting=backed_off.rowcount)
    uow.audit("retry", "OutboundMail", result.as_json())
    uow.commit()
    return result
