"""What the console's buttons do: the one door from a route to the register.

Every change is an application command (mailbot/app/, the same the CLI uses) in a
unit of work whose actor is the logged-in user, so its audit event names them.
The two operations the application layer has no command for (the reviewer's edit
of a proposed change, ticking off an Art. 19 follow-up) are written here the same
way: in a unit of work, with their audit event. Routes never write rows.
"""

from __future__ import annotations

import email
import email.policy
from typing import Any

from sqlalchemy import event
from sqlmodel import Session, col, select

from mailbot import actions, app, clock
from mailbot.models import (
    Confirmation,
    Contact,
    FollowUp,
    OutboundMail,
    QueuedAction,
)
from mailbot.service import Service

ActionError = actions.ActionError
Refused = app.Refused
NotFound = app.NotFound


def approve(service: Service, actor: str, action_id: int) -> Any:
    with app.unit(service, actor) as uow:
        return app.queue.approve(uow, service, action_id)


def reject(service: Service, actor: str, action_id: int, reason: str) -> Any:
    with app.unit(service, actor) as uow:
        return app.queue.reject(uow, service, action_id, reason)


def extend(service: Service, actor: str, action_id: int, reason: str, months: int) -> Any:
    with app.unit(service, actor) as uow:
        return app.queue.extend(uow, service, action_id, reason, months)


def edit_proposed(service: Service, actor: str, action_id: int, new: dict[str, str]) -> list[str]:
    """The reviewer's edit of a rectification's "after" values, before it is applied."""
    with app.unit(service, actor) as uow:
        try:
            action = actions.get_pending(uow.session, action_id)
        except ActionError as exc:
            raise Refused(str(exc)) from None
        if action.action != "rectification":
            raise Refused(f"action {action_id} is an {action.action}, not a rectification")
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
            uow.session.add(action)
            uow.audit("change", action, {"fields": sorted(changed)})
            uow.commit()
        return changed


def follow_up_done(service: Service, actor: str, action_id: int, follow_up_id: int) -> None:
    """Art. 19: the reviewer told this recipient."""
    with app.unit(service, actor) as uow:
        fu = uow.session.get(FollowUp, follow_up_id)
        if fu is None or fu.action_id != action_id:
            raise NotFound(f"no follow-up {follow_up_id} of action {action_id}")
        if fu.done_at is None:
            fu.done_at = clock.now()
            uow.session.add(fu)
            uow.audit("follow_up", ("QueuedAction", action_id), {"recipient": fu.recipient})
            uow.commit()


def _email_of(service: Service, contact_id: int) -> str:
    with Session(service.engine) as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(f"no contact {contact_id}")
        return contact.email


def edit_contact(service: Service, actor: str, contact_id: int, new: dict[str, str]) -> list[str]:
    """Staff edit of a contact (the same rules as an approved rectification)."""
    from mailbot.app.contacts import show_contact

    address = _email_of(service, contact_id)
    before = show_contact(service.engine, address)
    # A field left blank clears it (phone, title, department, company); a blank name or
    # address is refused by the command, with its message on the page.
    changes: dict[str, str] = {}
    for k, v in new.items():
        value = " ".join(v.split())[:300]
        if k in actions.EDITABLE and (before.get(k) or "") != value:  # type: ignore[misc]
            changes[k] = value
    if not changes:
        return []
    with app.unit(service, actor) as uow:
        app.contacts.edit(uow, service, address, changes)
    return sorted(changes)


def add_contact(service: Service, actor: str, **fields: Any) -> int:
    with app.unit(service, actor) as uow:
        added = app.contacts.add(uow, service, source="console", **fields)
    return int(added.contact["id"])  # type: ignore[index]


def erase_contact(service: Service, actor: str, contact_id: int) -> dict[str, int]:
    """Art. 17 by a staff member: everything held about the person goes (as an approval)."""
    address = _email_of(service, contact_id)
    with app.unit(service, actor) as uow:
        return app.contacts.erase(uow, service, address)


def promote_enquiry(service: Service, actor: str, enquiry_id: int) -> int:
    with app.unit(service, actor) as uow:
        added = app.enquiries.promote(uow, service, enquiry_id)
    return int(added.contact["id"])  # type: ignore[index]


def promote_chat(service: Service, actor: str, chat_id: int) -> int:
    with app.unit(service, actor) as uow:
        added = app.chats.promote(uow, service, chat_id)
    return int(added.contact["id"])  # type: ignore[index]


def delete_chat(service: Service, actor: str, chat_id: int) -> None:
    """REGISTER.md §5c: kept until an administrator or a chat agent deletes it."""
    with app.unit(service, actor) as uow:
        app.chats.delete(uow, chat_id)


def delete_enquiry(service: Service, actor: str, enquiry_id: int) -> None:
    with app.unit(service, actor) as uow:
        app.enquiries.delete(uow, enquiry_id)


def retry_outbox(service: Service, actor: str) -> Any:
    """Failed mail back in the queue, mail in back-off due now (as `mailbot outbox retry`)."""
    with app.unit(service, actor) as uow:
        return app.outbox.retry(uow)


def users_command(service: Service, actor: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """A change of console users (mailbot/web/users.py) in a unit of work of `actor`."""
    from mailbot.uow import UnitOfWork

    with UnitOfWork(service.engine, actor=actor) as uow:
        result = fn(uow.session, *args, **kwargs)
        uow.commit()
        return result


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


def relabel(
    service: Service, actor: str, inbound_id: int, kind: str, request: str | None
) -> dict[str, Any]:
    """A reviewer's correction of the classifier (as `mailbot relabel`; the next poll acts)."""
    with app.unit(service, actor) as uow:
        return app.corrections.relabel(uow, str(inbound_id), kind, request)
