"""Contact-form enquiries: list, show, promote the enquirer, delete."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.app import contacts
from mailbot.app.base import NotFound, Record, command, reading
from mailbot.models import Enquiry
from mailbot.service import Service
from mailbot.uow import UnitOfWork


@dataclass
class EnquiryView(Record):
    id: int
    email: str | None
    name: str | None
    company: str | None
    phone: str | None
    page: str | None
    language: str | None
    received_at: str
    message: str | None

    @classmethod
    def of(cls, e: Enquiry) -> EnquiryView:
        assert e.id is not None
        return cls(
            id=e.id,
            email=e.email,
            name=e.name,
            company=e.company,
            phone=e.phone,
            page=e.page,
            language=e.language,
            received_at=e.received_at.isoformat(),
            message=e.message,
        )


def list_enquiries(engine: Engine) -> list[EnquiryView]:
    """Newest first."""
    with reading(engine) as session:
        return [
            EnquiryView.of(e)
            for e in session.exec(select(Enquiry).order_by(col(Enquiry.id).desc()))
        ]


def show_enquiry(engine: Engine, enquiry_id: int) -> EnquiryView:
    with reading(engine) as session:
        return EnquiryView.of(_get(session, enquiry_id))


def _get(session: Session, enquiry_id: int) -> Enquiry:
    row = session.get(Enquiry, enquiry_id)
    if row is None:
        raise NotFound(f"no enquiry {enquiry_id}")
    return row


@command
def promote(uow: UnitOfWork, service: Service, enquiry_id: int) -> contacts.Added:
    """The enquirer becomes a register contact in quarantine (consent request)."""
    e = _get(uow.session, enquiry_id)
    return contacts.promote(
        uow,
        service,
        email=e.email or "",
        name=e.name or "",
        company=e.company,
        phone=e.phone,
        language=e.language,
    )


@command
def delete(uow: UnitOfWork, enquiry_id: int) -> None:
    """Delete one enquiry (audited; the enquiry's text is not kept in the log)."""
    uow.session.delete(_get(uow.session, enquiry_id))
    uow.audit("delete", ("Enquiry", enquiry_id), {})
    uow.commit()
