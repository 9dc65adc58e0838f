"""The review queue: approve (apply), reject, extend — each with its mail and audit events.

Called by staff through the CLI or the web console; every function works inside
the caller's session so the change, its audit events and its mail commit together.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from mailbot import addresses, clock
from mailbot.config import Settings
from mailbot.extract import matching_ids
from mailbot.handlers.base import Reply
from mailbot.handlers.requests import add_months
from mailbot.identity import add_suppression, is_suppressed, suppression_key
from mailbot.models import (
    ChatLine,
    ChatRecord,
    Confirmation,
    Consent,
    Contact,
    Enquiry,
    FollowUp,
    InboundMessage,
    OutboundMail,
    QueuedAction,
)
from mailbot.service import Service

EDITABLE = ("name", "email", "phone", "title", "department", "company")


class ActionError(Exception):
    """The operator asked for something that cannot be done (one line for the CLI)."""


def get_pending(session: Session, action_id: int) -> QueuedAction:
    action = session.get(QueuedAction, action_id, with_for_update=True)
    if action is None:
        raise ActionError(f"no queued action {action_id}")
    if action.status != "pending":
        raise ActionError(f"action {action_id} is {action.status}, not pending")
    return action


def _language(service: Service, action: QueuedAction, contact: Contact | None) -> str:
    return service.ctx.language(action.language, contact.language if contact else None)


def _mail(
    service: Service,
    session: Session,
    action: QueuedAction,
    template: str,
    context: dict[str, Any],
    contact: Contact | None,
) -> None:
    reply = Reply(
        to=action.email,
        template=template,
        language=_language(service, action, contact),
        context={"action": action.action, **context},
        in_reply_to_original=False,
        limited=False,
    )
    service.queue_reply(session, reply, None, None)


def approve(service: Service, session: Session, action_id: int, by: str) -> QueuedAction:
    action = get_pending(session, action_id)
    contact = session.get(Contact, action.contact_id) if action.contact_id else None
    if contact is None and action.action != "erasure":
        raise ActionError(f"the contact of action {action_id} no longer exists; reject it instead")
    now = clock.now()
    changes: dict[str, Any] = {}
    if action.action == "rectification":
        assert contact is not None
        changes = _rectify(session, service.ctx.settings, contact, action.proposed)
        service.defer_audit(session, "rectify", contact, {"fields": sorted(changes)}, actor=by)
    elif action.action == "objection":
        assert contact is not None
        contact.newsletter = False
        contact.marketing_allowed = False
        contact.newsletter_opt_out_at = contact.newsletter_opt_out_at or now
        contact.updated_at = now
        session.add(contact)
        session.add(
            Consent(
                contact_id=contact.id,
                topic="marketing",
                event="withdrawn",
                at=now,
                via=f"staff:{by}",
            )
        )
        service.defer_audit(
            session, "object", contact, {"fields": ["newsletter", "marketing_allowed"]}, actor=by
        )
    action.status = "applied"
    action.decided_by = by
    action.decided_at = now
    session.add(action)
    if action.action in ("rectification", "erasure", "purge"):
        for recipient in service.ctx.settings.register_.art19_recipients:
            session.add(FollowUp(action_id=action.id, recipient=recipient, note=action.action))
    if action.action in ("erasure", "purge"):
        # The result mail is the last one: queued after the erasure, exempt from the
        # suppression it creates, and to the address the request came from.
        to, lang = action.email, _language(service, action, contact)
        contact_id = action.contact_id
        counts = erase(service.ctx.settings, session, to, keep_action=action, contact_id=contact_id)
        service.defer_audit(session, "erase", ("Contact", contact_id), counts, actor=by)
        reply = Reply(
            to=to,
            template="result_applied",
            language=lang,
            context={"action": action.action, "changes": {}},
            in_reply_to_original=False,
            limited=False,
            final=True,
        )
        service.queue_reply(session, reply, None, None)
    else:
        _mail(service, session, action, "result_applied", {"changes": changes}, contact)
    service.defer_audit(session, "approve", action, {"action": action.action}, actor=by)
    return action


def _rectify(
    session: Session, settings: Settings, contact: Contact, proposed: dict[str, Any]
) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for field, change in proposed.items():
        if field not in EDITABLE or not isinstance(change, dict) or not change.get("new"):
            continue
        new = str(change["new"])
        if field == "company":
            from mailbot.register import get_or_create_company

            company = get_or_create_company(session, new)
            contact.company_id = company.id if company else None
        elif field == "email":
            normal = addresses.normalise(new)
            taken = normal and session.exec(select(Contact).where(Contact.email == normal)).first()
            if normal is None or taken or is_suppressed(session, settings, normal):
                continue  # never onto another contact's or an erased address
            contact.email = normal
        else:
            setattr(contact, field, new)
        changes[field] = {"new": new}
    contact.updated_at = clock.now()
    session.add(contact)
    return changes


def erase(
    settings: Settings,
    session: Session,
    email: str,
    keep_action: QueuedAction | None = None,
    contact_id: int | None = None,
) -> dict[str, int]:
    """Delete everything linked to the person; keep only keyed hashes (suppression).

    The person is the contact (by id, so an address changed since the request was
    made is still found) and every address they had here. Pending mail to them
    goes too. Returns counts per kind for the audit event — never the values.
    """
    session.flush()
    first = addresses.normalise(email) or email.strip().lower()
    contact = session.get(Contact, contact_id) if contact_id else None
    if contact is None:
        contact = session.exec(select(Contact).where(Contact.email == first)).first()
    targets = {first} | ({contact.email} if contact is not None else set())
    counts: dict[str, int] = dict.fromkeys(
        ("chat_records", "enquiries", "confirmations", "consents", "mail", "contacts"), 0
    )
    key = suppression_key(session, settings)
    for address in sorted(targets):
        # The extract's matching (Unicode case, IDNA, +tags as configured), so erasure
        # deletes exactly what an extract would have shown.
        chat_ids = matching_ids(session, ChatRecord, address, settings)
        enquiry_ids = matching_ids(session, Enquiry, address, settings)
        if chat_ids:
            session.exec(delete(ChatLine).where(col(ChatLine.chat_id).in_(chat_ids)))  # type: ignore[call-overload]
            session.exec(delete(ChatRecord).where(col(ChatRecord.id).in_(chat_ids)))  # type: ignore[call-overload]
        if enquiry_ids:
            session.exec(delete(Enquiry).where(col(Enquiry.id).in_(enquiry_ids)))  # type: ignore[call-overload]
        counts["chat_records"] += len(chat_ids)
        counts["enquiries"] += len(enquiry_ids)
        counts["confirmations"] += session.exec(  # type: ignore[call-overload]
            delete(Confirmation).where(Confirmation.email == address)
        ).rowcount
        scrubbed = f"erased:{addresses.address_hash(address, key)[:12]}"
        for other in session.exec(select(QueuedAction).where(QueuedAction.email == address)).all():
            if keep_action is not None and other.id == keep_action.id:
                continue
            if other.status == "pending":
                other.status = "superseded"
            other.email, other.text, other.proposed, other.reason = scrubbed, "", {}, None
            session.add(other)
        # Mail to the address, sent (extracts!) or still waiting.
        mail_ids = [
            mid
            for mid, to in session.exec(select(OutboundMail.id, OutboundMail.to_addr)).all()
            if (addresses.normalise(to) or to.lower()) == address
        ]
        if mail_ids:
            session.exec(delete(OutboundMail).where(col(OutboundMail.id).in_(mail_ids)))  # type: ignore[call-overload]
        counts["mail"] += len(mail_ids)
        ledger_ids = [
            rid
            for rid, sender in session.exec(
                select(InboundMessage.id, InboundMessage.sender).where(
                    col(InboundMessage.sender).is_not(None)
                )
            ).all()
            if sender and (addresses.normalise(sender) or sender.lower()) == address
        ]
        if ledger_ids:
            session.exec(  # type: ignore[call-overload]
                update(InboundMessage)
                .where(col(InboundMessage.id).in_(ledger_ids))
                .values(sender=None, subject=None, message_id=None, error=None)
            )
        add_suppression(session, settings, address)
    if contact is not None:
        counts["consents"] = session.exec(  # type: ignore[call-overload]
            delete(Consent).where(Consent.contact_id == contact.id)
        ).rowcount
        counts["confirmations"] += session.exec(  # type: ignore[call-overload]
            delete(Confirmation).where(Confirmation.contact_id == contact.id)
        ).rowcount
        for other in session.exec(
            select(QueuedAction).where(QueuedAction.contact_id == contact.id)
        ).all():
            if keep_action is None or other.id != keep_action.id:
                if other.status == "pending":
                    other.status = "superseded"
                other.text, other.proposed, other.reason = "", {}, None
            other.contact_id = None
            session.add(other)
        session.delete(contact)
        counts["contacts"] = 1
    if keep_action is not None:
        # The action keeps its decision but not the address or the text.
        keep_action.text, keep_action.proposed = "", {}
        keep_action.contact_id = None
        keep_action.email = f"erased:{addresses.address_hash(first, key)[:12]}"
        session.add(keep_action)
    return counts


def reject(
    service: Service, session: Session, action_id: int, by: str, reason: str
) -> QueuedAction:
    if not reason.strip():
        raise ActionError("a rejection needs a reason (it is mailed to the requester)")
    action = get_pending(session, action_id)
    contact = session.get(Contact, action.contact_id) if action.contact_id else None
    action.status = "rejected"
    action.decided_by = by
    action.decided_at = clock.now()
    action.reason = reason
    session.add(action)
    lang = _language(service, action, contact)
    complaint = service.ctx.settings.register_.complaint.get(lang, "")
    _mail(
        service,
        session,
        action,
        "result_rejected",
        {"reason": reason, "complaint": complaint},
        contact,
    )
    service.defer_audit(session, "reject", action, {"action": action.action}, actor=by)
    return action


def extend(
    service: Service, session: Session, action_id: int, by: str, reason: str, months: int = 2
) -> QueuedAction:
    """GDPR Art. 12(3): at most two further months, and the requester is told why."""
    if not reason.strip():
        raise ActionError("an extension needs a reason (it is mailed to the requester)")
    if not 1 <= months <= 2:
        raise ActionError("an extension is one or two months")
    action = get_pending(session, action_id)
    limit = add_months(action.received_at, 3)
    new_due = min(add_months(action.due, months), limit)
    if new_due <= action.due:
        raise ActionError(f"action {action_id} is already extended to the limit ({limit.date()})")
    contact = session.get(Contact, action.contact_id) if action.contact_id else None
    action.due = new_due
    action.extended_until = new_due
    action.extension_reason = reason
    session.add(action)
    _mail(
        service,
        session,
        action,
        "deadline_extended",
        {"reason": reason, "due": new_due.date().isoformat()},
        contact,
    )
    service.defer_audit(session, "extend", action, {"due": new_due.date().isoformat()}, actor=by)
    return action


def due_soon(session: Session, days: int = 7) -> list[QueuedAction]:
    limit = clock.now() + timedelta(days=days)
    return list(
        session.exec(
            select(QueuedAction)
            .where(QueuedAction.status == "pending")
            .where(QueuedAction.due <= limit)
            .order_by(col(QueuedAction.due))
        ).all()
    )
