"""The review queue: approve (apply), reject, extend — each with its mail and audit events.

Called by staff through the CLI or the web console; every function works inside
the caller's session so the change, its audit events and its mail commit together.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from mailbot import addresses, clock, corrections
from mailbot.addresses import recipient_keys
from mailbot.companies import get_or_create_company
from mailbot.config import Settings
from mailbot.deadlines import add_months
from mailbot.extract import (
    address_matches,
    matching_ids,
    normalised_address,
    person_ledger_ids,
    sent_mail_ids,
)
from mailbot.handlers.base import Reply
from mailbot.identity import add_suppression, is_suppressed, suppression_key
from mailbot.models import (
    ChatLine,
    ChatRecord,
    Company,
    Confirmation,
    Consent,
    Contact,
    Enquiry,
    FollowUp,
    InboundMessage,
    OutboundMail,
    QueuedAction,
    ServerDeletion,
)
from mailbot.writer import Writer

EDITABLE = ("name", "email", "phone", "title", "department", "company")
CLEARABLE = ("phone", "title", "department", "company")  # a contact keeps a name and address


class ActionError(Exception):
    """The operator asked for something that cannot be done (one line for the CLI)."""


def get_pending(session: Session, action_id: int) -> QueuedAction:
    action = session.get(QueuedAction, action_id, with_for_update=True)
    if action is None:
        raise ActionError(f"no queued action {action_id}")
    if action.status != "pending":
        raise ActionError(f"action {action_id} is {action.status}, not pending")
    return action


def _language(service: Writer, action: QueuedAction, contact: Contact | None) -> str:
    return service.ctx.language(action.language, contact.language if contact else None)


def _mail(
    service: Writer,
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


def approve(service: Writer, session: Session, action_id: int, by: str) -> QueuedAction:
    action = get_pending(session, action_id)
    contact = session.get(Contact, action.contact_id) if action.contact_id else None
    if contact is None and action.action != "erasure":
        raise ActionError(f"the contact of action {action_id} no longer exists; reject it instead")
    now = clock.now()
    changes: dict[str, Any] = {}
    if action.action == "rectification":
        assert contact is not None
        # A rectification asked for by mail sets fields; it never empties one.
        proposed = {
            k: str(c["new"])
            for k, c in action.proposed.items()
            if isinstance(c, dict) and c.get("new")
        }
        done = rectify(session, service.ctx.settings, contact, proposed)
        changes = {k: {"new": c.after} for k, c in done.items()}
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
        counts = erase(
            service.ctx.settings,
            session,
            to,
            keep_action=action,
            contact_id=contact_id,
            server=True,
        )
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


@dataclass(frozen=True)
class Change:
    """One field's value before and after a rectification (None: empty)."""

    before: str | None
    after: str | None


def rectify(
    session: Session, settings: Settings, contact: Contact, values: Mapping[str, str | None]
) -> dict[str, Change]:
    """Set the contact's fields to `values`; a None or blank value empties the field.

    Only optional fields (CLEARABLE) can be emptied; a contact keeps its name and
    address. An address never moves onto another contact's or an erased one. A field
    left alone for these reasons is missing from the result, so the caller can refuse.
    The caller audits the result's field names (never its values).
    """
    out: dict[str, Change] = {}
    for field, value in values.items():
        new = str(value) if value is not None and str(value).strip() else None
        if field not in EDITABLE or (new is None and field not in CLEARABLE):
            continue
        if field == "company":
            old = session.get(Company, contact.company_id) if contact.company_id else None
            before = old.name if old else None
            company = get_or_create_company(session, new)
            contact.company_id = company.id if company else None
        elif field == "email":
            before = contact.email
            normal = addresses.person_key(new, settings.register_.plus_tags_match)
            taken = normal and session.exec(select(Contact).where(Contact.email == normal)).first()
            if normal is None or taken or is_suppressed(session, settings, normal):
                continue  # never onto another contact's or an erased address
            contact.email = normal
        else:
            before = getattr(contact, field)
            setattr(contact, field, new)
        out[field] = Change(before, new)
    contact.updated_at = clock.now()
    session.add(contact)
    return out


