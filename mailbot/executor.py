"""Reads the snapshot a request handler decides on, and carries out the intents it returns.

The two database sides of pure request handling (issue 9 item 3): `load_snapshot` reads
(without autoflush: a look-up must not write the batch's pending rows one query at a
time) and `Executor.run` writes, in the message's transaction. Mail and audit events go
into the message's `Effects`, which the service turns into outbox rows and audit events
with the rest of the message.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import inspect, or_
from sqlmodel import Session, col, select

from mailbot import actions, clock, confirmations, extract, identity, rectify
from mailbot.classify import Classification
from mailbot.config import Settings
from mailbot.extract import build_extract, extract_json
from mailbot.handlers import BY_NAME
from mailbot.handlers.base import Audit, Effects, Reply
from mailbot.identity import Identity
from mailbot.intents import (
    ActivateContact,
    ApplyUnsubscribe,
    ConfirmSubscription,
    ContactView,
    Erase,
    ForwardToCeo,
    Intent,
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
from mailbot.models import (
    ChatRecord,
    Confirmation,
    Consent,
    Contact,
    Enquiry,
    InboundMessage,
    QueuedAction,
)
from mailbot.parsing import Message
from mailbot.pdf import render_pdf
from mailbot.request_types import HELD

# The outbox queues an extract for its sender to build (outbox.queue_extract, issue 12):
# the poll's transaction only records the request; the PDF is built from the register
# as it is when the mail goes, leaving the mail that carries it out of its `sent_mail`.
DEFERRED_EXTRACTS: bool = True


def view(contact: Contact | None) -> ContactView | None:
    if contact is None or contact.id is None:
        return None
    return ContactView(
        id=contact.id,
        email=contact.email,
        name=contact.name,
        language=contact.language,
        newsletter=contact.newsletter,
        status=contact.status,
    )


# ----------------------------------------------------------------------------- reading
class Registered:
    """The register's addresses, read once per batch: most mail is from people who are
    not in it, and for them no contact look-up is needed at all.
    """

    def __init__(self) -> None:
        self.emails: set[str] | None = None
        # Read ahead for the whole batch (`prefetch`); held here, which also keeps them
        # in the session's (weak) identity map for the handlers' `session.get`.
        self.contacts: dict[str, Contact] = {}

    def _emails(self, session: Session) -> set[str]:
        if self.emails is None:
            with session.no_autoflush:
                self.emails = set(session.exec(select(Contact.email)).all())
        return self.emails

    def prefetch(self, session: Session, addresses: set[str]) -> None:
        """One query for the registered contacts among `addresses`, not one per message."""
        wanted = sorted(addresses & self._emails(session))
        with session.no_autoflush:
            for i in range(0, len(wanted), 500):
                for contact in session.exec(
                    select(Contact).where(col(Contact.email).in_(wanted[i : i + 500]))
                ).all():
                    self.contacts[contact.email] = contact

    def contact(self, session: Session, address: str | None) -> Contact | None:
        if address is None:
            return None
        if address not in self._emails(session):
            return None
        known = self.contacts.get(address)
        if known is not None and known.email == address and inspect(known).persistent:
            return known  # what find_contact's query would return: the same object
        return find_contact(session, address)


def find_contact(session: Session, address: str | None) -> Contact | None:
    """The contact stored under a person key (contacts are flushed when they are made)."""
    if address is None:
        return None
    with session.no_autoflush:
        return session.exec(select(Contact).where(Contact.email == address)).first()


def load_snapshot(
    session: Session,
    msg: Message,
    cls: Classification,
    settings: Settings,
    registered: Registered,
) -> Snapshot | None:
    """What the kind's handler needs to know from the register, read-only."""
    kind = cls.kind
    reads = BY_NAME[kind].reads if kind in BY_NAME else "nothing"
    if reads == "requests" or (kind == "contact_form" and cls.requests):
        with session.no_autoflush:
            if kind == "contact_form":
                # Verified against the visitor's address; a form is never authenticated.
                who = identity.for_address(session, cls.fields.get("email"), settings)
            else:
                who = identity.check(session, msg, settings)
        contact = session.get(Contact, who.contact_id) if who.contact_id else None
        held = False
        if (
            contact is None
            and who.address is not None
            and not who.suppressed
            and any(r in HELD for r in cls.requests)
        ):
            held = holds_data(session, who.address, settings)
        return Snapshot(identity=who, contact=view(contact), holds_data=held)
    if reads == "confirmation":
        with session.no_autoflush:
            who = identity.check(session, msg, settings)
            conf = confirmations.match(session, cls.token, [*msg.in_reply_to, *msg.references])
        if conf is None:
            return Snapshot(identity=who)
        contact = (
            session.get(Contact, conf.contact_id)
            if conf.contact_id
            else find_contact(session, conf.email)
        )
        return Snapshot(identity=who, contact=view(contact), confirmation=confirmations.view(conf))
    if reads == "registered":
        # Any mail, form or chat from a registered address counts as dealings (inactivity).
        typed = msg.sender if kind == "other" else cls.fields.get("email")
        address = identity.normalise(typed, settings)
        contact = registered.contact(session, address)
        who = Identity(address, contact.id if contact else None, False, False, "")
        return Snapshot(identity=who, contact=view(contact))
    return None


