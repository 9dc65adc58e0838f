"""Staff corrections of the classifier, and learning from them (issue 8 item 5).

Two ways a person corrects mailbot, both recorded as a `Correction` row:

- `mailbot relabel MESSAGE-ID KIND [REQUEST] --by USER`. The next poll reads the
  message again (its text is what the model learns from) and, if mailbot had not
  acted on it — it was left in INBOX as `unsure` or `other` — processes it as that
  kind, exactly as if the rules had said so: identity checks, queues and reply caps
  apply. A message mailbot already acted on is not processed a second time (the
  reply went out, the action is queued): the correction is recorded and learned
  from, and the message stays where it is.
- Moving a message on the IMAP server: from INBOX into a mailbot folder (the new
  label is that folder's kind) or from a mailbot folder back to INBOX (the new label
  is `other`: it is for people). Mailbot marks what it files with FILED_KEYWORD; a
  message in a mailbot folder that carries the seen keyword but not FILED_KEYWORD was
  put there by a person; one that reappears in INBOX with FILED_KEYWORD was taken
  back by a person, and stays in INBOX. Mail a person filed by hand is not acted on
  (whoever filed it dealt with it); it is only learned from.

`learn` retrains the site's model on the shipped corpora plus the corrections and
stores it in the database (Meta, as JSON: never pickle). The poll loads it when it
changes. The model only ever lowers a confidence (mailbot/classify/__init__.py).
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from mailbot import audit, clock
from mailbot.classify import KINDS, Classification, _chat, _form
from mailbot.classify.model import (
    Example,
    LinearModel,
    default_examples,
    default_model,
    label_of,
    message_text,
    train,
)
from mailbot.ledger import dedup_key
from mailbot.lexicon import REQUESTS
from mailbot.models import Correction, InboundMessage, Meta
from mailbot.parsing import parse
from mailbot.sources.imap import FILED_KEYWORD

if TYPE_CHECKING:
    from mailbot.parsing import Message
    from mailbot.service import Service
    from mailbot.sources import MailSource
    from mailbot.uow import UnitOfWork

log = logging.getLogger(__name__)
MODEL_KEY = "classify.model"  # Meta: the site's model, gzip + base64 of its JSON
MODEL_VERSION_KEY = "classify.model_version"
MODEL_BASIS_KEY = "classify.model_basis"  # which corrections the stored model learned from
CORRECTION_WEIGHT = 3.0  # a person's label counts more than a corpus example
FOR_PEOPLE = ("other",)  # kinds that stay in INBOX


class CorrectionError(ValueError):
    """A relabel that cannot be recorded (one line for the command line)."""


# ---------------------------------------------------------------------------- recording


def _find_row(session: Session, message_id: str) -> InboundMessage:
    wanted = message_id.strip()
    if wanted.isdigit():
        row = session.get(InboundMessage, int(wanted))
        if row is not None:
            return row
    bracketed = wanted if wanted.startswith("<") else f"<{wanted.strip('<>')}>"
    rows = session.exec(
        select(InboundMessage)
        .where(col(InboundMessage.message_id).in_([bracketed, bracketed.strip("<>")]))
        .where(InboundMessage.status != "duplicate")
        .order_by(col(InboundMessage.id).desc())
    ).all()
    if not rows:
        raise CorrectionError(f"no processed message {message_id}")
    return rows[0]


def check_label(kind: str, request: str | None) -> None:
    if kind not in KINDS:
        raise CorrectionError(f"unknown kind {kind!r}; known: {', '.join(KINDS)}")
    if kind == "data_request":
        if request is None:
            raise CorrectionError(f"data_request needs a REQUEST: {', '.join(REQUESTS)}")
        if request not in REQUESTS:
            raise CorrectionError(f"unknown request {request!r}; known: {', '.join(REQUESTS)}")
    elif request is not None:
        raise CorrectionError(f"only data_request takes a REQUEST, not {kind}")


def relabel(
    session: Session, message_id: str, kind: str, request: str | None, by: str
) -> Correction:
    """Record a staff correction; the next poll reads the message and acts on it."""
    check_label(kind, request)
    if not by.strip():
        raise CorrectionError("--by: who corrects (a staff user) is required")
    row = _find_row(session, message_id)
    corr = Correction(
        at=clock.now(),
        by=by.strip(),
        source="relabel",
        inbound_id=row.id,
        dedup_key=row.dedup_key,
        old_kind=row.kind,
        old_requests=list(row.requests or []),
        new_kind=kind,
        new_request=request,
        status="pending",
    )
    session.add(corr)
    session.flush()
    audit.record(
        session,
        "relabel",
        "Correction",
        corr.id,
        {
            "inbound_id": row.id,
            "old": row.kind,
            "new": label_of(kind, [request] if request else []),
        },
        actor=by.strip(),
    )
    return corr


def as_dict(c: Correction) -> dict[str, Any]:
    return {
        "id": c.id,
        "at": c.at.isoformat() if c.at else None,
        "by": c.by,
        "source": c.source,
        "inbound_id": c.inbound_id,
        "old_kind": c.old_kind,
        "old_requests": list(c.old_requests or []),
        "new_kind": c.new_kind,
        "new_request": c.new_request,
        "status": c.status,
        "learnable": c.text is not None,
        "note": c.note,
    }


def list_corrections(session: Session, inbound_id: int | None = None) -> list[Correction]:
    """Oldest first; with `inbound_id`, one message's only."""
    query = select(Correction).order_by(col(Correction.id))
    if inbound_id is not None:
        query = query.where(Correction.inbound_id == inbound_id)
    return list(session.exec(query).all())


