"""The CRM's CSV: import (or its dry run) and export."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from mailbot import register
from mailbot.app.base import Refused, command, reading
from mailbot.register import ImportReport
from mailbot.service import Service
from mailbot.uow import UnitOfWork

__all__ = ["ImportReport", "export_csv", "import_csv"]


@command
def import_csv(
    uow: UnitOfWork,
    service: Service,
    text: str,
    status: str | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Take the CSV's contacts; with `dry_run` report what would happen and change nothing."""
    try:
        report = register.import_csv(service, uow.session, text, status)
    except register.RegisterError as exc:
        raise Refused(str(exc)) from None
    if dry_run:
        uow.rollback()
    else:
        uow.commit()
    return report


def export_csv(engine: Engine) -> str:
    """Contacts as CSV with SuiteCRM column names."""
    with reading(engine) as session:
        return register.export_csv(session)