def erase(
    settings: Settings,
    session: Session,
    email: str,
    keep_action: QueuedAction | None = None,
    contact_id: int | None = None,
    server: bool = False,
) -> dict[str, int]:
    """Delete everything linked to the person; keep only keyed hashes (suppression).

    The person is the contact (by id, so an address changed since the request was
    made is still found) and every address they had here, matched as identity
    matches a sender (extract.normalised_address). Deleted: the contact, its
    consents, confirmations, enquiries, chats and their lines, mail sent to it
    (pending or sent), copies sent to others about it (the personnel forward, a
    digest naming it: Art. 19 follow-ups of `keep_action`); scrubbed: the ledger
    rows of mail from or about it and the texts of its queued requests. With
    `server` the messages themselves are marked for deletion from the mailbox
    (ServerDeletion; the poll cycle carries it out). Returns counts for the audit
    event — never the values.
    """
    session.flush()
    first = normalised_address(email, settings)
    contact = session.get(Contact, contact_id) if contact_id else None
    if contact is None:
        contact = session.exec(select(Contact).where(Contact.email == first)).first()
    targets = {first} | ({contact.email} if contact is not None else set())
    counts: dict[str, int] = dict.fromkeys(
        (
            "chat_records",
            "enquiries",
            "confirmations",
            "consents",
            "mail",
            "contacts",
            "stored_mail",
            "server_messages",
            "copies_to_others",
        ),
        0,
    )
    key = suppression_key(session, settings)
    actions: dict[int, QueuedAction] = {}
    if keep_action is not None and keep_action.id is not None:
        actions[keep_action.id] = keep_action
    if contact is not None:
        for other in session.exec(
            select(QueuedAction).where(QueuedAction.contact_id == contact.id)
        ).all():
            actions.setdefault(other.id or 0, other)
    ledger: set[int] = set()
    for address in sorted(targets):
        for other in session.exec(select(QueuedAction)).all():
            if other.id is not None and address_matches(other.email, address, settings):
                actions.setdefault(other.id, other)
        # The extract's matching, so erasure deletes exactly what an extract would show.
        chat_ids = matching_ids(session, ChatRecord, address, settings)
        enquiry_ids = matching_ids(session, Enquiry, address, settings)
        linked = [
            *_inbound_ids(session, ChatRecord, chat_ids),
            *_inbound_ids(session, Enquiry, enquiry_ids),
            *(a.inbound_id for a in actions.values()),
        ]
        ledger.update(person_ledger_ids(session, address, settings, linked))
        if chat_ids:
            session.exec(delete(ChatLine).where(col(ChatLine.chat_id).in_(chat_ids)))  # type: ignore[call-overload]
            session.exec(delete(ChatRecord).where(col(ChatRecord.id).in_(chat_ids)))  # type: ignore[call-overload]
        if enquiry_ids:
            session.exec(delete(Enquiry).where(col(Enquiry.id).in_(enquiry_ids)))  # type: ignore[call-overload]
        counts["chat_records"] += len(chat_ids)
        counts["enquiries"] += len(enquiry_ids)
        conf_ids = [
            cid
            for cid, to in session.exec(select(Confirmation.id, Confirmation.email)).all()
            if address_matches(to, address, settings)
        ]
        if conf_ids:
            counts["confirmations"] += session.exec(  # type: ignore[call-overload]
                delete(Confirmation).where(col(Confirmation.id).in_(conf_ids))
            ).rowcount
        # Mail to the address, sent (extracts!) or still waiting.
        mail_ids = sent_mail_ids(session, address, settings)
        if mail_ids:
            session.exec(delete(OutboundMail).where(col(OutboundMail.id).in_(mail_ids)))  # type: ignore[call-overload]
        counts["mail"] += len(mail_ids)
        # Mail to another person whose cap key folds to this address (their +tag, when
        # plus_tags_match is off) keeps its row but no longer names the erased address.
        folded = recipient_keys(address)[0]
        session.exec(
            update(OutboundMail).where(col(OutboundMail.to_mailbox) == folded).values(to_mailbox="")
        )
        add_suppression(session, settings, address)
    scrubbed = f"erased:{addresses.address_hash(first, key)[:12]}"
    for other in actions.values():
        if keep_action is not None and other.id == keep_action.id:
            continue
        if other.status == "pending":
            other.status = "superseded"
        other.email, other.text, other.proposed, other.reason = scrubbed, "", {}, None
        other.contact_id = None
        session.add(other)
    counts["copies_to_others"] = _copies_to_others(
        settings, session, targets, sorted(ledger), list(actions.values()), keep_action
    )
    counts["stored_mail"] = len(ledger)
    if ledger:
        corrections.forget(session, sorted(ledger))  # what staff relabelled goes too
        rows = _in_chunks(session, InboundMessage, sorted(ledger))
        if server:
            known = {(d.dedup_key, d.size) for d in session.exec(select(ServerDeletion)).all()}
            for row in rows:
                if row.status == "duplicate" and row.duplicate_of in ledger:
                    continue  # the same content: one search finds every copy
                if (row.dedup_key, row.size) in known:
                    continue
                known.add((row.dedup_key, row.size))
                session.add(
                    ServerDeletion(
                        size=row.size,
                        dedup_key=row.dedup_key,
                        folder=row.target_folder,
                        action_id=keep_action.id if keep_action is not None else None,
                        created_at=clock.now(),
                    )
                )
                counts["server_messages"] += 1
        for i in range(0, len(rows), 500):
            session.exec(  # type: ignore[call-overload]
                update(InboundMessage)
                .where(col(InboundMessage.id).in_([r.id for r in rows[i : i + 500]]))
                .values(sender=None, subject=None, message_id=None, error=None)
            )
    if contact is not None:
        counts["consents"] = session.exec(  # type: ignore[call-overload]
            delete(Consent).where(Consent.contact_id == contact.id)
        ).rowcount
        counts["confirmations"] += session.exec(  # type: ignore[call-overload]
            delete(Confirmation).where(Confirmation.contact_id == contact.id)
        ).rowcount
        session.delete(contact)
        counts["contacts"] = 1
    if keep_action is not None:
        # The action keeps its decision but not the address or the text.
        keep_action.text, keep_action.proposed = "", {}
        keep_action.contact_id = None
        keep_action.email = scrubbed
        session.add(keep_action)
    session.flush()
    return counts


