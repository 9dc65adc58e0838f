"""Sends the outbox with aiosmtplib; a mail stays pending until the server took it.

Each mail is marked sent in its own small commit as soon as the server accepted
it, so a crash (even kill -9) can send again only the one mail that was in
flight: accepted by the server but not yet recorded. Its fixed Message-ID lets
the recipient's client fold the two copies. Once sent, a mail's body is dropped
(headers, size and SHA-256 stay): what we sent is on record, the personal data
in it is not kept at rest. Failed attempts back off exponentially; after
`smtp.max_attempts` the mail is marked failed and stays, body and all, for an
operator (`mailbot outbox list`, `retry`).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import ssl
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import aiosmtplib
from sqlalchemy import bindparam, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, or_, select

from mailbot import clock, mailer, oauth
from mailbot.config import Settings, SmtpSettings
from mailbot.models import InboundMessage, OutboundMail
from mailbot.redact import redact

log = logging.getLogger(__name__)

SIZE_HEADER = b"X-Mailbot-Sent-Size"
HASH_HEADER = b"X-Mailbot-Sent-SHA256"
# Seconds between refreshes of a long batch's claim, so it never looks abandoned.
HEARTBEAT = 60.0


@dataclass
class SendReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    error: str | None = None
    connections: int = 0  # SMTP connections opened (the whole drain uses one)
    batches: int = 0  # claims taken; the drain goes on until nothing is due


# A mail's outcome: None when accepted, else (reason, permanent).
Outcome = tuple[str, bool] | None
Record = Callable[[OutboundMail, Outcome], None]


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(60 * 2 ** max(attempts - 1, 0), 6 * 3600))


def sent_record(raw: bytes) -> bytes:
    """What is kept of a sent mail: its header block plus its size and SHA-256, no body."""
    cut = raw.find(b"\r\n\r\n")
    head = raw[: cut + 2] if cut >= 0 else raw.rstrip(b"\r\n") + b"\r\n"
    if SIZE_HEADER + b":" in head:  # already a record
        return raw
    digest = hashlib.sha256(raw).hexdigest().encode()
    return (
        head
        + SIZE_HEADER
        + b": "
        + str(len(raw)).encode()
        + b"\r\n"
        + HASH_HEADER
        + b": "
        + digest
        + b"\r\n\r\n"
    )


def sent_facts(raw: bytes) -> tuple[int, str] | None:
    """(size, sha256) of a sent mail's record; None while the whole mail is still held."""
    cut = raw.find(b"\r\n\r\n")
    if cut < 0 or raw[cut + 4 :]:
        return None
    size = digest = None
    for line in raw[:cut].split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name == SIZE_HEADER:
            size = int(value.strip() or b"0")
        elif name == HASH_HEADER:
            digest = value.strip().decode("ascii", "replace")
    return (size, digest) if size is not None and digest else None


def _due(session: Session, limit: int) -> list[OutboundMail]:
    now = clock.now()
    return list(
        session.exec(
            select(OutboundMail)
            .where(OutboundMail.status == "pending")
            .where(
                or_(
                    col(OutboundMail.next_attempt_at).is_(None), OutboundMail.next_attempt_at <= now
                )
            )
            .order_by(col(OutboundMail.id))
            .limit(limit)
        ).all()
    )


