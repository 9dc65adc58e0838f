"""One handler per kind: (Message, Classification, Context) -> Effects. No I/O."""

from __future__ import annotations

from collections.abc import Callable

from mailbot.classify import Classification
from mailbot.handlers import chat, contact_form, simple
from mailbot.handlers.base import Context, Effects
from mailbot.parsing import Message

Handler = Callable[[Message, Classification, Context], Effects]

HANDLERS: dict[str, Handler] = {
    "contact_form": contact_form.handle,
    "chat_transcript": chat.handle,
    "data_request": simple.requests,
    "confirmation": simple.requests,
    "automatic": simple.automatic,
    "other": simple.other,
}


def handle(msg: Message, cls: Classification, ctx: Context) -> Effects:
    return HANDLERS[cls.kind](msg, cls, ctx)
