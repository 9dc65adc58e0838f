"""The register's promises that happen with time (REGISTER.md §5, §8; SPEC §6).

Plain functions of (service, session, now), so `mailbot tick --now …`, the
scheduler and the tests all drive the same code with the same clock. Each one
is idempotent: running it twice as of the same time does nothing the second time.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlmodel import Session, col, func, select

from mailbot import clock, confirmations, mailer
from mailbot.actions import erase
from mailbot.deadlines import add_months
from mailbot.handlers.base import Reply
from mailbot.models import Confirmation, Consent, Contact, Meta, OutboundMail, QueuedAction
from mailbot.writer import Writer

log = logging.getLogger(__name__)


def cutoff(service: Writer) -> datetime:
    y, m, d = (int(x) for x in service.ctx.settings.lifecycle.legacy_cutoff.split("-"))
    return datetime(y, m, d, tzinfo=clock.now().tzinfo)


def _meta(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return row.value if row else None


def _set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key) or Meta(key=key, value=value)
    row.value = value
    session.add(row)


def _mail(
    service: Writer, session: Session, contact: Contact, template: str, **ctx: Any
) -> OutboundMail | None:
    reply = Reply(
        to=contact.email,
        template=template,
        language=service.ctx.language(contact.language),
        context={"name": contact.name, **ctx},
        in_reply_to_original=False,
        auto_submitted="auto-generated",
        message_id=ctx.get("message_id"),
        limited=False,
    )
    try:
        return service.queue_reply(session, reply, None, None)
    except mailer.MailError as exc:
        # One unmailable contact must not stop the job for everyone else.
        log.warning("contact %s: %s", contact.id, exc)
        return None


# ----------------------------------------------------------------------------- consent
CONSENT_TEMPLATE = "consent_request"


def consent_interval(service: Writer) -> timedelta:
    """Time between two consent requests (`[lifecycle] consent_per_hour`; 0: no limit)."""
    rate = service.ctx.settings.lifecycle.consent_per_hour
    return timedelta(hours=1) / rate if rate else timedelta(0)


def next_consent_slot(service: Writer, session: Session, now: datetime) -> datetime:
    """When the next consent request may go: one `consent_interval` after the last one.

    The outbox sends a mail only from its `next_attempt_at`, so a whole CRM import
    leaves at the configured rate instead of mass-mailing everybody at once.
    """
    step = consent_interval(service)
    if not step:
        return now
    # The latest consent request sent or waiting for its slot; one in back-off after a
    # failed attempt does not hold the others back.
    scheduled = session.exec(
        select(func.max(OutboundMail.next_attempt_at))
        .where(OutboundMail.template == CONSENT_TEMPLATE)
        .where(OutboundMail.attempts == 0)
    ).one()
    sent = session.exec(
        select(func.max(OutboundMail.sent_at)).where(OutboundMail.template == CONSENT_TEMPLATE)
    ).one()
    times = [t if t.tzinfo else t.replace(tzinfo=now.tzinfo) for t in (scheduled, sent) if t]
    return max([now, *(t + step for t in times)])


def request_consent(service: Writer, session: Session, contact: Contact) -> Confirmation:
    """Quarantine starts: a token mail asking to confirm the address and consent to storage.

    The mail is scheduled at the consent rate; the 14-day clock (reminders, deletion)
    starts when it is actually sent, see `consent_clock`.
    """
    settings = service.ctx.settings
    now = clock.now()
    slot = next_consent_slot(service, session, now)
    conf = confirmations.issue(
        session,
        settings,
        "consent",
        contact.email,
        contact.id,
        {"language": contact.language},
        expires_at=slot + timedelta(days=settings.lifecycle.quarantine_days),
    )
    token = conf.token
    contact.status = "quarantined"
    contact.consent_requested_at = now
    contact.consent_reminders = 0
    session.add(contact)
    session.add(
        Consent(contact_id=contact.id, topic="storage", event="requested", at=now, via="mail")
    )
    mail = _mail(
        service, session, contact, CONSENT_TEMPLATE, token=token, message_id=conf.message_id
    )
    if mail is not None:
        mail.next_attempt_at = slot
        session.add(mail)
    service.defer_audit(session, "consent_requested", contact, {"fields": ["status"]})
    return conf


def consent_clock(session: Session, contact: Contact, conf: Confirmation | None) -> datetime | None:
    """When the contact's quarantine started: its consent mail's sending; None while unsent.

    A contact whose mail is gone from the outbox (or was never queued) counts from
    the request itself, as before the consent rate existed.
    """
    if conf is not None and conf.message_id:
        mail = session.exec(
            select(OutboundMail).where(OutboundMail.message_id == conf.message_id)
        ).first()
        if mail is not None:
            if mail.status != "sent" or mail.sent_at is None:
                return None
            sent = mail.sent_at
            if contact.consent_requested_at is not None and sent.tzinfo is None:
                sent = sent.replace(tzinfo=contact.consent_requested_at.tzinfo)
            return sent
    return contact.consent_requested_at


def _consent_token(session: Session, contact: Contact) -> Confirmation | None:
    return confirmations.consent_of(session, contact.id)


def quarantine(service: Writer, session: Session, now: datetime) -> dict[str, int]:
    """Reminders on the configured days; deletion (with suppression) when time is up."""
    lc = service.ctx.settings.lifecycle
    counts = {"reminded": 0, "deleted": 0}
    waiting = session.exec(
        select(Contact)
        .where(Contact.status == "quarantined")
        .where(col(Contact.consent_requested_at).is_not(None))
        .with_for_update()  # a consent committed meanwhile must not be deleted
    ).all()
    for contact in waiting:
        conf = _consent_token(session, contact)
        started = consent_clock(session, contact, conf)
        if started is None:
            continue  # the consent mail has not gone yet: the clock has not started
        if conf is not None and conf.expires_at < started + timedelta(days=lc.quarantine_days):
            conf.expires_at = started + timedelta(days=lc.quarantine_days)  # sent late
            session.add(conf)
        age = now - started
        if age >= timedelta(days=lc.quarantine_days):
            if conf is not None:
                confirmations.expire(session, conf, now)
            contact_id = contact.id
            result = erase(
                service.ctx.settings, session, contact.email, contact_id=contact.id, server=True
            )
            service.defer_audit(session, "quarantine_expired", ("Contact", contact_id), result)
            counts["deleted"] += 1
            continue
        due = [d for d in sorted(lc.reminder_days) if age >= timedelta(days=d)]
        if len(due) > contact.consent_reminders:
            if conf is None:
                continue
            contact.consent_reminders = len(due)
            session.add(contact)
            _mail(
                service,
                session,
                contact,
                "consent_reminder",
                token=conf.token,
                days_left=max(0, lc.quarantine_days - age.days),
            )
            service.defer_audit(session, "consent_reminder", contact, {"reminder": len(due)})
            counts["reminded"] += 1
    return counts


# ----------------------------------------------------------------------------- inactivity
def _last_review_date(service: Writer, today: date) -> date:
    """The most recent configured review date on or before today."""
    candidates = []
    for year in (today.year, today.year - 1):
        for md in service.ctx.settings.lifecycle.review_dates:
            month, day = (int(x) for x in md.split("-"))
            candidates.append(date(year, month, day))
    return max(d for d in candidates if d <= today)


def inactivity_review(service: Writer, session: Session, now: datetime) -> int:
    """Twice a year: contacts idle for five years become one queued `purge` each.

    Runs once per review date, however late (a review missed while the server was
    down is done at the next run, not skipped and not done twice).
    """
    review = _last_review_date(service, now.date())
    if _meta(session, "inactivity_review") == review.isoformat():
        return 0
    years = service.ctx.settings.lifecycle.inactivity_years
    limit = (
        now.replace(year=now.year - years)
        if not (now.month == 2 and now.day == 29)
        else (now - timedelta(days=365 * years + years // 4))
    )
    pending = set(
        session.exec(
            select(QueuedAction.contact_id)
            .where(QueuedAction.action == "purge")
            .where(QueuedAction.status == "pending")
        ).all()
    )
    idle = session.exec(
        select(Contact)
        .where(Contact.status == "active")
        .where(col(Contact.last_interaction_at) < limit)
    ).all()
    queued = 0
    for contact in idle:
        if contact.id in pending:
            continue
        action = QueuedAction(
            action="purge",
            email=contact.email,
            contact_id=contact.id,
            verification="schedule",
            language=contact.language,
            text=f"no dealings since {_day(contact.last_interaction_at)}",
            received_at=now,
            due=add_months(now, 1),
        )
        session.add(action)
        service.defer_audit(session, "queue", action, {"action": "purge", "reason": "inactive"})
        queued += 1
    _set_meta(session, "inactivity_review", review.isoformat())
    return queued


# ----------------------------------------------------------------------------- legacy notice
def legacy_notice(service: Writer, session: Session, now: datetime) -> int:
    """Contacts from before 2018-05-25 are told once how their data is processed."""
    lc = service.ctx.settings.lifecycle
    batch = session.exec(
        select(Contact)
        .where(Contact.created_at < cutoff(service))
        .where(col(Contact.legacy_notice_at).is_(None))
        .order_by(col(Contact.id))
        .limit(lc.legacy_batch)
    ).all()
    for contact in batch:
        contact.legacy_notice_at = now
        session.add(contact)
        register = service.ctx.settings.register_
        lang = service.ctx.language(contact.language)
        _mail(
            service,
            session,
            contact,
            "legacy_notice",
            purposes=register.purposes.get(lang, ""),
            retention=register.retention.get(lang, ""),
            rights=register.rights.get(lang, ""),
        )
        service.defer_audit(session, "legacy_notice", contact, {})
    return len(batch)


# ----------------------------------------------------------------------------- deadlines
def deadline_digest(service: Writer, session: Session, now: datetime) -> int:
    """Once a day: queued actions due within `digest_days` or overdue, mailed to the admin."""
    settings = service.ctx.settings
    if _meta(session, "deadline_digest") == now.date().isoformat():
        return 0
    limit = now + timedelta(days=settings.lifecycle.digest_days)
    rows = session.exec(
        select(QueuedAction)
        .where(QueuedAction.status == "pending")
        .where(QueuedAction.due <= limit)
        .order_by(col(QueuedAction.due))
    ).all()
    _set_meta(session, "deadline_digest", now.date().isoformat())
    if not rows:
        return 0
    items = [
        {
            "id": a.id,
            "action": a.action,
            "email": a.email,
            "due": a.due.date().isoformat(),
            "overdue": a.due < now,
        }
        for a in rows
    ]
    # Not info@ itself: mailbot would file its own digest away as automatic mail.
    admin = settings.organisation.admin_email or settings.organisation.ceo_email
    reply = Reply(
        to=admin,
        template="deadline_digest",
        language=settings.organisation.default_language,
        # With the console served, each line links to the request's page there.
        context={"items": items, "console": settings.web.public_url.rstrip("/")},
        in_reply_to_original=False,
        auto_submitted="auto-generated",
        limited=False,
    )
    service.queue_reply(session, reply, None, None)
    return len(items)


def evict_tokens(service: Writer, session: Session, now: datetime) -> int:
    """Expired identity and subscription tokens are deleted (consent tokens end with quarantine)."""
    count = confirmations.evict(session, now)
    if count:
        service.defer_audit(session, "evict_tokens", "Confirmation", {"count": count})
    return count


def _day(value: datetime | None) -> str:
    return value.date().isoformat() if value else "?"


def at_daily(service: Writer) -> time:
    hour, minute = (int(x) for x in service.ctx.settings.lifecycle.daily_at.split(":"))
    return time(hour, minute)