def _private_dir(directory: Path) -> None:
    """The `file:` outbox holds personal data: owner only, however the umask is set."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    if directory.stat().st_mode & 0o077:
        directory.chmod(0o700)


def _write_files(directory: Path, mails: list[OutboundMail], record: Record) -> None:
    _private_dir(directory)
    for mail in mails:
        name = f"{mail.id:06d}-{mail.template}.eml"
        tmp = directory / f".{name}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(mail.raw)
        tmp.replace(directory / name)
        record(mail, None)


def _no_smtputf8(mail: OutboundMail) -> str:
    return (
        f"not sent: the address {mail.to_addr} needs SMTPUTF8, which the SMTP server does "
        "not offer; answer this person by hand (or use a server with SMTPUTF8) "
        "and then delete or retry this mail"
    )


async def _smtp_send(
    settings: SmtpSettings,
    first: list[OutboundMail],
    more: Callable[[], list[OutboundMail]],
    record: Record,
    report: SendReport,
) -> None:
    """Send `first`, then each batch `more` gives, all over one connection.

    Each mail's outcome is recorded as soon as it is known; mails whose outcome is
    never recorded (the connection went) stay for the caller.
    """
    client = await connect(settings)
    report.connections += 1
    try:
        if client.is_ehlo_or_helo_needed:  # connect/login did it already, as a rule
            await client.ehlo()
        utf8 = client.supports_extension("smtputf8")
        mails = first
        while mails:
            for mail in mails:
                await _send_one(client, settings, mail, utf8, record)
            mails = more()
    finally:
        try:
            await client.quit()
        except (TimeoutError, aiosmtplib.SMTPException, OSError):
            client.close()


async def _send_one(
    client: aiosmtplib.SMTP, settings: SmtpSettings, mail: OutboundMail, utf8: bool, record: Record
) -> None:
    envelope = mailer.envelope_address(mail.to_addr)
    if envelope is None:
        record(mail, (f"not sent: {mail.to_addr!r} is not a usable address", True))
        return
    international = not envelope.isascii()
    if international and not utf8:
        record(mail, (_no_smtputf8(mail), True))
        return
    try:
        await client.sendmail(
            settings.from_,
            [envelope],
            mail.raw,
            mail_options=["SMTPUTF8"] if international else None,
        )
    except aiosmtplib.SMTPRecipientsRefused as exc:
        record(mail, (f"refused: {exc}", False))
        return
    except aiosmtplib.SMTPResponseException as exc:
        record(mail, (f"{exc.code} {exc.message}", False))
        return
    # The server has it: record that before anything else can happen.
    record(mail, None)


def smtp_user(settings: SmtpSettings) -> str | None:
    """The login name: smtp.user, else the user part of smtp.url."""
    url = urlsplit(settings.url)
    return settings.user or (unquote(url.username) if url.username else None)


async def connect(settings: SmtpSettings) -> aiosmtplib.SMTP:
    """A connection to smtp.url, TLS as its scheme says, logged in as configured.

    The one way in for the sender and for `mailbot check`, so both speak to the
    server alike (STARTTLS, certificate checks, password or XOAUTH2).
    """
    url = urlsplit(settings.url)
    scheme = url.scheme.lower()
    ctx = ssl.create_default_context()
    if not settings.tls_verify:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    client = aiosmtplib.SMTP(
        hostname=url.hostname,
        port=url.port or (465 if scheme == "smtps" else 587 if scheme == "smtp+starttls" else 25),
        use_tls=scheme == "smtps",
        start_tls=scheme == "smtp+starttls",
        tls_context=ctx if scheme != "smtp" else None,
        timeout=settings.timeout,
    )
    await client.connect()
    try:
        await _smtp_login(client, settings, smtp_user(settings))
    except BaseException:
        client.close()
        raise
    return client


async def _smtp_login(client: aiosmtplib.SMTP, settings: SmtpSettings, user: str | None) -> None:
    """AUTH with the password, or XOAUTH2 with the shared token (one retry, fresh)."""
    if settings.auth != "xoauth2":
        if user and settings.password is not None:
            await client.login(user, settings.password)
        return
    if not user:
        raise aiosmtplib.SMTPException("smtp.user is required for xoauth2")
    tokens = oauth.provider_for(settings, user, settings.timeout)
    try:
        token = await asyncio.to_thread(tokens.token)
        try:
            await client.auth_xoauth2(user, token)
        except aiosmtplib.SMTPAuthenticationError:
            tokens.invalidate(token)
            token = await asyncio.to_thread(tokens.token)
            await client.auth_xoauth2(user, token)
    except oauth.OAuthError as exc:
        raise aiosmtplib.SMTPException(f"no OAuth token: {exc}") from exc


STALE_CLAIM = timedelta(minutes=15)


def _claim(session: Session, batch: int) -> list[OutboundMail]:
    """Take due mail for this run only, so two senders never send the same mail.

    A claim left by a sender that died is released after STALE_CLAIM; the one mail
    that was in flight when it died may then go twice (at-least-once, never lost).
    """
    now = clock.now()
    session.exec(  # type: ignore[call-overload]
        update(OutboundMail)
        .where(OutboundMail.status == "sending")
        .where(col(OutboundMail.next_attempt_at) < now - STALE_CLAIM)
        .values(status="pending", claim=None)
    )
    ids = [m.id for m in _due(session, batch)]
    if not ids:
        session.commit()
        return []
    token = uuid.uuid4().hex
    session.exec(  # type: ignore[call-overload]
        update(OutboundMail)
        .where(col(OutboundMail.id).in_(ids))
        .where(OutboundMail.status == "pending")
        .values(status="sending", claim=token, next_attempt_at=now)
    )
    session.commit()
    return list(
        session.exec(
            select(OutboundMail).where(OutboundMail.claim == token).order_by(col(OutboundMail.id))
        ).all()
    )


def _drop_suppressed(
    session: Session, full: Settings, mails: list[OutboundMail]
) -> list[OutboundMail]:
    """Mail queued before its address was erased is never sent (except the erasure's result)."""
    from mailbot import identity
    from mailbot.models import Meta

    # Held for the loop: the identity map keeps rows weakly, and each look-up of the
    # suppression key would otherwise read it again (issue 12).
    _key_row = session.get(Meta, "suppression_key")  # noqa: F841
    keep = []
    for mail in mails:
        address = identity.normalise(mail.to_addr, full) or mail.to_addr
        if not mail.final and identity.is_suppressed(session, full, address):
            session.delete(mail)
        else:
            keep.append(mail)
    return keep


_TABLE = OutboundMail.__table__  # type: ignore[attr-defined]
# Compiled once: the recorder runs these for every mail of a drain.
_SENT = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("_id"))
    .values(
        attempts=bindparam("attempts"),
        claim=None,
        status=bindparam("status"),
        last_error=bindparam("last_error"),
        sent_at=bindparam("sent_at"),
        raw=bindparam("raw"),
        subject=bindparam("subject"),  # a deferred extract's, known once built
        template=bindparam("template"),
    )
)
_TRIED = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("_id"))
    .values(
        attempts=bindparam("attempts"),
        claim=None,
        status=bindparam("status"),
        last_error=bindparam("last_error"),
        next_attempt_at=bindparam("next_attempt_at"),
    )
)


