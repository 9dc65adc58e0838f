"""Confirmations: single-use tokens mailed to an address (consent, double opt-in, identity
check, newsletter changes). Issued, matched and expired here and nowhere else.

A token travels in the mail's subject/body and in its Message-ID, so an answer is
matched by the token it quotes or, failing that, by In-Reply-To/References.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from mailbot import clock, mailer
from mailbot.config import Settings
from mailbot.intents import ConfirmationView
from mailbot.models import Confirmation


def new_token() -> str:
    return secrets.token_urlsafe(18)


def issue(
    session: Session,
    settings: Settings,
    purpose: str,
    email: str,
    contact_id: int | None,
    payload: dict[str, Any],
    expires_at: datetime | None = None,
) -> Confirmation:
    """A new token row (in the caller's transaction); by default it lasts
    `register.identity_token_days`.
    """
    now = clock.now()
    token = new_token()
    domain = settings.smtp.from_.rsplit("@", 1)[-1]
    conf = Confirmation(
        token=token,
        purpose=purpose,
        email=email,
        contact_id=contact_id,
        payload=payload,
        message_id=mailer.new_message_id(domain, "mailbot-confirm", token),
        created_at=now,
        expires_at=expires_at or now + timedelta(days=settings.register_.identity_token_days),
    )
    session.add(conf)
    return conf


def match(session: Session, token: str | None, refs: Iterable[str]) -> Confirmation | None:
    """The confirmation an answer names: by its token, else by the mail it replies to."""
    conf = None
    if token:
        conf = session.exec(select(Confirmation).where(Confirmation.token == token)).first()
    wanted = set(refs)
    if conf is None and wanted:
        conf = session.exec(
            select(Confirmation).where(col(Confirmation.message_id).in_(wanted))
        ).first()
    return conf


def consent_of(
    session: Session, contact_id: int | None, unused: bool = True
) -> Confirmation | None:
    """The contact's consent request token (the newest unused one, or the first ever)."""
    query = select(Confirmation).where(Confirmation.contact_id == contact_id)
    query = query.where(Confirmation.purpose == "consent")
    if unused:
        query = query.where(col(Confirmation.used_at).is_(None)).order_by(
            col(Confirmation.id).desc()
        )
    return session.exec(query).first()


def use(session: Session, conf: Confirmation, outcome: str, now: datetime | None = None) -> None:
    """Spent: accept, decline, or expired. A used token never counts again."""
    conf.used_at = now or clock.now()
    conf.outcome = outcome
    session.add(conf)


def expire(session: Session, conf: Confirmation, now: datetime | None = None) -> None:
    use(session, conf, "expired", now)


def evict(session: Session, now: datetime) -> int:
    """Expired identity and subscription tokens are deleted (consent tokens end with quarantine)."""
    rows = session.exec(
        select(Confirmation)
        .where(Confirmation.expires_at < now)
        .where(Confirmation.purpose != "consent")
    ).all()
    for row in rows:
        session.delete(row)
    return len(rows)


def view(conf: Confirmation) -> ConfirmationView:
    """What a handler may see of it."""
    assert conf.id is not None
    return ConfirmationView(
        id=conf.id,
        purpose=conf.purpose,
        email=conf.email,
        contact_id=conf.contact_id,
        payload=dict(conf.payload or {}),
        created_at=conf.created_at,
        expires_at=conf.expires_at,
        used=conf.used_at is not None,
    )
