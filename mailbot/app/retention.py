"""Pruning by the retention periods, on a person's command (the job runs it too)."""

from __future__ import annotations

from mailbot import clock, retention
from mailbot.app.base import command
from mailbot.retention import PruneReport
from mailbot.service import Service
from mailbot.sources import MailSource
from mailbot.uow import UnitOfWork

__all__ = ["PruneReport", "prune"]


@command
def prune(
    uow: UnitOfWork, service: Service, source: MailSource, dry_run: bool = False
) -> PruneReport:
    """Delete mail, enquiries (and chats, if configured) older than their retention.

    `source` is connected. With `dry_run` nothing is deleted and nothing committed.
    """
    report = retention.prune(service, source, uow.session, clock.now(), dry_run=dry_run)
    if dry_run:
        uow.rollback()
    else:
        uow.commit()
    return report
