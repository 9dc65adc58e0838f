"""The unit of work: the one way mailbot writes to its database.

Every change happens inside a unit of work, which knows who makes it (its
`actor`: a staff user such as "alice" or "cli:alice", a job such as
"job:retention", or "mail" for the mail pipeline). Audit events and outgoing
mail are collected as plain attributes and written by `commit()` before the
transaction ends, so a commit without its audit cannot happen::

    with UnitOfWork(engine, actor="cli:alice", post=service.queue_reply) as uow:
        contact = register.add_contact(service, uow.session, email=..., name=...)
        uow.audit("delete", ("ChatRecord", 7), {"why": "asked"})
        uow.send(reply)                      # rendered into the outbox on commit
        uow.commit()                         # mail, then audit, then COMMIT
    # leaving the block without commit() rolls back: nothing is written

Public API (stable; the web console and the CLI's application layer use it):

- ``UnitOfWork(engine, actor, *, post=None)`` – opens a session; a context manager.
- ``uow.session`` – the Session to read and change rows with. Its ``commit()`` is
  ``uow.commit()`` and its ``rollback()`` is ``uow.rollback()``: code written
  against a plain Session cannot commit past the audit.
- ``uow.actor`` – who; every event without an explicit actor names it.
- ``uow.events`` / ``uow.outgoing`` – what waits for the commit (lists of
  `PendingEvent` / `PendingMail`).
- ``uow.audit(action, entity, fields=None, *, actor=None)`` – `entity` is a model
  instance (its id is taken after the flush that gives it one), a name, or a
  ``(name, id)`` pair.
- ``uow.send(reply, original=None, inbound=None)`` – a `handlers.base.Reply`; on
  commit it goes through `post` (e.g. ``Service.queue_reply``: caps, rendering).
- ``uow.flush()`` – write pending mail and audit now (ids assigned; still uncommitted).
- ``uow.commit()`` / ``uow.rollback()``; ``uow.savepoint()`` – a nested transaction
  whose events and mail vanish with it when its block raises.
- ``uow_of(session)`` – the unit of work that owns a session, or None.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import SessionTransaction
from sqlmodel import Session

from mailbot import audit

if TYPE_CHECKING:
    from mailbot.handlers.base import Reply
    from mailbot.models import InboundMessage, OutboundMail
    from mailbot.parsing import Message

    Post = Callable[[Session, Reply, Message | None, InboundMessage | None], OutboundMail | None]


class UnitOfWorkError(RuntimeError):
    """The unit of work was used in a way that would lose or bypass its audit."""


@dataclass
class PendingEvent:
    """An audit event waiting for the commit (its entity may not have an id yet)."""

    action: str
    entity: Any  # model instance | name | (name, id)
    fields: dict[str, Any] = field(default_factory=dict)
    actor: str = "mailbot"


@dataclass
class PendingMail:
    """A mail waiting for the commit, to be rendered into the outbox by `post`."""

    reply: Reply
    original: Message | None = None
    inbound: InboundMessage | None = None


class WriterSession(Session):
    """A Session whose commit and rollback are its unit of work's."""

    def __init__(self, uow: UnitOfWork, engine: Engine) -> None:
        super().__init__(engine, expire_on_commit=False)
        self.uow = uow

    @property
    def audit_chain(self) -> audit.Chain:
        """Read by `audit.record`, so direct callers extend the same chain."""
        return self.uow.chain

    def commit(self) -> None:
        self.uow.commit()

    def rollback(self) -> None:
        self.uow.rollback()


class UnitOfWork:
    """Session + actor + pending audit events and mail; `commit()` writes them all."""

    def __init__(self, engine: Engine, actor: str, *, post: Post | None = None) -> None:
        if not actor or not actor.strip():
            raise UnitOfWorkError("a unit of work needs an actor (who makes the change)")
        self.engine = engine
        self.actor = actor
        self.post = post
        self.events: list[PendingEvent] = []
        self.outgoing: list[PendingMail] = []
        self.chain = audit.Chain()
        self.session: Session = WriterSession(self, engine)
        self.closed = False

    # -------------------------------------------------------------- collecting
    def audit(
        self,
        action: str,
        entity: Any,
        fields: dict[str, Any] | None = None,
        *,
        actor: str | None = None,
    ) -> None:
        """An audit event, written on flush/commit (after ids are assigned)."""
        self._open()
        self.events.append(PendingEvent(action, entity, dict(fields or {}), actor or self.actor))

    def send(
        self,
        reply: Reply,
        original: Message | None = None,
        inbound: InboundMessage | None = None,
    ) -> None:
        """A mail, rendered into the outbox on flush/commit by `post`."""
        self._open()
        if self.post is None:
            raise UnitOfWorkError("this unit of work has no post office (give post=...)")
        self.outgoing.append(PendingMail(reply, original, inbound))

    # -------------------------------------------------------------- writing
    def flush(self) -> None:
        """Write pending mail and audit events into the transaction (not committed)."""
        self._open()
        session = self.session
        while self.outgoing:  # posting may audit, and in principle send more
            mail = self.outgoing.pop(0)
            assert self.post is not None
            self.post(session, mail.reply, mail.original, mail.inbound)
        Session.flush(session)  # entities get their ids (and direct audit rows are written)
        events, self.events = self.events, []
        self.chain.append_many(  # one INSERT, after every row it names (issue 12)
            session,
            [(e.action, *audit.entity_ref(e.entity), e.fields, e.actor) for e in events],
        )
        Session.flush(session)

    def commit(self) -> None:
        """Write the pending mail and audit, then commit; the only way to commit."""
        self.flush()
        try:
            Session.commit(self.session)
        except BaseException:
            self.rollback()
            raise
        self.chain.forget()

    def rollback(self) -> None:
        """Undo the transaction; pending events and mail go with it."""
        self.events.clear()
        self.outgoing.clear()
        self.chain.forget()
        Session.rollback(self.session)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested transaction: if the block raises, its rows, events and mail are undone."""
        self._open()
        events, outgoing = len(self.events), len(self.outgoing)
        try:
            with self.session.begin_nested():
                yield
        except BaseException:
            del self.events[events:]
            del self.outgoing[outgoing:]
            self.chain.forget()  # the head may be an event the savepoint took back
            raise

    def close(self) -> None:
        """Roll back what was not committed and release the connection."""
        if self.closed:
            return
        self.events.clear()
        self.outgoing.clear()
        self.chain.forget()
        Session.close(self.session)
        self.closed = True

    def _open(self) -> None:
        if self.closed:
            raise UnitOfWorkError("this unit of work is closed")

    # -------------------------------------------------------------- context
    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self.session.in_transaction():
                Session.rollback(self.session)
        finally:
            self.close()


@event.listens_for(WriterSession, "before_commit")
def _write_pending(session: WriterSession) -> None:
    """Also a commit that goes round `commit()` (`with session.begin():`) writes the audit."""
    uow = session.uow
    if uow.events or uow.outgoing:
        uow.flush()


@event.listens_for(WriterSession, "after_soft_rollback")
def _rolled_back(session: WriterSession, previous: SessionTransaction) -> None:
    """Whatever rolled back (a savepoint too): the cached chain head may be gone; the
    whole transaction: its pending events and mail go with it."""
    uow = session.uow
    uow.chain.forget()
    if not previous.nested and previous.parent is None:
        uow.events.clear()
        uow.outgoing.clear()


def uow_of(session: Session) -> UnitOfWork | None:
    """The unit of work that owns `session`, or None for a plain Session."""
    return session.uow if isinstance(session, WriterSession) else None
