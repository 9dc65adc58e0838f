"""Corrections of the classifier (issue 8 item 5): relabel, list, learn.

The CLI's `relabel`, `corrections list` and `learn` and the console call these; the
work itself is corrections.py's (the next poll carries a relabel out).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Engine

from mailbot import corrections
from mailbot.app.base import Refused, command, reading
from mailbot.classify.model import LinearModel
from mailbot.uow import UnitOfWork


def list_corrections(engine: Engine, inbound_id: int | None = None) -> list[dict[str, Any]]:
    """Every correction (or one message's), oldest first: when, who, old and new label,
    what became of it."""
    with reading(engine) as session:
        return [
            c for c in map(corrections.as_dict, corrections.list_corrections(session, inbound_id))
        ]


@command
def relabel(uow: UnitOfWork, message_id: str, kind: str, request: str | None) -> dict[str, Any]:
    """Record the unit of work's actor's correction of one message (Message-ID or ledger id)."""
    try:
        corr = corrections.relabel(uow.session, message_id, kind, request, uow.actor)
    except corrections.CorrectionError as exc:
        raise Refused(str(exc)) from exc
    uow.commit()
    return corrections.as_dict(corr)


@command
def learn(uow: UnitOfWork) -> LinearModel:
    """Retrain the site's model on the shipped corpora and its corrections."""
    model = corrections.learn(uow.session, uow.actor)
    uow.commit()
    return model