# ---------------------------------------------------------------------------- forgetting


def forget(session: Session, inbound_ids: Sequence[int]) -> int:
    """Erasure (GDPR Art. 17): the corrections of these ledger rows go, text and all.

    actions.py's erasure calls this with the ledger ids it found for the address; the
    site's model is retrained without them by the next `learn` (daily).
    """
    ids = sorted({i for i in inbound_ids if i is not None})
    gone = 0
    for i in range(0, len(ids), 500):
        gone += session.exec(  # type: ignore[call-overload]
            delete(Correction).where(col(Correction.inbound_id).in_(ids[i : i + 500]))
        ).rowcount
    return gone


def forget_before(session: Session, before: datetime) -> None:
    """Retention: a correction older than the mailbox's retention keeps its labels only."""
    session.exec(  # type: ignore[call-overload]
        update(Correction)
        .where(col(Correction.at) < before)
        .where(col(Correction.text).is_not(None))
        .values(text=None)
    )


# ---------------------------------------------------------------------------- learning


def examples(session: Session) -> list[Example]:
    found = session.exec(
        select(Correction).where(col(Correction.text).is_not(None)).order_by(col(Correction.id))
    ).all()
    latest: dict[str, Correction] = {}
    for c in found:
        latest[c.dedup_key] = c  # a message corrected twice counts once, as last corrected
    return [
        Example(
            c.text or "",
            label_of(c.new_kind, [c.new_request] if c.new_request else []),
            CORRECTION_WEIGHT,
            "correction",
        )
        for c in latest.values()
    ]


def learn(session: Session, actor: str = "mailbot") -> LinearModel:
    """Retrain on the shipped corpora and this site's corrections; store the model."""
    model = train(default_examples() + examples(session))
    blob = gzip.compress(model.to_json().encode("utf-8"), 6, mtime=0)
    _put(session, MODEL_KEY, blob.hex())
    _put(session, MODEL_VERSION_KEY, hashlib.sha256(blob).hexdigest()[:16])
    if ready(session.get_bind(), session):
        _put(session, MODEL_BASIS_KEY, _corrections_basis(session) or "none")
    audit.record(session, "learn", "Model", None, dict(model.trained_on), actor)
    return model


def learn_job(service: Service, session: Session, now: datetime) -> dict[str, int]:
    """The scheduled job (scheduler.JOBS): retrain when the corrections changed.

    Nothing to learn (no corrections, or the same ones as last time) costs one query:
    the shipped model, or the last one learned, stays.
    """
    if not ready(service.engine, session):
        return {}
    basis = _corrections_basis(session)
    stored = session.get(Meta, MODEL_BASIS_KEY)
    if (stored.value if stored else "") == basis:
        return {}
    return learn(session).trained_on


def _corrections_basis(session: Session) -> str:
    """What the model was learned from: ids and texts present (erasure changes it too)."""
    rows = session.exec(
        select(Correction.id, Correction.new_kind, Correction.new_request)
        .where(col(Correction.text).is_not(None))
        .order_by(col(Correction.id))
    ).all()
    if not rows:
        stored = session.get(Meta, MODEL_KEY)
        return "" if stored is None else "none"
    return hashlib.sha256(repr(list(rows)).encode()).hexdigest()[:16]


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value
        session.add(row)


