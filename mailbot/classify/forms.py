"""Contact-form and chat mail: recognising the structure and reading the fields."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailbot.lexicon import lexicon
from mailbot.parsing import Message

OUTPUT_FIELDS = ("email", "name", "company", "phone", "message", "page")
_LABEL_LINE = re.compile(r"^\s*[*_]*([^:：\n]{1,40}?)[*_]*\s*[:：]\s*(.*)$")
_COLUMN_LINE = re.compile(r"^\s*([^\s].{0,38}?)\s{2,}(\S.*)$")
_SPEAKER_LINE = re.compile(r"^\s*\[(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)\]\s*([^:\n]{1,80}?):\s?(.*)$")
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")


@dataclass(frozen=True)
class ChatLineData:
    time: str
    speaker: str
    text: str


def _label_of(line: str) -> tuple[str, str] | None:
    """(field, value) when the line is 'Label: value' with a known label."""
    labels = lexicon().labels
    m = _LABEL_LINE.match(line)
    if m:
        field = labels.get(m.group(1).strip().casefold())
        if field:
            return field, m.group(2).strip()
    m = _COLUMN_LINE.match(line)
    if m:
        field = labels.get(m.group(1).strip().casefold())
        if field:
            return field, m.group(2).strip()
    return None


def _is_footer(line: str) -> bool:
    stripped = line.strip()
    if stripped in ("--", "-- ", "__") or re.fullmatch(r"[-_=]{5,}", stripped):
        return True
    low = stripped.casefold()
    return bool(low) and any(p.search(low) for p in lexicon().form_footer)


def parse_fields(text: str) -> dict[str, str]:
    """Labelled fields; the message may run over several lines until the next label."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    i = 0
    while i < len(lines):
        hit = _label_of(lines[i])
        if hit is None:
            i += 1
            continue
        field, value = hit
        i += 1
        if field == "message":
            body = [value] if value else []
            while i < len(lines) and _label_of(lines[i]) is None and not _is_footer(lines[i]):
                body.append(lines[i])
                i += 1
            value = "\n".join(body).strip()
        elif not value:
            while i < len(lines) and not lines[i].strip():
                i += 1
            if i < len(lines) and _label_of(lines[i]) is None and not _is_footer(lines[i]):
                value = lines[i].strip()
                i += 1
        if value and field not in fields:
            fields[field] = value
    if "email" in fields:
        raw = fields["email"]
        m = _EMAIL.search(raw)
        if m:
            fields["email"] = m.group(0)
            # "From: Ryan Foster <ryan@example.com>" (Contact Form 7) also names the sender.
            display = raw[: m.start()].strip(' "<')
            if display and "name" not in fields:
                fields["name"] = display
        else:
            del fields["email"]
    first, last = fields.pop("first_name", ""), fields.pop("last_name", "")
    if "name" not in fields and (first or last):
        fields["name"] = f"{first} {last}".strip()
    return fields


def _heading(text: str) -> str | None:
    lex = lexicon()
    for line in [x for x in text.split("\n") if x.strip()][:3]:
        low = line.strip().casefold()
        if any(p.search(low) for p in lex.transcript_heading):
            return "transcript"
        if any(p.search(low) for p in lex.offline_heading):
            return "offline"
    return None


def parse_chat(text: str) -> tuple[dict[str, str], list[ChatLineData], str]:
    """Visitor fields, the transcript lines, and whether it was a transcript or offline."""
    lines: list[ChatLineData] = []
    header: list[str] = []
    for raw in text.split("\n"):
        m = _SPEAKER_LINE.match(raw)
        if m:
            lines.append(ChatLineData(m.group(1).replace(".", ":"), m.group(2).strip(), m.group(3)))
        elif lines and raw.strip() and not _is_footer(raw):
            last = lines[-1]
            lines[-1] = ChatLineData(last.time, last.speaker, (last.text + "\n" + raw.strip()))
        elif not lines:
            header.append(raw)
    fields = parse_fields("\n".join(header))
    form = _heading(text) or ("transcript" if lines else "offline")
    return fields, lines, form


def looks_like_chat(msg: Message) -> bool:
    text = msg.text
    if _heading(text):
        fields = parse_fields(text)
        return "email" in fields or "name" in fields
    speakers = sum(1 for line in text.split("\n") if _SPEAKER_LINE.match(line))
    return speakers >= 2 and bool({"email", "name"} & set(parse_fields(text)))


def looks_like_form(msg: Message) -> bool:
    if msg.quoted:
        return False
    fields = parse_fields(msg.text)
    return "email" in fields and "message" in fields and len(fields) >= 2


def output_fields(fields: dict[str, str]) -> dict[str, str]:
    return {k: fields[k] for k in OUTPUT_FIELDS if k in fields}
