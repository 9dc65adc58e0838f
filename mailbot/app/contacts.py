"""Contacts in the customer register: list, show, add, edit, erase; the extract."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypedDict, cast

from sqlalchemy.engine import Engine

from mailbot import actions, register
from mailbot.app.base import NotFound, Record, Refused, command, reading
from mailbot.extract import build_extract
from mailbot.models import Contact
from mailbot.service import Service
from mailbot.uow import UnitOfWork


class ContactView(TypedDict):
    """A contact as `contacts show --json` prints it (register.contact_dict's keys)."""

    id: int
    email: str
    name: str
    company: str | None
    title: str | None
    department: str | None
    phone: str | None
    mobile: str | None
    language: str | None
    status: str
    newsletter: bool
    newsletter_opt_in_at: str | None
    newsletter_confirmed_at: str | None
    newsletter_opt_out_at: str | None
    marketing_allowed: bool
    created_at: str | None
    updated_at: str | None
    last_interaction_at: str | None


@dataclass
class Added(Record):
    """A new contact, and when its consent request leaves (None: no request queued)."""

    contact: ContactView
    consent_at: datetime | None


@dataclass
class Edited(Record):
    """What an edit changed: the fields' values before and after (not in the audit log)."""

    contact: ContactView
    before: dict[str, Any]
    after: dict[str, Any]


EDITABLE = actions.EDITABLE


def _view(session: Any, contact: Contact) -> ContactView:
    return cast(ContactView, register.contact_dict(session, contact))


def list_contacts(engine: Engine) -> list[ContactView]:
    """Every contact, by address."""
    with reading(engine) as session:
        return [_view(session, c) for c in register.all_contacts(session)]


def show_contact(engine: Engine, email: str, plus_tags_match: bool = False) -> ContactView:
    with reading(engine) as session:
        contact = register.find(session, email, plus_tags_match)
        if contact is None:
            raise NotFound(f"no contact {email}")
        return _view(session, contact)


def _add(uow: UnitOfWork, service: Service, source: str, **fields: Any) -> Added:
    try:
        contact = register.add_contact(service, uow.session, source=source, **fields)
    except register.RegisterError as exc:
        raise Refused(str(exc)) from None
    uow.commit()
    return Added(_view(uow.session, contact), register.consent_slot(uow.session, contact))


@command
def add(
    uow: UnitOfWork,
    service: Service,
    *,
    email: str,
    name: str,
    company: str | None = None,
    phone: str | None = None,
    title: str | None = None,
    department: str | None = None,
    language: str | None = None,
    status: str = "quarantined",
    source: str = "cli",
) -> Added:
    """Add a contact; quarantined ones are mailed a consent request (lifecycle)."""
    return _add(
        uow,
        service,
        source,
        email=email,
        name=name,
        company=company,
        phone=phone,
        title=title,
        department=department,
        language=language,
        status=status,
    )


def promote(
    uow: UnitOfWork,
    service: Service,
    *,
    email: str,
    name: str,
    company: str | None,
    phone: str | None,
    language: str | None,
) -> Added:
    """An enquirer or chat visitor becomes a quarantined contact (consent request)."""
    return _add(
        uow,
        service,
        "promotion",
        email=email,
        name=name,
        company=company,
        phone=phone,
        language=language,
        status="quarantined",
    )


def _find(uow: UnitOfWork, service: Service, email: str) -> Contact:
    contact = register.find(uow.session, email, service.ctx.settings.register_.plus_tags_match)
    if contact is None:
        raise NotFound(f"no contact {email}")
    return contact


@command
def edit(uow: UnitOfWork, service: Service, email: str, changes: dict[str, str]) -> Edited:
    """Change a contact's fields (name, email, phone, title, department, company).

    An empty value clears an optional field (phone, title, department, company). The
    same rules as an approved rectification: never onto another contact's or an
    erased address; the audit event names the fields changed and cleared, never their
    values (the before/after values are returned, not logged).
    """
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise Refused(f"cannot edit {', '.join(unknown)}; editable: {', '.join(EDITABLE)}")
    contact = _find(uow, service, email)
    values = {k: v if v and v.strip() else None for k, v in changes.items()}
    kept = sorted(k for k, v in values.items() if v is None and k not in actions.CLEARABLE)
    if kept:
        raise Refused(f"cannot empty {', '.join(kept)}; a contact keeps a name and an address")
    before_all = _view(uow.session, contact)
    done = actions.rectify(uow.session, service.ctx.settings, contact, values)
    refused = sorted(set(values) - set(done))
    if refused:
        raise Refused(f"not changed: {', '.join(refused)} (an address in use or erased)")
    fields: dict[str, Any] = {"fields": sorted(done)}
    cleared = sorted(k for k, change in done.items() if change.after is None)
    if cleared:
        fields["cleared"] = cleared
    uow.audit("edit", contact, fields)
    uow.commit()
    after_all = _view(uow.session, contact)
    return Edited(
        after_all,
        {k: before_all[k] for k in done},  # type: ignore[literal-required]
        {k: after_all[k] for k in done},  # type: ignore[literal-required]
    )


@command
def erase(uow: UnitOfWork, service: Service, email: str) -> dict[str, int]:
    """Delete the contact and everything linked to them (as an approved erasure).

    Their address is suppressed; their stored mail is marked for deletion from the
    mailbox. Returns the counts the audit event holds.
    """
    contact = _find(uow, service, email)
    contact_id = contact.id
    counts = actions.erase(
        service.ctx.settings, uow.session, contact.email, contact_id=contact_id, server=True
    )
    uow.audit("erase", ("Contact", contact_id), counts)
    uow.commit()
    return counts


def extract(
    engine: Engine, service: Service, email: str, language: str | None = None
) -> dict[str, Any] | None:
    """The extract data a data subject would get (None: nothing is held), unsent."""
    settings = service.ctx.settings
    with reading(engine) as session:
        contact = register.find(session, email, settings.register_.plus_tags_match)
        lang = service.ctx.language(language, contact.language if contact else None)
        return build_extract(session, email, settings, lang)
