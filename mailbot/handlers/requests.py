"""Data-subject requests and the replies to mailbot's confirmation mails (SPEC §3-§4).

Unlike the other handlers these read and change the register, so they take the
message's database session; they still write nothing outside it, so all of a
message's effects commit (or roll back) together with its ledger row.

The rule of the register description: extracts go only to the registered
address, and changes and deletions are accepted only from it. Every reply goes
to the registered (normalised) address, never to Reply-To or the body.
"""

from __future__ import annotations

import calendar
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, select

from mailbot import clock, mailer, rectify
from mailbot.handlers.base import Audit, Context, Effects, Reply
from mailbot.identity import Identity, find_contact, normalise
from mailbot.models import ChatRecord, Confirmation, Consent, Contact, Enquiry, QueuedAction
from mailbot.parsing import Message

PERSONAL = ("access", "rectification", "erasure", "objection")
QUEUED = ("rectification", "erasure", "objection")


def add_months(when: datetime, months: int) -> datetime:
    """Calendar months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    month0 = when.month - 1 + months
    year, month = when.year + month0 // 12, month0 % 12 + 1
    day = min(when.day, calendar.monthrange(year, month)[1])
    return when.replace(year=year, month=month, day=day)


@dataclass
class Request:
    """One data-subject request as it travels: the message that asked it and who asked."""

    session: Session
    ctx: Context
    effects: Effects
    msg: Message | None
    raw: bytes | None
    identity: Identity
    language: str
    received_at: datetime
    text: str
    name: str | None = None


def language_for(ctx: Context, msg: Message | None, contact: Contact | None) -> str:
    return ctx.language(msg.language if msg else None, contact.language if contact else None)


def handle(
    session: Session,
    msg: Message,
    requests: list[str],
    identity: Identity,
    ctx: Context,
    raw: bytes,
    effects: Effects,
    name: str | None = None,
) -> Effects:
    """Act on each request in the order written.

    `name` is the requester's name when the mail does not carry it (a form's field).
    """
    contact = session.get(Contact, identity.contact_id) if identity.contact_id else None
    req = Request(
        session=session,
        ctx=ctx,
        effects=effects,
        msg=msg,
        raw=raw,
        identity=identity,
        language=language_for(ctx, msg, contact),
        received_at=msg.date or clock.now(),
        text=msg.new_text or msg.text,
        name=name if name is not None else msg.display_name,
    )
    notes: list[str] = []
    needs_check: list[str] = []
    held: list[str] = []  # asked by an unregistered address about whom data is held
    told_no_data = False
    for name in requests:
        if name == "personnel":
            forward_personnel(req)
            notes.append("personnel: forwarded")
            continue
        if identity.address is None:
            effects.flag = True
            notes.append(f"{name}: sender unverified ({identity.reason}); nothing done")
            continue
        if identity.suppressed:
            notes.append(f"{name}: erased address; not answered")
            continue
        if name == "unsubscribe":
            notes.append(unsubscribe(req, contact))
        elif name == "subscribe":
            ask_subscription(req, contact)
            notes.append("subscribe: confirmation sent")
        elif contact is None and name in HELD_REQUESTS and holds_data(req, identity.address):
            held.append(name)
        elif contact is None:
            if not told_no_data:
                reply(req, identity.address, "no_data", {})
                told_no_data = True
            notes.append(f"{name}: no data held")
        elif identity.authenticated:
            run_personal(req, contact, name, "authenticated")
            notes.append(f"{name}: done (authenticated)")
        else:
            needs_check.append(name)
    if needs_check and contact is not None:
        ask_identity(req, contact, needs_check)
        notes.append(f"{', '.join(needs_check)}: identity check sent")
    if held and identity.address is not None:
        notes.append(for_unregistered(req, identity.address, held))
    effects.note = "; ".join(notes) or effects.note
    return effects


# ----------------------------------------------------------------------------- held data
# Everything held about an address is the person's data, registered or not: an
# unregistered address with enquiries, chats or stored mail gets its extract and can
# have it erased, through the same identity rules (the check goes to the address).
HELD_REQUESTS = ("access", "erasure")


def holds_data(req: Request, address: str) -> bool:
    """Held already, or about to be: a form that asks is itself an enquiry from the address."""
    from mailbot.extract import address_matches, build_extract

    settings = req.ctx.settings
    for record in req.effects.records:
        typed = getattr(record, "email", None)
        if isinstance(record, (Enquiry, ChatRecord)) and address_matches(typed, address, settings):
            return True
    req.session.flush()
    return build_extract(req.session, address, settings, req.language) is not None


def for_unregistered(req: Request, address: str, names: list[str]) -> str:
    """Authenticated: done at once; otherwise an identity check to the address itself."""
    if req.identity.authenticated:
        for name in names:
            run_for_address(req, address, name, "authenticated")
        return f"{', '.join(names)}: done for an unregistered address (authenticated)"
    payload = {
        "requests": names,
        "language": req.language,
        "text": req.text[:20000],
        "received_at": req.received_at.isoformat(),
    }
    conf = create_confirmation(req, "identity", address, None, payload)
    reply(
        req,
        address,
        "identity_check",
        {"token": conf.token, "requests": names},
        message_id=conf.message_id,
    )
    return f"{', '.join(names)}: identity check sent to the unregistered address"


def run_for_address(req: Request, address: str, name: str, verification: str) -> None:
    if name == "access":
        send_extract(req, None, address)
    elif name == "erasure":
        queue_action(req, None, name, verification, address)


# ----------------------------------------------------------------------------- replies
def reply(
    req: Request,
    to: str,
    template: str,
    context: dict[str, Any],
    **kwargs: Any,
) -> None:
    req.effects.replies.append(
        Reply(
            to=to,
            template=template,
            language=req.language,
            context={"text": req.text, **context},
            in_reply_to_original=req.msg is not None,
            **kwargs,
        )
    )


def new_token() -> str:
    return secrets.token_urlsafe(18)


def create_confirmation(
    req: Request, purpose: str, email: str, contact: Contact | None, payload: dict[str, Any]
) -> Confirmation:
    now = clock.now()
    token = new_token()
    domain = req.ctx.settings.smtp.from_.rsplit("@", 1)[-1]
    conf = Confirmation(
        token=token,
        purpose=purpose,
        email=email,
        contact_id=contact.id if contact else None,
        payload=payload,
        message_id=mailer.new_message_id(domain, "mailbot-confirm", token),
        created_at=now,
        expires_at=now + timedelta(days=req.ctx.settings.register_.identity_token_days),
    )
    req.session.add(conf)
    req.effects.audit.append(Audit("confirmation_sent", "Confirmation", {"purpose": purpose}))
    return conf


# ----------------------------------------------------------------------------- requests
def forward_personnel(req: Request) -> None:
    """Personnel-register matters go to the CEO whole; no data is sent from here."""
    settings = req.ctx.settings
    attachments = [("original.eml", "message/rfc822", req.raw)] if req.raw else []
    sender = req.msg.sender if req.msg else None
    req.effects.replies.append(
        Reply(
            to=settings.organisation.ceo_email,
            template="personnel_forward",
            language=settings.organisation.default_language,
            context={"sender": sender or "?", "subject": req.msg.subject if req.msg else ""},
            in_reply_to_original=False,
            attachments=attachments,
            limited=False,
            auto_submitted="auto-generated",
        )
    )
    if req.identity.address and not req.identity.suppressed:
        reply(req, req.identity.address, "personnel_forwarded", {})
    req.effects.audit.append(Audit("forward_personnel", "InboundMessage", {"to": "ceo"}))


def unsubscribe(req: Request, contact: Contact | None) -> str:
    """Withdrawal is as easy as consent (Art. 7(3)), but only ever for the From address.

    From the From address it applies at once, authenticated or not; an unverified
    one is marked so in the audit and the notice offers a one-reply undo. An address
    named anywhere else (a contact form's field) only gets a mail asking it to confirm:
    whoever wrote the form cannot turn someone else's newsletter off.
    """
    address = req.identity.address
    assert address is not None
    if not _from_sender(req):
        if contact is None or not contact.newsletter:
            return "unsubscribe: address named in a form is not subscribed; nothing sent"
        conf = create_confirmation(req, "unsubscribe", contact.email, contact, _lang(req))
        reply(
            req,
            contact.email,
            "unsubscribe_confirm",
            {"token": conf.token},
            message_id=conf.message_id,
        )
        return "unsubscribe: address named in a form; confirmation sent to it"
    if contact is None:
        reply(req, address, "not_subscribed", {})
        return "unsubscribe: not subscribed"
    verification = "authenticated" if req.identity.authenticated else "unverified"
    if not contact.newsletter:
        reply(req, address, "unsubscribed", {})
        return "unsubscribe: was not subscribed"
    withdraw(req, contact, verification)
    context: dict[str, Any] = {}
    kwargs: dict[str, Any] = {}
    if verification == "unverified":
        conf = create_confirmation(req, "resubscribe", contact.email, contact, _lang(req))
        context = {
            "undo_token": conf.token,
            "undo_days": req.ctx.settings.register_.identity_token_days,
        }
        kwargs["message_id"] = conf.message_id
    reply(req, contact.email, "unsubscribed", context, **kwargs)
    return f"unsubscribe: applied ({verification})"


def withdraw(req: Request, contact: Contact, verification: str) -> None:
    now = clock.now()
    contact.newsletter = False
    contact.newsletter_opt_out_at = now
    contact.updated_at = now
    req.session.add(contact)
    req.session.add(
        Consent(contact_id=contact.id, topic="newsletter", event="withdrawn", at=now, via=_via(req))
    )
    req.effects.audit.append(
        Audit("update", contact, {"fields": ["newsletter"], "verification": verification})
    )


def _from_sender(req: Request) -> bool:
    """Is the request's address the message's own From address (not one named in it)?"""
    if req.msg is None or req.msg.sender is None:
        return False
    return normalise(req.msg.sender, req.ctx.settings) == req.identity.address


def _lang(req: Request) -> dict[str, Any]:
    return {"language": req.language}


def ask_subscription(req: Request, contact: Contact | None) -> None:
    """Double opt-in: nothing changes until the address itself says yes."""
    address = req.identity.address
    assert address is not None
    payload = {"language": req.language, "name": req.name}
    conf = create_confirmation(req, "subscribe", address, contact, payload)
    if contact is not None:
        req.session.add(
            Consent(
                contact_id=contact.id,
                topic="newsletter",
                event="requested",
                at=clock.now(),
                via=_via(req),
            )
        )
    reply(
        req,
        address,
        "subscribe_confirm",
        {"token": conf.token, "registered": contact is not None},
        message_id=conf.message_id,
    )


def ask_identity(req: Request, contact: Contact, requests: list[str]) -> None:
    """A registered but unauthenticated sender proves the address by answering a token mail."""
    payload = {
        "requests": requests,
        "language": req.language,
        "text": req.text[:20000],
        "received_at": req.received_at.isoformat(),
    }
    conf = create_confirmation(req, "identity", contact.email, contact, payload)
    reply(
        req,
        contact.email,
        "identity_check",
        {"token": conf.token, "requests": requests},
        message_id=conf.message_id,
    )


def run_personal(req: Request, contact: Contact, name: str, verification: str) -> None:
    """Only a verified request counts as dealings with the person (inactivity review)."""
    contact.last_interaction_at = clock.now()
    req.session.add(contact)
    if name == "access":
        send_extract(req, contact)
    else:
        queue_action(req, contact, name, verification)


def send_extract(req: Request, contact: Contact | None, address: str | None = None) -> None:
    """To the registered address, or (no contact) to the verified address asking."""
    from mailbot.extract import build_extract, extract_json
    from mailbot.pdf import render_pdf

    settings = req.ctx.settings
    to = contact.email if contact is not None else address
    assert to is not None
    req.session.flush()
    data = build_extract(req.session, to, settings, req.language)
    if data is None:  # nothing (left) to show: the usual words
        reply(req, to, "no_data", {})
        return
    pdf = render_pdf(data, settings)
    attachments = [
        (f"extract-{req.language}.pdf", "application/pdf", pdf),
        ("extract.json", "application/json", extract_json(data)),
    ]
    reply(req, to, "extract", {}, attachments=attachments)
    entity = contact if contact is not None else "InboundMessage"
    req.effects.audit.append(Audit("extract_sent", entity, {"language": req.language}))


def queue_action(
    req: Request,
    contact: Contact | None,
    name: str,
    verification: str,
    address: str | None = None,
) -> None:
    proposed = (
        rectify.proposed_changes(req.text, contact)
        if name == "rectification" and contact is not None
        else {}
    )
    due = add_months(req.received_at, 1)
    email = contact.email if contact is not None else address
    assert email is not None
    action = QueuedAction(
        action=name,
        email=email,
        contact_id=contact.id if contact is not None else None,
        verification=verification,
        language=req.language,
        text=req.text[:20000],
        proposed=proposed,
        received_at=req.received_at,
        due=due,
    )
    req.session.add(action)
    req.effects.records.append(action)
    req.effects.audit.append(Audit("queue", action, {"action": name, "verification": verification}))
    reply(req, email, "request_received", {"action": name, "due": due.date().isoformat()})


def _via(req: Request) -> str:
    return (req.msg.message_id if req.msg else None) or "mail"


# ----------------------------------------------------------------------------- confirmations
def confirmation(
    session: Session,
    msg: Message,
    token: str | None,
    decision: str | None,
    identity: Identity,
    ctx: Context,
    effects: Effects,
) -> Effects:
    """A reply to a confirmation mail: single use, unexpired, and from the address it went to."""
    conf = None
    if token:
        conf = session.exec(select(Confirmation).where(Confirmation.token == token)).first()
    if conf is None:
        refs = set(msg.in_reply_to + msg.references)
        if refs:
            conf = session.exec(
                select(Confirmation).where(Confirmation.message_id.in_(refs))  # type: ignore[union-attr]
            ).first()
    if conf is None:
        effects.note = "confirmation: unknown token"
        effects.flag = True
        return effects
    now = clock.now()
    if conf.used_at is not None:
        effects.note = f"confirmation {conf.id}: already used"
        return effects
    if identity.address != conf.email:
        effects.note = f"confirmation {conf.id}: answered from another address; ignored"
        effects.flag = True
        return effects
    if conf.expires_at < now:
        conf.outcome = "expired"
        conf.used_at = now
        session.add(conf)
        effects.note = f"confirmation {conf.id}: expired"
        return effects
    if decision is None:
        effects.note = f"confirmation {conf.id}: answer not understood; left for a person"
        effects.flag = True
        return effects
    conf.used_at = now
    conf.outcome = decision
    session.add(conf)
    effects.audit.append(
        Audit(f"confirmation_{decision}", "Confirmation", {"purpose": conf.purpose})
    )
    contact = (
        session.get(Contact, conf.contact_id)
        if conf.contact_id
        else find_contact(session, conf.email)
    )
    lang = conf.payload.get("language") or language_for(ctx, msg, contact)
    req = Request(
        session=session,
        ctx=ctx,
        effects=effects,
        msg=msg,
        raw=None,
        identity=identity,
        language=lang,
        received_at=_parse_time(conf.payload.get("received_at")) or conf.created_at,
        text=conf.payload.get("text", ""),
    )
    if conf.purpose == "consent":
        consent_answer(req, contact, conf, decision)
        return effects
    if decision == "decline":
        effects.note = f"confirmation {conf.id} ({conf.purpose}): declined"
        return effects
    if conf.purpose == "identity":
        if contact is None and conf.contact_id is None:  # asked as an unregistered address
            for name in conf.payload.get("requests", []):
                run_for_address(req, conf.email, name, "identity_confirmed")
            effects.note = f"identity confirmed: {', '.join(conf.payload.get('requests', []))}"
            return effects
        if contact is None:
            effects.note = f"confirmation {conf.id}: the contact no longer exists"
            return effects
        for name in conf.payload.get("requests", []):
            run_personal(req, contact, name, "identity_confirmed")
        effects.note = f"identity confirmed: {', '.join(conf.payload.get('requests', []))}"
    elif conf.purpose == "subscribe":
        confirm_subscription(req, contact, conf)
    elif conf.purpose in ("unsubscribe", "resubscribe"):
        confirm_newsletter_change(req, contact, conf)
    return effects


def confirm_newsletter_change(req: Request, contact: Contact | None, conf: Confirmation) -> None:
    """A yes from the address: a form's unsubscribe applies, or an unverified one is undone."""
    if contact is None:
        req.effects.note = f"confirmation {conf.id}: the contact no longer exists"
        return
    if conf.purpose == "unsubscribe":
        if contact.newsletter:
            withdraw(req, contact, "confirmed")
        reply(req, contact.email, "unsubscribed", {})
        req.effects.note = "unsubscribe confirmed by the address"
        return
    now = clock.now()
    contact.newsletter = True
    contact.newsletter_opt_out_at = None
    contact.updated_at = now
    contact.last_interaction_at = now
    req.session.add(contact)
    req.session.add(
        Consent(contact_id=contact.id, topic="newsletter", event="given", at=now, via=_via(req))
    )
    req.effects.audit.append(
        Audit("update", contact, {"fields": ["newsletter"], "undo": "unsubscribe"})
    )
    reply(req, contact.email, "subscribed", {})
    req.effects.note = "unverified unsubscribe undone: newsletter on again"


def consent_answer(
    req: Request, contact: Contact | None, conf: Confirmation, decision: str
) -> None:
    """Quarantine ends: accept → active; decline → deleted at once, as an erasure is."""
    from mailbot.actions import erase

    if contact is None:
        req.effects.note = "consent answer for a contact that no longer exists"
        return
    now = clock.now()
    if decision == "accept":
        contact.status = "active"
        contact.updated_at = now
        contact.last_interaction_at = now
        req.session.add(contact)
        req.session.add(
            Consent(contact_id=contact.id, topic="storage", event="given", at=now, via=_via(req))
        )
        req.effects.audit.append(Audit("consent_given", contact, {"fields": ["status"]}))
        req.effects.note = "consent given: contact active"
    else:
        contact_id = contact.id
        counts = erase(req.ctx.settings, req.session, contact.email, contact_id=contact.id)
        req.effects.audit.append(Audit("consent_refused", ("Contact", contact_id), counts))
        req.effects.note = "consent refused: contact deleted"


def confirm_subscription(req: Request, contact: Contact | None, conf: Confirmation) -> None:
    now = clock.now()
    session = req.session
    if contact is None:
        contact = Contact(
            email=conf.email,
            name=conf.payload.get("name") or "",
            language=req.language,
            status="active",
            source="newsletter",
            created_at=now,
            updated_at=now,
            last_interaction_at=now,
        )
        session.add(contact)
        session.flush()
        session.add(
            Consent(contact_id=contact.id, topic="storage", event="given", at=now, via=_via(req))
        )
        req.effects.audit.append(
            Audit("create", contact, {"fields": ["email", "name", "newsletter"]})
        )
    contact.newsletter = True
    contact.newsletter_opt_in_at = contact.newsletter_opt_in_at or conf.created_at
    contact.newsletter_confirmed_at = now
    contact.newsletter_opt_out_at = None
    contact.updated_at = now
    contact.last_interaction_at = now
    session.add(contact)
    session.add(
        Consent(contact_id=contact.id, topic="newsletter", event="given", at=now, via=_via(req))
    )
    req.effects.audit.append(Audit("update", contact, {"fields": ["newsletter"]}))
    reply(req, contact.email, "subscribed", {})
    req.effects.note = "subscription confirmed"


def _parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None