def site_model(session: Session) -> LinearModel | None:
    row = session.get(Meta, MODEL_KEY)
    if row is None:
        return None
    return LinearModel.from_json(gzip.decompress(bytes.fromhex(row.value)).decode("utf-8"))


def _use_site_model(service: Service, session: Session) -> None:
    version = session.get(Meta, MODEL_VERSION_KEY)
    wanted = version.value if version else None
    if getattr(service, "_model_version", None) == wanted:
        return
    model = site_model(session) if wanted else None
    rules = dataclasses.replace(service.ctx.rules, model=model)
    service.ctx = dataclasses.replace(service.ctx, rules=rules)
    service._model_version = wanted  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------- the poll hook


_READY: dict[str, bool] = {}


def ready(engine: Any, session: Session | None = None) -> bool:
    """Whether the database has the correction table (its migration is the lead's to write;
    until it has run, corrections are off rather than failing every poll). Inside a
    transaction, asked on its own connection (SQLite would lock against a second one)."""
    key = str(engine.url)
    if not _READY.get(key):
        from sqlalchemy import inspect

        bind = session.connection() if session is not None else engine
        _READY[key] = inspect(bind).has_table(Correction.__tablename__)
    return _READY[key]


def before_poll(service: Service, source: MailSource) -> None:
    """Called by Service.poll_once after connecting, before anything is filed or fetched.

    Never stops the poll: a failure is logged and retried next cycle.
    """
    if not ready(service.engine):
        return
    try:
        with Session(service.engine, expire_on_commit=False) as session:
            _use_site_model(service, session)
        if _is_imap(source):
            scan_moves(service, source)
        apply_pending(service, source)
    except Exception:  # noqa: BLE001 - corrections must never stop new mail
        log.exception("reading corrections failed; retrying next cycle")


def _is_imap(source: MailSource) -> bool:
    return type(source).__name__ == "ImapSource" and getattr(source, "client", None) is not None


def folder_for_duplicate(session: Session, service: Service, original: InboundMessage) -> Any:
    """Where a second copy of `original` goes: as a person last labelled it, if anyone did.

    Used by Service.record's duplicate branch; returns the folder (None: INBOX).
    """
    if not ready(service.engine, session):
        return original.target_folder
    last = session.exec(
        select(Correction)
        .where(Correction.dedup_key == original.dedup_key)
        .order_by(col(Correction.id).desc())
        .limit(1)
    ).first()
    if last is None:
        return original.target_folder
    if last.new_kind in FOR_PEOPLE:
        return None
    return service.ctx.folder(last.new_kind)


def _ledger_by_key(session: Session, key: str) -> InboundMessage | None:
    return session.exec(
        select(InboundMessage)
        .where(InboundMessage.dedup_key == key)
        .order_by(col(InboundMessage.id))
        .limit(1)
    ).first()


def _last_label(session: Session, row: InboundMessage) -> tuple[str | None, list[str]]:
    last = session.exec(
        select(Correction)
        .where(Correction.dedup_key == row.dedup_key)
        .order_by(col(Correction.id).desc())
        .limit(1)
    ).first()
    if last is not None:
        return last.new_kind, [last.new_request] if last.new_request else []
    return row.kind, list(row.requests or [])


def scan_moves(service: Service, source: Any) -> int:
    """Record the folder moves people made since the last poll (IMAP only)."""
    client = source.client
    settings = service.ctx.settings.mailbox
    seen = settings.seen_keyword
    recorded = 0
    by_folder: dict[str, str] = {}
    for k in ("data_request", *KINDS):  # requests and confirmations may share a folder
        if k in settings.folders and k != "unprocessable":
            by_folder.setdefault(settings.folders[k], k)
    found: list[tuple[str, str | None, bytes]] = []  # (new kind, folder, raw)
    try:
        for folder, kind in by_folder.items():
            if not client.folder_exists(folder):
                continue
            client.select_folder(folder)
            uids = client.search(["KEYWORD", seen, "UNKEYWORD", FILED_KEYWORD])
            if not uids:
                continue
            bodies = client.fetch(uids, ["BODY.PEEK[]"])
            found += [(kind, folder, bodies[u].get(b"BODY[]") or b"") for u in uids if u in bodies]
            client.add_flags(uids, [FILED_KEYWORD], silent=True)
    finally:
        source._reselect_own()
    uids = source.client.search(["KEYWORD", FILED_KEYWORD])
    if uids:
        bodies = client.fetch(uids, ["BODY.PEEK[]"])
        found += [("other", None, bodies[u].get(b"BODY[]") or b"") for u in uids if u in bodies]
        client.remove_flags(uids, [FILED_KEYWORD], silent=True)
    if not found:
        return 0
    with Session(service.engine, expire_on_commit=False) as session:
        for kind, folder, raw in found:
            try:
                msg = parse(raw)
            except Exception:  # noqa: BLE001 - an unreadable message teaches nothing
                continue
            row = _ledger_by_key(session, dedup_key(msg, raw))
            if row is None:
                continue  # not mail mailbot has seen: a person's own filing
            old_kind, old_requests = _last_label(session, row)
            if old_kind == kind and kind != "data_request":
                continue
            request = None
            if kind == "data_request":
                # The folder names the kind only; the request is the rules' reading, if any.
                request = (row.requests or [None])[0] or (old_requests or [None])[0]
                request = request or _likeliest_request(service, msg)
            session.add(
                Correction(
                    at=clock.now(),
                    by="imap",
                    source="imap",
                    inbound_id=row.id,
                    dedup_key=row.dedup_key,
                    old_kind=old_kind,
                    old_requests=old_requests,
                    new_kind=kind,
                    new_request=request,
                    text=message_text(msg),
                    status="recorded",
                    note=f"moved to {folder}" if folder else "moved back to INBOX",
                )
            )
            recorded += 1
        session.commit()
    return recorded