class _Recorder:
    """Commits each mail's outcome on its own, the moment it is known.

    One Core UPDATE and a commit per mail (the mails are detached from the session):
    the ORM's flush machinery cost more than the SMTP exchange itself.
    """

    def __init__(
        self, session: Session, settings: SmtpSettings, report: SendReport, claim: str | None
    ) -> None:
        self.session, self.settings, self.report, self.claim = session, settings, report, claim
        self.done: set[int] = set()
        self.beat = time.monotonic()

    def __call__(self, mail: OutboundMail, outcome: Outcome) -> None:
        assert mail.id is not None
        now = clock.now()
        mail.attempts += 1
        mail.claim = None
        if outcome is None:
            mail.status = "sent"
            mail.sent_at = now
            mail.last_error = None
            mail.raw = sent_record(mail.raw)
            self.report.sent += 1
        else:
            error, permanent = outcome
            mail.last_error = error = redact(error)
            if permanent or mail.attempts >= self.settings.max_attempts:
                mail.status = "failed"
                self.report.failed += 1
                if permanent:
                    log.warning("outbox mail %s failed: %s", mail.id, error)
            else:
                mail.status = "pending"
                mail.next_attempt_at = now + backoff(mail.attempts)
                self.report.retried += 1
        params = {
            "_id": mail.id,
            "attempts": mail.attempts,
            "status": mail.status,
            "last_error": mail.last_error,
        }
        if outcome is None:
            stmt, params = (
                _SENT,
                {
                    **params,
                    "sent_at": mail.sent_at,
                    "raw": mail.raw,
                    "subject": mail.subject,
                    "template": mail.template,
                },
            )
        else:
            stmt, params = _TRIED, {**params, "next_attempt_at": mail.next_attempt_at}
        self.session.connection().execute(stmt, params)
        if self.claim and time.monotonic() - self.beat > HEARTBEAT:
            # A slow batch keeps its claim fresh, so no other sender takes it over.
            self.beat = time.monotonic()
            self.session.exec(  # type: ignore[call-overload]
                update(OutboundMail)
                .where(OutboundMail.claim == self.claim)
                .where(OutboundMail.status == "sending")
                .values(next_attempt_at=now)
            )
        self.session.commit()
        self.done.add(mail.id)


