"""The data-subject access extract (GDPR Art. 15, SPEC §4): everything held about one address.

One plain, JSON-serialisable dict feeds both the PDF (pdf.py) and the machine-readable
attachment (Art. 20), so the two can never disagree. Its shape is pinned by
``data/extract.schema.json``.

Matching: the register keeps contacts' addresses normalised (identity.py), but enquiries,
chats and queued requests keep what was typed, so each of those is normalised the same way
before comparing. Comparing only ``lower()`` in SQL would miss ``Åsa@…`` on SQLite (its
``lower`` is ASCII-only) and a ``+tag`` when ``register.plus_tags_match`` is set.

Audit events are listed with their field *names* only: the log may hold values of other
people's records, and names are all a data subject needs to see what was done and when.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from mailbot import addresses, clock
from mailbot.config import Settings
from mailbot.models import (
    AuditEvent,
    ChatRecord,
    Company,
    Consent,
    Contact,
    Enquiry,
    InboundMessage,
    OutboundMail,
    QueuedAction,
)

FORMAT = "mailbot.extract/1"
LANGUAGES = ("fi", "sv", "en")
ART15_TEXTS = ("purposes", "categories", "recipients", "retention", "source", "rights", "complaint")
CONTACT_FIELDS = ("name", "title", "department", "email", "phone", "mobile", "language", "status")
CONTACT_FLAGS = ("newsletter", "marketing_allowed")
CONTACT_TIMES = (
    "newsletter_opt_in_at",
    "newsletter_confirmed_at",
    "newsletter_opt_out_at",
    "created_at",
    "updated_at",
    "last_interaction_at",
    "legacy_notice_at",
    "consent_requested_at",
)
COMPANY_FIELDS = ("name", "address", "website", "email", "phone", "business_area")
ENQUIRY_FIELDS = ("email", "name", "company", "phone", "page", "language", "message")
CHAT_FIELDS = (
    "form",
    "visitor_name",
    "company",
    "email",
    "phone",
    "page",
    "language",
    "started_at",
    "message",
)
REQUEST_FIELDS = ("action", "status", "verification")
# Mail that only carries requests: listed in an extract, but on its own it is not
# "data held" — otherwise every request would make its own sender a data subject.
REQUEST_KINDS = ("data_request", "confirmation")
REQUEST_TIMES = ("received_at", "due", "extended_until", "decided_at")


def _iso(value: datetime | None) -> str | None:
    """ISO 8601 with the offset (the models return aware UTC)."""
    return value.isoformat() if value is not None else None


def _language(language: str | None, settings: Settings) -> str:
    """A supported language; anything else falls back to the organisation's default."""
    if language is not None and language in LANGUAGES:
        return language
    return settings.organisation.default_language


def _text(texts: dict[str, str], language: str, default: str) -> str:
    """The text in `language`; an operator may have configured fewer languages than three."""
    for lang in (language, default, "en", *texts):
        if texts.get(lang):
            return texts[lang]
    return ""


def normalised_address(email: str, settings: Settings) -> str:
    """The person key an extract looks for (addresses.person_key); an unusable address is
    kept trimmed, and then no typed address matches it.
    """
    return addresses.person_key(email, settings.register_.plus_tags_match) or email.strip()


def address_matches(typed: str | None, wanted: str, settings: Settings) -> bool:
    """True when an address as someone typed it names the same person as `wanted`."""
    return addresses.same_person(typed, wanted, settings.register_.plus_tags_match)


def matching_ids(
    session: Session, model: type[Enquiry] | type[ChatRecord], wanted: str, settings: Settings
) -> list[int]:
    """Ids of rows whose typed address matches; only two columns are read for the scan."""
    rows = session.exec(select(model.id, model.email).where(col(model.email).is_not(None))).all()
    return [rid for rid, typed in rows if address_matches(typed, wanted, settings)]


def person_ledger_ids(
    session: Session,
    wanted: str,
    settings: Settings,
    linked: Iterable[int | None] = (),
) -> list[int]:
    """Ledger rows of mail from `wanted` or about it: its own mail, and `linked` rows
    (the inbound ids of its enquiries, chats and requests — a form mail whose Email
    field is the address), with every duplicate copy of those.
    """
    senders = session.exec(
        select(InboundMessage.sender).where(col(InboundMessage.sender).is_not(None)).distinct()
    ).all()
    matched = sorted(s for s in senders if address_matches(s, wanted, settings))
    ids = {i for i in linked if i is not None}
    for i in range(0, len(matched), 500):
        ids.update(
            session.exec(
                select(InboundMessage.id).where(
                    col(InboundMessage.sender).in_(matched[i : i + 500])
                )
            ).all()
        )
    if not ids:
        return []
    originals = sorted(ids)
    for i in range(0, len(originals), 500):
        ids.update(
            session.exec(
                select(InboundMessage.id).where(
                    col(InboundMessage.duplicate_of).in_(originals[i : i + 500])
                )
            ).all()
        )
    return sorted(i for i in ids if i is not None)


