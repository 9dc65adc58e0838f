"""What the request handlers decide, as data (issue 9 item 3; SPEC §3-§4).

The handlers (handlers/requests.py) are pure: they read a message, its classification
and a read-only `Snapshot`, and return a list of these intents. The executor
(executor.py) carries them out, in order, in the message's transaction. So the rules of
SPEC §3 are tested in memory, cell by cell, and the writing is done in one place.

`Reply` and `Audit` are the plain data of a mail and an audit event; both are intents
too (a reply to send, an event recorded at its place in the list).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import SQLModel

from mailbot.identity import Identity


# ----------------------------------------------------------------------------- mail and audit
@dataclass
class Reply:
    """A mail to render from a template and put in the outbox."""

    to: str
    template: str
    language: str
    context: dict[str, Any] = field(default_factory=dict)
    in_reply_to_original: bool = True
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)
    message_id: str | None = None  # fixed ids let replies to confirmations be matched
    limited: bool = True  # counts against limits.replies_per_address_per_day
    auto_submitted: str = "auto-replied"
    final: bool = False  # the erasure's result mail: sent although the address is now suppressed
    # An extract of this address's data: queued for the sender to render (outbox.queue_extract)
    # where the outbox can, instead of a PDF rendered in the message's transaction.
    extract_of: str | None = None


@dataclass
class Audit:
    action: str
    entity: SQLModel | str | tuple[str, Any]
    fields: dict[str, Any] = field(default_factory=dict)


# ----------------------------------------------------------------------------- the snapshot
@dataclass(frozen=True)
class ContactView:
    """A register contact as the handlers may see it: values, no session behind them."""

    id: int
    email: str
    name: str
    language: str | None
    newsletter: bool
    status: str


@dataclass(frozen=True)
class ConfirmationView:
    """A confirmation (token mail) that the message answers."""

    id: int
    purpose: str
    email: str
    contact_id: int | None
    payload: dict[str, Any]
    created_at: datetime
    expires_at: datetime
    used: bool


@dataclass(frozen=True)
class Snapshot:
    """Everything a request handler may know beyond the message, read before it runs.

    `contact`: the sender's contact (for a confirmation: the confirmation's contact).
    `holds_data`: data is held about an unregistered `identity.address` (access/erasure).
    """

    identity: Identity
    contact: ContactView | None = None
    holds_data: bool = False
    confirmation: ConfirmationView | None = None


# ----------------------------------------------------------------------------- intents
@dataclass(frozen=True)
class SendReply:
    """A mail to the outbox (rendered from its template by the service)."""

    reply: Reply


@dataclass(frozen=True)
class IssueConfirmation:
    """A new single-use token for `purpose`, mailed with `reply` (the token goes into the
    reply's context under `token_key`, and its Message-ID lets the answer be matched).
    """

    purpose: str
    email: str
    contact_id: int | None
    payload: dict[str, Any]
    reply: Reply
    token_key: str = "token"


@dataclass(frozen=True)
class UseConfirmation:
    """The token is spent: `outcome` is accept, decline or expired."""

    confirmation_id: int
    outcome: str


@dataclass(frozen=True)
class QueueAction:
    """A request for a person to review (rectification, erasure, objection); due in a month."""

    action: str
    email: str
    contact_id: int | None
    verification: str
    language: str
    text: str
    received_at: datetime
    due: datetime


@dataclass(frozen=True)
class SendExtract:
    """The Art. 15 extract of `to` (PDF + JSON), or the no-data words when nothing is held."""

    to: str
    contact_id: int | None
    language: str
    text: str = ""


@dataclass(frozen=True)
class Touch:
    """Dealings with the contact now (the inactivity review counts from here)."""

    contact_id: int


@dataclass(frozen=True)
class RecordConsent:
    """One row of the consent history."""

    contact_id: int
    topic: str  # storage | newsletter | marketing
    event: str  # requested | given | withdrawn
    via: str


@dataclass(frozen=True)
class ApplyUnsubscribe:
    """Newsletter off now (with its consent row and audit event)."""

    contact_id: int
    verification: str
    via: str


@dataclass(frozen=True)
class UndoUnsubscribe:
    """An unverified unsubscribe taken back by the address itself: newsletter on again."""

    contact_id: int
    via: str


@dataclass(frozen=True)
class ConfirmSubscription:
    """Double opt-in confirmed: newsletter on; a new, active contact when none exists."""

    email: str
    contact_id: int | None
    name: str
    language: str
    opted_in_at: datetime
    via: str


@dataclass(frozen=True)
class ActivateContact:
    """Consent to storage given: quarantine ends."""

    contact_id: int
    via: str


@dataclass(frozen=True)
class Erase:
    """Everything about the address deleted (actions.erase), audited as `audit_action`."""

    email: str
    contact_id: int
    audit_action: str


@dataclass(frozen=True)
class ForwardToCeo:
    """The original mail whole to the configured CEO address (personnel register)."""

    sender: str
    subject: str


Intent = (
    SendReply
    | IssueConfirmation
    | UseConfirmation
    | QueueAction
    | SendExtract
    | Touch
    | RecordConsent
    | ApplyUnsubscribe
    | UndoUnsubscribe
    | ConfirmSubscription
    | ActivateContact
    | Erase
    | ForwardToCeo
    | Audit
)


@dataclass
class Decision:
    """A handler's answer: what to do, the ledger note, and whether a person should look."""

    intents: list[Intent] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    flag: bool = False

    @property
    def note(self) -> str | None:
        return "; ".join(self.notes) or None
