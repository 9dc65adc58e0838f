"""A contact-form submission becomes an enquiry and the visitor gets an acknowledgement."""

from __future__ import annotations

from urllib.parse import urlsplit

from mailbot import addresses, authresults, clock
from mailbot.handlers import requests
from mailbot.handlers.base import Audit, Classification, Context, Effects, Message, Reply
from mailbot.intents import Decision, Intent, Snapshot, Touch
from mailbot.mailer import valid_address
from mailbot.models import Enquiry


def page_language(page: str | None) -> str | None:
    """/fi/…, /sv/…, /en/… in the page address tell the visitor's language best."""
    if not page:
        return None
    first = urlsplit(page).path.strip("/").split("/", 1)[0].lower()
    return first if first in ("fi", "sv", "en") else None


def authenticated_form(msg: Message, ctx: Context) -> bool:
    """The form mail is from a configured form sender and authenticated for its domain.

    The same evidence as for any sender (trusted Authentication-Results, see
    identity.py); a configured From address alone is as easy to forge as any other.
    """
    sender = (msg.sender or "").lower()
    if not sender or sender not in ctx.rules.contact_form_senders:
        return False
    auth = ctx.settings.auth
    verdict = authresults.verdict(
        msg.auth_results,
        addresses.domain_of(sender),
        auth.trusted_authserv_ids,
        exchange_online=auth.exchange_online,
    )
    return verdict.authenticated


def touched(msg: Message, cls: Classification, ctx: Context, snap: Snapshot) -> list[Intent]:
    """Any mail, form or chat from a registered address counts as dealings (inactivity)."""
    return [Touch(snap.contact.id)] if snap.contact is not None else []


def touched_decision(
    msg: Message, cls: Classification, ctx: Context, snap: Snapshot, effects: Effects
) -> Decision:
    return Decision(touched(msg, cls, ctx, snap))


def decide(
    msg: Message, cls: Classification, ctx: Context, snap: Snapshot, effects: Effects
) -> Decision:
    """Requests in the free text are acted on too (SPEC §5), verified against the
    visitor's address; a form without them only counts as dealings.
    """
    if not cls.requests:
        return Decision(touched(msg, cls, ctx, snap))
    held_here = any(
        isinstance(r, Enquiry) and addresses.same_person(r.email, snap.identity.address, plus)
        for r in effects.records
        for plus in [ctx.settings.register_.plus_tags_match]
    )
    return requests.decide(
        msg, cls.requests, snap, ctx, name=cls.fields.get("name", ""), held_here=held_here
    )


def handle(msg: Message, cls: Classification, ctx: Context) -> Effects:
    fields = cls.fields
    email = fields.get("email", "").strip()
    effects = Effects(folder=ctx.folder("contact_form"))
    if not valid_address(email):
        effects.flag = True
        effects.note = "contact form without a usable e-mail address"
        return effects
    lang = ctx.language(page_language(fields.get("page")), msg.language)
    echo = authenticated_form(msg, ctx)
    enquiry = Enquiry(
        email=email,
        name=fields.get("name"),
        company=fields.get("company"),
        phone=fields.get("phone"),
        message=fields.get("message", ""),
        page=fields.get("page"),
        language=lang,
        received_at=msg.date or clock.now(),
    )
    effects.records.append(enquiry)
    effects.audit.append(Audit("create", enquiry, {"fields": sorted(k for k in fields)}))
    if ctx.settings.contact_form.acknowledge:
        effects.replies.append(
            Reply(
                to=email,
                template="contact_form_ack",
                language=lang,
                # Only the website's own, authenticated form mail may have its words
                # echoed: anyone can send mail shaped like a form, naming any address,
                # and have info@ deliver their text and links to it. Rate limited per
                # recipient mailbox and domain by the service.
                context={
                    "name": (fields.get("name") or "") if echo else "",
                    "message": fields.get("message", "") if echo else "",
                },
            )
        )
    return effects
