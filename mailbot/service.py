"""The poll cycle: fetch → parse → classify → handle → commit → file → send.

Exactly once: a message's ledger row, its effects, its audit events and its
outbox rows are written together (one SAVEPOINT per message inside one commit per
batch, so a failing message rolls back alone and a crash before the commit
applies nothing). The server-side move happens only after the commit and is
retried on the next cycle until the ledger says it is filed.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import delete, func, update
from sqlalchemy import event as orm_event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session, col, select

from mailbot import audit, clock, corrections, identity, logs, mailer, outbox
from mailbot.addresses import recipient_keys
from mailbot.classify import Classification, Rules
from mailbot.executor import Executor, Registered, load_snapshot
from mailbot.handlers import BY_NAME, decide, handle
from mailbot.handlers.base import Context, Effects, Reply
from mailbot.intents import Snapshot
from mailbot.ledger import dedup_key
from mailbot.limits import Limits
from mailbot.models import InboundMessage, OutboundMail, PrepareAttempt
from mailbot.parsing import Message
from mailbot.prepare import (  # noqa: F401 - prepare and Prepared: service's API as before
    Prepared,
    _init_worker,
    _isolated_main,
    _prepare_many,
    prepare,
)
from mailbot.retention import carry_out_erasures
from mailbot.sources import MailSource, RawMessage, SourceError, batches
from mailbot.uow import UnitOfWork, uow_of

if TYPE_CHECKING:
    from mailbot.metrics import Metrics

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
# Below this many new messages, preparing inline is cheaper than starting workers.
PARALLEL_FROM = 200
DEFERRED_AUDIT = "mailbot.deferred_audit"  # a plain Session's audit events (not the pipeline's)


@dataclass
class Caps:
    """Mails counted against the daily caps in this transaction, per recipient key.

    Read once per key from the database, then counted in memory as mails are queued
    (a rolled-back message can only make the cap stricter).
    """

    sent_today: dict[str, dict[str, int]] = field(
        default_factory=lambda: {"mailbox": {}, "domain": {}}
    )
    digests: set[str] = field(default_factory=set)  # staff told of held forwards today
    # A batch reads every key's count in one grouped query (issue 12: one query per
    # recipient was a tenth of the batch's database time); a single mail reads its own.
    bulk: bool = False
    loaded: set[str] = field(default_factory=set)  # "mailbox" / "domain": all keys read


@dataclass
class Batch:
    """One batch's transaction: its unit of work and what it knows beyond the session."""

    uow: UnitOfWork
    originals: dict[str, InboundMessage] = field(default_factory=dict)
    registered: Registered = field(default_factory=Registered)
    caps: Caps = field(default_factory=lambda: Caps(bulk=True))
    # Duplicates of an original written in this batch: linked once the original has an id.
    duplicates: list[tuple[InboundMessage, InboundMessage]] = field(default_factory=list)

    @property
    def session(self) -> Session:
        return self.uow.session

    def pin(self) -> None:
        """Keep every row this batch reads or writes alive until the batch ends.

        The session's identity map holds rows weakly: a contact read for one message
        was gone by the next look-up, so `session.get` queried again, after an autoflush
        of everything pending (issue 12: a third of the batch's database time).
        """
        held: list[object] = []
        keep = lambda _session, obj: held.append(obj)  # noqa: E731
        orm_event.listen(self.session, "loaded_as_persistent", keep)
        orm_event.listen(self.session, "pending_to_persistent", keep)  # the listener holds `held`


@dataclass
class PollReport:
    seen: int = 0
    processed: int = 0
    duplicates: int = 0
    unprocessable: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    filed_retried: int = 0
    queued_mail: int = 0


# A message that crashed, hung or timed out this many attempts is not tried again.
MAX_ATTEMPTS = 2
GAVE_UP = "parsing it crashed, hung or ran out of time {n} times; not tried again"


