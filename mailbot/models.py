"""Database tables (sqlmodel). Times are stored as UTC and read back timezone-aware."""

from datetime import UTC, datetime
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Index,
    LargeBinary,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlmodel import Field, Relationship, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC in Python, naive UTC in the database (SQLite has no time zones)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


def _when(nullable: bool = False, index: bool = False) -> Any:
    return Field(
        default=None,
        sa_column=Column(UTCDateTime(), nullable=nullable, index=index),
    )


class InboundMessage(SQLModel, table=True):
    """The ledger: one row per message seen, written in the same transaction as its effects.

    `item_key` identifies the copy on the server (UIDVALIDITY:UID for IMAP, the file
    key for Maildir); `dedup_key` identifies the content (Message-ID + body hash), so
    a re-delivered copy is recognised as a duplicate.
    """

    __tablename__ = "inbound_message"
    __table_args__ = (
        UniqueConstraint("mailbox", "item_key"),
        Index("ix_inbound_uid", "mailbox", "uidvalidity", "uid"),
        Index("ix_inbound_unfiled", "mailbox", "filed"),
    )

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str
    uidvalidity: int = 0
    uid: int | None = None
    item_key: str
    message_id: str | None = Field(default=None, sa_column=Column(Text))
    dedup_key: str = Field(index=True)
    size: int = 0
    received_at: datetime | None = _when(nullable=True)
    processed_at: datetime = _when(index=True)
    sender: str | None = None
    subject: str | None = Field(default=None, sa_column=Column(Text))
    kind: str | None = None
    requests: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    decision: str | None = None
    language: str | None = None
    status: str = "processed"  # processed | duplicate | unprocessable | too_large | unsure
    error: str | None = Field(default=None, sa_column=Column(Text))
    target_folder: str | None = None  # None: stays in INBOX with the keyword
    flagged: bool = False  # a person must look at it: \Flagged on the server
    filed: bool = False
    duplicate_of: int | None = None
    # The classifier's confidence (0..1); below [classify] min_confidence the row's kind
    # and requests are only candidates and a person decides (status "unsure").
    confidence: float | None = None


class Enquiry(SQLModel, table=True):
    """A contact-form submission (REGISTER.md §2d)."""

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(index=True)
    name: str | None = None
    company: str | None = None
    phone: str | None = None
    message: str = Field(default="", sa_column=Column(Text))
    page: str | None = None
    language: str | None = None
    received_at: datetime = _when(index=True)
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id")
    inbound: Optional["InboundMessage"] = Relationship()


class ChatRecord(SQLModel, table=True):
    """A chat transcript or offline message (REGISTER.md §2c)."""

    __tablename__ = "chat_record"

    id: int | None = Field(default=None, primary_key=True)
    form: str = "transcript"  # transcript | offline
    visitor_name: str | None = None
    company: str | None = None
    email: str | None = Field(default=None, index=True)
    phone: str | None = None
    page: str | None = None
    message: str | None = Field(default=None, sa_column=Column(Text))
    language: str | None = None
    started_at: str | None = None
    received_at: datetime = _when(index=True)
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id")
    inbound: Optional["InboundMessage"] = Relationship()
    lines: list["ChatLine"] = Relationship(
        back_populates="chat",
        sa_relationship_kwargs={"cascade": "all, delete-orphan", "order_by": "ChatLine.position"},
    )


class ChatLine(SQLModel, table=True):
    __tablename__ = "chat_line"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(foreign_key="chat_record.id", index=True)
    position: int
    time: str
    speaker: str
    text: str = Field(sa_column=Column(Text))
    chat: Optional["ChatRecord"] = Relationship(back_populates="lines")