def _likeliest_request(service: Service, msg: Message) -> str:
    """A folder names no request: the model's likeliest, for the label it learns."""
    model = service.ctx.rules.model or default_model()
    for label, _p in model.predict(message_text(msg)):
        if label.startswith("data_request:"):
            return label.split(":", 1)[1]
    return "access"


def apply_pending(service: Service, source: MailSource) -> int:
    """Carry out relabels: read each message again, and process it if nobody acted on it."""
    with service.unit() as uow:
        session = uow.session
        pending = session.exec(
            select(Correction).where(Correction.status == "pending").order_by(col(Correction.id))
        ).all()
        done = 0
        for corr in pending:
            row = session.get(InboundMessage, corr.inbound_id) if corr.inbound_id else None
            item = _find_on_server(source, row) if row is not None else None
            if row is None or item is None:
                corr.status = "recorded"
                corr.note = "the message is no longer on the server: nothing to read or redo"
                session.add(corr)
                continue
            _carry_out(service, uow, corr, row, item)
            done += 1
        uow.commit()
    return done


def _find_on_server(source: MailSource, row: InboundMessage) -> Any:
    if row.target_folder is None:
        if row.uidvalidity != source.uidvalidity:
            return None
        key = row.item_key.split(":", 1)[1]
        return next(iter(source.fetch([key])), None)
    for item in source.find_sized(row.target_folder, [row.size]):
        try:
            if dedup_key(parse(item.raw), item.raw) == row.dedup_key:
                return dataclasses.replace(item, key="")  # not a key of INBOX
        except Exception:  # noqa: BLE001
            continue
    return None


def _carry_out(
    service: Service, uow: UnitOfWork, corr: Correction, row: InboundMessage, item: Any
) -> None:
    session = uow.session
    prep = service.prepare_one(item.raw, item.too_large)
    if prep.msg is None:
        corr.status, corr.note = "recorded", f"unreadable: {prep.error}"
        session.add(corr)
        return
    msg = prep.msg
    corr.text = message_text(msg)
    untouched = row.status == "unsure" or (row.status == "processed" and row.kind == "other")
    if not untouched or not item.key or item.too_large or corr.new_kind in FOR_PEOPLE:
        corr.status = "recorded"
        corr.note = "learned from; the message was already dealt with, nothing redone"
        if corr.new_kind in FOR_PEOPLE:
            corr.note = "learned from; left for people"
        session.add(corr)
        return
    reason = f"relabelled by {corr.by}"
    if corr.new_kind == "contact_form":
        cls = _form(msg, reason, 1.0)
    elif corr.new_kind == "chat_transcript":
        cls = _chat(msg, reason, 1.0)
    else:
        cls = Classification(
            corr.new_kind,
            requests=[corr.new_request] if corr.new_request else [],
            decision=prep.cls.decision if prep.cls else None,
            token=prep.cls.token if prep.cls else None,
            reason=reason,
        )
    row.kind, row.requests, row.confidence = cls.kind, list(cls.requests), 1.0
    row.status, row.flagged, row.filed = "processed", False, False
    service.reprocess(uow, row, msg, cls, item)
    corr.status, corr.note = "applied", f"processed as {label_of(cls.kind, cls.requests)}"
    session.add(corr)
