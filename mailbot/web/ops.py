"""What the console's buttons do: the one door from a route to the register.

Each function works in the caller's session like the CLI's commands, names the
logged-in user as the actor of its audit events, and changes nothing by itself
that the domain functions (actions.py, register.py) would not. Routes never write
rows; they call these.
"""

from __future__ import annotations

import email
import email.policy
from typing import Any

from sqlalchemy import event
from sqlmodel import Session, col, select

from mailbot import actions, clock
from mailbot.models import (
    ChatRecord,
    Confirmation,
    Contact,
    Enquiry,
    OutboundMail,
    QueuedAction,
)
from mailbot.service import Service

ActionError = actions.ActionError


def approve(service: Service, session: Session, action_id: int, by: str) -> QueuedAction:
    return actions.approve(service, session, action_id, by)


def reject(
    service: Service, session: Session, action_id: int, by: str, reason: str
) -> QueuedAction:
    return actions.reject(service, session, action_id, by, reason)


def extend(
    service: Service, session: Session, action_id: int, by: str, reason: str, months: int
) -> QueuedAction:
    return actions.extend(service, session, action_id, by, reason, months)


def edit_proposed(
    service: Service, session: Session, action_id: int, by: str, new: dict[str, str]
) -> QueuedAction:
    """The reviewer's edit of a rectification's "after" values, before it is applied."""
    action = actions.get_pending(session, action_id)
    if action.action != "rectification":
        raise ActionError(f"action {action_id} is an {action.action}, not a rectification")
    proposed = {k: dict(v) for k, v in action.proposed.items() if isinstance(v, dict)}
    changed = []
    for field, value in new.items():
        if field not in actions.EDITABLE:
            continue
        value = " ".join(value.split())[:300]
        entry = proposed.setdefault(field, {})
        if (entry.get("new") or "") != value:
            entry["new"] = value or None
            changed.append(field)
    if changed:
        action.proposed = proposed
        session.add(action)
        service.defer_audit(session, "change", action, {"fields": sorted(changed)}, actor=by)
    return action


def edit_contact(
    service: Service, session: Session, contact_id: int, by: str, new: dict[str, str]
) -> list[str]:
    """Staff edit of a contact (the same rules as an approved rectification)."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise ActionError(f"no contact {contact_id}")
    from mailbot.register import contact_dict

    before = contact_dict(session, contact)
    proposed = {
        k: {"new": " ".join(v.split())[:300]}
        for k, v in new.items()
        if k in actions.EDITABLE and (before.get(k) or "") != " ".join(v.split())[:300]
    }
    changes = actions._rectify(session, service.ctx.settings, contact, proposed)
    if changes:
        service.defer_audit(session, "change", contact, {"fields": sorted(changes)}, actor=by)
    return sorted(changes)


def add_contact(service: Service, session: Session, by: str, **fields: Any) -> Contact:
    from mailbot.register import RegisterError
    from mailbot.register import add_contact as add

    try:
        return add(service, session, status="quarantined", source="console", actor=by, **fields)
    except RegisterError as exc:
        raise ActionError(str(exc)) from None


def erase_contact(service: Service, session: Session, contact_id: int, by: str) -> dict[str, int]:
    """Art. 17 by a staff member: everything held about the person goes (as an approval)."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise ActionError(f"no contact {contact_id}")
    counts = actions.erase(
        service.ctx.settings, session, contact.email, contact_id=contact_id, server=True
    )
    service.defer_audit(session, "erase", ("Contact", contact_id), counts, actor=by)
    return counts


def promote(service: Service, session: Session, model: Any, row_id: int, by: str) -> Contact:
    row = session.get(model, row_id)
    if row is None or not row.email:
        raise ActionError("nothing to add: no e-mail address")
    name = getattr(row, "name", None) or getattr(row, "visitor_name", None) or ""
    return add_contact(
        service,
        session,
        by,
        email=row.email,
        name=name,
        company=row.company,
        phone=row.phone,
        language=row.language,
    )


def delete_chat(service: Service, session: Session, chat_id: int, by: str) -> None:
    """REGISTER.md §5c: kept until an administrator or a chat agent deletes it."""
    chat = session.get(ChatRecord, chat_id)
    if chat is None:
        raise ActionError(f"no chat record {chat_id}")
    session.delete(chat)
    service.defer_audit(session, "delete", ("ChatRecord", chat_id), {}, actor=by)


def delete_enquiry(service: Service, session: Session, enquiry_id: int, by: str) -> None:
    enquiry = session.get(Enquiry, enquiry_id)
    if enquiry is None:
        raise ActionError(f"no enquiry {enquiry_id}")
    session.delete(enquiry)
    service.defer_audit(session, "delete", ("Enquiry", enquiry_id), {}, actor=by)


# --------------------------------------------------------------------------- previews


def mail_view(raw: bytes) -> dict[str, str]:
    """To, subject and the plain-text body of a stored outgoing mail, as its reader sees it."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    body = msg.get_body(preferencelist=("plain", "html"))
    text = body.get_content() if body is not None else ""  # type: ignore[union-attr]
    attachments = [p.get_filename() or "" for p in msg.iter_attachments()]  # type: ignore[attr-defined]
    return {
        "to": str(msg.get("To", "")),
        "subject": str(msg.get("Subject", "")),
        "body": str(text).replace("\r\n", "\n"),
        "attachments": ", ".join(a for a in attachments if a),
    }


def dry_run(
    service: Service, session: Session, fn: Any, *args: Any
) -> tuple[Any, list[dict[str, str]], str | None]:
    """Run an operation inside a savepoint that is rolled back: its result, the mails it
    would send (exactly as rendered), or the error it would give. Nothing stays."""
    session.flush()
    queued: list[OutboundMail] = []

    def collect(sess: Session, _ctx: Any, _instances: Any) -> None:
        queued.extend(o for o in sess.new if isinstance(o, OutboundMail))

    event.listen(session, "before_flush", collect)
    savepoint = session.begin_nested()
    try:
        result = fn(service, session, *args)
        service.flush_deferred(session)
        return result, [mail_view(m.raw) for m in queued], None
    except ActionError as exc:
        return None, [], str(exc)
    finally:
        savepoint.rollback()
        # Per-transaction caches (audit head, suppressions, counts) may name rolled-back rows.
        for key in [k for k in session.info if str(k).startswith("mailbot.")]:
            del session.info[key]
        session.expire_all()
        event.remove(session, "before_flush", collect)


def days_left(action: QueuedAction) -> int:
    return (action.due.date() - clock.now().date()).days


def urgency(days: int) -> str:
    """Fides' colours: ≥ 10 days calm, < 10 warn, < 5 urgent, past due overdue."""
    if days < 0:
        return "overdue"
    if days < 5:
        return "urgent"
    return "warn" if days < 10 else "calm"


def evidence(session: Session, action: QueuedAction) -> dict[str, Any]:
    """How the requester's identity was shown: the trusted header, or the token and when."""
    out: dict[str, Any] = {"verification": action.verification}
    if action.inbound is not None:
        out["message"] = {
            "received_at": action.inbound.received_at,
            "sender": action.inbound.sender,
            "subject": action.inbound.subject,
        }
    token = session.exec(
        select(Confirmation)
        .where(Confirmation.purpose == "identity")
        .where(Confirmation.email == action.email)
        .where(col(Confirmation.used_at).is_not(None))
        .order_by(col(Confirmation.used_at).desc())
    ).first()
    if token is not None:
        out["token"] = {"used_at": token.used_at, "outcome": token.outcome}
    return out
