"""The poll cycle: fetch → parse → classify → handle → commit → file → send.

Exactly once: a message's ledger row, its effects, its audit events and its
outbox rows are written together (one SAVEPOINT per message inside one commit per
batch, so a failing message rolls back alone and a crash before the commit
applies nothing). The server-side move happens only after the commit and is
retried on the next cycle until the ledger says it is filed.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import func, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot import audit, clock, mailer
from mailbot.classify import Classification, classify
from mailbot.handlers import handle
from mailbot.handlers.base import Context, Effects, Reply
from mailbot.models import InboundMessage, OutboundMail
from mailbot.parsing import Message, ParseError, parse
from mailbot.sources import MailSource, RawMessage, SourceError

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


@dataclass
class PollReport:
    seen: int = 0
    processed: int = 0
    duplicates: int = 0
    unprocessable: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    filed_retried: int = 0
    queued_mail: int = 0


def dedup_key(msg: Message | None, raw: bytes) -> str:
    """Message-ID + From + body: the same mail delivered twice has the same key."""
    if msg is None:
        return hashlib.sha256(raw).hexdigest()
    basis = f"{msg.message_id or ''}\n{','.join(msg.from_addresses)}\n{msg.body_hash}"
    return hashlib.sha256(basis.encode()).hexdigest()


class Service:
    def __init__(self, ctx: Context, engine: Engine) -> None:
        self.ctx = ctx
        self.engine = engine

    # ------------------------------------------------------------------ one message
    def _ledger_row(self, source: MailSource, item: RawMessage) -> InboundMessage:
        return InboundMessage(
            mailbox=source.name,
            uidvalidity=source.uidvalidity,
            uid=item.uid,
            item_key=f"{source.uidvalidity}:{item.key}",
            dedup_key="",
            size=item.size,
            received_at=item.internaldate,
            processed_at=clock.now(),
        )

    def process_one(self, session: Session, source: MailSource, item: RawMessage) -> InboundMessage:
        """Parse, classify and apply one message inside the caller's transaction."""
        row = self._ledger_row(source, item)
        try:
            msg = parse(item.raw, headers_only=item.too_large)
        except ParseError as exc:
            row.dedup_key = dedup_key(None, item.raw)
            return self._unprocessable(session, row, str(exc))

        row.dedup_key = dedup_key(msg, item.raw)
        row.message_id = msg.message_id
        row.sender = msg.sender
        row.subject = mailer.clean_header(msg.subject, 500)
        row.received_at = msg.date or item.internaldate

        original = session.exec(
            select(InboundMessage)
            .where(InboundMessage.dedup_key == row.dedup_key)
            .where(InboundMessage.status != "duplicate")
            .limit(1)
        ).first()
        if original is not None:
            row.status = "duplicate"
            row.duplicate_of = original.id
            row.kind = original.kind
            row.target_folder = original.target_folder
            session.add(row)
            return row

        try:
            with session.begin_nested():
                cls = classify(msg, self.ctx.rules)
                row.kind = cls.kind
                row.requests = list(cls.requests)
                row.decision = cls.decision
                row.language = msg.language
                effects = self._too_large(cls) if item.too_large else handle(msg, cls, self.ctx)
                row.status = "too_large" if item.too_large else "processed"
                row.target_folder = effects.folder
                row.error = effects.note
                session.add(row)
                session.flush()
                self._apply(session, row, msg, effects)
        except Exception as exc:  # noqa: BLE001 - a bad message must not stop the loop
            log.exception("message %s failed", item.key)
            audit.forget_head(session)
            row = self._ledger_row(source, item)
            row.dedup_key = dedup_key(msg, item.raw)
            row.message_id = msg.message_id
            row.sender = msg.sender
            return self._unprocessable(session, row, f"{type(exc).__name__}: {exc}")
        return row

    def _unprocessable(self, session: Session, row: InboundMessage, error: str) -> InboundMessage:
        row.kind = None
        row.status = "unprocessable"
        row.error = error[:2000]
        row.target_folder = self.ctx.folder("unprocessable")
        session.add(row)
        session.flush()
        return row

    def _too_large(self, cls: Classification) -> Effects:
        """Handled from its headers: automatic mail is filed; anything else waits for a person."""
        if cls.kind == "automatic":
            return Effects(folder=self.ctx.folder("automatic"), note="too large; automatic")
        return Effects(
            folder=None,
            flag=True,
            note=f"larger than mailbox.max_message_bytes; looks like {cls.kind}",
        )

    def _apply(self, session: Session, row: InboundMessage, msg: Message, effects: Effects) -> None:
        for record in effects.records:
            if hasattr(record, "inbound_id"):
                record.inbound_id = row.id
            session.add(record)
        session.flush()
        for event in effects.audit:
            entity = event.entity if isinstance(event.entity, str) else type(event.entity).__name__
            entity_id = None if isinstance(event.entity, str) else getattr(event.entity, "id", None)
            audit.record(session, event.action, entity, entity_id, event.fields)
        for reply in effects.replies:
            self.queue_reply(session, reply, msg, row.id)
        if effects.flag:
            row.error = effects.note

    # ------------------------------------------------------------------ outgoing
    def queue_reply(
        self, session: Session, reply: Reply, original: Message | None, inbound_id: int | None
    ) -> OutboundMail | None:
        """Render into the outbox, unless the address has had its automatic replies today."""
        to = reply.to.strip()
        limit = self.ctx.settings.limits.replies_per_address_per_day
        since = clock.now() - timedelta(days=1)
        sent_today = session.exec(
            select(func.count())
            .select_from(OutboundMail)
            .where(func.lower(OutboundMail.to_addr) == to.lower())
            .where(OutboundMail.automatic == True)  # noqa: E712
            .where(OutboundMail.created_at >= since)
        ).one()
        if sent_today >= limit:
            audit.record(
                session, "reply_suppressed", "OutboundMail", None, {"reason": "daily limit"}
            )
            return None
        org = self.ctx.settings.organisation
        subject, body = mailer.render(reply.template, reply.language, {"org": org, **reply.context})
        built = mailer.build(
            to=to,
            from_addr=self.ctx.settings.smtp.from_,
            from_name=org.name,
            subject=subject,
            body=body,
            in_reply_to=original.message_id if original and reply.in_reply_to_original else None,
            references=original.references if original else None,
        )
        out = OutboundMail(
            message_id=built.message_id,
            to_addr=to,
            subject=built.subject,
            template=reply.template,
            raw=built.raw,
            created_at=clock.now(),
            next_attempt_at=clock.now(),
            inbound_id=inbound_id,
        )
        session.add(out)
        session.flush()
        audit.record(session, "queue_mail", "OutboundMail", out.id, {"template": reply.template})
        return out

    # ------------------------------------------------------------------ the cycle
    def _last_uid(self, session: Session, source: MailSource) -> int | None:
        return session.exec(
            select(func.max(InboundMessage.uid))
            .where(InboundMessage.mailbox == source.name)
            .where(InboundMessage.uidvalidity == source.uidvalidity)
        ).one()

    def _unknown(self, session: Session, source: MailSource, keys: Sequence[str]) -> list[str]:
        known: set[str] = set()
        prefix = f"{source.uidvalidity}:"
        for i in range(0, len(keys), 500):
            chunk = [prefix + k for k in keys[i : i + 500]]
            known.update(
                session.exec(
                    select(InboundMessage.item_key)
                    .where(InboundMessage.mailbox == source.name)
                    .where(col(InboundMessage.item_key).in_(chunk))
                ).all()
            )
        return [k for k in keys if prefix + k not in known]

    def file_pending(self, source: MailSource) -> int:
        """Move what was committed but not yet filed (a crash or a dropped connection)."""
        with Session(self.engine) as session:
            rows = session.exec(
                select(InboundMessage)
                .where(InboundMessage.mailbox == source.name)
                .where(InboundMessage.filed == False)  # noqa: E712
            ).all()
            stale = [r.id for r in rows if r.uidvalidity != source.uidvalidity]
            if stale:
                # UIDVALIDITY changed: these copies are found again and deduplicated by content.
                session.exec(
                    update(InboundMessage)
                    .where(col(InboundMessage.id).in_(stale))
                    .values(filed=True)
                )
                session.commit()
            current = [r for r in rows if r.uidvalidity == source.uidvalidity]
        self._file(source, current)
        return len(current)

    def _file(self, source: MailSource, rows: Sequence[InboundMessage]) -> None:
        if not rows:
            return
        moves: dict[str, list[str]] = {}
        keep: list[str] = []
        flag: list[str] = []
        for r in rows:
            key = r.item_key.split(":", 1)[1]
            if r.status == "too_large" and r.target_folder is None:
                flag.append(key)
            if r.target_folder:
                moves.setdefault(r.target_folder, []).append(key)
            else:
                keep.append(key)
        if flag:
            source.flag_for_person(flag)
        source.file(moves, keep)
        with Session(self.engine) as session:
            ids = [r.id for r in rows]
            for i in range(0, len(ids), 500):
                session.exec(
                    update(InboundMessage)
                    .where(col(InboundMessage.id).in_(ids[i : i + 500]))
                    .values(filed=True)
                )
            session.commit()

    def poll_once(self, source: MailSource, progress: Progress | None = None) -> PollReport:
        """One cycle over what is new in the mailbox; the caller sends the outbox."""
        report = PollReport()
        source.connect()
        report.filed_retried = self.file_pending(source)
        with Session(self.engine) as session:
            last = self._last_uid(session, source)
            keys = self._unknown(session, source, source.candidates(last))
        total = len(keys)
        batch = self.ctx.settings.mailbox.batch_size
        for start in range(0, total, batch):
            chunk = keys[start : start + batch]
            rows: list[InboundMessage] = []
            with Session(self.engine, expire_on_commit=False) as session:
                for item in source.fetch(chunk):
                    row = self.process_one(session, source, item)
                    rows.append(row)
                session.commit()
            self._file(source, rows)
            for row in rows:
                report.seen += 1
                if row.status == "duplicate":
                    report.duplicates += 1
                elif row.status == "unprocessable":
                    report.unprocessable += 1
                else:
                    report.processed += 1
                    report.by_kind[row.kind or "?"] = report.by_kind.get(row.kind or "?", 0) + 1
            if progress:
                progress(min(start + batch, total), total)
        return report


def run_loop(
    service: Service,
    source: MailSource,
    send_outbox: Callable[[], object],
    stop: threading.Event,
    on_report: Callable[[PollReport], None] | None = None,
) -> None:
    """Poll, send, wait (IDLE or sleep); reconnect with backoff when the server goes away."""
    backoff = 1.0
    interval = service.ctx.settings.mailbox.poll_interval
    while not stop.is_set():
        try:
            report = service.poll_once(source)
            if on_report:
                on_report(report)
            send_outbox()
            backoff = 1.0
            source.wait(interval, stop)
        except SourceError as exc:
            log.warning("mailbox problem: %s; reconnecting in %.0f s", exc, backoff)
            source.close()
            stop.wait(backoff)
            backoff = min(backoff * 2, 300.0)
        except Exception:  # noqa: BLE001 - keep serving; the next cycle retries
            log.exception("poll cycle failed; retrying in %.0f s", backoff)
            source.close()
            stop.wait(backoff)
            backoff = min(backoff * 2, 300.0)
    source.close()
    time.sleep(0)
