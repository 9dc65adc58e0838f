"""What every query and command of the application layer shares.

Queries take the engine and return plain records (dataclasses with `as_json()`, or
TypedDicts) that the CLI prints and the web console renders. Commands take a
`UnitOfWork` (so the actor is always named), change rows only through domain
functions and the unit of work, and commit it themselves: one command, one
transaction. Every command is registered with `@command`, so the tests can find
each one and check that it leaves an audit event naming its actor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any, TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session

from mailbot import db, identity
from mailbot.config import Settings
from mailbot.service import Service
from mailbot.uow import UnitOfWork

F = TypeVar("F", bound=Callable[..., Any])

# "module.function" -> the command; filled by @command as the modules are imported.
COMMANDS: dict[str, Callable[..., Any]] = {}


def command(fn: F) -> F:
    """Register an application command (it takes a UnitOfWork first)."""
    COMMANDS[f"{fn.__module__.rpartition('.')[2]}.{fn.__name__}"] = fn
    return fn


class NotFound(LookupError):
    """What a show, promote or delete names does not exist; the message says what."""


class Refused(ValueError):
    """The domain refused the change (bad input, a rule); the message says why."""


class Record:
    """A dataclass record that prints as the CLI's JSON object (keys in field order)."""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload, no-any-return]


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A read-only look: whatever it changed is rolled back."""
    with Session(engine) as session:
        try:
            yield session
        finally:
            session.rollback()


def unit(service: Service, actor: str) -> UnitOfWork:
    """A unit of work whose mail goes through the service's outbox rules (caps, templates)."""
    return UnitOfWork(service.engine, actor=actor, post=service.queue_reply)


def open_database(settings: Settings) -> Engine:
    """The engine, with a current schema and the erasure suppression key made.

    Raises db.SchemaError when the schema needs `mailbot db upgrade`; any driver
    error as it comes.
    """
    engine = db.make_engine(settings.database.url)
    db.check_schema(engine)
    with UnitOfWork(engine, actor="mailbot") as uow:
        # Made once, before any erasure, so no two transactions race to make it.
        identity.suppression_key(uow.session, settings)
        uow.commit()
    return engine
