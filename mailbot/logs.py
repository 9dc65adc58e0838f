"""mailbot's log: one line per message that a person can read, as text or JSON.

The log goes to standard error (the journal under systemd). It never holds message
bodies; sender, subject and Message-ID only with `[log] personal_data = true`.
Third-party loggers stay at WARNING, so `-v` shows mailbot's own decisions; the
IMAP conversation is written only with `--trace-imap`, with credentials and message
contents masked.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sys
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from mailbot.redact import RedactingFilter

if TYPE_CHECKING:  # the database is needed only for message lines, not for set-up
    from sqlmodel import Session

    from mailbot.config import LogSettings, Settings
    from mailbot.models import InboundMessage

MESSAGES = logging.getLogger("mailbot.messages")
IMAP_LOGGERS = ("imapclient", "imapclient.imaplib", "imapclient.imapclient")
# Tried only where a run of address characters starts (not at each of its positions):
# a long run without "@" is then read once or twice, not once per position (quadratic).
_ADDRESS = re.compile(r"(?<![^\s<>\"'(),;:])[^\s<>\"'(),;:]+@[^\s<>\"'(),;:]+")
# Everything str.splitlines() or a terminal would take as a line break or a control.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_JSON_BREAKS = re.compile("[\x80-\x9f\u2028\u2029]")  # json.dumps leaves these as they are


class _State:
    """What the command line asked for, kept until the configuration is read."""

    verbose = False
    trace_imap = False
    secrets: set[str] = set()


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def mask_addresses(text: str) -> str:
    """Reasons and notes may quote an address from the mail (an exception's text)."""
    return _ADDRESS.sub("<address>", text)


def _text_value(value: Any) -> str:
    if isinstance(value, list | tuple):
        value = ",".join(str(v) for v in value)
    if isinstance(value, bool):
        value = "yes" if value else "no"
    text = str(value)
    if text == "" or any(c in text for c in ' "=\\') or _CONTROL.search(text):
        return _JSON_BREAKS.sub(_escape, json.dumps(text, ensure_ascii=False))
    return text


def _timestamp(record: logging.LogRecord) -> str:
    when = datetime.fromtimestamp(record.created, UTC)
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class TextFormatter(logging.Formatter):
    """`TIME LEVEL logger: message key=value …`; values with spaces are quoted."""

    def format(self, record: logging.LogRecord) -> str:
        line = f"{_timestamp(record)} {record.levelname} {record.name}: "
        line += _CONTROL.sub(" ", record.getMessage())
        fields: dict[str, Any] = getattr(record, "fields", None) or {}
        line += "".join(f" {k}={_text_value(v)}" for k, v in fields.items())
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


class JsonFormatter(logging.Formatter):
    """One JSON object per line: `time`, `level`, `logger`, `message` and the fields."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": _timestamp(record),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields: dict[str, Any] = getattr(record, "fields", None) or {}
        data.update({k: v for k, v in fields.items() if k not in data})
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        text = json.dumps(data, ensure_ascii=False, default=str)
        return _JSON_BREAKS.sub(_escape, text)


# --------------------------------------------------------------------------- IMAP trace
# What the client sends ("> tag LOGIN user pass"); the server's CAPABILITY line may
# name LOGIN too and stays readable.
_LOGIN = re.compile(r"^(\s*>.*?\b(?:LOGIN|AUTHENTICATE)\b).*", re.IGNORECASE | re.DOTALL)
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
# imaplib at debug level 5: "untagged_responses[FETCH] 0 += [...]" and "… => [...]".
_UNTAGGED = re.compile(r"^(\s*untagged_responses\[(\w+)\](?: \d+)? (?:=>|\+=)).*", re.DOTALL)


class ImapTraceFilter(logging.Filter):
    """Masks what imaplib/imapclient would write: credentials and message contents.

    imaplib at debug level 5 dumps every FETCH response (bodies included) and
    imapclient writes APPEND literals; these become a placeholder. Lines that carry
    LOGIN or AUTHENTICATE lose everything after the command name, and the configured
    secrets are replaced wherever they still appear.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if "(literal)" in text:
            text = text.split("(literal)")[0] + "(literal) **MASKED**"
        untagged = _UNTAGGED.match(text)
        if untagged and untagged.group(2).upper() == "FETCH":
            text = untagged.group(1) + " **MASKED**"
        elif text.lstrip().startswith("untagged responses dump"):
            text = "untagged responses dump: **MASKED**"
        text = _LOGIN.sub(r"\1 **MASKED**", text)
        if "FETCH" in text.upper():
            text = _QUOTED.sub('"**MASKED**"', text)
        for secret in _State.secrets:
            for form in {secret, repr(secret)[1:-1], repr(secret.encode())[2:-1]}:
                if form:
                    text = text.replace(form, "**MASKED**")
        record.msg, record.args = _CONTROL.sub(" ", text), None
        return True


# --------------------------------------------------------------------------- set-up
class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """Ours, so that a second set-up replaces it and leaves other handlers (pytest's) alone."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr  # the current one: test runners swap it per command
        super().emit(record)


def _handler(fmt: str) -> logging.Handler:
    handler = _Handler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    handler.addFilter(RedactingFilter())  # credentials never reach a log, tracebacks included
    return handler


def setup(verbose: bool = False, trace_imap: bool = False) -> None:
    """Before the configuration is read: text on stderr, WARNING (DEBUG with -v)."""
    _State.verbose, _State.trace_imap = verbose, trace_imap
    _State.secrets = set()
    _apply("debug" if verbose else "warning", "text")


def secrets_of(settings: Settings) -> list[str | None]:
    """What a trace must never show: passwords, also one written into a URL."""
    found: list[str | None] = [settings.mailbox.password, settings.smtp.password]
    for url in (settings.mailbox.url, settings.smtp.url, settings.database.url):
        with contextlib.suppress(ValueError):
            found.append(urlsplit(url).password)
    return found


def configure(settings: LogSettings, secrets: Iterable[str | None] = ()) -> None:
    """Once the configuration is read: its format, and its level unless -v asked for more."""
    _State.secrets = {s for s in secrets if s and len(s) >= 3}
    _apply("debug" if _State.verbose else settings.level, settings.format)


def _apply(level: str, fmt: str) -> None:
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _Handler)]:
        root.removeHandler(old)
    root.addHandler(_handler(fmt))
    # Other libraries (SQLAlchemy, APScheduler, aiosmtplib) speak only about problems.
    root.setLevel(logging.WARNING)
    logging.getLogger("mailbot").setLevel(level.upper())
    for name in IMAP_LOGGERS:
        logger = logging.getLogger(name)
        for f in [f for f in logger.filters if isinstance(f, ImapTraceFilter)]:
            logger.removeFilter(f)
    imap = logging.getLogger("imapclient")
    if _State.trace_imap:
        imap.setLevel(logging.DEBUG)
        # Filters on a logger do not apply to its children's records: one on each.
        for name in IMAP_LOGGERS:
            logging.getLogger(name).addFilter(ImapTraceFilter())
    else:
        imap.setLevel(logging.WARNING)


# --------------------------------------------------------------------------- per message
def message_fields(
    row: InboundMessage, replies: int, why: str | None, personal_data: bool
) -> dict[str, Any]:
    """The fields of one message's log line; None values are left out."""
    fields: dict[str, Any] = {
        "id": row.id,
        "uid": row.uid,
        "key": None if row.uid is not None else row.item_key.split(":", 1)[-1],
        "status": row.status,
        "kind": row.kind,
        "requests": list(row.requests or []) or None,
        "decision": row.decision,
        "folder": row.target_folder or "INBOX",
        "replies": replies,
        "flagged": True if row.flagged else None,
        "duplicate_of": row.duplicate_of,
        "why": why or None,
        "reason" if row.status == "unprocessable" else "note": row.error,
    }
    if personal_data:
        fields.update(sender=row.sender, subject=row.subject, message_id=row.message_id)
    else:
        for key in ("why", "reason", "note"):
            if fields.get(key):
                fields[key] = mask_addresses(str(fields[key]))
    # Control characters are escaped by the formatters: quoted in text, \uXXXX in JSON.
    return {k: v for k, v in fields.items() if v is not None}


Line = tuple[int, str, dict[str, Any]]


def message_lines(
    session: Session,
    rows: Sequence[InboundMessage],
    whys: Sequence[str | None],
    personal_data: bool,
) -> list[Line]:
    """The batch's lines, made inside its transaction (rows are flushed, so they have ids).

    Unprocessable messages are warnings; the reply counts are asked only when the
    info lines are wanted.
    """
    everything = MESSAGES.isEnabledFor(logging.INFO)
    if not everything and (
        not MESSAGES.isEnabledFor(logging.WARNING) or all(r.status != "unprocessable" for r in rows)
    ):
        return []
    replies: dict[int, int] = {}
    if everything:
        from sqlalchemy import func
        from sqlmodel import col, select

        from mailbot.models import OutboundMail

        ids = [r.id for r in rows if r.id is not None]
        for i in range(0, len(ids), 500):
            replies.update(
                session.exec(  # type: ignore[arg-type]
                    select(OutboundMail.inbound_id, func.count())
                    .where(col(OutboundMail.inbound_id).in_(ids[i : i + 500]))
                    .group_by(col(OutboundMail.inbound_id))
                ).all()
            )
    lines: list[Line] = []
    for row, why in zip(rows, whys, strict=False):
        bad = row.status == "unprocessable"
        if bad or everything:
            fields = message_fields(row, replies.get(row.id or 0, 0), why, personal_data)
            if bad:
                lines.append((logging.WARNING, "unprocessable message", fields))
            else:
                lines.append((logging.INFO, "message", fields))
    return lines


def emit(lines: Iterable[Line]) -> None:
    for level, text, fields in lines:
        MESSAGES.log(level, text, extra={"fields": fields})