def _inbound_ids(session: Session, model: Any, ids: list[int]) -> list[int | None]:
    rows = _in_chunks(session, model, ids)
    return [r.inbound_id for r in rows]


def _in_chunks(session: Session, model: Any, ids: list[int]) -> list[Any]:
    out: list[Any] = []
    for i in range(0, len(ids), 500):
        out.extend(session.exec(select(model).where(col(model.id).in_(ids[i : i + 500]))).all())
    return out


def _names_any(raw: bytes, targets: set[str]) -> bool:
    """Whether a mail's text names one of the addresses (a digest lists them)."""
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parts = [p for p in msg.walk() if p.get_content_type() == "text/plain"]
        text = " ".join(str(p.get_content()) for p in parts).casefold()  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - an unreadable copy is judged by its timing alone
        return False
    return any(t.casefold() in text for t in targets)


def _in_digest(settings: Settings, digest: OutboundMail, actions: list[QueuedAction]) -> bool:
    """A deadline digest lists the requests pending and due within `digest_days` that day."""
    made = digest.created_at
    window = timedelta(days=settings.lifecycle.digest_days)
    return any(
        a.received_at <= made
        and (a.decided_at is None or made <= a.decided_at)
        and a.due <= made + window
        for a in actions
    )


def _copies_to_others(
    settings: Settings,
    session: Session,
    targets: set[str],
    ledger_ids: list[int],
    actions: list[QueuedAction],
    keep_action: QueuedAction | None,
) -> int:
    """Mail about the person that went to someone else: deleted here, and what was
    already sent becomes an Art. 19 follow-up of the erasure (tell that recipient).

    That is a copy made because of their mail (the personnel forward to the CEO, with
    the original attached) or a deadline digest naming their request.
    """
    rows: list[OutboundMail] = []
    for i in range(0, len(ledger_ids), 500):
        rows.extend(
            session.exec(
                select(OutboundMail).where(
                    col(OutboundMail.inbound_id).in_(ledger_ids[i : i + 500])
                )
            ).all()
        )
    for digest in session.exec(
        select(OutboundMail).where(OutboundMail.template == "deadline_digest")
    ).all():
        if _in_digest(settings, digest, actions) or _names_any(digest.raw, targets):
            rows.append(digest)
    done: set[int] = set()
    for row in rows:
        if row.id is None or row.id in done:
            continue
        done.add(row.id)
        if row.status == "sent" and keep_action is not None:
            when = (row.sent_at or row.created_at).date().isoformat()
            session.add(
                FollowUp(
                    action_id=keep_action.id,
                    recipient=row.to_addr,
                    note=f"{row.template} sent {when}",
                )
            )
        session.delete(row)
    return len(done)


def reject(service: Writer, session: Session, action_id: int, by: str, reason: str) -> QueuedAction:
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
    service: Writer, session: Session, action_id: int, by: str, reason: str, months: int = 2
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
