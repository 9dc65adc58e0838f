"""Mailbox and record pruning (SPEC §6, REGISTER.md §5 c-d).

Contact-form mail must be "deleted continuously and at least twice a year", so a
scheduled job expunges old messages from mailbot's folders (and, if configured,
from INBOX) and deletes old enquiries. Chat history is kept until a person
deletes it, unless `retention.chat_days` says otherwise. What was pruned is
audited as counts only: an audit log that kept the contents would defeat it.

An approved erasure uses the same server code: it marks the person's messages
(ServerDeletion) and the poll cycle deletes them (carry_out_erasures).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, update
from sqlmodel import Session, col, select

from mailbot import corrections
from mailbot.ledger import dedup_key
from mailbot.models import (
    ChatLine,
    ChatRecord,
    Enquiry,
    InboundMessage,
    OutboundMail,
    ServerDeletion,
)
from mailbot.sources.base import MailSource, RawMessage, SourceError

if TYPE_CHECKING:
    from mailbot.service import Service

CHUNK = 500


@dataclass
class PruneReport:
    """What one pruning run removed (or, with `dry_run`, would remove)."""

    dry_run: bool
    mailbox_before: datetime
    enquiries_before: datetime
    chats_before: datetime | None  # None: chats are kept until deleted
    inbox: str
    inbox_pruned: bool  # retention.prune_inbox
    messages: dict[str, int] = field(default_factory=dict)  # folder -> messages
    enquiries: int = 0
    chat_records: int = 0
    chat_lines: int = 0
    errors: dict[str, str] = field(default_factory=dict)  # folder -> what went wrong

    @property
    def total_messages(self) -> int:
        return sum(self.messages.values())

    @property
    def ok(self) -> bool:
        return not self.errors

    def audit_fields(self) -> dict[str, Any]:
        """Counts and cut-off times only: never senders, subjects or texts."""
        fields: dict[str, Any] = {
            "messages": dict(self.messages),
            "enquiries": self.enquiries,
            "chat_records": self.chat_records,
            "chat_lines": self.chat_lines,
            "mailbox_before": self.mailbox_before.isoformat(),
            "enquiries_before": self.enquiries_before.isoformat(),
            "chats_before": self.chats_before.isoformat() if self.chats_before else None,
        }
        if self.errors:
            fields["failed_folders"] = sorted(self.errors)
        return fields


def _aware(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def mailbot_folders(service: Service, inbox: str) -> list[str]:
    """The distinct folders mailbot files into; the source's own folder is INBOX's rule."""
    folders = set(service.ctx.settings.mailbox.folders.values())
    return sorted(f for f in folders if f != inbox and f.upper() != "INBOX")


def _known(session: Session, source: MailSource, keys: list[str]) -> list[str]:
    """The keys the ledger has seen: INBOX mail is never pruned before mailbot has read it."""
    prefix = f"{source.uidvalidity}:"
    seen: set[str] = set()
    for i in range(0, len(keys), CHUNK):
        chunk = [prefix + k for k in keys[i : i + CHUNK]]
        seen.update(
            session.exec(
                select(InboundMessage.item_key)
                .where(InboundMessage.mailbox == source.name)
                .where(col(InboundMessage.item_key).in_(chunk))
            ).all()
        )
    return [k for k in keys if prefix + k in seen]


def _prune_folder(
    session: Session,
    source: MailSource,
    folder: str,
    before: datetime,
    dry_run: bool,
    is_inbox: bool,
    report: PruneReport,
) -> None:
    try:
        keys = source.old_messages(folder, before)
        if is_inbox:
            keys = _known(session, source, keys)
        report.messages[folder] = len(keys) if dry_run else source.expunge(folder, keys)
    except SourceError as exc:
        # Other folders and the records are still pruned; the next run retries this one.
        report.messages[folder] = 0
        report.errors[folder] = str(exc)


def _count(session: Session, stmt: Any) -> int:
    return int(session.exec(stmt).one())


def prune(
    service: Service,
    source: MailSource,
    session: Session,
    now: datetime,
    dry_run: bool = False,
) -> PruneReport:
    """Expunge old mail and delete old enquiries (and chats, if configured) as of `now`.

    Database deletions happen in `session`; the caller flushes the deferred audit
    and commits. Mail is expunged at once (IMAP has no transactions): if the
    commit then fails, the next run deletes the records that are left. A folder
    that fails is reported in `errors` and does not stop the rest.

    INBOX (the source's own folder) is pruned only with `retention.prune_inbox`,
    and only of messages the ledger has seen, so an unread request is never lost.
    """
    settings = service.ctx.settings.retention
    now = _aware(now)
    inbox = getattr(source, "folder", "INBOX")
    report = PruneReport(
        dry_run=dry_run,
        mailbox_before=now - timedelta(days=settings.mailbox_days),
        enquiries_before=now - timedelta(days=settings.enquiry_days or settings.mailbox_days),
        chats_before=now - timedelta(days=settings.chat_days) if settings.chat_days else None,
        inbox=inbox,
        inbox_pruned=settings.prune_inbox,
    )

    source.connect()
    for folder in mailbot_folders(service, inbox):
        _prune_folder(session, source, folder, report.mailbox_before, dry_run, False, report)
    if settings.prune_inbox:
        _prune_folder(session, source, inbox, report.mailbox_before, dry_run, True, report)

    old_enquiry = col(Enquiry.received_at) < report.enquiries_before
    report.enquiries = _count(session, select(func.count()).select_from(Enquiry).where(old_enquiry))
    if report.chats_before is not None:
        old_chat = col(ChatRecord.received_at) < report.chats_before
        old_ids = select(ChatRecord.id).where(old_chat)
        report.chat_records = _count(
            session, select(func.count()).select_from(ChatRecord).where(old_chat)
        )
        report.chat_lines = _count(
            session,
            select(func.count()).select_from(ChatLine).where(col(ChatLine.chat_id).in_(old_ids)),
        )

    if dry_run:
        return report
    if report.enquiries:
        session.exec(delete(Enquiry).where(old_enquiry))  # type: ignore[call-overload]
    if report.chat_records:
        # Lines first: the foreign key forbids orphans, and a bulk delete skips ORM cascades.
        session.exec(delete(ChatLine).where(col(ChatLine.chat_id).in_(old_ids)))  # type: ignore[call-overload]
        session.exec(delete(ChatRecord).where(old_chat))  # type: ignore[call-overload]
    _forget_old_mail_records(session, report.mailbox_before)
    service.defer_audit(session, "prune", "Retention", report.audit_fields())
    return report


def _forget_old_mail_records(session: Session, before: datetime) -> None:
    """The database's copies of old mail follow the mailbox's retention.

    The ledger row stays (it is what keeps a message from being applied twice,
    and its dedup key is a hash), but its sender, subject and Message-ID go;
    mail that was sent (extracts included) is deleted.
    """
    session.exec(  # type: ignore[call-overload]
        update(InboundMessage)
        .where(col(InboundMessage.processed_at) < before)
        .where(col(InboundMessage.sender).is_not(None) | col(InboundMessage.subject).is_not(None))
        .values(sender=None, subject=None, message_id=None)
    )
    session.exec(  # type: ignore[call-overload]
        delete(OutboundMail)
        .where(col(OutboundMail.created_at) < before)
        .where(OutboundMail.status != "pending")
    )
    corrections.forget_before(session, before)


def prune_command_output(report: PruneReport) -> list[str]:
    """Lines for `mailbot prune [--dry-run]`: what went (or would go), and what is kept."""
    verb = "would be deleted" if report.dry_run else "deleted"
    day = "%Y-%m-%d %H:%M UTC"
    lines = [
        ("Dry run: nothing was deleted. " if report.dry_run else "")
        + f"Mail received before {report.mailbox_before.astimezone(UTC).strftime(day)}:"
    ]
    for folder, n in report.messages.items():
        if folder in report.errors:
            lines.append(f"  {folder}: FAILED ({report.errors[folder]})")
        else:
            lines.append(f"  {folder}: {n} message(s) {verb}")
    if not report.inbox_pruned:
        lines.append(f"  {report.inbox}: kept (retention.prune_inbox is off)")
    lines.append(
        f"Enquiries received before {report.enquiries_before.astimezone(UTC).strftime(day)}: "
        f"{report.enquiries} {verb}"
    )
    if report.chats_before is None:
        lines.append("Chat records: kept until a person deletes them (retention.chat_days unset)")
    else:
        lines.append(
            f"Chat records received before {report.chats_before.astimezone(UTC).strftime(day)}: "
            f"{report.chat_records} ({report.chat_lines} line(s)) {verb}"
        )
    return lines


# --------------------------------------------------------------------------- erasures
def _content_key(item: RawMessage) -> str:
    """The ledger's dedup key of a copy on the server, computed as the poll cycle did."""
    from mailbot.parsing import parse

    try:
        msg = parse(item.raw, headers_only=item.too_large)
    except Exception:  # noqa: BLE001 - unparsable mail was keyed by its bytes
        msg = None
    return dedup_key(msg, item.raw)


def carry_out_erasures(service: Service, source: MailSource) -> dict[str, int]:
    """Delete from the server the messages approved erasures marked (ServerDeletion).

    Every mailbot folder and INBOX is searched for each marked message by its exact
    size, and a copy is deleted only if its content hash is the ledger's: a message
    that merely has the same size, or the same Message-ID, is never touched. A row
    is deleted when every folder was searched without error; otherwise it is tried
    again on the next cycle (searching is idempotent, so a copy moved meanwhile is
    still found). Sent erasure-result mails are dropped here too: after them,
    nothing of the address is left. Returns messages deleted per folder.
    """
    inbox = getattr(source, "folder", "INBOX")
    with Session(service.engine, expire_on_commit=False) as session:
        # The erasure's own result mail, once it is out, is the last trace of the address.
        session.exec(  # type: ignore[call-overload]
            delete(OutboundMail)
            .where(OutboundMail.final == True)  # noqa: E712
            .where(OutboundMail.status == "sent")
        )
        rows = list(session.exec(select(ServerDeletion).order_by(col(ServerDeletion.id))).all())
        if not rows:
            session.commit()
            return {}
        wanted = {r.dedup_key for r in rows}
        sizes = {r.size for r in rows}
        deleted: dict[str, int] = {}
        errors: dict[str, str] = {}
        for folder in [inbox, *mailbot_folders(service, inbox)]:
            try:
                found = source.find_sized(folder, sizes)
                keys = [item.key for item in found if _content_key(item) in wanted]
                deleted[folder] = source.expunge(folder, keys) if keys else 0
            except SourceError as exc:
                errors[folder] = str(exc)
        if errors:
            for row in rows:
                row.attempts += 1
                row.last_error = "; ".join(f"{f}: {e}" for f, e in sorted(errors.items()))[:2000]
                session.add(row)
        else:
            for row in rows:
                session.delete(row)
        fields: dict[str, Any] = {
            "messages": {f: n for f, n in deleted.items() if n},
            "marked": len(rows),
        }
        if errors:
            fields["failed_folders"] = sorted(errors)
        if fields["messages"] or not errors:  # a folder that keeps failing is not re-audited
            service.defer_audit(session, "erase_mail", "ServerDeletion", fields, actor="mailbot")
            service.flush_deferred(session)
        session.commit()
    return deleted