def worker_context() -> Any:
    """The forkserver, preloading what a worker runs: each worker starts in milliseconds
    instead of importing mailbot again (seconds on a busy machine; issue 12). Without
    effect once the forkserver runs, which then already has it or imports it per worker."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["mailbot.prepare"])
    return ctx


class Isolator:
    """One worker process that prepares suspect messages one by one.

    A suspect crashed or hung a batch before; alone in this process, a crash or a hang
    (killed after `parse_timeout` plus a grace) costs only that message. The process
    is replaced after each failure and reused otherwise, so isolating a whole batch
    costs one start-up, not one per message.
    """

    START_TIMEOUT = 120.0
    GRACE = 5.0

    def __init__(self, rules: Rules, limits: Limits) -> None:
        self.rules = rules
        self.limits = limits
        self.proc: Any = None
        self.conn: Any = None

    def _start(self) -> bool:
        ctx = worker_context()
        parent, child = ctx.Pipe()
        self.proc = ctx.Process(
            target=_isolated_main, args=(child, self.rules, self.limits), daemon=True
        )
        self.proc.start()
        child.close()
        self.conn = parent
        try:
            return bool(parent.poll(self.START_TIMEOUT) and parent.recv() == "ready")
        except (EOFError, OSError):
            return False

    def prepare(self, raw: bytes, too_large: bool) -> Prepared | None:
        """The result, or None when the worker crashed or hung on this message."""
        if (self.proc is None or not self.proc.is_alive()) and not self._start():
            self.close()
            return None
        try:
            self.conn.send((raw, too_large))
            if self.conn.poll(self.limits.parse_timeout + self.GRACE):
                result: Prepared = self.conn.recv()
                return result
        except (EOFError, OSError):
            pass
        self.close()
        return None

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self.proc is not None:
            if self.proc.is_alive():
                self.proc.kill()
            self.proc.join(timeout=10)
            self.proc = None


class Service:
    def __init__(self, ctx: Context, engine: Engine) -> None:
        self.ctx = ctx
        self.engine = engine

    # ------------------------------------------------------------------ one message
    def _ledger_row(
        self, source: MailSource, item: RawMessage, prep: Prepared, **values: Any
    ) -> InboundMessage:
        msg = prep.msg
        values.setdefault("requests", [])  # an explicit list skips pydantic's factory probing
        return InboundMessage(
            mailbox=source.name,
            uidvalidity=source.uidvalidity,
            uid=item.uid,
            item_key=f"{source.uidvalidity}:{item.key}",
            dedup_key=prep.dedup,
            size=item.size,
            received_at=(msg.date if msg else None) or item.internaldate,
            processed_at=clock.now(),
            message_id=msg.message_id if msg else None,
            sender=msg.sender if msg else None,
            subject=mailer.clean_header(msg.subject, 500) if msg else None,
            **values,
        )

    def record(
        self,
        batch: Batch,
        source: MailSource,
        item: RawMessage,
        prep: Prepared,
        isolate: bool,
    ) -> InboundMessage:
        """Apply one prepared message inside the caller's transaction.

        With `isolate` the message gets its own SAVEPOINT, so a database error rolls
        back only this message; without it an error aborts the whole batch, which
        the caller then replays isolated (the fast path for the common case).
        """
        session, originals, registered = batch.session, batch.originals, batch.registered
        msg, cls = prep.msg, prep.cls
        if msg is None or cls is None:
            row = self._ledger_row(source, item, prep)
            return self._unprocessable(session, row, prep.error or "unknown error")

        original = originals.get(prep.dedup)
        if original is not None:
            # First: its look-up may flush, and so give the original its id.
            folder = corrections.folder_for_duplicate(session, self, original)
            row = self._ledger_row(
                source,
                item,
                prep,
                status="duplicate",
                duplicate_of=original.id,
                kind=original.kind,
                target_folder=folder,
            )
            session.add(row)
            if row.duplicate_of is None:
                batch.duplicates.append((row, original))
            return row

        # All values at construction: setting attributes one by one on a table
        # model costs more than the rest of the row's bookkeeping.
        row = self._ledger_row(
            source,
            item,
            prep,
            kind=cls.kind,
            requests=list(cls.requests),
            decision=cls.decision,
            language=msg.language,
            confidence=cls.confidence,
        )
        unsure = cls.confidence < self.ctx.settings.classify.min_confidence
        try:
            if item.too_large:
                effects = self._too_large(cls)
            elif unsure:
                # Not acted on; a registered sender's mail still counts as dealings.
                effects = self._unsure(cls)
                if BY_NAME[cls.kind].reads == "registered" and not cls.requests:
                    snap = self._snapshot(session, msg, cls, registered, isolate)
                    effects = decide(msg, cls, self.ctx, snap, effects)
            else:
                effects = handle(msg, cls, self.ctx)
                snap = self._snapshot(session, msg, cls, registered, isolate)
                effects = decide(msg, cls, self.ctx, snap, effects)
        except OperationalError:
            raise  # locked or lost database: the whole batch is retried next cycle
        except Exception as exc:  # noqa: BLE001 - a handler bug must not stop the loop
            if not isolate and isinstance(exc, SQLAlchemyError):
                # A flush the handler's reads made failed on an earlier message's rows:
                # the batch's transaction is spoilt; it is replayed message by message.
                raise
            log.exception("message %s failed in its handler", item.key)
            return self._unprocessable(session, row, f"{type(exc).__name__}: {exc}")
        row.status = "too_large" if item.too_large else "unsure" if unsure else "processed"
        row.target_folder = effects.folder
        row.error = effects.note
        if not isolate:
            self._apply(batch, row, msg, effects, item)
            originals[row.dedup_key] = row
            return row
        try:
            # Its rows, audit events and mail vanish together if the message fails.
            with batch.uow.savepoint():
                self._apply(batch, row, msg, effects, item)
                batch.uow.flush()
        except OperationalError:
            raise  # locked or lost database: the whole batch is retried next cycle
        except Exception as exc:  # noqa: BLE001 - recorded as unprocessable
            log.exception("message %s failed", item.key)
            row = self._ledger_row(source, item, prep)
            return self._unprocessable(session, row, f"{type(exc).__name__}: {exc}")
        originals[row.dedup_key] = row
        return row

    def defer_audit(
        self,
        session: Session,
        action: str,
        entity: Any,
        fields: dict[str, Any],
        actor: str | None = None,
    ) -> None:
        """Audit events are written after the flush that gives their entities ids.

        `entity` is a model instance, a name, or a (name, id) pair. A unit of work's
        session collects them in the unit of work, which writes them on commit;
        without `actor` they name the unit of work's actor (else "mailbot").
        """
        owner = uow_of(session)
        if owner is not None:
            owner.audit(action, entity, fields, actor=actor)
            return
        session.info.setdefault(DEFERRED_AUDIT, []).append(
            (action, entity, fields, actor or "mailbot")
        )

    def flush_deferred(self, session: Session) -> None:
        """Write the audit events deferred in a plain Session (a unit of work's: flush)."""
        session.flush()
        owner = uow_of(session)
        if owner is not None:
            owner.flush()
        for action, entity, fields, actor in session.info.pop(DEFERRED_AUDIT, []):
            name, entity_id = audit.entity_ref(entity)
            audit.record(session, action, name, entity_id, fields, actor=actor)

    def _unprocessable(self, session: Session, row: InboundMessage, error: str) -> InboundMessage:
        row.kind = None
        row.status = "unprocessable"
        row.error = error.replace("\x00", "")[:2000]
        row.target_folder = self.ctx.folder("unprocessable")
        session.add(row)
        return row

    def _snapshot(
        self,
        session: Session,
        msg: Message,
        cls: Classification,
        registered: Registered,
        isolate: bool,
    ) -> Snapshot | None:
        """What the handler reads (in its own SAVEPOINT when isolated: a failed read then
        spoils only this message)."""
        if not isolate:
            return load_snapshot(session, msg, cls, self.ctx.settings, registered)
        with session.begin_nested():
            return load_snapshot(session, msg, cls, self.ctx.settings, registered)

    def unit(self) -> UnitOfWork:
        """The pipeline's unit of work: its audit events name "mailbot"; mail obeys the caps."""
        return UnitOfWork(self.engine, actor="mailbot", post=self.queue_reply)

    def reprocess(
        self,
        uow: UnitOfWork,
        row: InboundMessage,
        msg: Message,
        cls: Classification,
        item: RawMessage,
    ) -> Effects:
        """A message processed again under a person's label (corrections.py's relabel):
        the same handler, snapshot and decision as the pipeline, in `uow`."""
        batch = Batch(uow)
        effects = handle(msg, cls, self.ctx)
        snap = self._snapshot(batch.session, msg, cls, batch.registered, isolate=False)
        effects = decide(msg, cls, self.ctx, snap, effects)
        row.target_folder = effects.folder
        self._apply(batch, row, msg, effects, item)
        return effects

    def prepare_one(self, raw: bytes, too_large: bool) -> Prepared:
        """Parse and classify one message in this process (a relabel carried out)."""
        return prepare(raw, too_large, self.ctx.rules, self.limits)

    def _too_large(self, cls: Classification) -> Effects:
        """Handled from its headers: automatic mail is filed; anything else waits for a person."""
        if cls.kind == "automatic":
            return Effects(folder=self.ctx.folder("automatic"), note="too large; automatic")
        return Effects(
            folder=None,
            flag=True,
            note=f"larger than mailbox.max_message_bytes; looks like {cls.kind}",
        )

    def _unsure(self, cls: Classification) -> Effects:
        """Not acted on: stays in INBOX, flagged; the candidate kind is in the ledger row."""
        requests = f" ({', '.join(cls.requests)})" if cls.requests else ""
        return Effects(
            folder=None,
            flag=True,
            note=f"unsure ({cls.confidence:.2f}): looks like {cls.kind}{requests}",
        )

    def _apply(
        self,
        batch: Batch,
        row: InboundMessage,
        msg: Message,
        effects: Effects,
        item: RawMessage,
    ) -> None:
        session = batch.session
        session.add(row)
        Executor(session, self.ctx.settings, effects, msg, item.raw).run(effects.intents)
        for record in effects.records:
            if hasattr(record, "inbound"):
                record.inbound = row
            session.add(record)
        for event in effects.audit:
            batch.uow.audit(event.action, event.entity, event.fields)
        for reply in effects.replies:
            self.queue_reply(session, reply, msg, row, batch.caps)
        if effects.flag:
            row.error = effects.note
            row.flagged = True

    # ------------------------------------------------------------------ outgoing
    def queue_reply(
        self,
        session: Session,
        reply: Reply,
        original: Message | None,
        inbound: InboundMessage | None,
        caps: Caps | None = None,
    ) -> OutboundMail | None:
        """Render into the outbox, unless a daily cap for the recipient is reached.

        Mail caused by incoming mail (`inbound` given) is capped per recipient mailbox
        and per recipient domain, because whoever writes to info@ chooses how much
        arrives and whose address it names. Staff forwards are capped per mailbox
        too; beyond the cap a staff member gets one digest a day instead of a flood
        (the originals stay filed for them). Mail a person or a scheduled job
        decided to send (`inbound` None) is neither capped nor counted.
        """
        to = reply.to.strip()
        if not reply.final and identity.is_suppressed(
            session, self.ctx.settings, identity.normalise(to, self.ctx.settings) or to
        ):
            self.defer_audit(
                session, "reply_suppressed", "OutboundMail", {"reason": "erased address"}
            )
            return None
        if inbound is None:
            return self._queue_rendered(session, reply, original, inbound)
        caps = caps if caps is not None else Caps()
        limits = self.ctx.settings.limits
        mailbox, domain = recipient_keys(to)
        staff = not reply.limited
        cap = limits.staff_mails_per_day if staff else limits.replies_per_address_per_day
        if self._sent_today(session, caps, "mailbox", mailbox, cap) >= cap:
            self._held(session, reply, inbound, "staff daily limit" if staff else "daily limit")
            if staff:
                self._staff_digest(session, caps, reply, mailbox)
            return None
        # Staff share the organisation's domain: their own mailbox cap is what limits them.
        cap = limits.replies_per_domain_per_day
        if not staff and self._sent_today(session, caps, "domain", domain, cap) >= cap:
            self._held(session, reply, inbound, "domain daily limit")
            return None
        return self._queue_rendered(session, reply, original, inbound, caps)

    def _held(self, session: Session, reply: Reply, inbound: InboundMessage, reason: str) -> None:
        """Audited, and noted on the ledger row so that `mailbot` lists show it."""
        self.defer_audit(
            session,
            "reply_suppressed",
            "OutboundMail",
            {"reason": reason, "template": reply.template},
        )
        note = f"{reply.template} not sent: {reason}"
        inbound.error = f"{inbound.error}; {note}" if inbound.error else note

    def _sent_today(self, session: Session, caps: Caps, by: str, key: str, cap: int) -> int:
        """Mails caused by incoming mail to this mailbox or domain in the past 24 hours.

        Counted up to `cap`: a number at or above it means "cap reached".

        Read once per transaction from the indexed column, then counted in memory as
        mails are queued (a rolled-back message can only make the cap stricter).
        """
        counts = caps.sent_today[by]
        if caps.bulk:
            if by not in caps.loaded:  # both at once: a mail is counted under both
                for kind in ("mailbox", "domain"):
                    self._load_sent_today(session, caps, kind)
            return counts.get(key, 0)
        if key not in counts:
            rows = (
                select(OutboundMail.id)
                .where(col(OutboundMail.inbound_id).is_not(None))
                .where(OutboundMail.created_at >= clock.now() - timedelta(days=1))
            )
            if by == "mailbox":
                rows = rows.where(OutboundMail.to_mailbox == key)
            else:  # staff forwards count against their mailbox, not their domain
                rows = rows.where(OutboundMail.to_domain == key).where(
                    OutboundMail.automatic == True  # noqa: E712
                )
            # Only "cap reached or not" matters: count no further than the cap.
            limited = rows.limit(cap).subquery()
            # No autoflush: this session's own queued mails are in `counts` already.
            with session.no_autoflush:
                counts[key] = session.exec(select(func.count()).select_from(limited)).one()
        return counts[key]

    def _load_sent_today(self, session: Session, caps: Caps, by: str) -> None:
        """Every key's count of the past 24 hours, as `_sent_today` counts one key."""
        column = OutboundMail.to_mailbox if by == "mailbox" else OutboundMail.to_domain
        rows = (
            select(column, func.count())
            .where(col(OutboundMail.inbound_id).is_not(None))
            .where(OutboundMail.created_at >= clock.now() - timedelta(days=1))
        )
        if by == "domain":
            rows = rows.where(OutboundMail.automatic == True)  # noqa: E712
        counts = caps.sent_today[by]
        # No autoflush: this session's own queued mails are counted as they are queued.
        with session.no_autoflush:
            for key, n in session.exec(rows.group_by(column)).all():
                counts[key] = counts.get(key, 0) + n
        caps.loaded.add(by)

    def _staff_digest(self, session: Session, caps: Caps, reply: Reply, mailbox: str) -> None:
        """One mail a day tells a staff member that further forwards are held back."""
        sent = caps.digests
        if mailbox in sent:
            return
        with session.no_autoflush:
            earlier = session.exec(
                select(func.count())
                .select_from(OutboundMail)
                .where(OutboundMail.to_addr == reply.to.strip())
                .where(OutboundMail.template == "staff_digest")
                .where(OutboundMail.created_at >= clock.now() - timedelta(days=1))
            ).one()
        sent.add(mailbox)
        if earlier:
            return
        digest = Reply(
            to=reply.to,
            template="staff_digest",
            language=reply.language,
            context={
                "cap": self.ctx.settings.limits.staff_mails_per_day,
                "folder": self.ctx.folder("data_request"),
                "held": reply.template,
            },
            in_reply_to_original=False,
            limited=False,
            auto_submitted="auto-generated",
        )
        self._queue_rendered(session, digest, None, None)

    def _queue_rendered(
        self,
        session: Session,
        reply: Reply,
        original: Message | None,
        inbound: InboundMessage | None,
        caps: Caps | None = None,
    ) -> OutboundMail:
        to = reply.to.strip()
        if reply.extract_of is not None and hasattr(outbox, "queue_extract"):
            out = outbox.queue_extract(
                session,
                self.ctx.settings,
                to=to,
                language=reply.language,
                address=reply.extract_of,
                inbound=inbound,
                in_reply_to=original.message_id
                if original and reply.in_reply_to_original
                else None,
                references=original.references if original and reply.in_reply_to_original else (),
                limited=reply.limited,
                auto_submitted=reply.auto_submitted,
            )
            self._count_queued(to, reply, inbound, caps)
            self.defer_audit(session, "queue_mail", out, {"template": reply.template})
            return out
        org = self.ctx.settings.organisation
        subject, body = mailer.render(reply.template, reply.language, {"org": org, **reply.context})
        built = mailer.build(
            to=to,
            from_addr=self.ctx.settings.smtp.from_,
            from_name=org.name,
            subject=subject,
            body=body,
            in_reply_to=original.message_id if original and reply.in_reply_to_original else None,
            references=original.references if original and reply.in_reply_to_original else None,
            auto_submitted=reply.auto_submitted,
            message_id=reply.message_id,
            attachments=reply.attachments or None,
        )
        mailbox, domain = recipient_keys(to)
        out = OutboundMail(
            message_id=built.message_id,
            to_addr=to,
            to_mailbox=mailbox,
            to_domain=domain,
            subject=built.subject,
            template=reply.template,
            automatic=reply.limited,
            final=reply.final,
            raw=built.raw,
            created_at=clock.now(),
            next_attempt_at=clock.now(),
            inbound=inbound,
        )
        session.add(out)
        self._count_queued(to, reply, inbound, caps)
        # The row, not its Message-ID: a confirmation's Message-ID carries its token.
        self.defer_audit(session, "queue_mail", out, {"template": reply.template})
        return out

    @staticmethod
    def _count_queued(
        to: str, reply: Reply, inbound: InboundMessage | None, caps: Caps | None
    ) -> None:
        """Counted when queued, as the database query counts."""
        if inbound is None or caps is None:
            return
        mailbox, domain = recipient_keys(to)
        counted = [("mailbox", mailbox)] + ([("domain", domain)] if reply.limited else [])
        for by, key in counted:
            counts = caps.sent_today[by]
            if key in counts or by in caps.loaded:
                counts[key] = counts.get(key, 0) + 1

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
            if r.flagged:
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

    def _erase_on_server(self, source: MailSource) -> None:
        """Approved erasures' messages leave the mailbox (retention.carry_out_erasures)."""
        try:
            carry_out_erasures(self, source)
        except OperationalError:
            raise
        except Exception:  # noqa: BLE001 - retried next cycle; new mail must still flow
            log.exception("deleting erased mail from the server failed; retrying next cycle")

    def poll_once(
        self, source: MailSource, progress: Progress | None = None, *, housekeeping: bool = True
    ) -> PollReport:
        """One cycle over what is new in the mailbox; the caller sends the outbox.

        `housekeeping=False` leaves `housekeep` to the caller (the run loop, after
        filing mail IDLE announced: see run_loop).
        """
        report = PollReport()
        source.connect()
        if housekeeping:
            report.filed_retried = self.housekeep(source)
        with Session(self.engine) as session:
            last = self._last_uid(session, source)
            keys = self._unknown(session, source, source.candidates(last))
        total = len(keys)
        mailbox = self.ctx.settings.mailbox
        chunks = batches(source, keys, mailbox.batch_size, mailbox.batch_bytes)
        pool = self._pool() if total >= PARALLEL_FROM else None
        isolator = Isolator(self.ctx.rules, self.limits)
        try:
            # Pipeline: while batch k is committed and filed here, batch k+1 is
            # already being parsed and classified in the worker processes.
            pending: tuple[list[RawMessage], Callable[[], list[Prepared]]] | None = None
            done = 0
            for chunk in [*chunks, None]:
                nxt = None
                if chunk is not None:
                    items = list(source.fetch(chunk))
                    nxt = (items, self._submit(pool, items, source, isolator))
                if pending is not None:
                    rows = self._commit_batch(source, pending[0], pending[1]())
                    self._file(source, rows)
                    self._count(report, rows)
                    report.queued_mail += self._queued_in(rows)
                    done += len(pending[0])
                    if progress:
                        progress(min(done, total), total)
                pending = nxt
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
            isolator.close()
        return report

    def housekeep(self, source: MailSource) -> int:
        """A cycle's work besides new mail; returns how many filings were retried."""
        corrections.before_poll(self, source)  # staff corrections, the site's model (issue 8)
        filed = self.file_pending(source)
        self._erase_on_server(source)
        return filed

    def _pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=max(1, os.cpu_count() or 1),
            # forkserver: `run` has scheduler threads, and forking a threaded process
            # can copy a lock some other thread holds.
            mp_context=worker_context(),
            initializer=_init_worker,
            initargs=(self.ctx.rules, self.limits, os.getpid()),
        )

    @property
    def limits(self) -> Limits:
        return Limits.of(self.ctx.settings.mailbox)

    def _submit(
        self,
        pool: ProcessPoolExecutor | None,
        items: list[RawMessage],
        source: MailSource,
        isolator: Isolator,
    ) -> Callable[[], list[Prepared]]:
        """Start preparing `items`; the returned function waits for the results in order.

        Every attempt is committed before its work starts (PrepareAttempt), so a crash,
        a hang or a kill of the whole process is remembered: new messages go to the
        batch; a message left over from a failed attempt, or whose batch lost its
        worker, or that ran out of time, is tried once more alone in `isolator`; one
        that failed MAX_ATTEMPTS times is unprocessable without being parsed again.
        Without a pool the work happens when the results are asked for, and so does
        the bookkeeping: a kill then counts only against the batch being worked on.
        """
        if pool is None:
            return lambda: self._guarded(None, items, source, isolator)()
        return self._guarded(pool, items, source, isolator)

    def _guarded(
        self,
        pool: ProcessPoolExecutor | None,
        items: list[RawMessage],
        source: MailSource,
        isolator: Isolator,
    ) -> Callable[[], list[Prepared]]:
        prior = self._begin_attempts(source, items)
        fresh = [i for i, it in enumerate(items) if it.key not in prior]
        wait = self._start_batch(pool, [(items[i].raw, items[i].too_large) for i in fresh])

        def collect() -> list[Prepared]:
            out: list[Prepared | None] = [None] * len(items)
            try:
                for i, prep in zip(fresh, wait(), strict=True):
                    out[i] = prep
            except BrokenProcessPool:
                log.warning("a parsing worker died; trying this batch's messages one by one")
            for i, item in enumerate(items):
                prep = out[i]
                if prep is not None and not prep.timed_out:
                    continue
                attempts = prior.get(item.key, 1)
                while (prep is None or prep.timed_out) and attempts < MAX_ATTEMPTS:
                    attempts += 1
                    self._count_attempt(source, item, attempts)
                    prep = isolator.prepare(item.raw, item.too_large)
                if prep is None or prep.timed_out:
                    reason = GAVE_UP.format(n=attempts) + (f" ({prep.error})" if prep else "")
                    log.warning("message %s: %s", item.key, reason)
                    prep = Prepared(None, None, reason, dedup_key(None, item.raw))
                out[i] = prep
            self._end_attempts(source, items)
            return [p for p in out if p is not None]

        return collect

    def _start_batch(
        self, pool: ProcessPoolExecutor | None, work: list[tuple[bytes, bool]]
    ) -> Callable[[], list[Prepared]]:
        if pool is None or not work:
            rules, limits = self.ctx.rules, self.limits
            return lambda: [prepare(raw, big, rules, limits) for raw, big in work]
        parts = max(1, min(os.cpu_count() or 1, len(work) // 25))
        size = -(-len(work) // parts)
        try:
            futures = [
                pool.submit(_prepare_many, work[i : i + size]) for i in range(0, len(work), size)
            ]
        except BrokenProcessPool:
            futures = []

        def results() -> list[Prepared]:
            if not futures:
                raise BrokenProcessPool("the worker pool broke earlier in this poll")
            return [p for f in futures for p in f.result()]

        return results

    # ------------------------------------------------------------------ attempts
    def _attempt_keys(self, source: MailSource, items: Sequence[RawMessage]) -> dict[str, str]:
        return {f"{source.uidvalidity}:{it.key}": it.key for it in items}

    def _begin_attempts(self, source: MailSource, items: Sequence[RawMessage]) -> dict[str, int]:
        """Earlier unfinished attempts by item key; the others are recorded as attempt 1."""
        keys = self._attempt_keys(source, items)
        if not keys:
            return {}
        prior: dict[str, int] = {}
        table = PrepareAttempt.__table__  # type: ignore[attr-defined]
        with Session(self.engine) as session:
            wanted = list(keys)
            for i in range(0, len(wanted), 500):
                for row in session.exec(
                    select(PrepareAttempt)
                    .where(PrepareAttempt.mailbox == source.name)
                    .where(col(PrepareAttempt.item_key).in_(wanted[i : i + 500]))
                ).all():
                    prior[keys[row.item_key]] = row.attempts
            new = [
                {"mailbox": source.name, "item_key": k, "attempts": 1}
                for k, key in keys.items()
                if key not in prior
            ]
            if new:
                session.connection().execute(table.insert(), new)
            session.commit()
        return prior

    def _count_attempt(self, source: MailSource, item: RawMessage, attempts: int) -> None:
        key = f"{source.uidvalidity}:{item.key}"
        with Session(self.engine) as session:
            row = session.get(PrepareAttempt, (source.name, key))
            row = row or PrepareAttempt(mailbox=source.name, item_key=key)
            row.attempts = attempts
            session.add(row)
            session.commit()

    def _end_attempts(self, source: MailSource, items: Sequence[RawMessage]) -> None:
        """Preparation finished (well or as unprocessable): nothing is left to remember."""
        wanted = list(self._attempt_keys(source, items))
        if not wanted:
            return
        with Session(self.engine) as session:
            for i in range(0, len(wanted), 500):
                session.exec(
                    delete(PrepareAttempt)  # type: ignore[call-overload]
                    .where(col(PrepareAttempt.mailbox) == source.name)
                    .where(col(PrepareAttempt.item_key).in_(wanted[i : i + 500]))
                )
            session.commit()

    def _commit_batch(
        self, source: MailSource, items: list[RawMessage], prepared: list[Prepared]
    ) -> list[InboundMessage]:
        """One transaction for the batch; replayed message by message if it fails."""
        try:
            return self._write_batch(source, items, prepared, isolate=False)
        except OperationalError:
            raise  # not the message's fault: nothing committed, the next cycle retries
        except Exception:  # noqa: BLE001 - the isolated replay finds and records the culprit
            log.warning("batch failed as a whole; replaying it message by message", exc_info=True)
            return self._write_batch(source, items, prepared, isolate=True)

    def _write_batch(
        self, source: MailSource, items: list[RawMessage], prepared: list[Prepared], isolate: bool
    ) -> list[InboundMessage]:
        rows: list[InboundMessage] = []
        # The pipeline's unit of work: its audit events name "mailbot".
        with self.unit() as uow:
            batch = Batch(uow)
            batch.pin()
            session, originals = batch.session, batch.originals
            wanted = list({p.dedup for p in prepared})
            for i in range(0, len(wanted), 500):
                for r in session.exec(
                    select(InboundMessage)
                    .where(col(InboundMessage.dedup_key).in_(wanted[i : i + 500]))
                    .where(InboundMessage.status != "duplicate")
                ).all():
                    originals.setdefault(r.dedup_key, r)
            batch.registered.prefetch(session, self._addresses(prepared))
            for item, prep in zip(items, prepared, strict=True):
                rows.append(self.record(batch, source, item, prep, isolate))
            uow.flush()
            for dup, original in batch.duplicates:
                dup.duplicate_of = original.id
            whys = [p.cls.reason if p.cls else None for p in prepared]
            lines = logs.message_lines(session, rows, whys, self.ctx.settings.log.personal_data)
            uow.commit()
        logs.emit(lines)  # only what was committed is logged
        return rows

    def _addresses(self, prepared: list[Prepared]) -> set[str]:
        """The person keys the batch's handlers may look up in the register."""
        settings, out = self.ctx.settings, set()
        for p in prepared:
            if p.msg is None or p.cls is None:
                continue
            for typed in (p.msg.sender, p.cls.fields.get("email")):
                key = identity.normalise(typed, settings)
                if key is not None:
                    out.add(key)
        return out

    def _queued_in(self, rows: list[InboundMessage]) -> int:
        """Mail the batch's messages put in the outbox (replies, forwards, acknowledgements)."""
        ids = [r.id for r in rows if r.id is not None]
        total = 0
        with Session(self.engine) as session:
            for i in range(0, len(ids), 500):
                total += session.exec(
                    select(func.count())
                    .select_from(OutboundMail)
                    .where(col(OutboundMail.inbound_id).in_(ids[i : i + 500]))
                ).one()
        return total

    @staticmethod
    def _count(report: PollReport, rows: list[InboundMessage]) -> None:
        for row in rows:
            report.seen += 1
            if row.status == "duplicate":
                report.duplicates += 1
            elif row.status == "unprocessable":
                report.unprocessable += 1
            else:
                report.processed += 1
                # An unsure message's kind is only a candidate: it counts as "unsure".
                kind = "unsure" if row.status == "unsure" else row.kind or "?"
                report.by_kind[kind] = report.by_kind.get(kind, 0) + 1


class AuthenticationFailed(Exception):
    """The mailbox refused the login mailbox.max_auth_failures times in a row."""

    def __init__(self, url: str, failures: int, last: Exception) -> None:
        said = str(last).rpartition("login refused: ")[2]  # the server's words
        super().__init__(
            f"mailbox.url {mask_url(url)}: login refused {failures} times in a row ({said}); "
            "check the user name, mailbox.password (or password_file) and that the "
            "account may use IMAP, then start mailbot again"
        )


def mask_url(url: str) -> str:
    """The URL as it may be shown: a password in it becomes ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def run_loop(
    service: Service,
    source: MailSource,
    send_outbox: Callable[[], object],
    stop: threading.Event,
    on_report: Callable[[PollReport], None] | None = None,
    metrics: Metrics | None = None,
) -> None:
    """Poll, send, wait (IDLE or sleep); reconnect with backoff when the server goes away.

    Mail that IDLE announced is filed first: the cycle's other work (staff corrections,
    filing retries, erasures on the server) follows it, before IDLE again (issue 12).
    Not when a new message carries mailbot's filed keyword: a person moved it back
    to the inbox, and the corrections must see it before the poll does.

    Refused logins are counted: after mailbox.max_auth_failures in a row the loop
    raises AuthenticationFailed, so a wrong password stops the service visibly.
    """
    from mailbot.sources.imap import AuthenticationError  # lazy: imapclient only for IMAP

    backoff = 1.0
    mailbox = service.ctx.settings.mailbox
    interval = mailbox.poll_interval
    refused = 0
    while not stop.is_set():
        try:
            started = time.monotonic()
            announced = getattr(source, "announced", None)
            quick = announced is not None and announced()
            report = service.poll_once(source, housekeeping=not quick)
            if quick:
                report.filed_retried = service.housekeep(source)
            refused = 0
            if metrics is not None:
                metrics.observe_poll(report, time.monotonic() - started)
            if on_report:
                on_report(report)
            send_outbox()
            backoff = 1.0
            source.wait(interval, stop)
        except AuthenticationError as exc:
            refused += 1
            source.close()
            if metrics is not None:
                metrics.observe_auth_failure(refused)
            if refused >= mailbox.max_auth_failures:
                raise AuthenticationFailed(mailbox.url, refused, exc) from exc
            log.warning(
                "mailbox refused the login (%d of %d allowed): %s; retrying in %.0f s",
                refused,
                mailbox.max_auth_failures,
                exc,
                backoff,
            )
            stop.wait(backoff)
            backoff = min(backoff * 2, 300.0)
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