def sent_mail_ids(session: Session, wanted: str, settings: Settings) -> list[int]:
    """Mail mailbot sent (or is about to send) to the address."""
    addrs = session.exec(select(OutboundMail.to_addr).distinct()).all()
    matched = sorted(a for a in addrs if address_matches(a, wanted, settings))
    ids: list[int] = []
    for i in range(0, len(matched), 500):
        ids.extend(
            rid
            for rid in session.exec(
                select(OutboundMail.id).where(col(OutboundMail.to_addr).in_(matched[i : i + 500]))
            ).all()
            if rid is not None
        )
    return sorted(ids)


def _stored(row: InboundMessage) -> dict[str, Any]:
    return {
        "received_at": _iso(row.received_at),
        "processed_at": _iso(row.processed_at),
        "subject": row.subject,
        "kind": row.kind,
        "status": row.status,
        "folder": row.target_folder,
    }


def _sent(row: OutboundMail) -> dict[str, Any]:
    return {
        "created_at": _iso(row.created_at),
        "sent_at": _iso(row.sent_at),
        "subject": row.subject,
        "status": row.status,
    }


def _contact(contact: Contact) -> dict[str, Any]:
    out: dict[str, Any] = {"id": contact.id}
    out.update({k: getattr(contact, k) for k in CONTACT_FIELDS})
    out.update({k: bool(getattr(contact, k)) for k in CONTACT_FLAGS})
    out["source"] = contact.source
    out["consent_reminders"] = contact.consent_reminders
    out.update({k: _iso(getattr(contact, k)) for k in CONTACT_TIMES})
    return out


def _company(company: Company) -> dict[str, Any]:
    return {k: getattr(company, k) for k in COMPANY_FIELDS}


def _consent(row: Consent) -> dict[str, Any]:
    return {"at": _iso(row.at), "topic": row.topic, "event": row.event, "via": row.via}


def _enquiry(row: Enquiry) -> dict[str, Any]:
    out: dict[str, Any] = {"id": row.id, "received_at": _iso(row.received_at)}
    out.update({k: getattr(row, k) for k in ENQUIRY_FIELDS})
    return out


def _chat(row: ChatRecord) -> dict[str, Any]:
    out: dict[str, Any] = {"id": row.id, "received_at": _iso(row.received_at)}
    out.update({k: getattr(row, k) for k in CHAT_FIELDS})
    out["lines"] = [
        {"position": ln.position, "time": ln.time, "speaker": ln.speaker, "text": ln.text}
        for ln in row.lines
    ]
    return out


def _request(row: QueuedAction) -> dict[str, Any]:
    out: dict[str, Any] = {"id": row.id}
    out.update({k: getattr(row, k) for k in REQUEST_FIELDS})
    out.update({k: _iso(getattr(row, k)) for k in REQUEST_TIMES})
    out["reason"] = row.reason  # the outcome's reason, as mailed to the requester
    return out


def _field_names(fields: Any) -> list[str]:
    """Only the names of changed fields (the `fields` entry), never any value."""
    names = fields.get("fields") if isinstance(fields, dict) else None
    if isinstance(names, dict):
        names = list(names)
    if not isinstance(names, list):
        return []
    return [str(n) for n in names]


def _audit(session: Session, entities: dict[str, Sequence[int]]) -> list[dict[str, Any]]:
    """Events of the given records, each record's history starting at its latest "create".

    SQLite may hand a deleted record's id to a new one; starting at the new record's own
    "create" event keeps an erased person's history out of someone else's extract.
    """
    clauses = [
        and_(col(AuditEvent.entity) == name, col(AuditEvent.entity_id).in_([str(i) for i in ids]))
        for name, ids in entities.items()
        if ids
    ]
    if not clauses:
        return []
    events = session.exec(
        select(AuditEvent).where(or_(*clauses)).order_by(col(AuditEvent.id))
    ).all()
    start: dict[tuple[str, str | None], int] = {}
    for ev in events:
        if ev.action == "create":
            start[(ev.entity, ev.entity_id)] = ev.id or 0
    return [
        {
            "at": _iso(ev.at),
            "actor": ev.actor,
            "action": ev.action,
            "entity": ev.entity,
            "entity_id": ev.entity_id,
            "fields": _field_names(ev.fields),
        }
        for ev in events
        if (ev.id or 0) >= start.get((ev.entity, ev.entity_id), 0)
    ]


