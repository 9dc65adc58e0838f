"""Data-subject requests and the replies to mailbot's confirmation mails (SPEC §3-§4).

Pure: a message, its classification and a read-only `Snapshot` in, a `Decision` (typed
intents, executor.py carries them out) out. The decision ladder of SPEC §3 is here and
nowhere else.

The rule of the register description: extracts go only to the registered
address, and changes and deletions are accepted only from it. Every reply goes
to the registered (normalised) address, never to Reply-To or the body.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mailbot import addresses, clock
from mailbot.deadlines import add_months
from mailbot.handlers.base import Audit, Classification, Context, Effects, Reply
from mailbot.intents import (
    ActivateContact,
    ApplyUnsubscribe,
    ConfirmationView,
    ConfirmSubscription,
    ContactView,
    Decision,
    Erase,
    ForwardToCeo,
    IssueConfirmation,
    QueueAction,
    RecordConsent,
    SendExtract,
    SendReply,
    Snapshot,
    Touch,
    UndoUnsubscribe,
    UseConfirmation,
)
from mailbot.parsing import Message
from mailbot.request_types import HELD

# Everything held about an address is the person's data, registered or not: an
# unregistered address with enquiries, chats or stored mail gets its extract and can
# have it erased, through the same identity rules (the check goes to the address).
HELD_REQUESTS = HELD


@dataclass(frozen=True)
class Request:
    """One message's requests as they travel: who asked, in which words and language."""

    ctx: Context
    msg: Message | None
    snap: Snapshot
    language: str
    received_at: datetime
    text: str
    name: str | None = None

    @property
    def via(self) -> str:
        return (self.msg.message_id if self.msg else None) or "mail"


def language_for(ctx: Context, msg: Message | None, contact: ContactView | None) -> str:
    return ctx.language(msg.language if msg else None, contact.language if contact else None)


# ----------------------------------------------------------------------------- handler entries
def data_request(
    msg: Message, cls: Classification, ctx: Context, snap: Snapshot, effects: Effects
) -> Decision:
    """The `data_request` kind: each request acted on in the order written."""
    return decide(msg, cls.requests, snap, ctx)


def confirmation(
    msg: Message, cls: Classification, ctx: Context, snap: Snapshot, effects: Effects
) -> Decision:
    """The `confirmation` kind: the answer decides its confirmation's purpose."""
    return answer(msg, cls.decision, snap, ctx)


def decision_effects(effects: Effects, decision: Decision) -> Effects:
    """The decision joins what the kind's handler made of the message."""
    effects.intents.extend(decision.intents)
    if decision.notes:
        effects.note = decision.note
    effects.flag = effects.flag or decision.flag
    return effects


# ----------------------------------------------------------------------------- requests
def decide(
    msg: Message,
    requests: list[str],
    snap: Snapshot,
    ctx: Context,
    name: str | None = None,
    held_here: bool = False,
) -> Decision:
    """Act on each request in the order written (the ladder of SPEC §3).

    `name` is the requester's name when the mail does not carry it (a form's field);
    `held_here`: the message itself leaves data about the address (a form's enquiry).
    """
    identity, contact = snap.identity, snap.contact
    req = Request(
        ctx=ctx,
        msg=msg,
        snap=snap,
        language=language_for(ctx, msg, contact),
        received_at=msg.date or clock.now(),
        text=msg.new_text or msg.text,
        name=name if name is not None else msg.display_name,
    )
    out = Decision()
    needs_check: list[str] = []
    held: list[str] = []  # asked by an unregistered address about whom data is held
    told_no_data = False
    for asked in requests:
        if asked == "personnel":
            forward_personnel(req, out)
            out.notes.append("personnel: forwarded")
            continue
        if identity.address is None:
            out.flag = True
            out.notes.append(f"{asked}: sender unverified ({identity.reason}); nothing done")
            continue
        if identity.suppressed:
            out.notes.append(f"{asked}: erased address; not answered")
            continue
        if asked == "unsubscribe":
            out.notes.append(unsubscribe(req, contact, out))
        elif asked == "subscribe":
            ask_subscription(req, contact, out)
            out.notes.append("subscribe: confirmation sent")
        elif contact is None and asked in HELD_REQUESTS and (held_here or snap.holds_data):
            held.append(asked)
        elif contact is None:
            if not told_no_data:
                reply(req, out, identity.address, "no_data", {})
                told_no_data = True
            out.notes.append(f"{asked}: no data held")
        elif identity.authenticated:
            run_personal(req, out, contact, asked, "authenticated")
            out.notes.append(f"{asked}: done (authenticated)")
        else:
            needs_check.append(asked)
    if needs_check and contact is not None:
        ask_identity(req, out, contact.email, contact.id, needs_check)
        out.notes.append(f"{', '.join(needs_check)}: identity check sent")
    if held and identity.address is not None:
        out.notes.append(for_unregistered(req, out, identity.address, held))
    return out


