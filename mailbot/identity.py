"""Who is asking (SPEC §3): the single From address, registered or not, authenticated or not.

Only the addr-spec of the one From header counts; display names, Reply-To,
Sender and addresses in the body never do. A From header that the parser had to
guess at (an address as an unquoted display name, an encoded-word in the address,
a group) gives no sender at all: unverified. A sender is authenticated only by
Authentication-Results from the configured border MTA (authresults.py), for the
From address's own domain.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import bindparam
from sqlmodel import Session, select

from mailbot import addresses, authresults, clock, parsing
from mailbot.config import Settings
from mailbot.models import Contact, Meta, Suppression
from mailbot.parsing import Message

Level = Literal["authenticated", "registered", "unregistered", "unverified"]


@dataclass(frozen=True)
class Identity:
    """The verification outcome of one message's sender."""

    address: str | None  # normalised sender address
    contact_id: int | None
    authenticated: bool
    suppressed: bool
    reason: str

    @property
    def registered(self) -> bool:
        return self.contact_id is not None

    @property
    def level(self) -> Level:
        if self.address is None:
            return "unverified"
        if self.contact_id is None:
            return "unregistered"
        return "authenticated" if self.authenticated else "registered"


def normalise(addr: str | None, settings: Settings) -> str | None:
    """The sender's person key (addresses.person_key, the one address identity)."""
    return addresses.person_key(addr, settings.register_.plus_tags_match)


def suppression_key(session: Session, settings: Settings) -> bytes:
    """The HMAC key for suppression hashes: configured, or made once and kept in the database.

    No cache of its own: the session's identity map holds the row once read.
    """
    if settings.register_.suppression_key:
        return settings.register_.suppression_key.encode()
    row = session.get(Meta, "suppression_key")
    if row is None:
        row = Meta(key="suppression_key", value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return row.value.encode()


def is_suppressed(session: Session, settings: Settings, address: str) -> bool:
    """Whether the address was erased: one look-up by its keyed hash (a unique index).

    Nothing is cached in the session (issue 9: no hidden transaction state), so a
    suppression a rolled-back savepoint took back no longer counts, and the answer
    is the same with or without autoflush (`add_suppression` flushes its row).
    """
    digest = addresses.address_hash(address, suppression_key(session, settings))
    with session.no_autoflush:
        found = session.execute(_SUPPRESSED, {"digest": digest}).first()
    return found is not None


# Built once: building the statement cost twice what running it does (issue 12).
_SUPPRESSED = select(Suppression.id).where(Suppression.address_hash == bindparam("digest")).limit(1)


def add_suppression(session: Session, settings: Settings, address: str) -> None:
    """Never re-added, never mailed again: only a keyed hash of the address is kept."""
    if not is_suppressed(session, settings, address):
        digest = addresses.address_hash(address, suppression_key(session, settings))
        session.add(Suppression(address_hash=digest, created_at=clock.now()))
        session.flush()  # seen at once by every later look-up, autoflush or not


def find_contact(session: Session, address: str | None) -> Contact | None:
    if address is None:
        return None
    return session.exec(select(Contact).where(Contact.email == address)).first()


def check(session: Session, msg: Message, settings: Settings) -> Identity:
    """Decide the sender's identity for a message (reads the register; writes nothing)."""
    if msg.sender is None:
        if msg.from_addresses:
            reason = "several From addresses"
        else:
            reason = parsing.from_problem(msg.headers.get("from", [])) or "no From address"
        return Identity(None, None, False, False, reason)
    address = normalise(msg.sender, settings)
    if address is None:
        return Identity(None, None, False, False, f"unusable From address {msg.sender!r}")
    contact = find_contact(session, address)
    verdict = authresults.verdict(
        msg.auth_results,
        addresses.domain_of(address),
        settings.auth.trusted_authserv_ids,
        exchange_online=settings.auth.exchange_online,
    )
    return Identity(
        address=address,
        contact_id=contact.id if contact else None,
        authenticated=verdict.authenticated,
        suppressed=is_suppressed(session, settings, address),
        reason=verdict.reason,
    )


def for_address(session: Session, addr: str | None, settings: Settings) -> Identity:
    """Identity of an address given in a form: it may be registered, never authenticated."""
    address = normalise(addr, settings)
    if address is None:
        return Identity(None, None, False, False, "no usable address in the form")
    contact = find_contact(session, address)
    return Identity(
        address=address,
        contact_id=contact.id if contact else None,
        authenticated=False,
        suppressed=is_suppressed(session, settings, address),
        reason="address given in a form",
    )
