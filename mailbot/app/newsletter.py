"""Newsletter subscribers and opt-outs (REGISTER.md §5a)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from mailbot.app.base import Record, reading
from mailbot.models import Contact


@dataclass
class OptOutView(Record):
    email: str
    name: str
    opted_out_at: str


@dataclass
class SubscriberView(Record):
    email: str
    name: str
    confirmed_at: str | None  # double opt-in confirmed


def optouts(engine: Engine) -> list[OptOutView]:
    """Who opted out, latest first."""
    with reading(engine) as session:
        return [
            OptOutView(c.email, c.name, c.newsletter_opt_out_at.isoformat())
            for c in session.exec(
                select(Contact)
                .where(col(Contact.newsletter_opt_out_at).is_not(None))
                .where(Contact.newsletter == False)  # noqa: E712
                .order_by(col(Contact.newsletter_opt_out_at).desc())
            )
            if c.newsletter_opt_out_at
        ]


def subscribers(engine: Engine) -> list[SubscriberView]:
    """Contacts with the newsletter on, by address."""
    with reading(engine) as session:
        return [
            SubscriberView(
                c.email,
                c.name,
                c.newsletter_confirmed_at.isoformat() if c.newsletter_confirmed_at else None,
            )
            for c in session.exec(
                select(Contact).where(Contact.newsletter == True).order_by(col(Contact.email))  # noqa: E712
            )
        ]
