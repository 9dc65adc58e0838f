"""Sends the outbox with aiosmtplib; a mail stays pending until the server took it.

A crash between the server's acceptance and our marking it sent can send a mail
twice (at-least-once); its fixed Message-ID lets the recipient's client fold the
copies. Failed attempts back off exponentially; after `smtp.max_attempts` the
mail is marked failed and stays in the database for an operator.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

import aiosmtplib
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, or_, select

from mailbot import clock, oauth
from mailbot.config import Settings, SmtpSettings
from mailbot.models import OutboundMail

log = logging.getLogger(__name__)


@dataclass
class SendReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    error: str | None = None


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(60 * 2 ** max(attempts - 1, 0), 6 * 3600))


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


def _write_files(directory: Path, mails: list[OutboundMail]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for mail in mails:
        name = f"{mail.id:06d}-{mail.template}.eml"
        tmp = directory / f".{name}.tmp"
        tmp.write_bytes(mail.raw)
        tmp.replace(directory / name)


async def _smtp_send(settings: SmtpSettings, mails: list[OutboundMail]) -> dict[int, str | None]:
    """Send over one connection; returns id → error (None when accepted)."""
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
    results: dict[int, str | None] = {}
    await client.connect()
    try:
        user = settings.user or (unquote(url.username) if url.username else None)
        await _smtp_login(client, settings, user)
        for mail in mails:
            assert mail.id is not None
            try:
                await client.sendmail(settings.from_, [mail.to_addr], mail.raw)
                results[mail.id] = None
            except aiosmtplib.SMTPRecipientsRefused as exc:
                results[mail.id] = f"refused: {exc}"
            except aiosmtplib.SMTPResponseException as exc:
                results[mail.id] = f"{exc.code} {exc.message}"
            except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
                # The connection went: what was accepted so far stays accepted.
                for rest in mails:
                    results.setdefault(rest.id or 0, f"{type(exc).__name__}: {exc}")
                break
    finally:
        try:
            await client.quit()
        except aiosmtplib.SMTPException:
            client.close()
    return results


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

    A claim left by a sender that died is released after STALE_CLAIM (the mail may
    then go twice: at-least-once, never lost).
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

    keep = []
    for mail in mails:
        address = identity.normalise(mail.to_addr, full) or mail.to_addr
        if not mail.final and identity.is_suppressed(session, full, address):
            session.delete(mail)
        else:
            keep.append(mail)
    return keep


def send_pending(
    engine: Engine, settings: SmtpSettings, batch: int = 200, full: Settings | None = None
) -> SendReport:
    """Send what is due; a server that is down leaves everything pending for later.

    With `full` settings, mail to an erased address is dropped instead of sent.
    """
    report = SendReport()
    with Session(engine, expire_on_commit=False) as session:
        mails = _claim(session, batch)
        if full is not None and mails:
            mails = _drop_suppressed(session, full, mails)
        if not mails:
            session.commit()
            return report
        if settings.url.startswith("file:"):
            _write_files(Path(settings.url.removeprefix("file:")), mails)
            results: dict[int, str | None] = {m.id: None for m in mails if m.id is not None}
        else:
            try:
                results = asyncio.run(_smtp_send(settings, mails))
            except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
                report.error = f"{type(exc).__name__}: {exc}"
                results = {m.id: report.error for m in mails if m.id is not None}
        now = clock.now()
        for mail in mails:
            assert mail.id is not None
            error = results.get(mail.id, "not attempted")
            mail.attempts += 1
            mail.claim = None
            if error is None:
                mail.status = "sent"
                mail.sent_at = now
                mail.last_error = None
                report.sent += 1
            elif mail.attempts >= settings.max_attempts:
                mail.status = "failed"
                mail.last_error = error
                report.failed += 1
            else:
                mail.status = "pending"
                mail.last_error = error
                mail.next_attempt_at = now + backoff(mail.attempts)
                report.retried += 1
            session.add(mail)
        session.commit()
    if report.error:
        log.warning(
            "SMTP unavailable (%s); %d mail(s) will be retried", report.error, report.retried
        )
    return report
