"""What each kind of mail (declared in mailbot/kinds.py) does: its handler and decider.

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

from mailbot import kinds
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
    declared: kinds.Kind  # its name, default folder and rules' places (mailbot/kinds.py)
    handle: Handler
    decide: Decider | None
    reads: Reads

    @property
    def name(self) -> str:
        return self.declared.name


# What each declared kind does; a kind declared without it (or the reverse) stops the import.
_DOES: dict[str, tuple[Handler, Decider | None, Reads]] = {
    "contact_form": (contact_form.handle, contact_form.decide, "registered"),
    "chat_transcript": (chat.handle, contact_form.touched_decision, "registered"),
    "data_request": (simple.requests, requests.data_request, "requests"),
    "confirmation": (simple.requests, requests.confirmation, "confirmation"),
    "automatic": (simple.automatic, None, "nothing"),
    "other": (simple.other, contact_form.touched_decision, "registered"),
}
if set(_DOES) != set(kinds.NAMES):
    raise ImportError(f"handlers for {sorted(_DOES)} != declared kinds {sorted(kinds.NAMES)}")
KINDS: tuple[Kind, ...] = tuple(Kind(k, *_DOES[k.name]) for k in kinds.KINDS)
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
