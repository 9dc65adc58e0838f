"""The kinds of mail (SPEC §2), each declared once: its handler and its decider.

A handler, (Message, Classification, Context) -> Effects, makes the message's records
and replies from the message alone. A decider, (Message, Classification, Context,
Snapshot, Effects) -> Decision, decides what changes in the register from a read-only
snapshot (executor.load_snapshot reads it as `reads` says; executor.Executor carries the
decision out). Both are pure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from mailbot.classify import Classification
from mailbot.handlers import chat, contact_form, requests, simple
from mailbot.handlers.base import Context, Effects
from mailbot.intents import Decision, Snapshot
from mailbot.parsing import Message

Handler = Callable[[Message, Classification, Context], Effects]
Decider = Callable[[Message, Classification, Context, Snapshot, Effects], Decision]
# What a kind's decider reads first: the sender's identity for its requests, the
# confirmation it answers, or only whether the address it names is registered.
Reads = Literal["requests", "confirmation", "registered", "nothing"]


@dataclass(frozen=True)
class Kind:
    name: str
    handle: Handler
    decide: Decider | None
    reads: Reads


KINDS: tuple[Kind, ...] = (
    Kind("contact_form", contact_form.handle, contact_form.decide, "registered"),
    Kind("chat_transcript", chat.handle, contact_form.touched_decision, "registered"),
    Kind("data_request", simple.requests, requests.data_request, "requests"),
    Kind("confirmation", simple.requests, requests.confirmation, "confirmation"),
    Kind("automatic", simple.automatic, None, "nothing"),
    Kind("other", simple.other, contact_form.touched_decision, "registered"),
)
BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
HANDLERS: dict[str, Handler] = {k.name: k.handle for k in KINDS}


def handle(msg: Message, cls: Classification, ctx: Context) -> Effects:
    return HANDLERS[cls.kind](msg, cls, ctx)


def decide(
    msg: Message, cls: Classification, ctx: Context, snap: Snapshot | None, effects: Effects
) -> Effects:
    """The kind's decision, joined to its effects (nothing to decide without a snapshot)."""
    kind = BY_NAME.get(cls.kind)
    if kind is None or kind.decide is None or snap is None:
        return effects
    return requests.decision_effects(effects, kind.decide(msg, cls, ctx, snap, effects))
