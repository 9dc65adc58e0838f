"""The ledger: what mailbot decided for each processed message, why, and what it caused."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.app.base import NotFound, Record, reading
from mailbot.classify import KINDS
from mailbot.models import InboundMessage, OutboundMail, QueuedAction

STATUSES = ("processed", "duplicate", "unprocessable", "too_large", "unsure")


@dataclass
class ReplyView(Record):
    id: int
    template: str
    to: str
    status: str


@dataclass
class CausedActionView(Record):
    id: int
    action: str
    status: str
    due: str  # ISO date-time


@dataclass
class MessageView(Record):
    id: int
    processed_at: str | None
    received_at: str | None
    mailbox: str
    uid: int | None
    message_id: str | None
    sender: str | None
    subject: str | None
    status: str
    kind: str | None
    requests: list[str]
    decision: str | None
    language: str | None
    folder: str
    flagged: bool
    filed: bool
    duplicate_of: int | None
    error: str | None
    replies: list[ReplyView] = field(default_factory=list)
    actions: list[CausedActionView] = field(default_factory=list)

    @classmethod
    def of(
        cls, m: InboundMessage, replies: list[OutboundMail], actions: list[QueuedAction]
    ) -> MessageView:
        return cls(
            id=m.id or 0,
            processed_at=m.processed_at.isoformat() if m.processed_at else None,
            received_at=m.received_at.isoformat() if m.received_at else None,
            mailbox=m.mailbox,
            uid=m.uid,
            message_id=m.message_id,
            sender=m.sender,
            subject=m.subject,
            status=m.status,
            kind=m.kind,
            requests=list(m.requests or []),
            decision=m.decision,
            language=m.language,
            folder=m.target_folder or "INBOX",
            flagged=m.flagged,
            filed=m.filed,
            duplicate_of=m.duplicate_of,
            error=m.error,
            replies=[ReplyView(r.id or 0, r.template, r.to_addr, r.status) for r in replies],
            actions=[
                CausedActionView(a.id or 0, a.action, a.status, a.due.isoformat()) for a in actions
            ],
        )


@dataclass
class Handled(Record):
    """One line of what a poll did, for `mailbot demo`."""

    subject: str
    kind: str  # the kind, or the status when there is none
    requests: list[str]
    folder: str | None  # None: left in INBOX for people
    reply_to: str | None


def check_filters(kind: str | None, status: str | None) -> None:
    """ValueError naming the option when a filter names no kind or status."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"--kind: unknown kind {kind!r}; known: {', '.join(KINDS)}")
    if status is not None and status not in STATUSES:
        raise ValueError(f"--status: unknown status {status!r}; known: {', '.join(STATUSES)}")


def why(m: MessageView) -> str:
    """The ledger's facts as one sentence a person can check."""
    if m.status == "unprocessable":
        return f"could not be processed: {m.error}"
    if m.status == "duplicate":
        return f"a copy of message {m.duplicate_of}, which was already processed"
    parts = [f"classified as {m.kind}"]
    if m.requests:
        parts.append(f"asking for {', '.join(m.requests)}")
    if m.decision:
        parts.append(f"answering {m.decision}")
    if m.status == "too_large":
        parts.append("handled from its headers (larger than mailbox.max_message_bytes)")
    text = "; ".join(parts)
    text += f"; filed in {m.folder}" if m.folder != "INBOX" else "; left in INBOX for people"
    if m.flagged:
        text += " (flagged)"
    if m.error:
        text += f"; note: {m.error}"
    return text


def _views(session: Session, found: list[InboundMessage]) -> list[MessageView]:
    ids = [m.id for m in found if m.id is not None]
    replies: dict[int, list[OutboundMail]] = {}
    actions: dict[int, list[QueuedAction]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for r in session.exec(
            select(OutboundMail)
            .where(col(OutboundMail.inbound_id).in_(chunk))
            .order_by(col(OutboundMail.id))
        ):
            replies.setdefault(r.inbound_id or 0, []).append(r)
        for a in session.exec(
            select(QueuedAction)
            .where(col(QueuedAction.inbound_id).in_(chunk))
            .order_by(col(QueuedAction.id))
        ):
            actions.setdefault(a.inbound_id or 0, []).append(a)
    return [
        MessageView.of(m, replies.get(m.id or 0, []), actions.get(m.id or 0, [])) for m in found
    ]


def list_messages(
    engine: Engine, kind: str | None = None, status: str | None = None, limit: int = 50
) -> list[MessageView]:
    """Newest first, at most `limit`."""
    check_filters(kind, status)
    with reading(engine) as session:
        query = select(InboundMessage).order_by(col(InboundMessage.id).desc()).limit(limit)
        if kind:
            query = query.where(InboundMessage.kind == kind)
        if status:
            query = query.where(InboundMessage.status == status)
        return _views(session, list(session.exec(query).all()))


def show_message(engine: Engine, ident: str) -> list[MessageView]:
    """By ledger id, or every ledger row with that Message-ID (with or without <>)."""
    with reading(engine) as session:
        if ident.isdigit():
            found = [m for m in [session.get(InboundMessage, int(ident))] if m is not None]
        else:
            wanted = ident.strip()
            wanted = wanted if wanted.startswith("<") else f"<{wanted.strip('<>')}>"
            found = list(
                session.exec(
                    select(InboundMessage)
                    .where(col(InboundMessage.message_id).in_([wanted, wanted.strip("<>")]))
                    .order_by(col(InboundMessage.id))
                )
            )
        if not found:
            raise NotFound(f"no processed message {ident}")
        return _views(session, found)


def handled(engine: Engine) -> list[Handled]:
    """Every ledger row in order, with the address of a reply it caused."""
    with reading(engine) as session:
        rows = session.exec(select(InboundMessage).order_by(col(InboundMessage.id))).all()
        replies = {m.inbound_id: m.to_addr for m in session.exec(select(OutboundMail)).all()}
        return [
            Handled(
                subject=r.subject or "",
                kind=r.kind or r.status,
                requests=list(r.requests or []),
                folder=r.target_folder,
                reply_to=replies.get(r.id),
            )
            for r in rows
        ]