def holds_data(session: Session, address: str, settings: Settings) -> bool:
    """Is anything held about an unregistered address (an extract would not be empty)?

    The batch's earlier messages count, but flushing them for every request cost more
    than the question (issue 12): the stored rows answer first, and a flush happens
    only when a pending row could change that answer.
    """
    held = {Contact, Enquiry, ChatRecord, QueuedAction, InboundMessage}
    changed = session.deleted or any(type(o) in held for o in session.dirty)
    with session.no_autoflush:
        if not changed and holds_anything(session, address, settings):
            return True  # pending rows only add to what is stored
    if changed or any(_names(o, address, settings) for o in session.new):
        session.flush()
        return holds_anything(session, address, settings)
    return False


def _names(row: object, address: str, settings: Settings) -> bool:
    """Could this pending row be part of the address's extract?"""
    wanted = extract.normalised_address(address, settings)
    if isinstance(row, Contact | QueuedAction):
        return row.email == wanted
    if isinstance(row, Enquiry | ChatRecord):
        return extract.address_matches(row.email, wanted, settings)
    if isinstance(row, InboundMessage):
        # A copy names its original's sender only through the original (pending too).
        return extract.address_matches(row.sender, wanted, settings)
    return False


def holds_anything(session: Session, address: str, settings: Settings) -> bool:
    """`build_extract(...) is not None`, answered with existence queries.

    Building the whole extract to learn only whether it is empty loaded every earlier
    message of the address, for each of its requests (issue 12: 60 % of a batch's
    commit time on a backlog where one address asks repeatedly).
    """
    wanted = extract.normalised_address(address, settings)
    if session.exec(select(Contact.id).where(Contact.email == wanted).limit(1)).first():
        return True
    for model in (Enquiry, ChatRecord):
        typed = session.exec(
            select(model.email).where(col(model.email).is_not(None)).distinct()
        ).all()
        if any(extract.address_matches(t, wanted, settings) for t in typed):
            return True
    if session.exec(select(QueuedAction.id).where(QueuedAction.email == wanted).limit(1)).first():
        return True
    # Nothing linked: only the address's own mail (and its duplicates) can be held.
    ids = extract.person_ledger_ids(session, wanted, settings)
    for i in range(0, len(ids), 500):
        if session.exec(
            select(InboundMessage.id)
            .where(col(InboundMessage.id).in_(ids[i : i + 500]))
            .where(
                or_(
                    col(InboundMessage.kind).is_(None),
                    col(InboundMessage.kind).not_in(extract.REQUEST_KINDS),
                )
            )
            .limit(1)
        ).first():
            return True
    return False