class OutboundMail(SQLModel, table=True):
    """The outbox: a mail is rendered and stored in the transaction that caused it."""

    __tablename__ = "outbound_mail"
    # The daily caps count one recipient's mail of the past 24 hours from these alone
    # (covering indexes: every column the count reads is in them).
    __table_args__ = (
        Index("ix_outbound_mail_mailbox_day", "to_mailbox", "created_at", "inbound_id"),
        Index("ix_outbound_mail_domain_day", "to_domain", "automatic", "created_at", "inbound_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    message_id: str = Field(unique=True)
    to_addr: str = Field(index=True)
    # The recipient's mailbox (case and +tag folded) and domain (service.recipient_keys).
    to_mailbox: str = ""
    to_domain: str = ""
    subject: str = Field(sa_column=Column(Text))
    template: str
    automatic: bool = True
    final: bool = False  # sent even to a suppressed address (the erasure's own result)
    claim: str | None = Field(default=None, index=True)  # which sender run took it
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    status: str = Field(default="pending", index=True)  # pending | sent | failed
    attempts: int = 0
    next_attempt_at: datetime | None = _when(nullable=True)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = _when(index=True)
    sent_at: datetime | None = _when(nullable=True)
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id")
    inbound: Optional["InboundMessage"] = Relationship()


class AuditEvent(SQLModel, table=True):
    """Append-only; each event carries the hash of the previous one."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _when(index=True)
    actor: str
    action: str
    entity: str
    entity_id: str | None = None
    fields: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    prev_hash: str
    hash: str


# --------------------------------------------------------------------------- the register


class Company(SQLModel, table=True):
    """A customer, prospect or partner company (REGISTER.md §2a)."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    address: str | None = None
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    business_area: str | None = None
    created_at: datetime = _when()
    updated_at: datetime = _when()


class Contact(SQLModel, table=True):
    """A person in the customer register; `email` is stored normalised (see identity.py)."""

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(unique=True, index=True)
    name: str = ""
    title: str | None = None
    department: str | None = None
    phone: str | None = None
    mobile: str | None = None
    company_id: int | None = Field(default=None, foreign_key="company.id", index=True)
    language: str | None = None
    status: str = Field(default="quarantined", index=True)  # quarantined | active
    newsletter: bool = False
    newsletter_opt_in_at: datetime | None = _when(nullable=True)
    newsletter_confirmed_at: datetime | None = _when(nullable=True)
    newsletter_opt_out_at: datetime | None = _when(nullable=True)
    marketing_allowed: bool = True
    source: str | None = None  # cli | import | enquiry | chat | newsletter
    created_at: datetime = _when(index=True)
    updated_at: datetime = _when()
    last_interaction_at: datetime | None = _when(nullable=True, index=True)
    legacy_notice_at: datetime | None = _when(nullable=True)
    consent_requested_at: datetime | None = _when(nullable=True, index=True)
    consent_reminders: int = 0
    company: Optional["Company"] = Relationship()


class Consent(SQLModel, table=True):
    """Consent and newsletter history: one row per event, never updated."""

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    topic: str  # storage | newsletter | marketing
    event: str  # requested | given | refused | withdrawn
    at: datetime = _when()
    via: str | None = None  # e-mail Message-ID, "cli", "staff:<user>"


class Confirmation(SQLModel, table=True):
    """A single-use token mailed to an address; the reply decides `purpose`'s outcome."""

    id: int | None = Field(default=None, primary_key=True)
    token: str = Field(unique=True, index=True)
    purpose: str  # identity | subscribe | consent
    email: str = Field(index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id")
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    message_id: str | None = None  # of the confirmation mail, for In-Reply-To matching
    created_at: datetime = _when()
    expires_at: datetime = _when(index=True)
    used_at: datetime | None = _when(nullable=True)
    outcome: str | None = None  # accept | decline | expired


class QueuedAction(SQLModel, table=True):
    """A change a person must review before it is applied (GDPR Art. 12(3) due date)."""

    __tablename__ = "queued_action"

    id: int | None = Field(default=None, primary_key=True)
    action: str = Field(index=True)  # rectification | erasure | objection | purge
    email: str = Field(index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id")
    status: str = Field(default="pending", index=True)  # pending | applied | rejected
    verification: str = ""  # authenticated | identity_confirmed | staff
    language: str | None = None
    text: str = Field(default="", sa_column=Column(Text))
    proposed: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    received_at: datetime = _when()
    due: datetime = _when(index=True)
    extended_until: datetime | None = _when(nullable=True)
    extension_reason: str | None = Field(default=None, sa_column=Column(Text))
    decided_by: str | None = None
    decided_at: datetime | None = _when(nullable=True)
    reason: str | None = Field(default=None, sa_column=Column(Text))
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id")
    inbound: Optional["InboundMessage"] = Relationship()


class FollowUp(SQLModel, table=True):
    """Art. 19: recipients to tell about an applied rectification or erasure."""

    __tablename__ = "follow_up"

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="queued_action.id", index=True)
    recipient: str
    note: str = ""
    done_at: datetime | None = _when(nullable=True)


class Suppression(SQLModel, table=True):
    """An erased address as a keyed hash only: never re-added, never mailed again."""

    id: int | None = Field(default=None, primary_key=True)
    address_hash: str = Field(unique=True, index=True)
    created_at: datetime = _when()
    reason: str = "erasure"


class Meta(SQLModel, table=True):
    """Small key/value facts the installation keeps about itself (e.g. the suppression key)."""

    key: str = Field(primary_key=True)
    value: str = Field(sa_column=Column(Text, nullable=False))


class ServerDeletion(SQLModel, table=True):
    """A message on the mail server that an approved erasure removes (GDPR Art. 17).

    The erasure is approved where there is no mailbox connection (the CLI), so it
    only writes these rows; the poll cycle finds each copy in INBOX and mailbot's
    folders by its exact size and content hash (the ledger's `dedup_key`), deletes
    it, and deletes the row once every folder was searched. No address, subject or
    Message-ID is kept here.
    """

    __tablename__ = "server_deletion"

    id: int | None = Field(default=None, primary_key=True)
    size: int
    dedup_key: str = Field(index=True)
    folder: str | None = None  # where mailbot filed it; every folder is searched anyway
    action_id: int | None = Field(default=None, foreign_key="queued_action.id")
    created_at: datetime = _when()
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text))


class PrepareAttempt(SQLModel, table=True):
    """A message whose parsing began but did not finish yet (issue 7 item 8).

    Written and committed before the work starts and deleted when it ends, so a row
    that survives means the worker crashed, hung or the process was killed on it.
    Such a message is retried alone; after two attempts it is unprocessable.
    """

    __tablename__ = "prepare_attempt"

    mailbox: str = Field(primary_key=True)
    item_key: str = Field(primary_key=True)  # as inbound_message.item_key
    attempts: int = 0


# --------------------------------------------------------------------------- web console


class WebUser(SQLModel, table=True):
    """A person who logs in to the web console (issue 10), with one role.

    Roles follow REGISTER.md's table: admin, staff, chat_agent. The password is an
    Argon2 hash; a set-password link is kept only as the SHA-256 of its token.
    """

    __tablename__ = "web_user"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(unique=True, index=True)
    role: str  # admin | staff | chat_agent
    password_hash: str | None = Field(default=None, sa_column=Column(Text))
    disabled: bool = False
    language: str | None = None  # fi | sv | en; None: the organisation's default
    totp_secret: str | None = None
    notify: bool = False  # a short mail when something is queued for review
    token_hash: str | None = Field(default=None, index=True)  # one-time set-password link
    token_expires_at: datetime | None = _when(nullable=True)
    created_at: datetime = _when()
    updated_at: datetime = _when()
    last_login_at: datetime | None = _when(nullable=True)


class WebSession(SQLModel, table=True):
    """A logged-in browser; the cookie holds the id, the table only its SHA-256."""

    __tablename__ = "web_session"

    id: str = Field(primary_key=True)  # sha256 hex of the cookie's session id
    user_id: int = Field(foreign_key="web_user.id", index=True)
    csrf: str
    created_at: datetime = _when()
    seen_at: datetime = _when()
    totp_ok: bool = False  # the second factor was given (or is not needed)


class Correction(SQLModel, table=True):
    """A person's correction of the classifier (issue 8 item 5): what the site's model learns.

    From `mailbot relabel` (`by` the staff user) or a move on the IMAP server between
    INBOX and a mailbot folder (`by` "imap"). It keeps the minimum: who, when, the old
    and new label, and the mail's normalised new text (folded subject and what the
    writer newly wrote; quotes and signatures already gone). The text is personal data:
    erasing the address deletes the row through its ledger link (corrections.forget),
    and it goes with the mailbox's retention (corrections.forget_before).
    """

    __tablename__ = "correction"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _when(index=True)
    by: str  # the staff user, or "imap" for a folder move
    source: str  # relabel | imap
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id", index=True)
    dedup_key: str = Field(index=True)  # as inbound_message.dedup_key
    old_kind: str | None = None
    old_requests: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    new_kind: str
    new_request: str | None = None
    text: str | None = Field(default=None, sa_column=Column(Text))  # None until read
    # pending: a relabel the next poll carries out; applied: processed as the new kind;
    # recorded: learned from, nothing redone to the message.
    status: str = Field(default="pending", index=True)
    note: str | None = Field(default=None, sa_column=Column(Text))
