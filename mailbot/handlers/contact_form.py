"""A contact-form submission becomes an enquiry and the visitor gets an acknowledgement."""

from __future__ import annotations

from urllib.parse import urlsplit

from mailbot import clock
from mailbot.handlers.base import Audit, Classification, Context, Effects, Message, Reply
from mailbot.mailer import valid_address
from mailbot.models import Enquiry


def page_language(page: str | None) -> str | None:
    """/fi/…, /sv/…, /en/… in the page address tell the visitor's language best."""
    if not page:
        return None
    first = urlsplit(page).path.strip("/").split("/", 1)[0].lower()
    return first if first in ("fi", "sv", "en") else None


def handle(msg: Message, cls: Classification, ctx: Context) -> Effects:
    fields = cls.fields
    email = fields.get("email", "").strip()
    effects = Effects(folder=ctx.folder("contact_form"))
    if not valid_address(email):
        effects.flag = True
        effects.note = "contact form without a usable e-mail address"
        return effects
    lang = ctx.language(page_language(fields.get("page")), msg.language)
    configured = (msg.sender or "").lower() in ctx.rules.contact_form_senders
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
                # Only the website's own form may have its text echoed: anyone can send
                # mail shaped like a form, naming any address.
                context={
                    "name": fields.get("name") or "",
                    "message": fields.get("message", "") if configured else "",
                },
            )
        )
    return effects