# ----------------------------------------------------------------------------- writing
class Executor:
    """Carries out intents in order, inside the caller's transaction."""

    def __init__(
        self,
        session: Session,
        settings: Settings,
        effects: Effects,
        msg: Message | None = None,
        raw: bytes | None = None,
    ) -> None:
        self.session = session
        self.settings = settings
        self.effects = effects
        self.msg = msg
        self.raw = raw

    def run(self, intents: list[Intent]) -> None:
        for intent in intents:
            handler = getattr(self, f"_{type(intent).__name__}")
            handler(intent)

    # -- helpers
    def _contact(self, contact_id: int | None) -> Contact | None:
        return self.session.get(Contact, contact_id) if contact_id is not None else None

    def _mail(self, reply: Reply) -> None:
        self.effects.replies.append(reply)

    def _audit(self, action: str, entity: Any, fields: dict[str, Any]) -> None:
        self.effects.audit.append(Audit(action, entity, fields))

    def _consent(self, contact_id: int | None, topic: str, event: str, via: str) -> None:
        self.session.add(
            Consent(contact_id=contact_id, topic=topic, event=event, at=clock.now(), via=via)
        )

    # -- intents
    def _Audit(self, intent: Audit) -> None:
        self.effects.audit.append(intent)

    def _SendReply(self, intent: SendReply) -> None:
        self._mail(intent.reply)

    def _IssueConfirmation(self, intent: IssueConfirmation) -> None:
        conf = confirmations.issue(
            self.session,
            self.settings,
            intent.purpose,
            intent.email,
            intent.contact_id,
            dict(intent.payload),
        )
        self._audit("confirmation_sent", "Confirmation", {"purpose": intent.purpose})
        reply = intent.reply
        self._mail(
            replace(
                reply,
                context={**reply.context, intent.token_key: conf.token},
                message_id=conf.message_id,
            )
        )

    def _UseConfirmation(self, intent: UseConfirmation) -> None:
        conf = self.session.get(Confirmation, intent.confirmation_id)
        if conf is not None:
            confirmations.use(self.session, conf, intent.outcome)

    def _Touch(self, intent: Touch) -> None:
        contact = self._contact(intent.contact_id)
        if contact is not None:
            contact.last_interaction_at = clock.now()
            self.session.add(contact)

    def _SendExtract(self, intent: SendExtract) -> None:
        """To the registered address, or (no contact) to the verified address asking."""
        contact = self._contact(intent.contact_id)
        to = contact.email if contact is not None else intent.to
        lang = intent.language
        reply = Reply(
            to=to,
            template="extract",
            language=lang,
            context={"text": intent.text},
            in_reply_to_original=self.msg is not None,
        )
        self.session.flush()
        entity: Any = contact if contact is not None else "InboundMessage"
        if DEFERRED_EXTRACTS:  # built by the sender, off this transaction
            if not holds_anything(self.session, to, self.settings):
                self._mail(replace(reply, template="no_data"))
                return
            self._mail(replace(reply, extract_of=to))
            self._audit("extract_sent", entity, {"language": lang})
            return
        data = build_extract(self.session, to, self.settings, lang)
        if data is None:  # nothing (left) to show: the usual words
            self._mail(replace(reply, template="no_data"))
            return
        pdf = render_pdf(data, self.settings)
        attachments = [
            (f"extract-{lang}.pdf", "application/pdf", pdf),
            ("extract.json", "application/json", extract_json(data)),
        ]
        self._mail(replace(reply, attachments=attachments))
        self._audit("extract_sent", entity, {"language": lang})

    def _QueueAction(self, intent: QueueAction) -> None:
        contact = self._contact(intent.contact_id)
        proposed = (
            rectify.proposed_changes(intent.text, contact)
            if intent.action == "rectification" and contact is not None
            else {}
        )
        action = QueuedAction(
            action=intent.action,
            email=intent.email,
            contact_id=intent.contact_id,
            verification=intent.verification,
            language=intent.language,
            text=intent.text,
            proposed=proposed,
            received_at=intent.received_at,
            due=intent.due,
        )
        self.session.add(action)
        self.effects.records.append(action)
        self._audit("queue", action, {"action": intent.action, "verification": intent.verification})

    def _RecordConsent(self, intent: RecordConsent) -> None:
        self._consent(intent.contact_id, intent.topic, intent.event, intent.via)

    def _ApplyUnsubscribe(self, intent: ApplyUnsubscribe) -> None:
        contact = self._contact(intent.contact_id)
        if contact is None:
            return
        now = clock.now()
        contact.newsletter = False
        contact.newsletter_opt_out_at = now
        contact.updated_at = now
        self.session.add(contact)
        self._consent(contact.id, "newsletter", "withdrawn", intent.via)
        self._audit(
            "update", contact, {"fields": ["newsletter"], "verification": intent.verification}
        )

    def _UndoUnsubscribe(self, intent: UndoUnsubscribe) -> None:
        contact = self._contact(intent.contact_id)
        if contact is None:
            return
        now = clock.now()
        contact.newsletter = True
        contact.newsletter_opt_out_at = None
        contact.updated_at = now
        contact.last_interaction_at = now
        self.session.add(contact)
        self._consent(contact.id, "newsletter", "given", intent.via)
        self._audit("update", contact, {"fields": ["newsletter"], "undo": "unsubscribe"})

    def _ConfirmSubscription(self, intent: ConfirmSubscription) -> None:
        now = clock.now()
        contact = self._contact(intent.contact_id)
        if contact is None:
            contact = Contact(
                email=intent.email,
                name=intent.name,
                language=intent.language,
                status="active",
                source="newsletter",
                created_at=now,
                updated_at=now,
                last_interaction_at=now,
            )
            self.session.add(contact)
            self.session.flush()
            self._consent(contact.id, "storage", "given", intent.via)
            self._audit("create", contact, {"fields": ["email", "name", "newsletter"]})
        contact.newsletter = True
        contact.newsletter_opt_in_at = contact.newsletter_opt_in_at or intent.opted_in_at
        contact.newsletter_confirmed_at = now
        contact.newsletter_opt_out_at = None
        contact.updated_at = now
        contact.last_interaction_at = now
        self.session.add(contact)
        self._consent(contact.id, "newsletter", "given", intent.via)
        self._audit("update", contact, {"fields": ["newsletter"]})

    def _ActivateContact(self, intent: ActivateContact) -> None:
        contact = self._contact(intent.contact_id)
        if contact is None:
            return
        now = clock.now()
        contact.status = "active"
        contact.updated_at = now
        contact.last_interaction_at = now
        self.session.add(contact)
        self._consent(contact.id, "storage", "given", intent.via)
        self._audit("consent_given", contact, {"fields": ["status"]})

    def _Erase(self, intent: Erase) -> None:
        # Refusing consent deletes the person (REGISTER.md §8), their mail on the server too.
        counts = actions.erase(
            self.settings, self.session, intent.email, contact_id=intent.contact_id, server=True
        )
        self._audit(intent.audit_action, ("Contact", intent.contact_id), counts)

    def _ForwardToCeo(self, intent: ForwardToCeo) -> None:
        org = self.settings.organisation
        attachments = [("original.eml", "message/rfc822", self.raw)] if self.raw else []
        self._mail(
            Reply(
                to=org.ceo_email,
                template="personnel_forward",
                language=org.default_language,
                context={"sender": intent.sender, "subject": intent.subject},
                in_reply_to_original=False,
                attachments=attachments,
                limited=False,
                auto_submitted="auto-generated",
            )
        )
