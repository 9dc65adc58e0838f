"""Message → exactly one kind (SPEC §2). Pure functions, no I/O.

The order of the rules is the policy: mail that must never be answered is
recognised first, so no later rule can make mailbot answer it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mailbot.classify import automatic, forms, requests
from mailbot.classify.forms import ChatLineData
from mailbot.parsing import Message

KINDS = ("contact_form", "chat_transcript", "data_request", "confirmation", "automatic", "other")


@dataclass(frozen=True)
class Rules:
    """What classification needs from the configuration."""

    contact_form_senders: frozenset[str] = frozenset()
    chat_senders: frozenset[str] = frozenset()
    unsubscribe_addresses: frozenset[str] = frozenset()

    @classmethod
    def of(cls, form: list[str], chat: list[str], unsubscribe: list[str] | None = None) -> Rules:
        return cls(
            frozenset(s.lower() for s in form),
            frozenset(s.lower() for s in chat),
            frozenset(s.lower() for s in unsubscribe or []),
        )


@dataclass
class Classification:
    kind: str
    requests: list[str] = field(default_factory=list)
    decision: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    chat_lines: list[ChatLineData] = field(default_factory=list)
    chat_form: str | None = None
    token: str | None = None
    reason: str = ""

    @property
    def request(self) -> str | None:
        return self.requests[0] if self.requests else None


def classify(msg: Message, rules: Rules = Rules()) -> Classification:
    sender = (msg.sender or "").lower()

    hard = automatic.hard_reason(msg)
    if sender and sender in rules.chat_senders and not _report(hard):
        return _chat(msg, "configured chat sender")
    if sender and sender in rules.contact_form_senders and not _report(hard):
        cls = _form(msg, "configured contact-form sender")
        if forms.has_form(msg, cls.fields) or forms.looks_like_chat(msg):
            return cls if not forms.looks_like_chat(msg) else _chat(msg, "chat structure")
        # Plugin updates, password resets, privacy-request confirmations from the site.
        return Classification("automatic", reason="configured form sender, but no form in it")
    if hard:
        if automatic.form_robot(msg) and not msg.quoted:
            # Form and chat services send submissions from noreply@: the structure decides.
            if forms.looks_like_chat(msg):
                return _chat(msg, f"chat structure from {hard}")
            if forms.looks_like_form(msg):
                return _form(msg, f"contact-form structure from {hard}")
        return Classification("automatic", reason=hard)

    soft = automatic.soft_reason(msg)
    if soft:
        return Classification("automatic", reason=soft)

    if rules.unsubscribe_addresses & {r.lower() for r in msg.recipients}:
        # Sent by a List-Unsubscribe mailto link of our own newsletter (never answering
        # automatic mail comes first).
        return Classification(
            "data_request", requests=["unsubscribe"], reason="unsubscribe address"
        )

    token = requests.confirmation_token(msg)
    if token is not None:
        return Classification(
            "confirmation",
            decision=requests.decision(msg),
            token=token or None,
            reason="reply to a mailbot confirmation",
        )

    chat = forms.looks_like_chat(msg)
    if chat:
        return _chat(msg, "chat structure")
    if forms.looks_like_form(msg):
        return _form(msg, "contact-form structure")

    notifier = automatic.notifier_sender(msg)
    if notifier:
        return Classification("automatic", reason=notifier)

    found = requests.find_requests(msg.subject, msg.new_text)
    if found:
        if msg.language is None:
            msg.language = requests.request_language(msg.subject, msg.new_text)
        return Classification("data_request", requests=found, reason="request words")
    return Classification("other", reason="no rule matched")


def _report(hard: str | None) -> bool:
    """Bounces and reports are automatic whoever sends them; a robot name alone is not."""
    return hard is not None and not hard.startswith("robot sender")


def _form(msg: Message, reason: str) -> Classification:
    fields = forms.parse_fields(msg.text, msg.html)
    if "email" not in fields:
        # Contact Form 7 without an email field: the visitor is the Reply-To.
        sender = (msg.sender or "").lower()
        for addr in msg.reply_to:
            if addr.lower() != sender:
                fields["email"] = addr
                break
    found = requests.find_requests("", fields.get("message", ""))
    return Classification("contact_form", requests=found, fields=fields, reason=reason)


def _chat(msg: Message, reason: str) -> Classification:
    fields, lines, form = forms.parse_chat(msg.text, msg.subject)
    return Classification(
        "chat_transcript", fields=fields, chat_lines=lines, chat_form=form, reason=reason
    )