def for_unregistered(req: Request, out: Decision, address: str, names: list[str]) -> str:
    """Authenticated: done at once; otherwise an identity check to the address itself."""
    if req.snap.identity.authenticated:
        for asked in names:
            run_for_address(req, out, address, asked, "authenticated")
        return f"{', '.join(names)}: done for an unregistered address (authenticated)"
    ask_identity(req, out, address, None, names)
    return f"{', '.join(names)}: identity check sent to the unregistered address"


def run_for_address(req: Request, out: Decision, address: str, asked: str, how: str) -> None:
    if asked == "access":
        out.intents.append(SendExtract(address, None, req.language, req.text))
    elif asked == "erasure":
        queue_action(req, out, None, address, asked, how)


def reply(
    req: Request, out: Decision, to: str, template: str, context: dict[str, Any], **kw: Any
) -> Reply:
    mail = Reply(
        to=to,
        template=template,
        language=req.language,
        context={"text": req.text, **context},
        in_reply_to_original=req.msg is not None,
        **kw,
    )
    out.intents.append(SendReply(mail))
    return mail


def confirm(
    req: Request,
    out: Decision,
    purpose: str,
    to: str,
    contact_id: int | None,
    payload: dict[str, Any],
    template: str,
    context: dict[str, Any],
    token_key: str = "token",
) -> None:
    """A token mail: the executor makes the token, puts it in the mail and keeps the row."""
    mail = Reply(
        to=to,
        template=template,
        language=req.language,
        context={"text": req.text, **context},
        in_reply_to_original=req.msg is not None,
    )
    out.intents.append(IssueConfirmation(purpose, to, contact_id, payload, mail, token_key))


def forward_personnel(req: Request, out: Decision) -> None:
    """Personnel-register matters go to the CEO whole; no data is sent from here."""
    msg = req.msg
    sender = (msg.sender if msg else None) or "?"
    out.intents.append(ForwardToCeo(sender, msg.subject if msg else ""))
    who = req.snap.identity
    if who.address and not who.suppressed:
        reply(req, out, who.address, "personnel_forwarded", {})
    out.intents.append(Audit("forward_personnel", "InboundMessage", {"to": "ceo"}))


def _from_sender(req: Request) -> bool:
    """Is the request's address the message's own From address (not one named in it)?"""
    if req.msg is None or req.msg.sender is None:
        return False
    plus = req.ctx.settings.register_.plus_tags_match
    return addresses.person_key(req.msg.sender, plus) == req.snap.identity.address


def unsubscribe(req: Request, contact: ContactView | None, out: Decision) -> str:
    """Withdrawal is as easy as consent (Art. 7(3)), but only ever for the From address.

    From the From address it applies at once, authenticated or not; an unverified
    one is marked so in the audit and the notice offers a one-reply undo. An address
    named anywhere else (a contact form's field) only gets a mail asking it to confirm:
    whoever wrote the form cannot turn someone else's newsletter off.
    """
    address = req.snap.identity.address
    assert address is not None
    lang = {"language": req.language}
    if not _from_sender(req):
        if contact is None or not contact.newsletter:
            return "unsubscribe: address named in a form is not subscribed; nothing sent"
        confirm(req, out, "unsubscribe", contact.email, contact.id, lang, "unsubscribe_confirm", {})
        return "unsubscribe: address named in a form; confirmation sent to it"
    if contact is None:
        reply(req, out, address, "not_subscribed", {})
        return "unsubscribe: not subscribed"
    verification = "authenticated" if req.snap.identity.authenticated else "unverified"
    if not contact.newsletter:
        reply(req, out, address, "unsubscribed", {})
        return "unsubscribe: was not subscribed"
    out.intents.append(ApplyUnsubscribe(contact.id, verification, req.via))
    if verification == "unverified":
        days = req.ctx.settings.register_.identity_token_days
        confirm(
            req,
            out,
            "resubscribe",
            contact.email,
            contact.id,
            lang,
            "unsubscribed",
            {"undo_days": days},
            token_key="undo_token",
        )
    else:
        reply(req, out, contact.email, "unsubscribed", {})
    return f"unsubscribe: applied ({verification})"


def ask_subscription(req: Request, contact: ContactView | None, out: Decision) -> None:
    """Double opt-in: nothing changes until the address itself says yes."""
    address = req.snap.identity.address
    assert address is not None
    payload = {"language": req.language, "name": req.name}
    contact_id = contact.id if contact is not None else None
    confirm(
        req,
        out,
        "subscribe",
        address,
        contact_id,
        payload,
        "subscribe_confirm",
        {"registered": contact is not None},
    )
    if contact is not None:
        out.intents.append(RecordConsent(contact.id, "newsletter", "requested", req.via))


def ask_identity(
    req: Request, out: Decision, to: str, contact_id: int | None, requests: list[str]
) -> None:
    """The sender proves the address by answering a token mail; the requests wait in it."""
    payload = {
        "requests": requests,
        "language": req.language,
        "text": req.text[:20000],
        "received_at": req.received_at.isoformat(),
    }
    confirm(req, out, "identity", to, contact_id, payload, "identity_check", {"requests": requests})