def send_pending(
    engine: Engine, settings: SmtpSettings, batch: int = 200, full: Settings | None = None
) -> SendReport:
    """Send everything that is due, batch after batch, over one connection.

    The outbox drains completely: a claim of `batch` mails is sent, then the next is
    claimed, until nothing is due (mail that failed waits for its back-off, mail
    scheduled for later waits for its time). The daily caps were applied when the
    mail was queued, so whatever is due may go now. A server that is down leaves
    everything pending for later. With `full` settings, mail to an erased address
    is dropped instead of sent.
    """
    report = SendReport()
    with Session(engine, expire_on_commit=False) as session:
        held: list[OutboundMail] = []  # the batch being sent, for the error path

        def claim() -> list[OutboundMail]:
            while mails := _claim(session, batch):
                if full is not None:
                    mails = _drop_suppressed(session, full, mails)
                    session.commit()
                if mails:
                    report.batches += 1
                    record.claim = mails[0].claim
                    mails = _render_claimed(session, full, mails, record)
                if mails:
                    break  # else all dropped or waiting: the next claim
            # From here on (detached) written by the recorder's UPDATEs.
            held[:] = mails
            return mails

        record = _Recorder(session, settings, report, None)
        first = claim()
        if not first:
            return report
        try:
            if settings.url.startswith("file:"):
                directory = Path(settings.url.removeprefix("file:"))
                mails = first
                while mails:
                    _write_files(directory, mails, record)
                    mails = claim()
            else:
                asyncio.run(_smtp_send(settings, first, claim, record, report))
        except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
            # The connection went (or never came): what was accepted stays accepted.
            report.error = redact(f"{type(exc).__name__}: {exc}")
        for mail in held:
            if mail.id not in record.done:
                record(mail, (report.error or "not attempted", False))
    if report.error:
        log.warning(
            "SMTP unavailable (%s); %d mail(s) will be retried", report.error, report.retried
        )
    return report


# --------------------------------------------------------------------------- deferred mail
def queue_extract(
    session: Session,
    settings: Settings,
    *,
    to: str,
    language: str,
    address: str | None = None,
    inbound: InboundMessage | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    limited: bool = True,
    auto_submitted: str = "auto-replied",
) -> OutboundMail:
    """Queue a register extract that the sender builds just before sending it.

    The PDF is no longer rendered inside the poll's transaction: this row records the
    request (whose data: `address`, default `to`; the language; the threading
    headers), and `send_pending` renders it from the register as it then is (the
    request's own message committed), stores the mail, then sends it. With nothing
    held by then, the person gets the usual `no_data` answer. The row counts against
    the daily caps like any reply (`to_mailbox`, `to_domain`, `inbound`); checking the
    caps and writing the audit event stay with the caller, as for any reply.
    """
    from mailbot.addresses import recipient_keys

    to = to.strip()
    if mailer.envelope_address(to) is None:
        raise mailer.MailError(f"refusing to send to an invalid address: {to!r}")
    now = clock.now()
    mailbox, domain = recipient_keys(to)
    mail = OutboundMail(
        message_id=mailer.new_message_id(settings.smtp.from_.rsplit("@", 1)[-1]),
        to_addr=to,
        to_mailbox=mailbox,
        to_domain=domain,
        subject="",
        template="extract",
        automatic=limited,
        raw=render_request(
            {
                "kind": "extract",
                "address": (address or to).strip(),
                "language": language,
                "in_reply_to": in_reply_to,
                "references": list(references),
                "auto_submitted": auto_submitted,
            }
        ),
        created_at=now,
        next_attempt_at=now,
        inbound=inbound,
    )
    session.add(mail)
    return mail


# A mail still to be rendered holds, instead of its bytes, this prefix and the request as
# JSON: no mail starts with a NUL, and so no schema change was needed (a column of its own
# would be cleaner once a migration can carry it).
RENDER_PREFIX = b"\x00mailbot-render\n"


def render_request(request: dict[str, Any]) -> bytes:
    return RENDER_PREFIX + json.dumps(request, ensure_ascii=False).encode()


def pending_render(mail: OutboundMail) -> dict[str, Any] | None:
    """The request of a mail the sender must still render; None for a rendered mail."""
    if not mail.raw.startswith(RENDER_PREFIX):
        return None
    loaded: dict[str, Any] = json.loads(mail.raw[len(RENDER_PREFIX) :])
    return loaded


def render_deferred(
    session: Session, settings: Settings, mail: OutboundMail
) -> tuple[bytes, str, str]:
    """A queued extract built from the register as it is now: (raw, subject, template).

    `mail` itself is not changed: the caller puts the bytes on a detached copy, so
    the database keeps the request until the server took the mail, and a mail that
    must wait is built again (never sent with data that may have changed meanwhile).
    Raises when it cannot be built.
    """
    from mailbot.extract import build_extract, extract_json
    from mailbot.pdf import render_pdf

    request = pending_render(mail) or {}
    if request.get("kind") != "extract":
        raise ValueError(f"unknown deferred mail {request.get('kind')!r}")
    language = str(request.get("language") or settings.organisation.default_language)
    leave_out = (mail.id,) if mail.id is not None else ()
    data = build_extract(session, str(request["address"]), settings, language, leave_out)
    attachments: list[tuple[str, str, bytes]] = []
    template = "no_data"
    if data is not None:  # nothing (left) to show: the usual words
        template = "extract"
        attachments = [
            (f"extract-{language}.pdf", "application/pdf", render_pdf(data, settings)),
            ("extract.json", "application/json", extract_json(data)),
        ]
    org = settings.organisation
    subject, body = mailer.render(template, language, {"org": org})
    built = mailer.build(
        to=mail.to_addr,
        from_addr=settings.smtp.from_,
        from_name=org.name,
        subject=subject,
        body=body,
        in_reply_to=request.get("in_reply_to"),
        references=list(request.get("references") or []),
        auto_submitted=str(request.get("auto_submitted") or "auto-replied"),
        message_id=mail.message_id,
        attachments=attachments or None,
    )
    return built.raw, built.subject, template


