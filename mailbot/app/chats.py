"""Chat transcripts and offline messages: list, show, promote the visitor, delete."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.app import contacts
from mailbot.app.base import NotFound, Record, Refused, command, reading
from mailbot.models import ChatRecord
from mailbot.service import Service
from mailbot.uow import UnitOfWork


@dataclass
class ChatView(Record):
    id: int
    form: str
    email: str | None
    name: str | None
    company: str | None
    phone: str | None
    page: str | None
    received_at: str
    message: str | None
    lines: list[str] = field(default_factory=list)  # "[time] speaker: text"

    @classmethod
    def of(cls, c: ChatRecord) -> ChatView:
        assert c.id is not None
        return cls(
            id=c.id,
            form=c.form,
            email=c.email,
            name=c.visitor_name,
            company=c.company,
            phone=c.phone,
            page=c.page,
            received_at=c.received_at.isoformat(),
            message=c.message,
            lines=[f"[{x.time}] {x.speaker}: {x.text}" for x in c.lines],
        )


def list_chats(engine: Engine) -> list[ChatView]:
    """Newest first."""
    with reading(engine) as session:
        return [
            ChatView.of(c)
            for c in session.exec(select(ChatRecord).order_by(col(ChatRecord.id).desc()))
        ]


def show_chat(engine: Engine, chat_id: int) -> ChatView:
    with reading(engine) as session:
        return ChatView.of(_get(session, chat_id))


def _get(session: Session, chat_id: int) -> ChatRecord:
    row = session.get(ChatRecord, chat_id)
    if row is None:
        raise NotFound(f"no chat record {chat_id}")
    return row


@command
def promote(uow: UnitOfWork, service: Service, chat_id: int) -> contacts.Added:
    """The visitor becomes a register contact in quarantine (consent request)."""
    c = _get(uow.session, chat_id)
    if not c.email:
        raise Refused(f"chat record {chat_id} has no e-mail address to register")
    return contacts.promote(
        uow,
        service,
        email=c.email,
        name=c.visitor_name or "",
        company=c.company,
        phone=c.phone,
        language=c.language,
    )


@command
def delete(uow: UnitOfWork, chat_id: int) -> None:
    """Delete a chat record and its lines (REGISTER.md §5c: kept until someone deletes it)."""
    uow.session.delete(_get(uow.session, chat_id))
    uow.audit("delete", ("ChatRecord", chat_id), {})
    uow.commit()