def _ids(rows: Iterable[Any]) -> list[int]:
    return [r.id for r in rows if r.id is not None]


def art15(settings: Settings, language: str) -> dict[str, str]:
    """The Art. 15(1) information from the register description's facts in the configuration."""
    reg = settings.register_
    default = settings.organisation.default_language
    out = {
        "controller": reg.controller or settings.organisation.name,
        "contact": reg.controller_contact or settings.smtp.from_,
    }
    for key in ART15_TEXTS:
        out[key] = _text(getattr(reg, key), language, default)
    return out


def build_extract(
    session: Session,
    email: str,
    settings: Settings,
    language: str,
    leave_out: Collection[int] = (),
) -> dict[str, Any] | None:
    """Everything held about `email`, or None when nothing at all is held.

    `leave_out`: outbox rows not to list, the mail that carries this extract (rendered
    by the sender, it would otherwise describe itself as "sending").
    """
    wanted = normalised_address(email, settings)
    contact = session.exec(select(Contact).where(Contact.email == wanted)).first()
    enquiry_ids = matching_ids(session, Enquiry, wanted, settings)
    chat_ids = matching_ids(session, ChatRecord, wanted, settings)
    enquiries = session.exec(
        select(Enquiry)
        .where(col(Enquiry.id).in_(enquiry_ids))
        .order_by(col(Enquiry.received_at), col(Enquiry.id))
    ).all()
    chats = session.exec(
        select(ChatRecord)
        .where(col(ChatRecord.id).in_(chat_ids))
        .order_by(col(ChatRecord.received_at), col(ChatRecord.id))
    ).all()
    request_filter = [col(QueuedAction.email) == wanted]
    if contact is not None:
        request_filter.append(col(QueuedAction.contact_id) == contact.id)
    requests = session.exec(
        select(QueuedAction)
        .where(or_(*request_filter))
        .order_by(col(QueuedAction.received_at), col(QueuedAction.id))
    ).all()
    linked = [r.inbound_id for r in (*enquiries, *chats, *requests)]
    ledger_ids = person_ledger_ids(session, wanted, settings, linked)
    stored = _in_ids(session, InboundMessage, ledger_ids)
    sent = _in_ids(
        session,
        OutboundMail,
        [i for i in sent_mail_ids(session, wanted, settings) if i not in leave_out],
    )
    own_mail = any(m.kind not in REQUEST_KINDS for m in stored)
    if contact is None and not enquiries and not chats and not requests and not own_mail:
        return None

    company = None
    consents: Sequence[Consent] = []
    if contact is not None:
        if contact.company_id is not None:
            company = session.get(Company, contact.company_id)
        consents = session.exec(
            select(Consent)
            .where(Consent.contact_id == contact.id)
            .order_by(col(Consent.at), col(Consent.id))
        ).all()
    entities: dict[str, Sequence[int]] = {
        "Contact": _ids([contact]) if contact is not None else [],
        "Enquiry": _ids(enquiries),
        "ChatRecord": _ids(chats),
        "QueuedAction": _ids(requests),
    }
    lang = _language(language, settings)
    return {
        "format": FORMAT,
        "subject": contact.email if contact is not None else wanted,
        "language": lang,
        "generated_at": clock.now().isoformat(timespec="seconds"),
        "contact": _contact(contact) if contact is not None else None,
        "company": _company(company) if company is not None else None,
        "consents": [_consent(c) for c in consents],
        "enquiries": [_enquiry(e) for e in enquiries],
        "chats": [_chat(c) for c in chats],
        "requests": [_request(r) for r in requests],
        "stored_mail": [_stored(m) for m in stored],
        "sent_mail": [_sent(m) for m in sent],
        "audit": _audit(session, entities),
        "art15": art15(settings, lang),
    }


def _in_ids(session: Session, model: Any, ids: Sequence[int]) -> list[Any]:
    """Rows by id in the order they were written (ids grow with time)."""
    out: list[Any] = []
    for i in range(0, len(ids), 500):
        out.extend(session.exec(select(model).where(col(model.id).in_(ids[i : i + 500]))).all())
    return sorted(out, key=lambda r: r.id)


def extract_json(data: dict[str, Any]) -> bytes:
    """The Art. 20 attachment: UTF-8, readable by people too (indented, letters not escaped)."""
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
