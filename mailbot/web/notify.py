"""A short mail to the reviewers who asked for one when something is queued (issue 10).

No personal data: a count and links into the console, nothing else. Which actions
were announced is one number in the database (the highest id), so a restart does
not announce them again and the first run does not announce the whole backlog.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, select

from mailbot.handlers.base import Reply
from mailbot.models import Meta, QueuedAction, WebUser
from mailbot.service import Service

KEY = "web_notified_action"


def notify_reviewers(service: Service, session: Session, base_url: str) -> int:
    """Queue the notices; returns how many reviewers were told."""
    newest = session.exec(select(func.max(QueuedAction.id))).one() or 0
    row = session.get(Meta, KEY)
    if row is None:
        session.add(Meta(key=KEY, value=str(newest)))
        return 0
    seen = int(row.value or 0)
    if newest <= seen:
        return 0
    fresh = session.exec(
        select(QueuedAction.id)
        .where(col(QueuedAction.id) > seen)
        .where(QueuedAction.status == "pending")
        .order_by(col(QueuedAction.id))
    ).all()
    row.value = str(newest)
    session.add(row)
    if not fresh:
        return 0
    reviewers = session.exec(
        select(WebUser)
        .where(WebUser.notify == True)  # noqa: E712
        .where(WebUser.disabled == False)  # noqa: E712
        .where(col(WebUser.role).in_(("admin", "staff")))
    ).all()
    base = base_url.rstrip("/")
    links = [f"{base}/queue/{i}" for i in fresh]
    default = service.ctx.settings.organisation.default_language
    for user in reviewers:
        reply = Reply(
            to=user.email,
            template="review_queued",
            language=user.language or default,
            context={"count": len(fresh), "links": links},
            in_reply_to_original=False,
            auto_submitted="auto-generated",
            limited=False,
        )
        service.queue_reply(session, reply, None, None)
    return len(reviewers)