def _suppressed(session: Session, full: Settings, mail: OutboundMail) -> bool:
    from mailbot import identity

    address = identity.normalise(mail.to_addr, full) or mail.to_addr
    return not mail.final and identity.is_suppressed(session, full, address)


def _render_claimed(
    session: Session, full: Settings | None, mails: list[OutboundMail], record: Record
) -> list[OutboundMail]:
    """Build the claimed mails that wait for it, just before the claim is sent.

    The built bytes live on the detached mail only: the recorder stores what was sent
    (its headers) once the server took it, and a mail that must wait keeps its request
    and is built again next time. The address is checked for an erasure again right
    before building (one may have been approved since the claim). A mail that cannot
    be built (no font, no settings) is recorded as a failed attempt with the reason and
    tried again after its back-off; nothing is lost.
    """
    ready = []
    for mail in mails:
        if not mail.raw.startswith(RENDER_PREFIX):
            session.expunge(mail)
            ready.append(mail)
            continue
        try:
            if full is None:
                raise ValueError("the sender was started without the settings to render it")
            if _suppressed(session, full, mail):
                session.delete(mail)  # erased since it was queued: nothing goes
                session.commit()
                continue
            raw, subject, template = render_deferred(session, full, mail)
        except Exception as exc:  # noqa: BLE001 - the mail waits; the others still go
            session.rollback()
            session.refresh(mail)
            log.warning("outbox mail %s could not be rendered: %s", mail.id, redact(str(exc)))
            session.expunge(mail)
            record(mail, (f"not rendered: {type(exc).__name__}: {exc}", False))
            continue
        session.expunge(mail)
        mail.raw, mail.subject, mail.template = raw, subject, template
        ready.append(mail)
    return ready


# --------------------------------------------------------------------------- what waits
CAP_REASONS = ("daily limit", "staff daily limit", "domain daily limit")


@dataclass
class Waiting:
    """What a send left behind, and why (for `poll`'s report)."""

    retry: int = 0  # tried and refused or unreachable: waiting for its back-off
    next_retry: datetime | None = None
    scheduled: int = 0  # never tried, waiting for its time (lifecycle.consent_per_hour)
    last_scheduled: datetime | None = None
    failed: int = 0  # given up (smtp.max_attempts or refused for good): `outbox list`
    held: int = 0  # replies not queued since the mark: a daily cap was reached


def audit_mark(engine: Engine) -> int:
    """The newest audit event's id: `waiting` counts held replies after it."""
    from sqlalchemy import func

    from mailbot.models import AuditEvent

    with Session(engine) as session:
        return int(session.exec(select(func.max(AuditEvent.id))).one() or 0)


def waiting(engine: Engine, held_after: int | None = None) -> Waiting:
    """Pending mail not due yet (retry or scheduled), failed mail, and held replies."""
    from sqlalchemy import func

    from mailbot.models import AuditEvent

    out = Waiting()
    now = clock.now()
    with Session(engine) as session:
        for tried in (True, False):  # two queries: a GROUP BY on an expression is not portable
            count, first, last = session.exec(  # type: ignore[call-overload]
                select(
                    func.count(),
                    func.min(OutboundMail.next_attempt_at),
                    func.max(OutboundMail.next_attempt_at),
                )
                .where(OutboundMail.status == "pending")
                .where(OutboundMail.attempts > 0 if tried else OutboundMail.attempts == 0)
                .where(col(OutboundMail.next_attempt_at) > now)
            ).one()
            if tried:
                out.retry, out.next_retry = int(count), first
            else:
                out.scheduled, out.last_scheduled = int(count), last
        out.failed = int(
            session.exec(
                select(func.count())
                .select_from(OutboundMail)
                .where(OutboundMail.status == "failed")
            ).one()
        )
        if held_after is not None:
            for fields in session.exec(
                select(AuditEvent.fields)
                .where(col(AuditEvent.id) > held_after)
                .where(AuditEvent.action == "reply_suppressed")
            ).all():
                out.held += (fields or {}).get("reason") in CAP_REASONS
    return out