def run_personal(
    req: Request, out: Decision, contact: ContactView, asked: str, verification: str
) -> None:
    """Only a verified request counts as dealings with the person (inactivity review)."""
    out.intents.append(Touch(contact.id))
    if asked == "access":
        out.intents.append(SendExtract(contact.email, contact.id, req.language, req.text))
    else:
        queue_action(req, out, contact.id, contact.email, asked, verification)


def queue_action(
    req: Request,
    out: Decision,
    contact_id: int | None,
    email: str,
    asked: str,
    verification: str,
) -> None:
    due = add_months(req.received_at, 1)
    out.intents.append(
        QueueAction(
            action=asked,
            email=email,
            contact_id=contact_id,
            verification=verification,
            language=req.language,
            text=req.text[:20000],
            received_at=req.received_at,
            due=due,
        )
    )
    reply(req, out, email, "request_received", {"action": asked, "due": due.date().isoformat()})


# ----------------------------------------------------------------------------- confirmations
def answer(msg: Message, decision: str | None, snap: Snapshot, ctx: Context) -> Decision:
    """A reply to a confirmation mail: single use, unexpired, and from the address it went to."""
    out = Decision()
    conf = snap.confirmation
    if conf is None:
        out.notes.append("confirmation: unknown token")
        out.flag = True
        return out
    if conf.used:
        out.notes.append(f"confirmation {conf.id}: already used")
        return out
    if snap.identity.address != conf.email:
        out.notes.append(f"confirmation {conf.id}: answered from another address; ignored")
        out.flag = True
        return out
    if conf.expires_at < clock.now():
        out.intents.append(UseConfirmation(conf.id, "expired"))
        out.notes.append(f"confirmation {conf.id}: expired")
        return out
    if decision is None:
        out.notes.append(f"confirmation {conf.id}: answer not understood; left for a person")
        out.flag = True
        return out
    out.intents.append(UseConfirmation(conf.id, decision))
    out.intents.append(Audit(f"confirmation_{decision}", "Confirmation", {"purpose": conf.purpose}))
    contact = snap.contact
    req = Request(
        ctx=ctx,
        msg=msg,
        snap=snap,
        language=conf.payload.get("language") or language_for(ctx, msg, contact),
        received_at=_parse_time(conf.payload.get("received_at")) or conf.created_at,
        text=conf.payload.get("text", ""),
    )
    if conf.purpose == "consent":
        consent_answer(req, out, contact, decision)
        return out
    if decision == "decline":
        out.notes.append(f"confirmation {conf.id} ({conf.purpose}): declined")
        return out
    if conf.purpose == "identity":
        asked = conf.payload.get("requests", [])
        if contact is None and conf.contact_id is None:  # asked as an unregistered address
            for name in asked:
                run_for_address(req, out, conf.email, name, "identity_confirmed")
        elif contact is None:
            out.notes.append(f"confirmation {conf.id}: the contact no longer exists")
            return out
        else:
            for name in asked:
                run_personal(req, out, contact, name, "identity_confirmed")
        out.notes.append(f"identity confirmed: {', '.join(asked)}")
    elif conf.purpose == "subscribe":
        out.intents.append(
            ConfirmSubscription(
                email=conf.email,
                contact_id=contact.id if contact is not None else None,
                name=conf.payload.get("name") or "",
                language=req.language,
                opted_in_at=conf.created_at,
                via=req.via,
            )
        )
        reply(req, out, contact.email if contact is not None else conf.email, "subscribed", {})
        out.notes.append("subscription confirmed")
    elif conf.purpose in ("unsubscribe", "resubscribe"):
        newsletter_change(req, out, contact, conf)
    return out


def newsletter_change(
    req: Request, out: Decision, contact: ContactView | None, conf: ConfirmationView
) -> None:
    """A yes from the address: a form's unsubscribe applies, or an unverified one is undone."""
    if contact is None:
        out.notes.append(f"confirmation {conf.id}: the contact no longer exists")
        return
    if conf.purpose == "unsubscribe":
        if contact.newsletter:
            out.intents.append(ApplyUnsubscribe(contact.id, "confirmed", req.via))
        reply(req, out, contact.email, "unsubscribed", {})
        out.notes.append("unsubscribe confirmed by the address")
        return
    out.intents.append(UndoUnsubscribe(contact.id, req.via))
    reply(req, out, contact.email, "subscribed", {})
    out.notes.append("unverified unsubscribe undone: newsletter on again")


def consent_answer(req: Request, out: Decision, contact: ContactView | None, decision: str) -> None:
    """Quarantine ends: accept → active; decline → deleted at once, as an erasure is."""
    if contact is None:
        out.notes.append("consent answer for a contact that no longer exists")
        return
    if decision == "accept":
        out.intents.append(ActivateContact(contact.id, req.via))
        out.notes.append("consent given: contact active")
    else:
        out.intents.append(Erase(contact.email, contact.id, "consent_refused"))
        out.notes.append("consent refused: contact deleted")


def _parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None
