"""Queued actions (rectification, erasure, objection, purge): review and decide."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from mailbot import actions
from mailbot.app.base import NotFound, Record, Refused, command, reading
from mailbot.models import FollowUp, QueuedAction
from mailbot.service import Service
from mailbot.uow import UnitOfWork


@dataclass
class ActionView(Record):
    """One queued action as `queue list --json` prints it (SPEC §9)."""

    id: int
    action: str
    email: str
    status: str
    due: str  # the due date, ISO
    received_at: str
    verification: str
    language: str | None
    proposed: dict[str, Any]
    decided_by: str | None
    reason: str | None

    @classmethod
    def of(cls, a: QueuedAction) -> ActionView:
        assert a.id is not None
        return cls(
            id=a.id,
            action=a.action,
            email=a.email,
            status=a.status,
            due=a.due.date().isoformat(),
            received_at=a.received_at.isoformat(),
            verification=a.verification,
            language=a.language,
            proposed=a.proposed,
            decided_by=a.decided_by,
            reason=a.reason,
        )


@dataclass
class FollowUpView(Record):
    """GDPR Art. 19: a recipient to tell about an applied change."""

    recipient: str
    note: str
    done_at: str | None


@dataclass
class ActionDetail(Record):
    """An action with its request text and its Art. 19 follow-ups."""

    action: ActionView
    text: str
    follow_ups: list[FollowUpView] = field(default_factory=list)


def list_actions(engine: Engine, pending_only: bool = False) -> list[ActionView]:
    """Oldest due first."""
    with reading(engine) as session:
        query = select(QueuedAction).order_by(col(QueuedAction.due), col(QueuedAction.id))
        return [
            ActionView.of(a)
            for a in session.exec(query).all()
            if not pending_only or a.status == "pending"
        ]


def show_action(engine: Engine, action_id: int) -> ActionDetail:
    with reading(engine) as session:
        a = session.get(QueuedAction, action_id)
        if a is None:
            raise NotFound(f"no queued action {action_id}")
        follow_ups = session.exec(select(FollowUp).where(FollowUp.action_id == a.id)).all()
        return ActionDetail(
            action=ActionView.of(a),
            text=a.text,
            follow_ups=[
                FollowUpView(f.recipient, f.note, f.done_at.isoformat() if f.done_at else None)
                for f in follow_ups
            ],
        )


def _decided(uow: UnitOfWork, action: QueuedAction) -> ActionView:
    uow.commit()
    return ActionView.of(action)


@command
def approve(uow: UnitOfWork, service: Service, action_id: int) -> ActionView:
    """Apply the action; the requester gets the result mail."""
    try:
        action = actions.approve(service, uow.session, action_id, uow.actor)
    except actions.ActionError as exc:
        raise Refused(str(exc)) from None
    return _decided(uow, action)


@command
def reject(uow: UnitOfWork, service: Service, action_id: int, reason: str) -> ActionView:
    """Reject with a reason, which is mailed to the requester."""
    try:
        action = actions.reject(service, uow.session, action_id, uow.actor, reason)
    except actions.ActionError as exc:
        raise Refused(str(exc)) from None
    return _decided(uow, action)


@command
def extend(
    uow: UnitOfWork, service: Service, action_id: int, reason: str, months: int = 2
) -> ActionView:
    """Extend the due date by one or two months (Art. 12(3)), telling the requester why."""
    try:
        action = actions.extend(service, uow.session, action_id, uow.actor, reason, months)
    except actions.ActionError as exc:
        raise Refused(str(exc)) from None
    return _decided(uow, action)
