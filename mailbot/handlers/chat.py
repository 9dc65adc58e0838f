"""A chat transcript or offline message becomes a chat record with its lines; no reply."""

from __future__ import annotations

from mailbot import clock
from mailbot.handlers.base import Audit, Classification, Context, Effects, Message
from mailbot.handlers.contact_form import page_language
from mailbot.models import ChatLine, ChatRecord


def handle(msg: Message, cls: Classification, ctx: Context) -> Effects:
    f = cls.fields
    record = ChatRecord(
        form=cls.chat_form or "transcript",
        visitor_name=f.get("name"),
        company=f.get("company"),
        email=f.get("email"),
        phone=f.get("phone"),
        page=f.get("page"),
        message=f.get("message"),
        started_at=f.get("started"),
        language=ctx.language(page_language(f.get("page")), msg.language),
        received_at=msg.date or clock.now(),
    )
    record.lines = [
        ChatLine(position=i, time=line.time, speaker=line.speaker, text=line.text)
        for i, line in enumerate(cls.chat_lines)
    ]
    return Effects(
        folder=ctx.folder("chat_transcript"),
        records=[record],
        audit=[Audit("create", record, {"fields": sorted(f), "lines": len(cls.chat_lines)})],
    )
